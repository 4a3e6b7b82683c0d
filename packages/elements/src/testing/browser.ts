/**
 * Test support for the browser tests (not built, not published): which engine runs the test,
 * and viewport and media emulation that work in Chromium, Firefox and WebKit alike (the server
 * side is scripts/wtr-commands.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine the test runs in. */
export function engine(): Engine {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}

/**
 * Sets the size of the page's viewport in CSS pixels, in every engine. WebKit's MiniBrowser has
 * a minimum window width (about 447 px): asked for less, this throws, and the test checks the
 * narrow layout in a narrow container instead (page-level checks at 320 px run in the
 * end-to-end tests, which frame the page).
 */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  const got = await executeServerCommand<{ width: number; height: number }, typeof viewport>(
    'asf-set-viewport',
    viewport,
  );
  if (!got || got.width !== viewport.width || got.height !== viewport.height) {
    throw new Error(
      `setViewport: asked for ${viewport.width}×${viewport.height}, the ${engine()} window is ` +
        `${got?.width}×${got?.height} (MiniBrowser has a minimum window width)`,
    );
  }
}

/** The narrowest viewport {@link setViewport} can set in this engine. */
export function minViewportWidth(): number {
  return engine() === 'webkit' ? 460 : 1;
}

export interface MediaEmulation {
  media?: 'print' | 'screen' | null;
  forcedColors?: 'active' | 'none' | null;
  colorScheme?: 'light' | 'dark' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

/**
 * Emulates a media type or feature. Returns false where the engine cannot (WebKit under
 * WebDriver, and Firefox for some features): a test then says so with `this.skip()` rather
 * than passing without checking.
 */
export async function emulateMedia(media: MediaEmulation): Promise<boolean> {
  const done = await executeServerCommand<boolean, MediaEmulation>('asf-emulate-media', media);
  if (done) await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return done === true;
}

/** Resets every emulation this module can set. */
export async function resetMedia(): Promise<void> {
  await emulateMedia({ media: null, forcedColors: null, colorScheme: null, reducedMotion: null });
}

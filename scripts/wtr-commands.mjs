// Server commands for the browser tests that work in all three engines (the built-in
// set-viewport and emulate-media commands of @web/test-runner-commands do not support the
// WebDriver launcher that runs WebKit). The test side is packages/elements/src/testing/browser.ts.
//
// asf-set-viewport { width, height }   → the { width, height } the viewport has now (WebKit's
//                                       MiniBrowser cannot be narrower than about 447 px)
// asf-emulate-media { media?, forcedColors?, colorScheme?, reducedMotion? }
//                                       → true where the engine can emulate it, false where not

function page(session) {
  return session.browser.getPage(session.id);
}

/** The WebDriver session of the WebKit launcher (not part of its typed API). */
function driver(session) {
  const d = session.browser.driver;
  if (!d) throw new Error('asf-set-viewport: the WebDriver session is not running');
  return d;
}

async function setWebDriverViewport(d, width, height) {
  // WebDriver sets the outer window: add the window's own frame, then check the inside.
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerW, innerH, outerW, outerH] = await d.execute(() => [
      window.innerWidth,
      window.innerHeight,
      window.outerWidth,
      window.outerHeight,
    ]);
    if (innerW === width && innerH === height) return;
    await d.setWindowSize(width + (outerW - innerW), height + (outerH - innerH));
  }
  // MiniBrowser's window has a minimum width (447 px here): the caller is told what it got.
}

const FEATURES = {
  forcedColors: 'forced-colors',
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
};
/** What each page emulates now: CDP's setEmulatedMedia replaces the type and every feature at once. */
const emulated = new WeakMap();
/** One CDP session per page, kept open: Chromium drops a session's emulation when it detaches. */
const sessions = new WeakMap();

async function emulateChromium(p, payload) {
  const state = { ...(emulated.get(p) ?? {}), ...payload };
  emulated.set(p, state);
  const features = Object.entries(FEATURES)
    .filter(([key]) => state[key] != null)
    .map(([key, name]) => ({ name, value: state[key] }));
  // Through CDP directly: puppeteer's emulateMediaFeatures refuses forced-colors.
  if (!sessions.has(p)) sessions.set(p, await p.createCDPSession());
  await sessions.get(p).send('Emulation.setEmulatedMedia', { media: state.media ?? '', features });
}

export function asfCommands() {
  return {
    name: 'asf-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'asf-set-viewport') {
        const { width, height } = payload ?? {};
        if (!Number.isInteger(width) || !Number.isInteger(height))
          throw new Error('asf-set-viewport needs integer width and height');
        if (session.browser.type === 'puppeteer') {
          await page(session).setViewport({ width, height });
          return { width, height };
        }
        if (session.browser.type === 'webdriver') {
          await setWebDriverViewport(driver(session), width, height);
          const [w, h] = await driver(session).execute(() => [window.innerWidth, window.innerHeight]);
          return { width: w, height: h };
        }
        throw new Error(`asf-set-viewport: unsupported launcher ${session.browser.type}`);
      }
      if (command === 'asf-emulate-media') {
        // Chromium only: Firefox over WebDriver BiDi needs CDP for it, and WebKitWebDriver has
        // no such command. Tests say so with this.skip() there.
        if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') return false;
        await emulateChromium(page(session), payload ?? {});
        return true;
      }
      return undefined;
    },
  };
}

// Server commands for the browser tests that work in all three engines (the built-in
// set-viewport and emulate-media commands of @web/test-runner-commands do not support the
// WebDriver launcher that runs WebKit). The test side is packages/elements/src/testing/browser.ts.
//
// asf-set-viewport { width, height }   → the { width, height } the viewport has now (WebKit's
//                                       MiniBrowser cannot be narrower than about 447 px)
// asf-emulate-media { media?, forcedColors?, colorScheme?, reducedMotion? }
//                                       → true where the engine can emulate it, false where not
// asf-keys { strokes: string[] }        → true once every stroke is pressed and released, in
//                                       order, in one round trip: a character ('a', 'ä', ' '), a
//                                       key ('Tab', 'Enter', 'ArrowDown', …) or a chord
//                                       ('Shift+Tab', 'Control+z', 'Control+Shift+z')

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

/** WebDriver's code points for the named keys asf-keys takes (a character stands for itself). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
};
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** 'Control+Shift+z' → { modifiers: ['Control', 'Shift'], key: 'z' }; a lone character is itself. */
function parseStroke(stroke) {
  if (typeof stroke !== 'string' || stroke === '') throw new Error(`asf-keys: a stroke must be a non-empty string`);
  if ([...stroke].length === 1) return { modifiers: [], key: stroke };
  const parts = stroke.split('+');
  const key = parts.pop();
  const isKey = (k) => [...k].length === 1 || Object.hasOwn(WEBDRIVER_KEYS, k);
  if (!key || !isKey(key) || !parts.every((m) => MODIFIERS.has(m)))
    throw new Error(`asf-keys: unknown key or chord ${JSON.stringify(stroke)}`);
  return { modifiers: parts, key };
}

/**
 * Presses the strokes as real key events in one round trip. The stock send-keys command costs a
 * round trip per key in Chromium (puppeteer awaits each CDP event), cannot hold a modifier in
 * WebKit (its WebDriver launcher takes no key down or up), and WebKit drops a repeated key when
 * a string is typed at once (the WebDriver "keys" command presses every key before releasing
 * any): here each stroke is pressed and released before the next.
 */
async function pressStrokes(session, strokes) {
  // Runs of strokes under the same modifiers: 'Shift+Tab' × 40 holds Shift once.
  const runs = [];
  for (const { modifiers, key } of strokes.map(parseStroke)) {
    const last = runs.at(-1);
    if (last && last.modifiers.join('+') === modifiers.join('+')) last.keys.push(key);
    else runs.push({ modifiers, keys: [key] });
  }
  if (session.browser.type === 'webdriver') {
    const code = (k) => WEBDRIVER_KEYS[k] ?? k;
    // Two keyboards take turns: one releases its key in the tick the other presses the next, a
    // tick per key instead of two (each tick waits for WebKit to handle its events).
    const sources = [[], []];
    let turn = 0;
    const tick = (a, b) => {
      sources[turn].push(a ?? { type: 'pause' });
      sources[1 - turn].push(b ?? { type: 'pause' });
    };
    let held; // the release of the key the other keyboard still holds
    for (const { modifiers, keys } of runs) {
      if (modifiers.length === 0) {
        for (const key of keys) {
          tick({ type: 'keyDown', value: code(key) }, held);
          held = { type: 'keyUp', value: code(key) };
          turn = 1 - turn;
        }
        continue;
      }
      // Chords on one keyboard, after the other has let go.
      if (held) tick(undefined, held);
      held = undefined;
      for (const m of modifiers) tick({ type: 'keyDown', value: code(m) });
      for (const key of keys) {
        tick({ type: 'keyDown', value: code(key) });
        tick({ type: 'keyUp', value: code(key) });
      }
      for (const m of [...modifiers].reverse()) tick({ type: 'keyUp', value: code(m) });
    }
    if (held) tick(undefined, held);
    const d = driver(session);
    await d.performActions(sources.map((actions, i) => ({ type: 'key', id: `asf-keyboard-${i}`, actions })));
    await d.releaseActions();
    return;
  }
  if (session.browser.type !== 'puppeteer') throw new Error(`asf-keys: unsupported launcher ${session.browser.type}`);
  const keyboard = page(session).keyboard;
  if (session.browser.name === 'Chromium') {
    // CDP delivers the events in the order they are sent: send them all, then wait for all.
    const sent = [];
    for (const { modifiers, keys } of runs) {
      for (const m of modifiers) sent.push(keyboard.down(m));
      for (const key of keys) {
        if (modifiers.length === 0 && !keyboard.charIsKey(key) && [...key].length === 1)
          sent.push(keyboard.sendCharacter(key));
        else sent.push(keyboard.down(key), keyboard.up(key));
      }
      for (const m of [...modifiers].reverse()) sent.push(keyboard.up(m));
    }
    await Promise.all(sent);
    return;
  }
  // Firefox (WebDriver BiDi): a run is one action sequence, its modifiers held around it.
  for (const { modifiers, keys } of runs) {
    for (const m of modifiers) await keyboard.down(m);
    await keyboard.type(keys.map((k) => WEBDRIVER_KEYS[k] ?? k).join(''));
    for (const m of [...modifiers].reverse()) await keyboard.up(m);
  }
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
      if (command === 'asf-keys') {
        const strokes = payload?.strokes;
        if (!Array.isArray(strokes)) throw new Error('asf-keys needs { strokes: string[] }');
        await pressStrokes(session, strokes);
        return true;
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

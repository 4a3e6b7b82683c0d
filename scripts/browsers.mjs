// The three browser engines every browser test and end-to-end test runs in, all from Debian's
// packages (nothing downloads a browser): Chromium (`chromium`), Firefox ESR (`firefox-esr`,
// driven over WebDriver BiDi by puppeteer-core) and WebKit (`webkit2gtk-driver`: WebKitGTK's
// MiniBrowser driven by WebKitWebDriver, under Xvfb).
//
// ASF_BROWSERS=chromium,firefox picks engines for a quicker local run; CI runs all three.
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines, with the Debian package each comes from and the file it needs. */
export const ENGINES = [
  { id: 'chromium', label: 'Chromium', pkg: 'chromium', path: CHROMIUM_PATH },
  { id: 'firefox', label: 'Firefox', pkg: 'firefox-esr', path: FIREFOX_PATH },
  { id: 'webkit', label: 'WebKit', pkg: 'webkit2gtk-driver', path: WEBKIT_DRIVER_PATH },
];

/** The engines this run uses: ASF_BROWSERS (comma-separated ids), else all three. */
export function selectedEngines() {
  const wanted = (process.env.ASF_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((w) => !ENGINES.some((e) => e.id === w));
  if (unknown.length) {
    throw new Error(
      `ASF_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.map((e) => e.id).join(', ')})`,
    );
  }
  const engines = wanted.length ? ENGINES.filter((e) => wanted.includes(e.id)) : ENGINES;
  const missing = engines.filter((e) => !existsSync(e.path));
  if (missing.length) {
    throw new Error(
      missing.map((e) => `${e.label} is missing: ${e.path} (Debian: apt-get install ${e.pkg})`).join('\n') +
        '\nOr pick the engines you have, e.g. ASF_BROWSERS=chromium.',
    );
  }
  return engines;
}

/** The WebDriver capabilities that start WebKitGTK's MiniBrowser under WebKitWebDriver. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // webdriverio 9 would ask for BiDi (webSocketUrl), which WebKitWebDriver does not match.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
  };
}

/** Where the WebKitWebDriver that `with-browsers.mjs` started listens. */
export function webkitDriverPort() {
  const port = Number(process.env.ASF_WEBKIT_DRIVER_PORT);
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(
      'WebKit needs WebKitWebDriver: run through "node scripts/with-browsers.mjs <command>" (npm test does), or set ASF_BROWSERS without webkit.',
    );
  }
  return port;
}

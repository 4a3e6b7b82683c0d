// A test-runner command that emulates CSS media features the built-in `emulateMedia` command
// leaves out for puppeteer-driven browsers: its puppeteer branch passes on only
// prefers-color-scheme and prefers-reduced-motion, so `emulateMedia({ forcedColors: 'active' })`
// does nothing in Chromium under @web/test-runner-chrome.
//
// In a test:
//   import { executeServerCommand } from '@web/test-runner-commands';
//   await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
//   ... and [] to go back.
// Answers false for browsers it cannot drive this way (Firefox over WebDriver BiDi, WebKit
// over WebDriver), so a test can guard by engine; Chromium always supports it.

// Puppeteer's own emulateMediaFeatures allows only a fixed list of features (not
// forced-colors), so this talks to the DevTools protocol: Emulation.setEmulatedMedia. The
// override lasts as long as the protocol session, which is kept per page.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'asf-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (!Array.isArray(payload)) throw new Error('emulate-media-features takes an array of { name, value }');
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol && page.browser().protocol !== 'cdp') return false;
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

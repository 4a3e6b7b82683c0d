// A test-runner command that turns Chromium's forced-colors emulation on or off:
//   await executeServerCommand('emulate-forced-colors', { value: 'active' }); // or 'none'
// @web/test-runner-commands' emulateMedia takes `forcedColors` only with the Playwright
// launcher; with the Chrome (puppeteer) launcher it drops it, and puppeteer's own
// emulateMediaFeatures refuses the feature. So this speaks to Chromium's DevTools protocol
// (Emulation.setEmulatedMedia) directly. Firefox and WebKit cannot emulate forced colours: the
// command answers false there, and tests guard by engine.

/** One DevTools session per page, kept open: the emulation ends when its session detaches. */
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'asf-emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const value = payload?.value === 'active' ? 'active' : 'none';
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (!page || typeof page.createCDPSession !== 'function') return false;
      let cdp = sessions.get(page);
      try {
        if (!cdp) {
          cdp = await page.createCDPSession();
          sessions.set(page, cdp);
        }
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      } catch {
        // Not Chromium (puppeteer drives Firefox over WebDriver BiDi, which has no DevTools protocol).
        return false;
      }
    },
  };
}

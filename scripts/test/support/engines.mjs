// One small page API over the three engines, for the end-to-end tests: puppeteer-core drives
// Chromium (CDP) and Firefox ESR (WebDriver BiDi); webdriverio drives WebKitGTK's MiniBrowser
// through the WebKitWebDriver that scripts/with-browsers.mjs starts. All from Debian's packages.
//
//   const engine = await launch('firefox');
//   const page = await engine.newPage();
//   await page.goto(url); await page.evaluate(fn, ...args); await page.close();
//   await engine.close();
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  FIREFOX_PATH,
  selectedEngines,
  webkitCapabilities,
  webkitDriverPort,
} from '../../browsers.mjs';

export { selectedEngines };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(...args)` in the page until it returns a truthy value. */
async function waitFor(evaluate, fn, args, { timeout = 15000, interval = 100, what = 'a condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await evaluate(fn, ...args);
    if (last) return last;
    await sleep(interval);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
}

function puppeteerPage(page, engine) {
  return {
    engine,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    waitFor: (fn, args = [], options) => waitFor((f, ...a) => page.evaluate(f, ...a), fn, args, options),
    setViewport: (width, height) => page.setViewport({ width, height }),
    /** Clicks the element a page function returns (real pointer input). */
    click: async (fn, ...args) => {
      const handle = await page.evaluateHandle(fn, ...args);
      await handle.asElement().click();
      await handle.dispose();
    },
    /** Emulates a media type and features; Chromium only (Firefox over BiDi needs CDP for it). */
    emulateMedia: async ({ media = '', forcedColors } = {}) => {
      if (engine !== 'chromium') return false;
      const session = page.__asfCdp ?? (page.__asfCdp = await page.createCDPSession());
      const features = forcedColors ? [{ name: 'forced-colors', value: forcedColors }] : [];
      await session.send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    /** A PNG (base64) of the element a page function returns, as painted. */
    screenshotOf: async (fn, ...args) => {
      const handle = await page.evaluateHandle(fn, ...args);
      try {
        return await handle.asElement().screenshot({ encoding: 'base64' });
      } finally {
        await handle.dispose();
      }
    },
    /** The page printed to PDF (A4, the browser's own print layout), as bytes; Chromium and Firefox. */
    pdf: async () =>
      Buffer.from(await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } })),
    close: () => page.close(),
  };
}

function webdriverPage(browser) {
  const evaluate = (fn, ...args) =>
    browser.execute(
      // WebDriver passes the function's source; the page's result (or promise) comes back.
      `return (${fn.toString()}).apply(null, arguments)`,
      ...args,
    );
  return {
    engine: 'webkit',
    goto: (url) => browser.url(url),
    evaluate,
    waitFor: (fn, args = [], options) => waitFor(evaluate, fn, args, options),
    setViewport: async (width, height) => {
      const [iw, ih, ow, oh] = await evaluate(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
      await browser.setWindowSize(width + ow - iw, height + oh - ih);
    },
    click: async (fn, ...args) => {
      // WebKitWebDriver does not scroll an element inside a shadow root into view before it
      // clicks, and then clicks beside it without a word: scroll first, then click for real.
      const element = await browser.execute(
        `const el = (${fn.toString()}).apply(null, arguments); el.scrollIntoView({ block: 'center' }); return el;`,
        ...args,
      );
      await browser.$(element).click();
    },
    emulateMedia: async () => false,
    screenshot: (path) => browser.saveScreenshot(path),
    // One window per session: a page is closed by leaving it.
    close: () => browser.url('about:blank'),
  };
}

/** Starts an engine by id ('chromium' | 'firefox' | 'webkit'). */
export async function launch(id) {
  if (id === 'chromium' || id === 'firefox') {
    const browser = await puppeteer.launch(
      id === 'chromium'
        ? { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }
        : { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
    );
    return {
      id,
      newPage: async () => puppeteerPage(await browser.newPage(), id),
      close: () => browser.close(),
    };
  }
  if (id === 'webkit') {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: webkitDriverPort(),
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    });
    await browser.setTimeout({ script: 30000, pageLoad: 30000 });
    return {
      id,
      newPage: async () => webdriverPage(browser),
      close: () => browser.deleteSession(),
    };
  }
  throw new Error(`unknown engine ${id}`);
}

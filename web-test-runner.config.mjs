// Browser tests: every packages/*/src/**/*.test.ts of the elements, and every
// *.browser.test.ts of core, in Chromium, Firefox and WebKit from Debian's packages (never a
// downloaded browser). Run it through scripts/with-browsers.mjs (npm test does), which starts
// Xvfb and WebKitWebDriver for WebKit; ASF_BROWSERS=chromium runs one engine.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  FIREFOX_PATH,
  selectedEngines,
  webkitCapabilities,
  webkitDriverPort,
} from './scripts/browsers.mjs';
import { asfCommands } from './scripts/wtr-commands.mjs';

const require = createRequire(import.meta.url);

/** CommonJS dependencies are pre-bundled to ES modules when the browser asks for them. */
const CJS_DEPS = ['json-rules-engine', 'papaparse'];

const prebundleCommonJs = {
  name: 'asf-prebundle-cjs',
  resolveImport({ source }) {
    if (CJS_DEPS.includes(source)) return `/__cjs__/${source}.js`;
    if (source === '@asf-kit/core') return '/packages/core/src/index.ts';
    return undefined;
  },
  async serve(context) {
    const match = context.path.match(/^\/__cjs__\/(.+)\.js$/);
    if (!match || !CJS_DEPS.includes(match[1])) return undefined;
    const name = match[1];
    const mod = require(name);
    const names = Object.keys(mod).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
    const contents =
      `import * as ns from ${JSON.stringify(name)};\n` +
      names.map((n) => `export const ${n} = ns.${n};`).join('\n') +
      `\nexport default ns.default ?? ns;\n`;
    const out = await build({
      stdin: { contents, resolveDir: process.cwd() },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return { body: out.outputFiles[0].text, type: 'js' };
  },
};

/**
 * Test fixtures for HTTP errors: /__status__/404/plan.json answers 404. Answered here so that
 * the runner does not list them as missing files of the tests.
 */
function statusFixtures(ctx, next) {
  const match = ctx.path.match(/^\/__status__\/(\d{3})\//);
  if (!match) return next();
  ctx.status = Number(match[1]);
  ctx.type = 'text/plain';
  ctx.body = `status ${match[1]} (test fixture)`;
  return undefined;
}

/** The default reporter, minus the intended 404s of the status fixtures. */
function reporterWithoutFixture404s() {
  const reporter = defaultReporter({ reportTestResults: true, reportTestProgress: false });
  const clean = (session) => ({
    ...session,
    request404s: session.request404s.filter((url) => !url.includes('__status__/')),
  });
  return {
    ...reporter,
    reportTestFileResults: (args) =>
      reporter.reportTestFileResults?.({ ...args, sessionsForTestFile: args.sessionsForTestFile.map(clean) }),
  };
}

/** A launcher per engine; each names its engine in the results ("… (failed on Firefox)"). */
function launcherFor(engine) {
  if (engine.id === 'chromium') {
    const launcher = chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: ['--headless=new', ...CHROMIUM_ARGS] },
    });
    launcher.name = 'Chromium';
    return launcher;
  }
  if (engine.id === 'firefox') {
    const launcher = chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
    });
    launcher.name = 'Firefox';
    return launcher;
  }
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: webkitDriverPort(),
    capabilities: webkitCapabilities(),
  });
  // The launcher would call itself "MiniBrowser" once the session starts.
  Object.defineProperty(launcher, 'name', { get: () => 'WebKit', set: () => {}, configurable: true });
  return launcher;
}

export default {
  rootDir: '.',
  middleware: [statusFixtures],
  files: ['packages/elements/src/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    asfCommands(),
    prebundleCommonJs,
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }),
  ],
  browsers: selectedEngines().map(launcherFor),
  // One test file at a time per engine: the webdriver launcher can only send keys and mouse
  // actions outside iframes, which it uses for concurrency above 1.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // 9 minutes: the plan editor's acceptance test types a whole real plan key by key (some 13 000
  // keys, each re-rendering the editor): alone 98 s in Chromium, 100 s in Firefox, 245 s in WebKit;
  // about 400 s in WebKit with all three engines at once on a loaded 2-core machine. Its own
  // timeout is 8 minutes; every other test file finishes well within the former 3 minutes.
  testsFinishTimeout: 540000,
  staticLogging: true,
  testFramework: { config: { timeout: 10000 } },
  reporters: [reporterWithoutFixture404s(), summaryReporter('elements')],
};

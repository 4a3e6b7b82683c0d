// End-to-end tests of the example pages, the way a visitor meets them: the built CDN bundle
// served as static files, loaded in Debian's headless Chromium. Each page must show its
// texts and figures with no console error, no failed request and no CSP violation.
// Runs after `npm run build` (npm test builds first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from '../serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = `${root}packages/elements/dist/cdn/asf-kit.js`;

let server;
let browser;
let base;

before(async () => {
  assert.ok(existsSync(BUNDLE), `the CDN bundle is missing (${BUNDLE}): run "npm run build" first`);
  server = await startServer({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** Every text of the page, including the elements' shadow roots, as one string. */
function deepText() {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Loads a page and waits until every asf-* element has rendered its data (or an error). */
async function visit(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
    );
  });
  await page.goto(base + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('asf-'))
        .every((el) => customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('[part="loading"]')),
    { timeout: 15000 },
  );
  const text = await page.evaluate(deepText);
  const csp = await page.evaluate(() => window.__cspViolations);
  return { page, text, problems: [...problems, ...csp.map((v) => `CSP violation: ${v}`)] };
}

describe('example pages', () => {
  it('index.html shows the Gävleborg follow-up, the Bollnäs and Uppsala plans and the self-check, in Swedish', async () => {
    const { page, text, problems } = await visit('/examples/index.html');
    assert.deepEqual(problems, []);
    // Gävleborg 2018: 28 of 30 active ASF, "ca 75" politicians, the council milestone not achieved.
    assert.match(text, /28 av 30/);
    assert.match(text, /ca 75/);
    assert.match(text, /Ej uppnått|Inte uppnått|nåddes inte/);
    // Bollnäs: an activity row as printed; Uppsala: a lead code and a printed tidplan.
    assert.match(text, /Erbjuda företagsrådgivning till ASF/);
    assert.match(text, /Pågår kontinuerligt|Pågår\s+kontinuerligt/);
    assert.match(text, /Samtliga/);
    assert.match(text, /Är vi ett|arbetsintegrerande/i);
    assert.doesNotMatch(text, /NaN|undefined|\[object Object\]/);
    await page.close();
  });

  it('en.html speaks English', async () => {
    const { page, text, problems } = await visit('/examples/en.html');
    assert.deepEqual(problems, []);
    assert.match(text, /28 of 30/);
    assert.match(text, /about 75/);
    assert.doesNotMatch(text, /NaN|undefined|\[object Object\]/);
    await page.close();
  });

  it('theme.html applies the custom theme to the elements', async () => {
    const { page, text, problems } = await visit('/examples/theme.html');
    assert.deepEqual(problems, []);
    assert.match(text, /28 av 30/);
    const { token, painted } = await page.evaluate(() => {
      const token = getComputedStyle(document.documentElement).getPropertyValue('--asf-color-primary').trim();
      const probe = document.createElement('div');
      probe.style.color = token;
      document.body.append(probe);
      const painted = getComputedStyle(probe).color;
      probe.remove();
      return { token, painted };
    });
    assert.notEqual(token, '', 'the theme sets --asf-color-primary');
    const colours = await page.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          out.push(s.color, s.backgroundColor, s.borderTopColor, s.fill, s.stroke);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
    assert.ok(colours.includes(painted), `no element is painted in the theme's primary colour ${token} (${painted})`);
    await page.close();
  });

  it('csp.html works under default-src \'self\' with no violations', async () => {
    const { page, text, problems } = await visit('/examples/csp.html');
    assert.deepEqual(problems, []);
    assert.match(text, /28 av 30/);
    assert.match(text, /KS/);
    await page.close();
  });
});

describe('the self-check in a built bundle', () => {
  it('loads the rules engine on first use, under the strict CSP, and explains the verdict', async () => {
    const { page, problems } = await visit('/examples/csp.html');
    const loadedBefore = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /rules-loader/.test(r.name)));
    assert.equal(loadedBefore, false, 'the rules chunk must not load before the form is used');
    const later = [];
    page.on('console', (m) => m.type() === 'error' && later.push(`console.error: ${m.text()}`));
    page.on('pageerror', (e) => later.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => later.push(`request failed: ${r.url()}`));
    // A visitor answers "Nej" to "Driver företaget näringsverksamhet …?" with the mouse.
    const radio = await page.evaluateHandle(() =>
      document.querySelector('asf-eligibility-check').shadowRoot.querySelector('input[name="sellsGoodsOrServices"][value="no"]'),
    );
    await radio.click();
    await page.waitForFunction(
      () => document.querySelector('asf-eligibility-check').shadowRoot.querySelector('[part~="verdict"]')?.textContent.includes('Uppfyller inte'),
      { timeout: 15000 },
    );
    const text = await page.evaluate(() => document.querySelector('asf-eligibility-check').shadowRoot.querySelector('[part~="criterion"]')?.textContent ?? '');
    assert.match(text, /näringsverksamhet/i);
    const loadedAfter = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /rules-loader/.test(r.name)));
    assert.equal(loadedAfter, true, 'the rules chunk loads when the form is used');
    const csp = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual([...problems, ...later, ...csp], []);
    await page.close();
  });
});

describe('examples/node/follow-up.mjs', () => {
  it('prints the Gävleborg follow-up and an eligibility verdict', () => {
    const run = spawnSync(process.execPath, [`${root}examples/node/follow-up.mjs`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Samordningsförbund Gävleborg/);
    assert.match(run.stdout, /28 av 30 aktiva ASF — 60\s%/);
    assert.match(run.stdout, /ca\s75/); // "ca" is followed by a no-break space
    assert.match(run.stdout, /eligible|not-eligible|needs-review/);
  });

  it('reports an invalid plan with its paths and exits non-zero', () => {
    const run = spawnSync(process.execPath, [`${root}examples/node/follow-up.mjs`, `${root}package.json`, '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is not a valid plan/);
    assert.match(run.stderr, /\/kind/);
  });
});

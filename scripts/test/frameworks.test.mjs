// End-to-end tests of the React 19 and Vue 3 examples (examples/react/, examples/vue/), built by
// `npm run build` from the workspace packages and served as static files the way `npm start`
// serves them. In each app, the five elements must render from attributes and from a plan set as
// a property — the numbers a framework passes as text ("28") read as numbers — and the apps
// must hear the elements' events: a status chosen on the scorecard, a column sorted in the
// activity table, an answer in the self-check. No console error, no failed request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from '../serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const APPS = [
  { name: 'React 19', path: '/examples/react/dist/index.html' },
  { name: 'Vue 3', path: '/examples/vue/dist/index.html' },
];

let server;
let browser;
let base;

before(async () => {
  for (const app of APPS) {
    assert.ok(existsSync(root + app.path.slice(1)), `the ${app.name} example is not built (${app.path}): run "npm run build" first`);
  }
  server = await startServer({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
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

/** Opens an app and waits until its five elements have rendered their data. */
async function open(path) {
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
  await page.goto(base + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () => {
      const shadow = (tag) => [...document.querySelectorAll(tag)].map((el) => el.shadowRoot);
      const tags = ['asf-progress', 'asf-scorecard', 'asf-activity-table', 'asf-responsibility-matrix', 'asf-eligibility-check'];
      return (
        tags.every((tag) => shadow(tag).length > 0 && shadow(tag).every((r) => r && !r.querySelector('[part="loading"]'))) &&
        shadow('asf-scorecard')[0].querySelector('[part="filters"]') &&
        shadow('asf-activity-table')[0].querySelector('[part~="row"]') &&
        shadow('asf-responsibility-matrix')[0].querySelector('[part~="row"]')
      );
    },
    { timeout: 20000 },
  );
  return { page, problems };
}

const textOf = (page, id) => page.$eval(`#${id}`, (el) => el.textContent.replace(/\s+/g, ' ').trim());

for (const app of APPS) {
  describe(`the ${app.name} example`, () => {
    it('renders the five elements from attributes and from plans set as properties', async () => {
      const { page, problems } = await open(app.path);
      const text = await page.evaluate(deepText);
      // <asf-progress value="28" target="30" baseline="25">: the framework sets el.value = '28'.
      const now = await page.$$eval('asf-progress', (els) => els.map((el) => el.shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')));
      assert.deepEqual(now, ['28', '28']);
      const gauges = await page.$$eval('asf-progress', (els) => els.map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ')));
      for (const gauge of gauges) {
        assert.match(gauge, /Ej uppnått/, gauge);
        assert.doesNotMatch(gauge, /Kan inte bedömas|inget utfall|Fel värde/, gauge);
      }
      // The scorecard's plan object: Gävleborg 2018 with its 13 indicators, headings at level 3.
      assert.ok(text.includes('Årsredovisning arbetsintegrerande sociala företag 2018'), 'the Gävleborg plan is not shown');
      assert.equal(await page.$eval('asf-scorecard', (el) => el.shadowRoot.querySelector('[part="title"]').getAttribute('aria-level')), '3');
      // The Uppsala plan in the activity table and the matrix: printed codes and schedules.
      assert.ok(/Pågår\s*kontinuerligt/.test(text), 'the Uppsala plan is not shown');
      assert.ok((await page.$$eval('asf-responsibility-matrix', (els) => els[0].shadowRoot.querySelectorAll('[part~="actor-header"]').length)) > 3);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('hears asf-status-filter-change, asf-sort-change and asf-eligibility-change', async () => {
      const { page, problems } = await open(app.path);
      assert.equal(await textOf(page, 'chosen-status'), 'Vald status: alla');
      await (await page.$('asf-scorecard >>> button[data-status="achieved"]')).click();
      await page.waitForFunction(() => document.getElementById('chosen-status').textContent.includes('achieved'), { timeout: 5000 });
      // The app passes the chosen status back as a property: the button stays pressed.
      assert.equal(await page.$eval('asf-scorecard >>> button[data-status="achieved"]', (b) => b.getAttribute('aria-pressed')), 'true');

      assert.equal(await textOf(page, 'chosen-sort'), 'Sortering: planens ordning');
      await (await page.$('asf-activity-table >>> [part="sort-button"]')).click();
      await page.waitForFunction(() => document.getElementById('chosen-sort').textContent.includes('title (ascending)'), { timeout: 5000 });

      assert.equal(await textOf(page, 'verdict'), 'Resultat: inget svar ännu');
      await (await page.$('asf-eligibility-check >>> input[type="radio"]')).click();
      await page.waitForFunction(() => /asf: (eligible|not-eligible|needs-review)/.test(document.getElementById('verdict').textContent), {
        timeout: 10000,
      });
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

describe('examples/index.html', () => {
  it('links to the React and Vue examples', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/examples/index.html`);
    const links = await page.$$eval('nav a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes('./react/dist/index.html'), links.join(', '));
    assert.ok(links.includes('./vue/dist/index.html'), links.join(', '));
    for (const href of ['./react/dist/index.html', './vue/dist/index.html']) {
      const response = await page.goto(new URL(href, `${base}/examples/index.html`).href);
      assert.equal(response.status(), 200, href);
    }
    await page.close();
  });
});

// Rendering in headless Chromium (Debian's /usr/bin/chromium, never a downloaded one), from the
// CDN bundles built into bench/.tmp/cdn and served over HTTP from 127.0.0.1:
// - <asf-activity-table> with 100, 1 000 and 10 000 illustrative activities: first render and
//   re-sort (a click on the "title" column's sort button, as a user would);
// - <asf-scorecard> with 100 illustrative indicators: first render;
// - a page of 50 <asf-progress> gauges (attributes, no plan): first render.
// Each figure is the median of RUNS runs after one warm-up run (which also loads the lazy
// chunks, e.g. the plan parser, so the runs time rendering and not the network; the table's
// warm-up uses 100 activities to save time).
// A run is timed in the page with performance.now(): from setting `.plan` (or appending the
// gauges) until the element reports its data rendered and `updateComplete` has resolved (for
// the table, every row is reachable: all rows in the DOM up to 500 shown rows, above that a
// window of the rows near the screen with aria-rowcount counting them all; for the scorecard,
// its nested gauges too), then one requestAnimationFrame and a forced layout (reading
// offsetHeight), so style and layout are included. For the table, "first rows" is the first
// frame in which any row is in the DOM, and for a re-sort the first frame in which the sorted
// header is in.
// Run alone: node bench/render.mjs (builds first) or node bench/render.mjs --no-build.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { buildBundles, tmp } from './lib/build.mjs';
import { activityPlan, indicatorPlan } from './lib/plans.mjs';
import { median } from './lib/table.mjs';

export const CHROME = CHROMIUM_PATH;
const RUNS = 5;
const CHROME_ARGS = CHROMIUM_ARGS;

/** Serves a directory, and `/bench.html` with the given bundle, on 127.0.0.1 (any free port). */
function serve(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/bench.html') {
      const bundle = url.searchParams.get('bundle') ?? 'asf-kit.js';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>asf-kit bench (illustrative data)</title>` +
          `<script type="module" src="/${encodeURIComponent(bundle)}"></script></head>` +
          `<body style="margin:0;font:16px system-ui"><main id="root" style="width:1200px"></main></body></html>`,
      );
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = { '.js': 'text/javascript', '.map': 'application/json' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** In-page helpers, installed once per page. */
function installHelpers() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  /** Every element under `root` (through shadow roots) that has an updateComplete. */
  const litDescendants = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el);
      if (el.shadowRoot) litDescendants(el.shadowRoot, out);
    }
    return out;
  };
  /** Waits until `ready(el)` holds after an update, then for nested elements, a frame and layout. */
  window.__settle = async (el, ready) => {
    for (let i = 0; ; i++) {
      await el.updateComplete;
      if (ready(el)) break;
      if (i > 2000) throw new Error(`${el.localName} never became ready`);
      await frame();
    }
    await Promise.all(litDescendants(el.shadowRoot).map((d) => d.updateComplete));
    await frame();
    return el.offsetHeight; // forces style and layout
  };
  window.__frame = frame;
}

async function withPage(browser, base, bundle, fn) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${base}/bench.html?bundle=${bundle}`, { waitUntil: 'load' });
    await page.evaluate(installHelpers);
    return await fn(page);
  } finally {
    await page.close();
    if (errors.length) console.warn(`  (page errors in ${bundle}: ${errors.slice(0, 3).join(' | ')})`);
  }
}

/** First render and re-sort of the activity table with `count` activities. */
async function activityTable(page, count) {
  const plan = activityPlan(count);
  return page.evaluate(
    async (plan, warmup, count, runs) => {
      await customElements.whenDefined('asf-activity-table');
      const rows = (el) => el.shadowRoot?.querySelectorAll('tr[part~="row"]') ?? [];
      // Every row reachable: all in the DOM (plain tables), or a windowed table that counts them
      // all (aria-rowcount, header included) with its first rows rendered.
      const complete = (el, n) => {
        const count = el.shadowRoot?.querySelector('table')?.getAttribute('aria-rowcount');
        return count ? count === String(n + 1) && rows(el).length > 0 : rows(el).length === n;
      };
      // The first frame in which rows are in the DOM (checked once per frame).
      const seen = (pred) =>
        new Promise((resolve) => {
          const tick = () => (pred() ? resolve(performance.now()) : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        });
      const first = [];
      const firstRows = [];
      const resort = [];
      const resortRows = [];
      let order = '';
      for (let run = 0; run <= runs; run++) {
        // Run 0 warms up (JIT, lazy chunks) with a small plan and is not counted.
        const p = run === 0 ? warmup : plan;
        const n = run === 0 ? warmup.activities.length : count;
        const root = document.getElementById('root');
        root.replaceChildren();
        const el = document.createElement('asf-activity-table');
        root.append(el);
        await el.updateComplete;
        const t0 = performance.now();
        el.plan = structuredClone(p);
        const rowsAt = seen(() => rows(el).length > 0);
        await window.__settle(el, (e) => complete(e, n));
        const t1 = performance.now();
        const tRows = await rowsAt;
        // Re-sort: click the sort button of the title column (ascending by title).
        const before = rows(el)[0]?.dataset.id;
        const button = el.shadowRoot.querySelector('th[data-column="title"] button');
        if (!button) throw new Error('no sort button on the title column');
        const sortedAscending = () =>
          el.shadowRoot.querySelector('th[data-column="title"]')?.getAttribute('aria-sort') === 'ascending';
        const t2 = performance.now();
        button.click();
        const sortedAt = seen(sortedAscending);
        await window.__settle(el, (e) => sortedAscending() && complete(e, n));
        const t3 = performance.now();
        const tSorted = await sortedAt;
        if (!complete(el, n)) throw new Error(`after sorting ${rows(el).length} rows, expected ${n}`);
        if (run > 0) {
          order = `${before} → ${rows(el)[0]?.dataset.id}`;
          first.push(t1 - t0);
          firstRows.push(tRows - t0);
          resort.push(t3 - t2);
          resortRows.push(tSorted - t2);
        }
      }
      document.getElementById('root').replaceChildren();
      return { first, firstRows, resort, resortRows, order };
    },
    plan,
    activityPlan(100, 1),
    count,
    RUNS,
  );
}

/** First render of the scorecard with `count` indicators (and its nested gauges). */
async function scorecard(page, count) {
  const plan = indicatorPlan(count);
  return page.evaluate(
    async (plan, count, runs) => {
      await customElements.whenDefined('asf-scorecard');
      const first = [];
      for (let run = 0; run <= runs; run++) {
        const root = document.getElementById('root');
        root.replaceChildren();
        const el = document.createElement('asf-scorecard');
        el.setAttribute('as-of', '2022-06-30');
        root.append(el);
        await el.updateComplete;
        const t0 = performance.now();
        el.plan = structuredClone(plan);
        await window.__settle(el, (e) => (e.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === count);
        if (run > 0) first.push(performance.now() - t0);
      }
      document.getElementById('root').replaceChildren();
      return { first };
    },
    plan,
    count,
    RUNS,
  );
}

/** First render of a page section with `count` gauges set by attributes. */
async function progressPage(page, count) {
  return page.evaluate(
    async (count, runs) => {
      await customElements.whenDefined('asf-progress');
      const first = [];
      for (let run = 0; run <= runs; run++) {
        const root = document.getElementById('root');
        root.replaceChildren();
        const host = document.createElement('div');
        const t0 = performance.now();
        for (let i = 0; i < count; i++) {
          const el = document.createElement('asf-progress');
          el.setAttribute('label', `Illustrativ indikator ${i + 1}`);
          el.setAttribute('baseline', String(20 + (i % 7)));
          el.setAttribute('value', String(25 + (i % 11)));
          el.setAttribute('target', '30');
          el.setAttribute('unit', 'aktiva ASF');
          host.append(el);
        }
        root.append(host);
        const els = [...host.children];
        await Promise.all(els.map((e) => e.updateComplete));
        if (!els.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0))
          throw new Error('a gauge rendered nothing');
        await window.__frame();
        void host.offsetHeight;
        if (run > 0) first.push(performance.now() - t0);
      }
      document.getElementById('root').replaceChildren();
      return { first };
    },
    count,
    RUNS,
  );
}

const summarize = (list) =>
  list ? { medianMs: Number(median(list).toFixed(1)), msPerRun: list.map((m) => Number(m.toFixed(1))) } : undefined;
const missing = (bundle) => ({ notMeasured: `not measured: element missing (no ${bundle} in the CDN build)` });

/**
 * Runs every rendering case. `dir` is a built CDN directory (bench/.tmp/cdn). Returns the
 * Chromium version and, per case, `{ firstRender, resort? }` medians (or `notMeasured`).
 */
export async function measureRendering({ dir = join(tmp, 'cdn'), log = () => {} } = {}) {
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
  const has = (bundle) => existsSync(join(dir, bundle));
  const cases = {};
  try {
    for (const count of [100, 1000, 10000]) {
      const key = `asf-activity-table × ${count} activities`;
      if (!has('asf-activity-table.js')) {
        cases[key] = missing('asf-activity-table.js');
        continue;
      }
      log(`  rendering ${key}`);
      const r = await withPage(browser, base, 'asf-activity-table.js', (page) => activityTable(page, count));
      cases[key] = {
        firstRender: summarize(r.first),
        firstRowsShown: summarize(r.firstRows),
        resort: summarize(r.resort),
        resortFirstRowsShown: summarize(r.resortRows),
        resortMethod: 'click on the title column sort button (plan order → ascending by title)',
        firstRowBeforeAfterSort: r.order,
      };
    }
    {
      const key = 'asf-scorecard × 100 indicators';
      if (has('asf-scorecard.js')) {
        log(`  rendering ${key}`);
        const r = await withPage(browser, base, 'asf-scorecard.js', (page) => scorecard(page, 100));
        cases[key] = { firstRender: summarize(r.first) };
      } else cases[key] = missing('asf-scorecard.js');
    }
    {
      const key = '50 × asf-progress';
      if (has('asf-progress.js')) {
        log(`  rendering ${key}`);
        const r = await withPage(browser, base, 'asf-progress.js', (page) => progressPage(page, 50));
        cases[key] = { firstRender: summarize(r.first) };
      } else cases[key] = missing('asf-progress.js');
    }
    return { chromium: await browser.version(), runs: RUNS, cases };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--no-build')) await buildBundles({ log: console.log });
  console.log(JSON.stringify(await measureRendering({ log: console.log }), null, 2));
}

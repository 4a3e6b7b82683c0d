// The follow-up report as its readers meet it (issue 14's acceptance): `asf-kit report` on the
// Gävleborg plan, served with a strict Content-Security-Policy, opened in Chromium, Firefox and
// WebKit with JavaScript off (the policy's `script-src 'none'`, which every engine obeys): every
// figure shown, each bar at its length and each target mark at its place, styled (computed
// styles: a status icon is an icon, not a page-sized drawing), no sideways scroll at 320 px;
// printed to A4 (Chromium through `--pdf`, Firefox through its own print) with no words over
// other words, and the running header and page numbers in Chromium's PDF. With JavaScript on, the
// elements hydrate what the server wrote: no console error or warning, the same text, no fetch.
// Needs `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, selectedEngines } from './support/engines.mjs';
import { deepText, reflowReport } from './support/measure.js';
import { overlappingWords, pdfWords } from './support/pdf.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLAN_FILE = 'examples/plans/gavleborg-arsredovisning-2018.json';
const plan = JSON.parse(readFileSync(join(root, PLAN_FILE), 'utf8'));
const core = await import('../../packages/core/dist/index.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.map': 'application/json',
};
const POLICIES = {
  // JavaScript off in every engine alike: the policy forbids every script.
  'js-off': "default-src 'self'; script-src 'none'",
  'js-on': "default-src 'self'",
};

/** Serves `dir` under /js-off/ and /js-on/ with their policies, and the test frame at /frame.html. */
function serve(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/frame.html' || url.pathname === '/frame.css' || url.pathname === '/probe.js') {
      const file = join(root, 'scripts/test/support', url.pathname.slice(1));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' });
      res.end(readFileSync(file));
      return;
    }
    const m = /^\/(js-off|js-on)(\/.*)$/.exec(url.pathname);
    const file = m && normalize(join(dir, decodeURIComponent(m[2])));
    if (!m || !file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    let body = readFileSync(file);
    // With scripts on, the probe (a file of the same origin, which the policy allows) records
    // console errors and warnings, script errors and CSP violations.
    if (m[1] === 'js-on' && extname(file) === '.html')
      body = body.toString().replace('<head>', '<head>\n<script src="/probe.js"></script>');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': POLICIES[m[1]],
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function asfKit(args) {
  const r = spawnSync(process.execPath, [join(root, 'packages/cli/bin/asf-kit.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r;
}

/** In the page (or the framed page): every indicator of the scorecard as drawn. */
function gauges() {
  const frame = document.querySelector('iframe');
  const doc = frame ? frame.contentDocument : document;
  const card = doc.querySelector('asf-scorecard');
  if (!card?.shadowRoot) return null;
  return [...card.shadowRoot.querySelectorAll('[part~="item"]')].map((item) => {
    const gauge = item.querySelector('asf-progress')?.shadowRoot;
    const meter = gauge?.querySelector('[part~="meter"]');
    const out = {
      id: item.dataset.indicator,
      text: `${item.textContent} ${gauge?.textContent ?? ''}`.replace(/\s+/g, ' '),
      status: item.dataset.status,
    };
    if (meter) {
      const track = gauge.querySelector('[part~="track"]').getBoundingClientRect();
      const fill = gauge.querySelector('[part~="indicator"]').getBoundingClientRect();
      const mark = gauge.querySelector('[part~="target-marker"]')?.getBoundingClientRect();
      Object.assign(out, {
        min: Number(meter.getAttribute('aria-valuemin')),
        max: Number(meter.getAttribute('aria-valuemax')),
        now: Number(meter.getAttribute('aria-valuenow')),
        trackWidth: track.width,
        fillWidth: fill.width,
        fillStart: fill.left - track.left,
        markAt: mark ? mark.left + mark.width / 2 - track.left : null,
      });
    }
    return out;
  });
}

/** In the page: computed styles that show whether the stylesheets were applied. */
function looks() {
  const frame = document.querySelector('iframe');
  const doc = frame ? frame.contentDocument : document;
  const win = doc.defaultView;
  const card = doc.querySelector('asf-scorecard').shadowRoot;
  const gauge = card.querySelector('asf-progress').shadowRoot;
  const icon = card.querySelector('.status-icon').getBoundingClientRect();
  return {
    h1Weight: win.getComputedStyle(doc.querySelector('h1')).fontWeight,
    headerBorder: win.getComputedStyle(doc.querySelector('header.report')).borderBottomStyle,
    iconSize: Math.max(icon.width, icon.height),
    itemBorder: win.getComputedStyle(card.querySelector('[part~="item"]')).borderTopStyle,
    filterDisplay: win.getComputedStyle(card.querySelector('[part~="filters"]')).display,
    trackBackground: win.getComputedStyle(gauge.querySelector('[part~="track"]')).backgroundColor,
    fill: win.getComputedStyle(gauge.querySelector('[part~="indicator"]')).fill,
    trackHeight: gauge.querySelector('[part~="track"]').getBoundingClientRect().height,
  };
}

/** Where a figure falls on a gauge's scale (0–1 from its start), as the plan's direction says. */
const share = (g, value, direction) =>
  Math.min(
    1,
    Math.max(0, direction === 'decrease' ? (g.max - value) / (g.max - g.min) : (value - g.min) / (g.max - g.min)),
  );

const expectedFigures = (indicator, lang) => {
  const out = [];
  const o = indicator.outcomes?.[indicator.outcomes.length - 1];
  for (const f of [o, indicator.target, indicator.baseline])
    if (typeof f?.value === 'number')
      out.push(core.formatNumber(f.value, lang, { approximate: f.approximate }).replace(/\s+/g, ' '));
  return out;
};

describe('the follow-up report', () => {
  let dir;
  let server;
  let base;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'asf-report-'));
    asfKit([
      'report',
      PLAN_FILE,
      '--as-of',
      '2018-12-31',
      '-o',
      join(dir, 'report.html'),
      '--pdf',
      join(dir, 'report.pdf'),
    ]);
    asfKit([
      'report',
      'examples/plans/uppsala-handlingsplan-2018-2020.json',
      '--as-of',
      '2019-12-31',
      '-o',
      join(dir, 'uppsala/'),
    ]);
    // Every element on one page, rendered by the helper in English, beside the report's files.
    const { html, renderToString, inlinePlan } = await import('../../packages/elements/dist/ssr/ssr.js');
    const body = await renderToString(
      html`<asf-progress label="Active WISEs" value="28" target="30" baseline="25" as-of="2018-12-31"></asf-progress>
        <asf-progress variant="ring" label="Employees" value="209" target="200" baseline="190" as-of="2018-12-31"></asf-progress>
        <asf-progress .plan=${plan} indicator="aktiva-asf">${inlinePlan(plan)}</asf-progress>
        <asf-eligibility-check></asf-eligibility-check>`,
      { lang: 'en', stylesheets: 'report_files/' },
    );
    writeFileSync(
      join(dir, 'elements.html'),
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>asf-kit elements</title>\n` +
        `<script type="module" src="report_files/asf-kit-ssr.js"></script>\n</head>\n<body>\n${body}\n</body>\n</html>\n`,
    );
    server = await serve(dir);
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    await new Promise((r) => server?.close(r) ?? r());
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("npm start's example pages link the report the build wrote, in their language", () => {
    for (const [page, folder, lang] of [
      ['examples/index.html', 'examples/report/gavleborg-2018/', 'sv'],
      ['examples/en.html', 'examples/report/gavleborg-2018-en/', 'en'],
    ]) {
      const html = readFileSync(join(root, page), 'utf8');
      assert.ok(html.includes(`href="./${folder.slice('examples/'.length)}"`), `${page} links ${folder}`);
      const report = readFileSync(join(root, folder, 'index.html'), 'utf8');
      assert.match(report, new RegExp(`<html lang="${lang}">`));
      assert.match(report, /<asf-scorecard[^>]*><template shadowroot/);
      assert.ok(statSync(join(root, folder, 'assets/asf-kit-ssr.js')).isFile());
    }
  });

  it('prints to A4 through --pdf with the running header, page numbers and no text over text (Chromium)', () => {
    const pages = pdfWords(readFileSync(join(dir, 'report.pdf')));
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    assert.deepEqual(overlappingWords(pages), [], 'text printed over text');
    const title = plan.title.sv;
    pages.forEach((page, i) => {
      const lines = page.lines.map((l) => l.words.map((w) => w.text).join(' '));
      const top = Math.min(...page.lines.flatMap((l) => l.words.map((w) => w.yMin)));
      const headerLine = page.lines.find((l) => l.words.some((w) => w.yMin === top));
      assert.ok(
        headerLine &&
          title.startsWith(
            headerLine.words
              .map((w) => w.text)
              .join(' ')
              .split(' Läget')[0]
              .slice(0, 20),
          ),
        `page ${i + 1}: the running header starts with the title: ${lines[0]}`,
      );
      assert.ok(
        lines.some((l) => l.includes(title)),
        `page ${i + 1} has the title: ${lines.slice(0, 2).join(' / ')}`,
      );
      assert.ok(
        lines.some((l) => l.includes('Läget per 31 december 2018')),
        `page ${i + 1} has the date`,
      );
      assert.ok(
        lines.some((l) => l.includes(`Sida ${i + 1} av ${pages.length}`)),
        `page ${i + 1} is numbered: ${lines.slice(-2).join(' / ')}`,
      );
    });
    const printed = pages.flatMap((p) => p.lines.map((l) => l.words.map((w) => w.text).join(' '))).join(' ');
    for (const indicator of plan.indicators) {
      const words = (typeof indicator.title === 'string' ? indicator.title : indicator.title.sv).split(/\s+/);
      assert.ok(
        words.every((w) => printed.includes(w)),
        `${indicator.id} printed`,
      );
    }
  });

  it('prints a plan with activities (Uppsala) with no table row split across pages and no text over text (Chromium)', () => {
    const uppsala = JSON.parse(readFileSync(join(root, 'examples/plans/uppsala-handlingsplan-2018-2020.json'), 'utf8'));
    const pdf = join(dir, 'uppsala.pdf');
    asfKit(['report', 'examples/plans/uppsala-handlingsplan-2018-2020.json', '--as-of', '2019-12-31', '--pdf', pdf]);
    const pages = pdfWords(readFileSync(pdf));
    assert.deepEqual(overlappingWords(pages), [], 'text printed over text');
    const clean = (w) =>
      w
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
    const pageWords = pages.map((p) => new Set(p.lines.flatMap((l) => l.words.map((w) => clean(w.text)))));
    // A row of the table and of the matrix: its activity's words all on one page (twice: both show it).
    for (const activity of uppsala.activities) {
      const title = typeof activity.title === 'string' ? activity.title : activity.title.sv;
      const words = title
        .split(/[\s–—/]+/)
        .map(clean)
        .filter((w) => w.length >= 4);
      const whole = pageWords.filter((set) => words.every((w) => set.has(w))).length;
      assert.ok(whole >= 1, `"${title}" is not printed whole on any one page: its row is split`);
    }
  });

  for (const { id, label } of selectedEngines()) {
    describe(`in ${label}`, () => {
      let engine;
      let page;
      before(async () => {
        engine = await launch(id);
        page = await engine.newPage();
      });
      after(async () => {
        await page?.close();
        await engine?.close();
      });

      it(`with JavaScript off shows every figure, each bar at its length, styled under default-src 'self' (${label})`, async () => {
        await page.setViewport(1000, 800);
        await page.goto(`${base}/js-off/report.html`);
        const drawn = await page.waitFor(gauges, [], { what: 'the scorecard' });
        assert.equal(
          await page.evaluate(() => !!window.customElements.get('asf-scorecard')),
          false,
          'scripts ran: JavaScript is not off',
        );
        assert.equal(drawn.length, plan.indicators.length, 'every indicator is shown');
        let bars = 0;
        for (const indicator of plan.indicators) {
          const g = drawn.find((d) => d.id === indicator.id);
          assert.ok(g, `${indicator.id} is shown`);
          for (const figure of expectedFigures(indicator, 'sv'))
            assert.ok(
              g.text.includes(figure),
              `${indicator.id}: the figure ${figure} is shown: ${g.text.slice(0, 200)}`,
            );
          if (g.now === undefined) continue;
          bars += 1;
          const direction = indicator.direction ?? 'increase';
          const fill = share(g, g.now, direction) * g.trackWidth;
          assert.ok(Math.abs(g.fillStart) <= 1, `${indicator.id}: the fill starts at the start of the track`);
          assert.ok(
            Math.abs(g.fillWidth - fill) <= 2,
            `${indicator.id}: the fill is ${g.fillWidth.toFixed(1)} px of ${g.trackWidth.toFixed(1)}, expected ${fill.toFixed(1)}`,
          );
          if (typeof indicator.target?.value === 'number') {
            const at = share(g, indicator.target.value, direction) * g.trackWidth;
            assert.ok(
              Math.abs(g.markAt - at) <= 2,
              `${indicator.id}: the target mark is at ${g.markAt?.toFixed(1)} px, expected ${at.toFixed(1)}`,
            );
          }
        }
        assert.ok(bars >= 5, `only ${bars} bars`);
        const l = await page.evaluate(looks);
        assert.ok(Number(l.h1Weight) >= 600, `the page's stylesheet applies: h1 weight ${l.h1Weight}`);
        assert.equal(l.headerBorder, 'solid', "the page's stylesheet applies: the header's rule");
        assert.ok(l.iconSize > 8 && l.iconSize <= 32, `a status icon is ${l.iconSize} px, not page-sized`);
        assert.equal(l.itemBorder, 'solid', "the scorecard's stylesheet applies");
        assert.equal(l.filterDisplay, 'flex', "the scorecard's stylesheet applies to its filters");
        assert.equal(l.trackBackground, 'rgb(230, 230, 230)', "the gauge's stylesheet applies to its track");
        assert.equal(l.fill, 'rgb(0, 90, 156)', "the gauge's stylesheet fills the bar");
        assert.ok(l.trackHeight >= 8 && l.trackHeight <= 16, `the track is ${l.trackHeight} px high`);
      });

      it(`with JavaScript off has no sideways scroll at 320 px (${label})`, async () => {
        await page.setViewport(1000, 800);
        await page.goto(`${base}/frame.html`);
        await page.evaluate(
          (src) =>
            new Promise((resolve) => {
              const frame = document.querySelector('iframe');
              frame.width = '320';
              frame.height = '640';
              frame.addEventListener('load', () => resolve(true), { once: true });
              frame.src = src;
            }),
          `${base}/js-off/report.html`,
        );
        await page.waitFor(gauges, [], { what: 'the scorecard at 320 px' });
        const r = await page.evaluate(reflowReport);
        assert.ok(r.sideways <= 0, `scrolls sideways by ${r.sideways} px:\n  ${r.culprits.join('\n  ')}`);
      });

      if (id !== 'webkit') {
        it(`printed by ${label} to A4 has every indicator and no text over text`, async () => {
          await page.goto(`${base}/js-off/report.html`);
          await page.waitFor(gauges, [], { what: 'the scorecard' });
          const pages = pdfWords(await page.pdf());
          assert.ok(pages.length >= 3, `${pages.length} pages`);
          assert.deepEqual(overlappingWords(pages), [], `printed by ${label}: text over text`);
          const printed = pages.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text))).join(' ');
          for (const indicator of plan.indicators)
            for (const figure of expectedFigures(indicator, 'sv'))
              assert.ok(
                printed.includes(
                  figure
                    .replace(/\u00a0/g, ' ')
                    .split(' ')
                    .pop(),
                ),
                `${indicator.id}: ${figure} printed`,
              );
        });
      }

      it(`with JavaScript on hydrates what the server wrote: no error or warning, the same text, no fetch (${label})`, async () => {
        await page.setViewport(1000, 800);
        await page.goto(`${base}/js-off/report.html`);
        await page.waitFor(gauges, [], { what: 'the scorecard' });
        const serverText = await page.evaluate(deepText);
        await page.goto(`${base}/js-on/report.html`);
        await page.waitFor(
          () => {
            const card = document.querySelector('asf-scorecard');
            return (
              !!customElements.get('asf-scorecard') &&
              card?.hasUpdated &&
              [...card.shadowRoot.querySelectorAll('asf-progress')].every((p) => p.hasUpdated)
            );
          },
          [],
          { what: 'the elements to hydrate' },
        );
        await page.evaluate(() => new Promise((r) => setTimeout(() => r(true), 300)));
        const problems = await page.evaluate(() => window.__asfProblems.slice());
        assert.deepEqual(problems, [], 'console errors, warnings or CSP violations');
        assert.equal(
          await page.evaluate(deepText),
          serverText,
          'the text after hydration is the text the server wrote',
        );
        const fetched = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((n) => /\.json(\?|$)/.test(n)),
        );
        assert.deepEqual(fetched, [], 'no plan fetched');
        // Interactive: a status filter works.
        await page.click(() =>
          document.querySelector('asf-scorecard').shadowRoot.querySelector('[part~="filter"][data-status="achieved"]'),
        );
        await page.waitFor(
          () => document.querySelector('asf-scorecard').shadowRoot.querySelectorAll('[part~="item"]').length === 5,
          [],
          { what: 'the filter to show the five achieved indicators' },
        );
      });

      it(`with JavaScript on hydrates the activity table and the responsibility matrix the same way (${label})`, async () => {
        await page.setViewport(1000, 800);
        const ready = () =>
          ['asf-activity-table', 'asf-responsibility-matrix'].every((t) => document.querySelector(t)?.shadowRoot);
        await page.goto(`${base}/js-off/uppsala/index.html`);
        await page.waitFor(ready, [], { what: 'the table and the matrix' });
        const serverText = await page.evaluate(deepText);
        assert.match(serverText, /Visar 18 av 18 åtgärder/);
        await page.goto(`${base}/js-on/uppsala/index.html`);
        await page.waitFor(
          () => ['asf-activity-table', 'asf-responsibility-matrix'].every((t) => document.querySelector(t)?.hasUpdated),
          [],
          { what: 'the table and the matrix to hydrate' },
        );
        await page.evaluate(() => new Promise((r) => setTimeout(() => r(true), 300)));
        assert.deepEqual(await page.evaluate(() => window.__asfProblems.slice()), [], 'console errors or warnings');
        assert.equal(
          await page.evaluate(deepText),
          serverText,
          'the text after hydration is the text the server wrote',
        );
        const fetched = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((n) => /\.json(\?|$)/.test(n)),
        );
        assert.deepEqual(fetched, [], 'no plan fetched');
      });

      it(`renders every gauge and the self-check on the server in English, and hydrates them (${label})`, async () => {
        await page.setViewport(1000, 800);
        const rendered = () => {
          const all = [...document.querySelectorAll('asf-progress, asf-eligibility-check')];
          return all.length === 4 && all.every((e) => e.shadowRoot) ? all.length : 0;
        };
        await page.goto(`${base}/js-off/elements.html`);
        await page.waitFor(rendered, [], { what: 'the elements' });
        const serverText = await page.evaluate(deepText);
        const shown = (
          await page.evaluate(() =>
            [...document.querySelectorAll('asf-progress, asf-eligibility-check')].map((e) => e.shadowRoot.textContent),
          )
        )
          .join(' ')
          .replace(/\s+/g, ' ');
        for (const words of [
          'Not achieved',
          'Achieved',
          '28 active WISEs',
          'Number of active WISEs in the county',
          'WISE',
        ])
          assert.ok(shown.includes(words), `"${words}" rendered on the server: ${shown.slice(0, 300)}`);
        assert.doesNotMatch(shown, /Ej uppnått|Laddar|Loading/);
        await page.goto(`${base}/js-on/elements.html`);
        await page.waitFor(
          () => [...document.querySelectorAll('asf-progress, asf-eligibility-check')].every((e) => e.hasUpdated),
          [],
          { what: 'the elements to hydrate' },
        );
        await page.evaluate(() => new Promise((r) => setTimeout(() => r(true), 300)));
        assert.deepEqual(await page.evaluate(() => window.__asfProblems.slice()), [], 'console errors or warnings');
        assert.equal(
          await page.evaluate(deepText),
          serverText,
          'the text after hydration is the text the server wrote',
        );
      });
    });
  }
});

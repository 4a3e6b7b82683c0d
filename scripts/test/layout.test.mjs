// Layout of the example pages and the Storybook stories as people meet them, in Chromium,
// Firefox and WebKit: no sideways scroll at 320 px (a phone), at 640 px (1280 px zoomed to
// 200 %) and at 1280 px (WCAG 1.4.10 reflow, 1.4.4 resize text); no blank space below the
// content; printed (A4 width), no text drawn over other text and no controls; in forced colours
// no button drawn as a blank box; and on the English page every text from a Swedish plan marked
// lang="sv" (WCAG 3.1.2). Print and forced colours are emulated in Chromium only: Firefox over
// WebDriver BiDi and WebKit under WebDriver offer no media emulation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, selectedEngines } from './support/engines.mjs';
import { startSite, useEngine, visit, visitFramed } from './support/site.mjs';
import { overlapReport, pngContrast, reflowReport, textBoxesIn, textLanguages } from './support/measure.js';
import { overlappingWords, pdfWords } from './support/pdf.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const PAGES = [
  '/examples/index.html',
  '/examples/en.html',
  '/examples/theme.html',
  '/examples/csp.html',
  '/examples/editor.html',
  '/examples/react/dist/index.html',
  '/examples/vue/dist/index.html',
];
/** Viewport widths: a phone; 1280 px at 200 % zoom; a desktop. */
const WIDTHS = [
  [320, 640],
  [640, 400],
  [1280, 800],
];
/** Blank space below the last content that a page may have (its own bottom margin and padding). */
const MAX_BLANK_BELOW = 48;

/** A4 at 96 dpi less 2 cm margins: the width a printed page lays out in. */
const PRINT_WIDTH = 718;
const CONTROLS = 'button, select, input[type="search"], [role="search"], [part~="controls"], [part~="status-filter"]';

function assertReflow(report, where) {
  assert.ok(
    report.sideways <= 0,
    `${where}: the page scrolls sideways by ${report.sideways} px (content ${report.scrollWidth} px in ${report.viewport} px); sticking out:\n  ${report.culprits.join('\n  ')}`,
  );
  assert.ok(report.blankBelow <= MAX_BLANK_BELOW, `${where}: ${report.blankBelow} px of blank space below the content`);
}

/** The activity titles (Swedish) of the plans a page uses. */
function activityTitles(pagePath) {
  const html = readFileSync(join(root, pagePath), 'utf8');
  const plans = [...new Set([...html.matchAll(/src="\.\/(plans\/[^"]+\.json)"/g)].map((m) => m[1]))];
  return plans.flatMap(
    (p) =>
      JSON.parse(readFileSync(join(root, 'examples', p), 'utf8')).activities?.map((a) =>
        typeof a.title === 'string' ? a.title : a.title.sv,
      ) ?? [],
  );
}

/**
 * The titles none of whose words is missing from the printed words. A table cell's words stand
 * between other cells' words on a printed line, so a title is looked for word by word; a word
 * hyphenated at a line end is found from its two printed halves, and ligatures ("ﬀ") count as their letters.
 */
function missingFromPaper(titles, printedWords) {
  const clean = (w) =>
    w
      .normalize('NFKC')
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\u00ad\u2010-]+$/gu, '');
  const words = new Set(printedWords.map(clean));
  const heads = new Set(
    printedWords
      .map(clean)
      .filter((w) => /[\u00ad\u2010-]$/.test(w))
      .map((w) => w.slice(0, -1)),
  );
  const found = (w) =>
    words.has(w) || [...Array(w.length).keys()].some((i) => i > 1 && heads.has(w.slice(0, i)) && words.has(w.slice(i)));
  return titles.filter((t) =>
    t
      .split(/[\s–—/]+/)
      .map(clean)
      .filter((w) => w.length >= 3 && !/[-\u2010]/.test(w))
      .some((w) => !found(w)),
  );
}

/** Every Swedish text of a plan: plain strings and `sv` values that have no English. */
function swedishPlanTexts(plan) {
  const out = new Set();
  const walk = (v, key) => {
    if (typeof v === 'string') {
      if (
        v.length >= 12 &&
        /\s/.test(v) &&
        !['id', 'url', 'date', '$schema', 'file', 'name', 'shortName'].includes(key)
      )
        out.add(v.replace(/\s+/g, ' ').trim());
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') {
      if (typeof v.sv === 'string' && v.en === undefined) walk(v.sv, 'sv');
      for (const [k, x] of Object.entries(v)) if (k !== 'sv' && k !== 'en') walk(x, k);
    }
  };
  walk(plan, '');
  return out;
}

for (const { id, label } of selectedEngines()) {
  describe(`layout in ${label}`, () => {
    const ctx = useEngine(id, { before, after, launch });

    for (const path of PAGES) {
      it(`${path} reflows at 320, 640 (200 % zoom) and 1280 px (${label})`, async () => {
        for (const [width, height] of WIDTHS) {
          await visitFramed(ctx.page, ctx.site, path, width, height);
          assertReflow(await ctx.page.evaluate(reflowReport), `${path} at ${width} px in ${label}`);
        }
      });
    }

    it(`en.html marks every Swedish text from the plans lang="sv" (${label})`, async () => {
      const html = readFileSync(join(root, 'examples/en.html'), 'utf8');
      const plans = [...new Set([...html.matchAll(/src="\.\/(plans\/[^"]+\.json)"/g)].map((m) => m[1]))];
      assert.ok(plans.length > 0, 'en.html uses no plan file');
      const swedish = new Set(
        plans.flatMap((p) => [...swedishPlanTexts(JSON.parse(readFileSync(join(root, 'examples', p), 'utf8')))]),
      );
      await visit(ctx.page, ctx.site, '/examples/en.html');
      const nodes = await ctx.page.evaluate(textLanguages);
      const fromPlans = nodes.filter(([text]) => swedish.has(text));
      assert.ok(fromPlans.length >= 10, `only ${fromPlans.length} plan texts found on en.html`);
      const wrong = fromPlans
        .filter(([, lang]) => !/^sv\b/i.test(lang))
        .map(([text, lang]) => `"${text.slice(0, 60)}" in lang="${lang}"`);
      assert.deepEqual(wrong, [], `${wrong.length} of ${fromPlans.length} Swedish plan texts are not marked lang="sv"`);
    });

    if (id !== 'webkit') {
      for (const path of ['/examples/index.html', '/examples/en.html']) {
        it(`${path} printed to A4 PDF has every activity and no text over other text (${label})`, async () => {
          await visit(ctx.page, ctx.site, path);
          const pages = pdfWords(await ctx.page.pdf());
          assert.ok(pages.length >= 3, `only ${pages.length} printed pages`);
          assert.deepEqual(overlappingWords(pages), [], `${path} printed by ${label}: text over text`);
          const printed = pages.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
          const missing = missingFromPaper(activityTitles(`examples/${path.split('/').pop()}`), printed);
          assert.deepEqual(missing, [], `${path} printed by ${label}: activities missing from paper`);
        });
      }
    }

    if (id === 'chromium') {
      for (const path of ['/examples/index.html', '/examples/en.html']) {
        it(`${path} in print media (A4 width) puts no text over other text and no controls on paper (${label})`, async () => {
          await visit(ctx.page, ctx.site, path);
          await ctx.page.setViewport(PRINT_WIDTH, 1000);
          await ctx.page.emulateMedia({ media: 'print' });
          try {
            const report = await ctx.page.evaluate(overlapReport, CONTROLS);
            assert.ok(report.boxes > 100, `only ${report.boxes} text boxes measured`);
            assert.deepEqual(report.overlaps, [], `${path} printed: text drawn over text`);
            assert.deepEqual(report.controls, [], `${path} printed: controls on paper`);
          } finally {
            await ctx.page.emulateMedia({ media: '' });
            await ctx.page.setViewport(1280, 800);
          }
        });
      }

      it(`index.html in forced colours paints every status filter, pressed or not, legibly (${label})`, async () => {
        await visit(ctx.page, ctx.site, '/examples/index.html');
        await ctx.page.emulateMedia({ forcedColors: 'active' });
        try {
          assert.equal(
            await ctx.page.evaluate(() => matchMedia('(forced-colors: active)').matches),
            true,
            'forced colours are not emulated',
          );
          const count = await ctx.page.evaluate(
            () => document.querySelector('asf-scorecard').shadowRoot.querySelectorAll('button[aria-pressed]').length,
          );
          assert.ok(count >= 2, `only ${count} status filters`);
          // Press the second filter, then the first ("Alla"), as a visitor would; then look at the pixels.
          for (const index of [1, 0]) {
            await ctx.page.click(
              (i) => document.querySelector('asf-scorecard').shadowRoot.querySelectorAll('button[aria-pressed]')[i],
              index,
            );
          }
          const faint = [];
          for (let i = 0; i < count; i++) {
            const nth = (n) =>
              document.querySelector('asf-scorecard').shadowRoot.querySelectorAll('button[aria-pressed]')[n];
            const png = await ctx.page.screenshotOf(nth, i);
            // Where the words are: a backplate behind white text is as blank as no text.
            const regions = await ctx.page.evaluate(textBoxesIn, 'asf-scorecard', 'button[aria-pressed]', i);
            const ratio = await ctx.page.evaluate(pngContrast, png, regions);
            if (ratio < 3) {
              const text = await ctx.page.evaluate(
                (n) =>
                  document
                    .querySelector('asf-scorecard')
                    .shadowRoot.querySelectorAll('button[aria-pressed]')
                    .item(n)
                    .textContent.trim()
                    .replace(/\s+/g, ' '),
                i,
              );
              faint.push(`"${text}": highest contrast ${ratio.toFixed(2)}:1`);
            }
          }
          assert.deepEqual(faint, [], 'status filters painted without legible text in forced colours');
        } finally {
          await ctx.page.emulateMedia({ forcedColors: '' });
        }
      });
    }
  });
}

describe('Storybook stories reflow', () => {
  let out;
  let stories;
  before(() => {
    out = mkdtempSync(join(tmpdir(), 'asf-storybook-layout-'));
    const run = spawnSync(
      join(root, 'node_modules/.bin/storybook'),
      ['build', '--disable-telemetry', '--quiet', '-o', out],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
    assert.equal(run.status, 0, `storybook build failed:\n${run.stdout}\n${run.stderr}`);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    stories = Object.values(index.entries).filter((e) => e.type === 'story');
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  for (const { id, label } of selectedEngines()) {
    it(`every story reflows at 320 and 1280 px (${label})`, async () => {
      const site = await startSite({ root: out });
      const engine = await launch(id);
      const page = await engine.newPage();
      try {
        assert.ok(stories.length >= 25, `only ${stories.length} stories`);
        const failures = [];
        for (const story of stories) {
          const [[narrow, height], [wide]] = [WIDTHS[0], WIDTHS[2]];
          await visitFramed(page, site, `/iframe.html?id=${story.id}&viewMode=story`, narrow, height, {
            ready: () =>
              document.querySelector('iframe').contentDocument?.querySelector('#storybook-root *, #root-inner *') !=
              null,
          });
          for (const width of [narrow, wide]) {
            await page.evaluate(
              (w) =>
                new Promise((resolve) => {
                  document.querySelector('iframe').width = String(w);
                  requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
                }),
              width,
            );
            const report = await page.evaluate(reflowReport);
            if (report.sideways > 0) {
              failures.push(
                `${story.id} at ${width} px: ${report.sideways} px sideways; ${report.culprits.slice(0, 2).join('; ')}`,
              );
            }
          }
        }
        assert.deepEqual(failures, []);
      } finally {
        await page.close();
        await engine.close();
        await site.close();
      }
    });
  }
});

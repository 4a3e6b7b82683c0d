// End-to-end tests of the example pages, the way a visitor meets them: the built CDN bundle
// served as static files, loaded in Chromium, Firefox and WebKit (all from Debian's packages).
// Each page must show its texts and figures with no console error, no failed request and no
// CSP violation. Every test names its engine. Runs after `npm run build` (npm test builds first)
// and under scripts/with-browsers.mjs (npm test does), which starts WebKit's driver.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch, selectedEngines } from './support/engines.mjs';
import { deepText } from './support/measure.js';
import { useEngine, visit } from './support/site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = `${root}packages/elements/dist/cdn/asf-kit.js`;
const DALARNA = 'examples/plans/dalarna-utveckling-asf-2017-2018.json';

for (const { id, label } of selectedEngines()) {
  describe(`example pages in ${label}`, () => {
    before(() => assert.ok(existsSync(BUNDLE), `the CDN bundle is missing (${BUNDLE}): run "npm run build" first`));
    const ctx = useEngine(id, { before, after, launch });

    it(`index.html shows the Gävleborg follow-up, the Bollnäs and Uppsala plans and the self-check, in Swedish (${label})`, async () => {
      const problems = await visit(ctx.page, ctx.site, '/examples/index.html');
      const text = await ctx.page.evaluate(deepText);
      assert.deepEqual(await problems(), []);
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
    });

    it(`editor.html opens the Gävleborg follow-up in the plan editor, valid, with no error (${label})`, async () => {
      const problems = await visit(ctx.page, ctx.site, '/examples/editor.html');
      await ctx.page.waitFor(
        () => (document.querySelector('asf-plan-editor')?.shadowRoot?.querySelector('#f-title')?.value ?? '') !== '',
        [],
        { what: 'the plan in the editor' },
      );
      const text = await ctx.page.evaluate(deepText);
      assert.deepEqual(await problems(), []);
      assert.match(text, /Planen är giltig/);
      assert.match(text, /Lägg till indikator/);
      assert.doesNotMatch(text, /NaN|undefined|\[object Object\]/);
    });

    it(`en.html speaks English (${label})`, async () => {
      const problems = await visit(ctx.page, ctx.site, '/examples/en.html');
      const text = await ctx.page.evaluate(deepText);
      assert.deepEqual(await problems(), []);
      assert.match(text, /28 of 30/);
      assert.match(text, /about 75/);
      assert.doesNotMatch(text, /NaN|undefined|\[object Object\]/);
    });

    it(`theme.html applies the custom theme to the elements (${label})`, async () => {
      const problems = await visit(ctx.page, ctx.site, '/examples/theme.html');
      const text = await ctx.page.evaluate(deepText);
      assert.deepEqual(await problems(), []);
      assert.match(text, /28 av 30/);
      const { token, painted, colours } = await ctx.page.evaluate(() => {
        const token = getComputedStyle(document.documentElement).getPropertyValue('--asf-color-primary').trim();
        const probe = document.createElement('div');
        probe.style.color = token;
        document.body.append(probe);
        const painted = getComputedStyle(probe).color;
        probe.remove();
        const colours = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            const s = getComputedStyle(el);
            colours.push(s.color, s.backgroundColor, s.borderTopColor, s.fill, s.stroke);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return { token, painted, colours };
      });
      assert.notEqual(token, '', 'the theme sets --asf-color-primary');
      assert.ok(colours.includes(painted), `no element is painted in the theme's primary colour ${token} (${painted})`);
    });

    it(`csp.html works under default-src 'self' with no violations (${label})`, async () => {
      const problems = await visit(ctx.page, ctx.site, '/examples/csp.html');
      const text = await ctx.page.evaluate(deepText);
      assert.deepEqual(await problems(), []);
      assert.match(text, /28 av 30/);
      assert.match(text, /KS/);
    });

    it(`csp.html: a plan written in the page is shown without a fetch, and the text inside the elements gives way to them (${label})`, async () => {
      // The page's inline copy is the plan file itself, so what it shows is the real plan.
      const page = readFileSync(`${root}examples/csp.html`, 'utf8');
      const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(page);
      assert.ok(inline, 'csp.html has no inline plan');
      assert.deepEqual(JSON.parse(inline[1]), JSON.parse(readFileSync(`${root}${DALARNA}`, 'utf8')));
      const problems = await visit(ctx.page, ctx.site, '/examples/csp.html');
      const seen = await ctx.page.evaluate(() => {
        const table = document.querySelector('asf-activity-table:not([src])');
        return {
          shown: table.shadowRoot.textContent,
          fetched: performance.getEntriesByType('resource').some((r) => /dalarna/.test(r.name)),
          fallbacks: [...document.querySelectorAll('.fallback')].map((p) => p.getClientRects().length),
        };
      });
      assert.deepEqual(await problems(), []);
      for (const a of JSON.parse(inline[1]).activities) {
        const title = typeof a.title === 'string' ? a.title : a.title.sv;
        assert.ok(seen.shown.includes(title), `the inline plan's activity "${title}" is not shown`);
      }
      assert.equal(seen.fetched, false, 'the inline plan was fetched as a file');
      assert.deepEqual(seen.fallbacks, [0, 0, 0], 'text inside an element still shows after it has run');
    });

    it(`csp.html with JavaScript off shows the text written inside the elements (${label})`, async () => {
      await ctx.page.goto(`${ctx.site.base}/examples/csp.html?js=off`);
      await ctx.page.waitFor(() => document.readyState === 'complete', [], { what: 'csp.html to load' });
      const seen = await ctx.page.evaluate(() => ({
        defined: customElements.get('asf-progress') !== undefined,
        fallbacks: [...document.querySelectorAll('.fallback')].map((p) =>
          p.getClientRects().length > 0 ? p.textContent.replace(/\s+/g, ' ').trim() : '',
        ),
      }));
      assert.equal(seen.defined, false, 'scripts ran although the policy forbids them');
      assert.equal(seen.fallbacks.length, 3);
      assert.match(seen.fallbacks[0], /28 den 31 december 2018 \(målet var 30/);
      for (const text of seen.fallbacks) assert.notEqual(text, '', 'a text inside an element is not shown');
      ctx.site.takeFailures();
    });

    it(`the self-check loads the rules engine on first use, under the strict CSP, and explains the verdict (${label})`, async () => {
      const problems = await visit(ctx.page, ctx.site, '/examples/csp.html');
      const loaded = () =>
        ctx.page.evaluate(() => performance.getEntriesByType('resource').some((r) => /rules-loader/.test(r.name)));
      assert.equal(await loaded(), false, 'the rules chunk must not load before the form is used');
      // A visitor answers "Nej" to "Driver företaget näringsverksamhet …?" with the mouse.
      await ctx.page.click(() =>
        document
          .querySelector('asf-eligibility-check')
          .shadowRoot.querySelector('input[name="sellsGoodsOrServices"][value="no"]'),
      );
      await ctx.page.waitFor(
        () =>
          document
            .querySelector('asf-eligibility-check')
            .shadowRoot.querySelector('[part~="verdict"]')
            ?.textContent.includes('Uppfyller inte'),
        [],
        { what: 'the verdict' },
      );
      const text = await ctx.page.evaluate(
        () =>
          document.querySelector('asf-eligibility-check').shadowRoot.querySelector('[part~="criterion"]')
            ?.textContent ?? '',
      );
      assert.match(text, /näringsverksamhet/i);
      assert.equal(await loaded(), true, 'the rules chunk loads when the form is used');
      assert.deepEqual(await problems(), []);
    });
  });
}

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
    const run = spawnSync(
      process.execPath,
      [`${root}examples/node/follow-up.mjs`, `${root}package.json`, '--lang', 'en'],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is not a valid plan/);
    assert.match(run.stderr, /\/kind/);
  });
});

// End-to-end tests of the React 19 and Vue 3 examples (examples/react/, examples/vue/), built by
// `npm run build` from the workspace packages and served as static files the way `npm start`
// serves them. In each app, the five elements must render from attributes and from a plan set as
// a property — the numbers a framework passes as text ("28") read as numbers — and the apps
// must hear the elements' events (real clicks), in Chromium, Firefox and WebKit: a status chosen on the scorecard, a column sorted in the
// activity table, an answer in the self-check. No console error, no failed request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, selectedEngines } from './support/engines.mjs';
import { deepText } from './support/measure.js';
import { useEngine, visit } from './support/site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const APPS = [
  { name: 'React 19', path: '/examples/react/dist/index.html' },
  { name: 'Vue 3', path: '/examples/vue/dist/index.html' },
];

/** In the page: true once the app's five elements have rendered their data. */
function appReady() {
  const shadow = (tag) => [...document.querySelectorAll(tag)].map((el) => el.shadowRoot);
  const tags = [
    'asf-progress',
    'asf-scorecard',
    'asf-activity-table',
    'asf-responsibility-matrix',
    'asf-eligibility-check',
  ];
  return Boolean(
    tags.every(
      (tag) => shadow(tag).length > 0 && shadow(tag).every((r) => r && !r.querySelector('[part="loading"]')),
    ) &&
    shadow('asf-scorecard')[0].querySelector('[part="filters"]') &&
    shadow('asf-activity-table')[0].querySelector('[part~="row"]') &&
    shadow('asf-responsibility-matrix')[0].querySelector('[part~="row"]'),
  );
}

const textOf = (page, id) =>
  page.evaluate((i) => document.getElementById(i).textContent.replace(/\s+/g, ' ').trim(), id);

for (const { id: engineId, label } of selectedEngines()) {
  describe(`the framework examples in ${label}`, () => {
    before(() => {
      for (const app of APPS) {
        assert.ok(
          existsSync(root + app.path.slice(1)),
          `the ${app.name} example is not built (${app.path}): run "npm run build" first`,
        );
      }
    });
    const ctx = useEngine(engineId, { before, after, launch });

    /** Opens an app and waits until its five elements have rendered their data. */
    async function open(path) {
      const problems = await visit(ctx.page, ctx.site, path);
      await ctx.page.waitFor(appReady, [], { timeout: 20000, what: `the five elements of ${path}` });
      return problems;
    }

    for (const app of APPS) {
      it(`${app.name}: renders the five elements from attributes and from plans set as properties (${label})`, async () => {
        const problems = await open(app.path);
        const text = await ctx.page.evaluate(deepText);
        // <asf-progress value="28" target="30" baseline="25">: the framework sets el.value = '28'.
        const now = await ctx.page.evaluate(() =>
          [...document.querySelectorAll('asf-progress')].map((el) =>
            el.shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'),
          ),
        );
        assert.deepEqual(now, ['28', '28']);
        const gauges = await ctx.page.evaluate(() =>
          [...document.querySelectorAll('asf-progress')].map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ')),
        );
        for (const gauge of gauges) {
          assert.match(gauge, /Ej uppnått/, gauge);
          assert.doesNotMatch(gauge, /Kan inte bedömas|inget utfall|Fel värde/, gauge);
        }
        // The scorecard's plan object: Gävleborg 2018 with its 13 indicators, headings at level 3.
        assert.ok(
          text.includes('Årsredovisning arbetsintegrerande sociala företag 2018'),
          'the Gävleborg plan is not shown',
        );
        assert.equal(
          await ctx.page.evaluate(() =>
            document
              .querySelector('asf-scorecard')
              .shadowRoot.querySelector('[part="title"]')
              .getAttribute('aria-level'),
          ),
          '3',
        );
        // The Uppsala plan in the activity table and the matrix: printed codes and schedules.
        assert.ok(/Pågår\s*kontinuerligt/.test(text), 'the Uppsala plan is not shown');
        assert.ok(
          (await ctx.page.evaluate(
            () =>
              document.querySelector('asf-responsibility-matrix').shadowRoot.querySelectorAll('[part~="actor-header"]')
                .length,
          )) > 3,
        );
        assert.deepEqual(await problems(), []);
      });

      it(`${app.name}: hears asf-status-filter-change, asf-sort-change and asf-eligibility-change (${label})`, async () => {
        const problems = await open(app.path);
        assert.equal(await textOf(ctx.page, 'chosen-status'), 'Vald status: alla');
        await ctx.page.click(() =>
          document.querySelector('asf-scorecard').shadowRoot.querySelector('button[data-status="achieved"]'),
        );
        await ctx.page.waitFor(() => document.getElementById('chosen-status').textContent.includes('achieved'), [], {
          timeout: 5000,
          what: 'the chosen status',
        });
        // The app passes the chosen status back as a property: the button stays pressed.
        assert.equal(
          await ctx.page.evaluate(() =>
            document
              .querySelector('asf-scorecard')
              .shadowRoot.querySelector('button[data-status="achieved"]')
              .getAttribute('aria-pressed'),
          ),
          'true',
        );

        assert.equal(await textOf(ctx.page, 'chosen-sort'), 'Sortering: planens ordning');
        await ctx.page.click(() =>
          document.querySelector('asf-activity-table').shadowRoot.querySelector('[part="sort-button"]'),
        );
        await ctx.page.waitFor(
          () => document.getElementById('chosen-sort').textContent.includes('title (ascending)'),
          [],
          { timeout: 5000, what: 'the sort' },
        );

        assert.equal(await textOf(ctx.page, 'verdict'), 'Resultat: inget svar ännu');
        await ctx.page.click(() =>
          document.querySelector('asf-eligibility-check').shadowRoot.querySelector('input[type="radio"]'),
        );
        await ctx.page.waitFor(
          () => /asf: (eligible|not-eligible|needs-review)/.test(document.getElementById('verdict').textContent),
          [],
          {
            timeout: 10000,
            what: 'the verdict',
          },
        );
        assert.deepEqual(await problems(), []);
      });
    }

    it(`examples/index.html links to the React and Vue examples (${label})`, async () => {
      await visit(ctx.page, ctx.site, '/examples/index.html');
      const links = await ctx.page.evaluate(() =>
        [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href')),
      );
      assert.ok(links.includes('./react/dist/index.html'), links.join(', '));
      assert.ok(links.includes('./vue/dist/index.html'), links.join(', '));
      for (const href of ['./react/dist/index.html', './vue/dist/index.html']) {
        const status = await fetch(new URL(href, `${ctx.site.base}/examples/index.html`).href).then((r) => r.status);
        assert.equal(status, 200, href);
      }
    });
  });
}

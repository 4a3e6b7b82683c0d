// Builds Storybook once (offline, no telemetry) and checks it as a designer meets it:
// - every element of the custom-elements manifest has its stories — Playground, States,
//   Variants, Theming, Accessibility — and a docs page; an introduction page (MDX) is in the
//   index, and the build no longer warns that no .mdx files were found;
// - the build works hosted under a subfolder (plans load from relative URLs): it is served at
//   /sub/folder/ by a tiny static server here and a story that fetches a plan renders it;
// - docs pages and stories show the elements in the toolbar's language (the `lang` global);
// - controls come from the manifest: no "Set object" control on CSS parts, CSS custom
//   properties or events; number attributes get number controls, `YYYY-MM-DD` dates date ones;
// - the large activity-table story is a story but not on the docs page;
// - every story's headings, through shadow roots, go down one level at a time.
// The browser checks run in headless Chromium (scripts/test/support/engines.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './support/engines.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REQUIRED_STORIES = ['Playground', 'States', 'Variants', 'Theming', 'Accessibility'];
const SUB = '/sub/folder/';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

let index;
let buildOutput;
let elements;
let out;
let server;
let base;
let engine;
let page;
const failed = [];

/** A static server of `dir` under SUB only; every answer of 400 or more is kept in `failed`. */
function serve(dir) {
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = path.startsWith(SUB) ? join(dir, normalize(path.slice(SUB.length) || 'index.html')) : null;
      let ok = false;
      try {
        ok = file != null && file.startsWith(dir) && statSync(file).isFile();
      } catch {
        // Not a file: answered below as not found.
      }
      if (!ok) {
        // The browser asks for /favicon.ico on its own; everything else is the build's.
        if (path !== '/favicon.ico') failed.push(`HTTP 404: ${path}`);
        res.writeHead(404).end('not found');
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

/** In the page: true once the story (or docs page) has rendered, with at least `min` asf-* elements, each showing its data or an error. */
function storyReady(min) {
  const rootEl = document.querySelector('#storybook-root > *, #storybook-docs .sbdocs-content');
  if (!rootEl || document.readyState !== 'complete') return false;
  const all = [];
  const walk = (n) => {
    for (const el of n.querySelectorAll('*')) {
      if (el.localName.startsWith('asf-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return (
    all.length >= min &&
    all.every(
      (el) =>
        customElements.get(el.localName) &&
        el.shadowRoot &&
        el.shadowRoot.childNodes.length > 0 &&
        !el.shadowRoot.querySelector('[part~="loading"]'),
    )
  );
}

const story = (id, globals = '') => `${base}iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
const docs = (id, globals = '') => `${base}iframe.html?id=${id}&viewMode=docs${globals ? `&globals=${globals}` : ''}`;

async function open(url, what, min = 0) {
  await page.goto(url);
  await page.waitFor(storyReady, [min], { timeout: 30000, what });
}

before(async () => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
  elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  out = mkdtempSync(join(tmpdir(), 'asf-storybook-'));
  const run = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '--disable-telemetry', '-o', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  buildOutput = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, `storybook build failed:\n${buildOutput}`);
  index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  server = await serve(out);
  base = `http://127.0.0.1:${server.address().port}${SUB}`;
  engine = await launch('chromium');
  page = await engine.newPage();
});

after(async () => {
  await engine?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('Storybook', () => {
  it('knows every element of the manifest', () => {
    assert.ok(
      elements.length >= 5,
      `expected at least five elements in custom-elements.json, found ${elements.map((d) => d.tagName).join(', ')}`,
    );
  });

  it('has Playground, States, Variants, Theming and Accessibility stories and a docs page for every element', () => {
    const entries = Object.values(index.entries);
    for (const { tagName: tag } of elements) {
      const mine = entries.filter((e) => e.title.split('/').pop() === tag);
      const stories = mine.filter((e) => e.type === 'story').map((e) => e.name);
      for (const name of REQUIRED_STORIES)
        assert.ok(stories.includes(name), `${tag} has no "${name}" story (has: ${stories.join(', ') || 'none'})`);
      assert.ok(
        mine.some((e) => e.type === 'docs'),
        `${tag} has no docs page`,
      );
    }
  });

  it('has an introduction page for designers (MDX), and the build no longer warns of no .mdx files', async () => {
    const intro = Object.values(index.entries).find((e) => e.type === 'docs' && e.importPath.endsWith('.mdx'));
    assert.ok(
      intro,
      `no MDX docs page in the index (docs pages: ${Object.values(index.entries)
        .filter((e) => e.type === 'docs')
        .map((e) => e.id)
        .join(', ')})`,
    );
    assert.match(intro.title, /Introduktion/);
    assert.doesNotMatch(buildOutput, /No story files found for the specified pattern/i);
    await open(docs(intro.id), 'the introduction page');
    const text = await page.evaluate(() => document.querySelector('#storybook-docs').textContent);
    for (const words of [
      'Tokens',
      'Teman',
      'Tillgänglighet',
      'Så bäddar du in',
      '--asf-color-primary',
      'Accessibility',
      'Embedding',
    ])
      assert.ok(text.includes(words), `the introduction page does not say "${words}"`);
    assert.deepEqual(failed.splice(0), [], 'the introduction page requested files that do not exist');
  });

  it(`works hosted under a subfolder (${SUB}): a story loads its plan from a relative URL`, async () => {
    failed.splice(0);
    await open(story('elements-asf-activity-table--playground'), 'the activity table story under a subfolder');
    const rows = await page.evaluate(
      () => document.querySelector('asf-activity-table').shadowRoot.querySelectorAll('tbody tr').length,
    );
    const error = await page.evaluate(
      () => document.querySelector('asf-activity-table').shadowRoot.querySelector('[part~="error"]')?.textContent ?? '',
    );
    assert.deepEqual(failed.splice(0), [], 'requests outside the build or to missing files');
    assert.equal(error, '', 'the table shows an error');
    assert.equal(rows, 18, 'Uppsala plan has 18 activities');
  });

  for (const lang of ['sv', 'en']) {
    it(`shows the elements in the toolbar's language (${lang}) on the canvas and on the docs pages`, async () => {
      const languageOf = () =>
        [...document.querySelectorAll('asf-activity-table, asf-scorecard')].map((el) =>
          el.closest('[lang]')?.getAttribute('lang'),
        );
      await open(story('elements-asf-scorecard--playground', `lang:${lang}`), 'the scorecard story');
      assert.deepEqual(await page.evaluate(languageOf), [lang], 'the story');
      await open(docs('elements-asf-scorecard--docs', `lang:${lang}`), 'the scorecard docs page', 3);
      const first = (await page.evaluate(languageOf))[0];
      assert.equal(first, lang, 'the primary story on the docs page');
      const heading = await page.evaluate(() => document.querySelector('asf-scorecard').shadowRoot.textContent);
      if (lang === 'sv') assert.match(heading, /Uppnått|Ej uppnått/, 'Swedish status words on the docs page');
      else assert.match(heading, /Achieved|Not achieved/, 'English status words on the docs page');
    });
  }

  it('keeps the large activity-table story off the docs page, and still a story', async () => {
    const large = Object.values(index.entries).find(
      (e) => e.type === 'story' && e.title.endsWith('asf-activity-table') && /large/i.test(e.name),
    );
    assert.ok(large, 'the large plan story exists');
    assert.ok(
      !large.tags.includes('autodocs'),
      `the large plan story is on the docs page (tags: ${large.tags.join(', ')})`,
    );
    await page.setViewport(1280, 800);
    await open(docs('elements-asf-activity-table--docs'), 'the activity table docs page', 4);
    const { height, tables, largeBlocks } = await page.evaluate(
      (id) => ({
        height: document.documentElement.scrollHeight,
        tables: document.querySelectorAll('asf-activity-table').length,
        largeBlocks: document.querySelectorAll(`[id*="${id}"]`).length,
      }),
      large.id,
    );
    await page.setViewport(800, 600);
    assert.ok(tables >= 4, `the docs page shows the other stories (${tables} tables)`);
    assert.equal(largeBlocks, 0, 'the large plan story is rendered on the docs page');
    // With the 2 000 rows inline the page was some 150 000 px tall; the other stories need far less.
    assert.ok(height < 60000, `the docs page is ${height} px tall`);
  });

  it('controls: no object control on CSS parts, custom properties and events; number and date controls from the manifest', async () => {
    await open(story('elements-asf-progress--playground'), 'a story');
    for (const d of elements) {
      const id = Object.values(index.entries).find(
        (e) => e.type === 'story' && e.title.endsWith(`/${d.tagName}`) && e.name === 'Playground',
      ).id;
      const argTypes = await page.evaluate(async (storyId) => {
        const s = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
        return Object.fromEntries(
          Object.entries(s.argTypes).map(([k, v]) => [k, { category: v.table?.category, control: v.control }]),
        );
      }, id);
      const controlType = (name) => {
        const c = argTypes[name]?.control;
        return c === false || c == null ? 'none' : typeof c === 'string' ? c : c.disable ? 'none' : c.type;
      };
      for (const [name, a] of Object.entries(argTypes))
        if (['css shadow parts', 'css custom properties', 'events'].includes(a.category))
          assert.equal(
            controlType(name),
            'none',
            `${d.tagName}: ${a.category} "${name}" has a ${controlType(name)} control`,
          );
      for (const a of d.attributes ?? []) {
        if (/YYYY-MM-DD/.test(a.description ?? ''))
          assert.equal(controlType(a.name), 'date', `${d.tagName}: date attribute ${a.name}`);
        else if (/\bnumber\b/.test(a.type?.text ?? ''))
          assert.equal(controlType(a.name), 'number', `${d.tagName}: number attribute ${a.name}`);
      }
    }
  });

  it('every story has its headings in order (no level skipped, through shadow roots)', async () => {
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    assert.ok(stories.length >= 25, `only ${stories.length} stories`);
    const problems = [];
    for (const s of stories) {
      await open(story(s.id), `story ${s.id}`);
      const levels = await page.evaluate(() => {
        const found = [];
        const children = (n) =>
          n.shadowRoot
            ? [...n.shadowRoot.childNodes]
            : n.localName === 'slot' && n.assignedNodes().length
              ? n.assignedNodes()
              : [...n.childNodes];
        const walk = (n) => {
          if (n.nodeType === 1) {
            const m = /^h([1-6])$/.exec(n.localName);
            const level =
              n.getAttribute('role') === 'heading' ? Number(n.getAttribute('aria-level') || 2) : m ? Number(m[1]) : 0;
            if (level && (n.checkVisibility ? n.checkVisibility() : true))
              found.push(`h${level} ${n.textContent.trim().slice(0, 40)}`);
          }
          for (const c of children(n)) walk(c);
        };
        walk(document.querySelector('#storybook-root'));
        return found;
      });
      let previous = 1;
      for (const h of levels) {
        const level = Number(h[1]);
        if (level > previous + 1) problems.push(`${s.id}: "${h}" after h${previous} (${levels.join(' › ')})`);
        previous = level;
      }
    }
    assert.deepEqual(problems, []);
  });
});

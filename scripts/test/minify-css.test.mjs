// The CDN builds minify the text of every Lit `css` template of our sources
// (scripts/rollup-minify-css.mjs, issue 17). Checked here:
// - the built CDN bundles hold no CSS comment and no indented CSS line of our stylesheets
//   (runs after `npm run build`, reads packages/elements/dist/cdn);
// - only templates tagged with Lit's `css` are touched; one with `${…}` interpolations stays as written;
// - every stylesheet of packages/elements/src, minified, is equivalent to the original rule by
//   rule, as each engine parses both (CSSOM): the same sequence of (at-rule context, selector,
//   longhand property, value, priority) in Chromium, Firefox and WebKit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { cssTemplates, minifyCss, minifyCssStrings } from '../rollup-minify-css.mjs';
import { launch, selectedEngines } from './support/engines.mjs';
import { useEngine } from './support/site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');
const elementsSrc = join(root, 'packages/elements/src');

/** Every non-test TypeScript module of the elements, as the build sees it (types stripped). */
async function sourceModules() {
  const files = readdirSync(elementsSrc, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(d.name))
    .map((d) => join(d.parentPath ?? d.path, d.name));
  return Promise.all(
    files.map(async (file) => {
      const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
      return { file: relative(root, file), code };
    }),
  );
}

/** Every `css` template of our sources: where it is, its text as Lit reads it, and minified. */
async function stylesheets() {
  const sheets = [];
  for (const { file, code } of await sourceModules())
    for (const t of cssTemplates(parseAst(code))) {
      const strings = t.quasis.map((q) => q.cooked);
      const minified = await minifyCssStrings(strings);
      sheets.push({ where: `${file}:${code.slice(0, t.start).split('\n').length}`, strings, minified });
    }
  return sheets;
}

/** Runs the plugin's transform on `code` as rollup would; returns the code and its warnings. */
async function runPlugin(code, id = join(elementsSrc, 'x.ts')) {
  const warnings = [];
  const plugin = minifyCss();
  const out = await plugin.transform.call({ parse: (c) => parseAst(c), warn: (w) => warnings.push(w) }, code, id);
  return { code: out?.code ?? code, map: out?.map, warnings };
}

/** The cooked texts of the first `css` template in `code`. */
const templateTexts = (code) => cssTemplates(parseAst(code))[0].quasis.map((q) => q.cooked);

describe('minifying css templates', () => {
  it('finds the stylesheets of our sources, none of them left as written', async () => {
    const sheets = await stylesheets();
    assert.ok(sheets.length >= 20, `only ${sheets.length} css templates found`);
    for (const s of sheets) assert.ok(s.minified.strings, `${s.where}: ${s.minified.skipped}`);
    assert.ok(
      sheets.some((s) => s.where.startsWith('packages/elements/src/progress/progress.styles.ts')),
      'the gauge’s stylesheet was not found',
    );
  });

  it('adds or drops no vendor prefix, except -webkit-hyphens for Safari 16', async () => {
    // esbuild prefixes for the target browsers (Safari 16 knows `hyphens` only as
    // `-webkit-hyphens`; unprefixed since Safari 17), so `hyphens: auto` now works there too.
    // Any other prefix change fails here: the engines tested treat prefixes as aliases, so
    // the CSSOM comparison below cannot see them.
    const ADDED = new Set(['-webkit-hyphens']);
    const prefixes = (text) => (text.match(/-(webkit|moz|ms|o)-[a-z-]+(?=\s*:)/g) ?? []).sort();
    for (const s of await stylesheets()) {
      const before = prefixes(s.strings.join(''));
      const after = prefixes(s.minified.strings.join('')).filter((p) => !ADDED.has(p) || before.includes(p));
      assert.deepEqual(after, before, `${s.where}: vendor prefixes changed`);
    }
  });

  it('minifies only templates tagged with the css imported from Lit', async () => {
    const code = [
      "import { css as litCss } from 'lit';",
      "import { css } from './not-lit.js';",
      'export const a = litCss`\n  /* a comment */\n  :host {\n    display: block;\n  }\n`;',
      'export const b = css`\n  :host { display: block; }\n`;',
    ].join('\n');
    const out = await runPlugin(code);
    assert.match(out.code, /litCss`:host\{display:block\}`/);
    assert.match(out.code, /css`\n {2}:host \{ display: block; \}\n`/);
    assert.ok(out.map && out.map.mappings.length > 0, 'no source map');
  });

  it('leaves a template with interpolations as written, with a warning', async () => {
    for (const template of [
      'css`\n  [part=${part}] {\n    margin: ${gap} 0;\n  }\n`',
      'css`\n  .y { color: red; }\n  ${a}\n  .x { color: red; }\n`',
    ]) {
      const code = `import { css, unsafeCSS } from 'lit';\nconst a = css\`\`, part = unsafeCSS('base'), gap = 1;\nexport const s = ${template};`;
      const out = await runPlugin(code);
      assert.equal(out.code, code);
      assert.equal(out.warnings.length, 1);
      assert.match(out.warnings[0].message, /left as written: it has \d interpolation/);
    }
  });

  it('escapes backslashes, backticks and ${ so that Lit reads the minified text', async () => {
    const code =
      "import { css } from 'lit';\nexport const s = css`\n  .a::before {\n    content: '\\\\2014 \\` $\\{x}';\n  }\n`;";
    const [original] = templateTexts(code);
    assert.equal(original, "\n  .a::before {\n    content: '\\2014 ` ${x}';\n  }\n");
    const out = await runPlugin(code);
    const [minified] = templateTexts(out.code);
    assert.equal(minified, (await minifyCssStrings([original])).strings[0]);
    // The space after a hex escape belongs to the escape; before a backtick it can go.
    assert.match(minified, /content:"\\2014` \$\{x\}"/);
  });
});

describe('CDN bundles', () => {
  const entries = existsSync(cdn) ? readdirSync(cdn, { recursive: true }).filter((f) => f.endsWith('.js')) : [];

  it('hold no CSS comment and no indented CSS line of our stylesheets', async () => {
    assert.ok(entries.length > 0, `no CDN bundles in ${cdn}: run "npm run build" first`);
    const sheets = await stylesheets();
    // Lines of our stylesheets as written: comments, and declarations or selectors with their
    // indentation (long enough to be unmistakable).
    const comments = new Set();
    const indented = new Set();
    for (const s of sheets)
      for (const text of s.strings) {
        for (const m of text.matchAll(/\/\*[\s\S]*?\*\//g)) comments.add(m[0]);
        for (const line of text.split('\n'))
          if (/^ {2,}\S/.test(line) && line.trim().length >= 16) indented.add(`\n${line}`);
      }
    assert.ok(comments.size > 10 && indented.size > 100, 'the stylesheets have no comments or indented lines');
    for (const entry of entries) {
      const code = readFileSync(join(cdn, entry), 'utf8');
      const found = [...comments, ...indented].filter((t) => code.includes(t));
      assert.deepEqual(found.slice(0, 5), [], `${entry} holds stylesheet text as written`);
    }
  });
});

/**
 * In the page: each pair of stylesheets parsed by the engine (constructed stylesheets, as Lit
 * adopts them) and flattened into (context, selector, property, value, priority) entries;
 * returns where the two differ. Selector lists are split into their selectors (the minifier
 * merges adjacent rules with the same declarations); shorthands are compared as their
 * longhands; strings in either quotes; `font-weight: normal` = `400`, `bold` = `700`; a custom property's value and one with
 * `var()` (both kept as tokens until used) with whitespace and number spellings normalised
 * (`.5rem` = `0.5rem`).
 */
function compareInPage(pairs) {
  function splitList(text) {
    const parts = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === ',' && depth === 0) {
        parts.push(text.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(text.slice(start).trim());
    return parts;
  }
  // Spellings the minifier shortens that the specification defines as equal.
  const SAME = { 'font-weight: normal': '400', 'font-weight: bold': '700' };
  // A quoted string is the same string in single or double quotes.
  const quotes = (v) => v.replace(/'([^'"\\]*)'/g, '"$1"');
  const tokens = (v) =>
    quotes(v)
      .replace(/\s+/g, ' ')
      .replace(/\s*([,)/])\s*/g, '$1')
      .replace(/\(\s+/g, '(')
      .replace(/(^|[^\w.#-])([-+]?\d*\.?\d+)/g, (_, pre, num) => pre + String(Number(num)))
      .trim();
  function flatten(rules, context, out) {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        for (const selector of splitList(rule.selectorText)) {
          for (let i = 0; i < rule.style.length; i++) {
            const prop = rule.style[i];
            const value = rule.style.getPropertyValue(prop);
            out.push(
              [
                context,
                selector,
                prop,
                prop.startsWith('--') || value.includes('var(')
                  ? tokens(value)
                  : (SAME[`${prop}: ${value}`] ?? quotes(value)),
                rule.style.getPropertyPriority(prop),
              ].join(' | '),
            );
          }
          if (rule.cssRules?.length) flatten(rule.cssRules, `${context} ${selector} {`, out);
        }
      } else if (rule.cssRules) {
        const head = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();
        out.push(`${context} ${head} {`);
        flatten(rule.cssRules, `${context} ${head} {`, out);
      } else out.push(`${context} ${rule.cssText}`);
    }
    return out;
  }
  const parse = (text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return flatten(sheet.cssRules, '', []);
  };
  return pairs.map(([where, original, minified]) => {
    const a = parse(original);
    const b = parse(minified);
    const differ = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) differ.push(`#${i}: ${a[i]}  ≠  ${b[i]}`);
    return { where, entries: a.length, differ: differ.slice(0, 8) };
  });
}

for (const { id, label } of selectedEngines()) {
  describe(`minified stylesheets in ${label}`, () => {
    const ctx = useEngine(id, { before, after, launch });

    it(`parse to the same rules, selectors and declarations as the originals (${label})`, async () => {
      const sheets = await stylesheets();
      const pairs = sheets.map((s) => [s.where, s.strings.join(''), s.minified.strings.join('')]);
      // A control: the gauge's stylesheet with its second declaration dropped must be told apart.
      const gauge = pairs.find(([where]) => where.includes('progress/progress.styles.ts'));
      const broken = gauge[2].replace(/;[^;{}]+(?=[;}])/, '');
      assert.ok(broken.length < gauge[2].length);
      pairs.push(['control', gauge[1], broken]);
      await ctx.page.goto(`${ctx.site.base}${ctx.site.framePath}`);
      const results = await ctx.page.evaluate(compareInPage, pairs);
      assert.equal(results.length, sheets.length + 1);
      assert.notDeepEqual(results.pop().differ, [], 'the comparison missed a dropped declaration');
      for (const r of results) {
        assert.ok(r.entries > 0, `${r.where}: the engine parsed no declarations`);
        assert.deepEqual(r.differ, [], `${r.where} minified differs from the original`);
      }
    });
  });
}

// A rollup plugin that minifies the static text of every `css` tagged template literal (Lit's
// `css` from 'lit', 'lit-element' or '@lit/reactive-element[/css-tag.js]') with esbuild's CSS
// minifier: comments, indentation and newlines go, values are shortened, adjacent rules with the
// same declarations are merged. Used by the CDN builds of rollup.config.mjs only.
//
// The templates are found in the module's AST (rollup's parser), not with a regular expression;
// they are rewritten with magic-string, so the source maps still point into the sources.
// A template with `${…}` interpolations (none in our sources), or with an escape that has no
// cooked value, or whose text esbuild warns about, is left as written, with a build warning.
import MagicString from 'magic-string';
import { transform } from 'esbuild';

/** Where Lit's `css` tag can be imported from. */
const CSS_TAG_SOURCES = new Set(['lit', 'lit-element', '@lit/reactive-element', '@lit/reactive-element/css-tag.js']);

/** The browsers the elements support (README, "Browser support"): esbuild lowers nothing they know. */
export const CSS_TARGET = ['chrome105', 'edge105', 'firefox110', 'safari16'];

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * The `css` tagged templates of a module: for each, its quasis (start and end offsets of the
 * static text in `code`, and the text as Lit reads it, i.e. cooked) in source order.
 * @param {import('estree').Program} ast the module's AST (offsets into the code)
 */
export function cssTemplates(ast) {
  const tags = new Set();
  for (const node of ast.body)
    if (node.type === 'ImportDeclaration' && CSS_TAG_SOURCES.has(node.source.value))
      for (const spec of node.specifiers)
        if (spec.type === 'ImportSpecifier' && (spec.imported.name ?? spec.imported.value) === 'css')
          tags.add(spec.local.name);
  const found = [];
  if (tags.size === 0) return found;
  walk(ast, (node) => {
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name))
      found.push({
        start: node.start,
        end: node.end,
        quasis: node.quasi.quasis.map((q) => ({ start: q.start, end: q.end, cooked: q.value.cooked })),
      });
  });
  return found;
}

/** Raw template text whose cooked value is `text`. */
const toRaw = (text) => text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');

/**
 * Minifies the text of one template (`strings`, cooked: one more than its interpolations).
 * Returns `{ strings: [minified] }`, or `{ skipped: reason }` when the template must stay as
 * written: it has interpolations, an escape without a cooked value, or esbuild warns.
 *
 * Interpolations are not minified around: a placeholder that survives minification wherever an
 * interpolation may stand does not exist. In a value an identifier works, but where a
 * `${otherStyles}` brings whole rules, esbuild reads the placeholder as part of a selector and
 * may merge that rule with its neighbours (`.y{…}${a} .x{…}` into `.y,${a} .x{…}`), which
 * breaks the stylesheet. No template of our sources has one (a test says so).
 * @param {readonly (string | null | undefined)[]} strings
 * @param {{ target?: string[] }} [options]
 */
export async function minifyCssStrings(strings, { target = CSS_TARGET } = {}) {
  if (strings.length !== 1) return { skipped: `it has ${strings.length - 1} interpolation(s)` };
  if (typeof strings[0] !== 'string') return { skipped: 'an escape sequence without a cooked value' };
  const out = await transform(strings[0], { loader: 'css', minify: true, target, logLevel: 'silent' });
  if (out.warnings.length > 0) return { skipped: `esbuild warns: ${out.warnings.map((w) => w.text).join('; ')}` };
  return { strings: [out.code.trim()] };
}

/**
 * The rollup plugin. `include(id)` says which modules to minify (default: every module).
 * Put it after the plugin that strips TypeScript.
 * @param {{ include?: (id: string) => boolean, target?: string[] }} [options]
 */
export function minifyCss({ include = () => true, target = CSS_TARGET } = {}) {
  return {
    name: 'asf-minify-css',
    async transform(code, id) {
      if (!include(id) || !code.includes('css')) return null;
      const templates = cssTemplates(this.parse(code));
      if (templates.length === 0) return null;
      const s = new MagicString(code);
      for (const t of templates) {
        const result = await minifyCssStrings(
          t.quasis.map((q) => q.cooked),
          { target },
        );
        if (result.skipped) {
          this.warn({ message: `css template left as written: ${result.skipped}`, pos: t.start });
          continue;
        }
        const [q] = t.quasis;
        if (q.end > q.start) s.overwrite(q.start, q.end, toRaw(result.strings[0]));
      }
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}

// What a browser downloads for a bundle: the entry file, every chunk it imports statically
// (fetched before the entry runs), and, separately, the lazy chunks it may import later.
// Shared by the benchmark (bench/page-weight.mjs) and the CI budget test
// (scripts/test/bundle-budget.test.mjs), so that both count the same bytes the same way.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

/** gzip level 9, as a well-configured static server or CDN would serve the file. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * The relative module specifiers a file imports, split into static (`import … from`,
 * `export … from`, bare `import "…"`) and dynamic (`import("…")` with a string literal).
 * Parsed with rollup's own parser, not with a regular expression, so strings in the code that
 * happen to look like imports are not counted.
 */
export function importsOf(code) {
  const ast = parseAst(code);
  const staticImports = [];
  const dynamicImports = [];
  for (const node of ast.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      staticImports.push(node.source.value);
    }
  }
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportExpression' && node.source?.type === 'Literal' && typeof node.source.value === 'string') {
      dynamicImports.push(node.source.value);
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child);
    }
  };
  visit(ast);
  return { staticImports, dynamicImports };
}

function fileInfo(dir, file, cache) {
  if (cache.has(file)) return cache.get(file);
  const bytes = readFileSync(file);
  const code = bytes.toString('utf8');
  const { staticImports, dynamicImports } = importsOf(code);
  const relativeOnly = (specs) => specs.filter((s) => s.startsWith('.')).map((s) => join(dirname(file), s));
  const info = {
    file,
    name: relative(dir, file),
    code,
    bytes: bytes.length,
    gzip: gzipSize(bytes),
    staticImports: relativeOnly(staticImports),
    dynamicImports: relativeOnly(dynamicImports),
    // Imports of packages: only allowed in the builds that leave Lit external (the page is
    // assumed to have Lit already, so those bytes are not counted).
    bare: [...staticImports, ...dynamicImports].filter((s) => !s.startsWith('.')),
  };
  cache.set(file, info);
  return info;
}

/**
 * Measures one entry of a bundle directory.
 * - `initial`: the entry and every chunk reachable from it through static imports — what a
 *   page that loads the entry downloads before anything shows;
 * - `total`: `initial` plus every lazy chunk reachable through dynamic imports (and their static
 *   imports) — the most the entry can ever make a page download.
 * Sizes are the files' bytes as built (already minified) and their gzip -9 sizes, summed per
 * file (the browser fetches and decompresses each file separately).
 */
export function measureEntry(dir, entryName, { allowBare = false } = {}) {
  const cache = new Map();
  const read = (file) => {
    const info = fileInfo(dir, file, cache);
    if (!allowBare && info.bare.length) {
      throw new Error(
        `${info.name} imports ${info.bare.map((b) => `"${b}"`).join(', ')}: a CDN bundle must be self-contained`,
      );
    }
    return info;
  };
  const closure = (starts, followDynamic) => {
    const seen = new Map();
    const queue = [...starts];
    while (queue.length) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      const info = read(file);
      seen.set(file, info);
      queue.push(...info.staticImports);
      if (followDynamic) queue.push(...info.dynamicImports);
    }
    return [...seen.values()];
  };
  const entryFile = join(dir, entryName);
  const initialFiles = closure([entryFile], false);
  const totalFiles = closure([entryFile], true);
  const sum = (files) => ({
    files: files.length,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
  });
  const entry = read(entryFile);
  return {
    entry: entryName,
    entryBytes: entry.bytes,
    entryGzip: entry.gzip,
    initial: { ...sum(initialFiles), names: initialFiles.map((f) => f.name) },
    total: { ...sum(totalFiles), names: totalFiles.map((f) => f.name) },
    /** The text of every file, for content checks (which libraries ended up where). */
    initialCode: initialFiles.map((f) => f.code).join('\n'),
    lazyCode: totalFiles
      .filter((f) => !initialFiles.includes(f))
      .map((f) => f.code)
      .join('\n'),
  };
}

/**
 * Distinctive strings of libraries that a page showing only a gauge must not download. Both
 * survive minification (they are string literals in the libraries' code).
 * - json-rules-engine: its Engine's error and debug messages ("Engine: addRule() …",
 *   "engine::run …").
 * - zod's classic build (v3 and v4): the constructor/type names of its schema classes, quoted
 *   ("ZodObject", "ZodString"); zod/mini names its classes "ZodMiniObject" and the shared core
 *   "$ZodObject", so neither matches.
 */
export const FORBIDDEN_IN_GAUGE = [
  { library: 'json-rules-engine', pattern: /Engine: addRule\(\)|engine::run/ },
  { library: 'zod (classic build)', pattern: /["'`]Zod(?:Object|String|Type)["'`]/ },
];

/** The forbidden libraries found in a text. */
export const forbiddenIn = (code) => FORBIDDEN_IN_GAUGE.filter((f) => f.pattern.test(code)).map((f) => f.library);

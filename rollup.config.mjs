// Builds both packages with rollup:
// - @asf-kit/core and @asf-kit/elements as ES modules, one output file per source module
//   (preserveModules) so that bundlers can tree-shake; dependencies stay external.
// - @asf-kit/core once more as one CommonJS file (dist/cjs/index.js), for `require()` on any
//   Node version and for TypeScript CommonJS projects (module node16), which cannot import an
//   ES module. The elements stay ES modules only (browsers and bundlers).
// - Minified CDN bundles of the elements for a <script type="module"> tag (Lit included): one
//   per element and one with all of them, built together so that they share their chunks.
// TypeScript is stripped by esbuild (fast, no type checking); `tsc` checks types and writes
// the .d.ts files (see scripts/build.mjs).
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

const root = dirname(fileURLToPath(import.meta.url));
const coreSrc = join(root, 'packages/core/src');
const elementsSrc = join(root, 'packages/elements/src');

/**
 * Strips TypeScript with esbuild, honouring the decorator settings Lit needs. Core's modules
 * are side-effect free (its package.json says so), which lets the CDN bundles drop what an
 * element does not use, e.g. the rule cases from the lazy rules chunk.
 */
function typescript() {
  return {
    name: 'asf-typescript',
    async resolveId(source, importer) {
      // Source files import each other with .js extensions; map them to the .ts files.
      if (importer && source.startsWith('.') && source.endsWith('.js')) {
        const candidate = join(dirname(importer), source.slice(0, -3) + '.ts');
        if (existsSync(candidate))
          return candidate.startsWith(coreSrc) ? { id: candidate, moduleSideEffects: false } : candidate;
      }
      return null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: {
          compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true },
        },
      });
      return { code: out.code, map: out.map };
    },
  };
}

/** In the CDN bundles, @asf-kit/core comes from source, marked side-effect free for tree-shaking. */
function coreFromSource() {
  return {
    name: 'asf-core-from-source',
    resolveId(source) {
      if (source === '@asf-kit/core') return { id: join(coreSrc, 'index.ts'), moduleSideEffects: false };
      return null;
    },
  };
}

/**
 * In the CDN bundles, an element's `import { … } from '@asf-kit/core'` imports each name from
 * the core module that defines it (core's index.ts is an explicit list of `export { … } from`).
 * The bytes are the same, but the module graph says what each element really uses: a chunk of
 * the gauge's modules then does not depend on every module of core through the index (which
 * would drag the rules and the plan parser into it; see `gaugeChunks`).
 */
function coreByName() {
  const index = readFileSync(join(coreSrc, 'index.ts'), 'utf8');
  /** Exported name → [core module file, its name there]. */
  const from = new Map();
  for (const m of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const file = join(coreSrc, m[2].replace(/\.js$/, '.ts'));
    for (const part of m[1].split(',')) {
      const spec = part.trim();
      if (!spec || spec.startsWith('type ')) continue;
      const [local, exported = local] = spec.split(/\s+as\s+/);
      from.set(exported, [file, local]);
    }
  }
  return {
    name: 'asf-core-by-name',
    transform(code, id) {
      if (!id.startsWith(elementsSrc) || !code.includes('@asf-kit/core')) return null;
      const ast = this.parse(code);
      let out = '';
      let last = 0;
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || node.source.value !== '@asf-kit/core') continue;
        const specs = node.specifiers;
        if (!specs.length || specs.some((x) => x.type !== 'ImportSpecifier' || !from.has(x.imported.name))) continue;
        const lines = specs.map((x) => {
          const [file, name] = from.get(x.imported.name);
          return `import { ${name} as ${x.local.name} } from ${JSON.stringify(file)};`;
        });
        out += code.slice(last, node.start) + lines.join('\n');
        last = node.end;
      }
      return last ? { code: out + code.slice(last), map: null } : null;
    },
  };
}

const isTest = (f) => /\.test\.ts$/.test(f);
// testing/: support code for the browser tests, neither built nor published.
const elementDirs = readdirSync(elementsSrc, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'testing')
  .map((d) => d.name);
/** Every registration file `packages/elements/src/<element>/asf-<element>.ts`. */
const registrations = elementDirs.flatMap((dir) =>
  readdirSync(join(elementsSrc, dir))
    .filter((f) => /^asf-.*\.ts$/.test(f) && !isTest(f))
    .map((f) => ({ name: f.replace(/\.ts$/, ''), file: join(elementsSrc, dir, f) })),
);
/** Every non-test source module of the elements package: all are public entry points. */
const elementModules = elementDirs.flatMap((dir) =>
  readdirSync(join(elementsSrc, dir))
    .filter((f) => f.endsWith('.ts') && !isTest(f) && !f.endsWith('.stories.ts'))
    .map((f) => join(elementsSrc, dir, f)),
);

const external = (deps) => (id) => deps.some((d) => id === d || id.startsWith(d + '/'));

const coreBuild = {
  input: join(coreSrc, 'index.ts'),
  external: external(['zod', 'json-rules-engine', 'papaparse']),
  plugins: [typescript()],
  output: {
    dir: join(root, 'packages/core/dist'),
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: coreSrc,
    sourcemap: true,
    entryFileNames: '[name].js',
  },
};

/** The same modules as one CommonJS file; build.mjs adds dist/cjs/package.json and its types. */
const coreCjsBuild = {
  input: join(coreSrc, 'index.ts'),
  external: external(['zod', 'json-rules-engine', 'papaparse']),
  plugins: [typescript()],
  output: {
    file: join(root, 'packages/core/dist/cjs/index.js'),
    format: 'cjs',
    exports: 'named',
    sourcemap: true,
  },
};

const elementsBuild = {
  // all.ts: `@asf-kit/elements/all.js`, which defines every element.
  input: [join(elementsSrc, 'index.ts'), join(elementsSrc, 'all.ts'), ...elementModules],
  external: external([
    'lit',
    '@lit',
    '@lit-labs',
    '@asf-kit/core',
    'zod',
    'idb-keyval',
    'write-excel-file',
    'read-excel-file',
  ]),
  plugins: [typescript()],
  output: {
    dir: join(root, 'packages/elements/dist'),
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: elementsSrc,
    sourcemap: true,
    entryFileNames: '[name].js',
  },
};

/** The entries that neither are nor import `<asf-progress>`. */
/** The script of pages rendered on the server (a bundle of its own, see `cdnSsrBuild`). */
const ssrScript = 'asf-kit-ssr';
const withoutGauge = registrations
  .filter((r) => !['asf-progress', 'asf-scorecard', ssrScript].includes(r.name))
  .map((r) => r.file);
const gaugeEntry = registrations.find((r) => r.name === 'asf-progress')?.file;

const cdnPlugins = () => [
  coreFromSource(),
  typescript(),
  coreByName(),
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  commonjs(),
];

/**
 * The modules with code in an entry built alone (tree-shaken: none of what only other elements
 * use of a module it imports), at start (the entry chunk) or with its lazy chunks too. A small
 * build each, not minified.
 */
async function modulesOf(input, { lazy, external }) {
  const bundle = await rollup({
    input,
    plugins: cdnPlugins(),
    preserveEntrySignatures: false,
    onwarn: () => {},
    ...(external ? { external } : {}),
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = output.filter((o) => o.type === 'chunk' && (lazy || o.isEntry));
    return chunks.flatMap((c) =>
      Object.entries(c.modules)
        .filter(([, m]) => m.renderedLength > 0)
        .map(([id]) => id),
    );
  } finally {
    await bundle.close();
  }
}
/** What a page with one `<asf-progress>` runs at start. */
const gaugeStart = new Set(gaugeEntry ? await modulesOf(gaugeEntry, { lazy: false }) : []);
/**
 * What the elements that show no gauge run, at start or later, themselves: not what only the
 * gauge and the scorecard run (the plan editor's preview imports the scorecard lazily, and with
 * it `asf-progress.js`, like any page with a scorecard).
 */
const showsGauges = (id) => /[\\/]elements[\\/]src[\\/](progress|scorecard)[\\/]/.test(id);
const usedWithoutGauge = new Set(
  (await Promise.all(withoutGauge.map((f) => modulesOf(f, { lazy: true, external: showsGauges })))).flat(),
);

/**
 * Where the modules of a page with one `<asf-progress>` go: that page downloads two files,
 * `asf-progress.js` (what only the gauge, and the elements that show gauges, use) and
 * `chunks/common-….js` (what the gauge shares with other elements: lit-html, shared helpers,
 * formatting), and nothing it does not run. An element that shows no gauge loads
 * `chunks/common-….js` too (with a few helpers only another element uses), and Lit's
 * `ReactiveElement`/`LitElement` from `chunks/lit-….js`; the rest is left to rollup.
 */
function gaugeChunks(id) {
  if (gaugeStart.has(id)) return usedWithoutGauge.has(id) ? 'common' : 'asf-progress';
  if (/[\\/]node_modules[\\/](lit-element|@lit[\\/]reactive-element|lit)[\\/]/.test(id)) return 'lit';
  return undefined;
}

/**
 * `asf-kit-ssr.js`, the script of pages rendered on the server, stays self-contained (with its
 * own lazy chunks): a page loads it alone, and Lit's hydration support in it must run before
 * `LitElement` is evaluated, an order that chunks shared with the other bundles do not keep.
 */
const cdnSsrBuild = {
  input: registrations.find((r) => r.name === ssrScript)?.file,
  preserveEntrySignatures: false,
  plugins: [...cdnPlugins(), terser({ format: { comments: false }, compress: { passes: 2 } })],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
    warn(warning);
  },
  output: {
    dir: join(root, 'packages/elements/dist/cdn'),
    format: 'es',
    entryFileNames: `${ssrScript}.js`,
    chunkFileNames: `chunks/${ssrScript}-[name]-[hash].js`,
    sourcemap: true,
  },
};

/**
 * The CDN bundles, for a <script type="module"> tag: one entry per element (`asf-progress.js`,
 * …) and `asf-kit.js` with all of them, built **together**, so that they share their chunks. A page that loads several of them (two elements, or
 * `asf-kit.js` next to an element's file) downloads Lit, the gauge and every other module once:
 * `asf-kit.js` imports the elements' own files, and what several entries use is in `chunks/`.
 * Each entry downloads only what it needs (scripts/test/cdn-chunks.test.mjs holds both).
 */
const cdnBuild = {
  input: Object.fromEntries([
    ['asf-kit', join(elementsSrc, 'all.ts')],
    ...registrations.filter((r) => r.name !== ssrScript).map((r) => [r.name, r.file]),
  ]),
  // A <script type="module"> entry needs no exports of its own: without this, rollup puts an
  // element into a chunk behind a tiny facade file, and the page needs one more request.
  preserveEntrySignatures: false,
  plugins: [...cdnPlugins(), terser({ format: { comments: false }, compress: { passes: 2 } })],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
    warn(warning);
  },
  output: {
    dir: join(root, 'packages/elements/dist/cdn'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    manualChunks: gaugeChunks,
  },
};

export default [coreBuild, coreCjsBuild, elementsBuild, cdnBuild, ...(cdnSsrBuild.input ? [cdnSsrBuild] : [])];

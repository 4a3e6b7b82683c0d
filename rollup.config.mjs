// Builds both packages with rollup:
// - @asf-kit/core and @asf-kit/elements as ES modules, one output file per source module
//   (preserveModules) so that bundlers can tree-shake; dependencies stay external.
// - @asf-kit/core once more as one CommonJS file (dist/cjs/index.js), for `require()` on any
//   Node version and for TypeScript CommonJS projects (module node16), which cannot import an
//   ES module. The elements stay ES modules only (browsers and bundlers).
// - Self-contained, minified CDN bundles of the elements for a <script type="module"> tag:
//   one per element and one with all of them (Lit included).
// TypeScript is stripped by esbuild (fast, no type checking); `tsc` checks types and writes
// the .d.ts files (see scripts/build.mjs).
// In the CDN bundles only, the static text of every Lit `css` template of our sources is
// minified by esbuild's CSS minifier (scripts/rollup-minify-css.mjs; comments, indentation and
// newlines would otherwise ship to every page: ≈ 0.5 KB min+gzip of the gauge's first download).
// The ESM build in dist/ keeps the stylesheets as written (readable for whoever debugs it;
// dist/css/*.css, the server-rendered pages' stylesheets, are written from it).
import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { minifyCss } from './scripts/rollup-minify-css.mjs';

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

/** One self-contained bundle per entry: a page loads one file (and lazy chunks it asks for). */
const cdnBuild = (name, input) => ({
  input,
  // A <script type="module"> entry needs no exports of its own: without this, rollup puts the
  // element into a chunk behind a tiny facade file, and the page needs one more request.
  preserveEntrySignatures: false,
  plugins: [
    coreFromSource(),
    typescript(),
    // After TypeScript is stripped: the stylesheets of our own sources, not those of libraries.
    minifyCss({ include: (id) => id.startsWith(elementsSrc) }),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    commonjs(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
    warn(warning);
  },
  output: {
    dir: join(root, 'packages/elements/dist/cdn'),
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: `chunks/${name}-[name]-[hash].js`,
    sourcemap: true,
  },
});

export default [
  coreBuild,
  coreCjsBuild,
  elementsBuild,
  cdnBuild('asf-kit', join(elementsSrc, 'all.ts')),
  ...registrations.map((r) => cdnBuild(r.name, r.file)),
];

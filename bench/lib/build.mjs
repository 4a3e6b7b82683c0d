// Builds what the benchmark measures into bench/.tmp/ (never into packages/*/dist, which other
// builds may be writing at the same time), with rollup's JS API and the very configurations of
// rollup.config.mjs: the CDN bundle configs are imported from it and only their output
// directory (and, for the "without Lit" variant, `external`) are changed.
import { rmSync, mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build as esbuild } from 'esbuild';
import configs from '../../rollup.config.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const tmp = join(root, 'bench/.tmp');
const require = createRequire(import.meta.url);

/** The CDN bundle configs of rollup.config.mjs (those writing to packages/elements/dist/cdn). */
export const cdnConfigs = configs.filter(
  (c) => c.output?.dir?.endsWith(`${sep}dist${sep}cdn`) || c.output?.dir?.endsWith('/dist/cdn'),
);
if (cdnConfigs.length === 0)
  throw new Error('bench: rollup.config.mjs has no CDN bundle config (output.dir ending in dist/cdn)');

/** The bundle names (asf-kit, asf-progress, …) of the CDN configs, from their entryFileNames. */
export const cdnNames = cdnConfigs.map((c) => String(c.output.entryFileNames).replace(/\.js$/, ''));

/** Lit and its packages, for the "without Lit" variant (a page that already has Lit). */
export const isLit = (id) =>
  ['lit', 'lit-html', 'lit-element'].some((p) => id === p || id.startsWith(`${p}/`)) || id.startsWith('@lit/');

/**
 * Comparison components: the well-known gauges of two design systems, built the same way (the
 * anchors of the page-weight goal), and the floor gauge for context (`context: true`).
 */
export const COMPARISONS = [
  {
    name: 'sl-progress-ring',
    label: 'Shoelace 2 <sl-progress-ring>',
    input: require.resolve('@shoelace-style/shoelace/dist/components/progress-ring/progress-ring.js'),
    tag: 'sl-progress-ring',
  },
  {
    name: 'md-circular-progress',
    label: 'Material Web 2 <md-circular-progress>',
    input: require.resolve('@material/web/progress/circular-progress.js'),
    tag: 'md-circular-progress',
  },
  {
    // Not an anchor: the least a gauge built as <asf-progress> is built downloads (lit-html, its
    // base class, one constructed stylesheet, a label and a bar), to read what the gauge adds.
    name: 'floor-gauge',
    label: 'floor: lit-html + LiteElement + a bare bar (context, not an anchor)',
    input: join(root, 'bench/lib/floor-gauge.ts'),
    tag: 'asf-floor-gauge',
    context: true,
  },
];

const quiet = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

async function runBuild(config, { dir, input, entryFileNames, chunkFileNames, external }) {
  const bundle = await rollup({
    ...config,
    ...(input ? { input } : {}),
    ...(external ? { external } : {}),
    // No module cache between builds: tried, and it changed a few bytes of the output (the
    // cause was not pinned down), and budgets must match what the real build ships.
    cache: false,
    onwarn: (warning, warn) => {
      // zod's sources carry comments rollup cannot place; the CLI build prints the same notes.
      if (warning.code === 'INVALID_ANNOTATION') return;
      (config.onwarn ?? quiet)(warning, warn);
    },
  });
  try {
    await bundle.write({
      ...config.output,
      dir,
      ...(entryFileNames ? { entryFileNames } : {}),
      ...(chunkFileNames ? { chunkFileNames } : {}),
    });
  } finally {
    await bundle.close();
  }
}

/**
 * Builds every CDN bundle with and without Lit, and the comparison components with the
 * plugins of the asf-progress config (node-resolve, commonjs, terser with the same options;
 * the TypeScript and core-from-source plugins do nothing for plain JS). Builds run one after
 * the other: the plugin instances are reused, and the machine has two cores.
 * Returns the output directories.
 */
export async function buildBundles({ log = () => {} } = {}) {
  const dirs = {
    withLit: join(tmp, 'cdn'),
    withoutLit: join(tmp, 'cdn-without-lit'),
    compareWithLit: join(tmp, 'compare'),
    compareWithoutLit: join(tmp, 'compare-without-lit'),
  };
  for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
  for (const config of cdnConfigs) {
    log(`  building ${config.output.entryFileNames}`);
    await runBuild(config, { dir: dirs.withLit });
    await runBuild(config, { dir: dirs.withoutLit, external: isLit });
  }
  const reference = cdnConfigs.find((c) => c.output.entryFileNames === 'asf-progress.js') ?? cdnConfigs[0];
  for (const c of COMPARISONS) {
    log(`  building ${c.name}.js (${c.context ? 'context' : 'comparison'})`);
    const names = { entryFileNames: `${c.name}.js`, chunkFileNames: `chunks/${c.name}-[name]-[hash].js` };
    await runBuild(reference, { dir: dirs.compareWithLit, input: c.input, ...names });
    await runBuild(reference, { dir: dirs.compareWithoutLit, input: c.input, external: isLit, ...names });
  }
  return dirs;
}

/**
 * Bundles @asf-kit/core from source for Node (esbuild, ESM). json-rules-engine stays external,
 * so the rules benchmark and its bare json-rules-engine loop use the very same module; zod and
 * papaparse are bundled from core's own node_modules (the root holds puppeteer's zod 3).
 * Returns the file URL to import.
 */
export async function buildCoreForNode() {
  mkdirSync(tmp, { recursive: true });
  const outfile = join(tmp, 'core.mjs');
  await esbuild({
    // The public API, plus two internal functions from the same module instance: the one that
    // makes the rule JSON the checks give json-rules-engine (the rules benchmark's bare loop runs
    // it) and parsePlan with or without its fast path (the zod path is timed alongside).
    stdin: {
      contents:
        `export * from './index.ts';\n` +
        `export { engineRuleJson as benchEngineRuleJson } from './rules/engine.ts';\n` +
        `export { parsePlanWith as benchParsePlanWith } from './plan/parse-plan.ts';\n`,
      resolveDir: join(root, 'packages/core/src'),
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['json-rules-engine'],
    outfile,
    logLevel: 'silent',
  });
  return new URL(`file://${outfile}`).href;
}

// Page weight: min + gzip bytes of every CDN bundle (each element alone and all together, with
// and without Lit), and of two well-known gauges built the same way in the same run.
// Run alone: node bench/page-weight.mjs [--write-missing-budgets]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles, cdnNames, COMPARISONS, root } from './lib/build.mjs';
import { forbiddenIn, measureEntry } from './lib/page-weight.mjs';

export const BUDGETS_FILE = join(root, 'bench/budgets.json');
/** Budgets are set this much above the size measured when they were set. */
export const BUDGET_HEADROOM = 0.15;

const strip = ({ initialCode, lazyCode, ...rest }) => rest;

/**
 * Builds into bench/.tmp and measures. Returns `{ bundles, comparisons, goal, forbidden }`:
 * - `bundles[name]` — `{ withLit, withoutLit }`, each `{ initial, total, entryBytes, entryGzip }`;
 * - `comparisons[name]` — the same for the Shoelace and Material gauges (the anchors) and for the
 *   floor gauge (`context: true`, not an anchor);
 * - `goal` — whether a page showing one <asf-progress> downloads less than either anchor;
 * - `forbidden` — libraries found in the asf-progress page (must be none) and in lazy chunks.
 */
export async function measurePageWeight({ log = () => {} } = {}) {
  const started = performance.now();
  const dirs = await buildBundles({ log });
  const buildMs = performance.now() - started;
  const bundles = {};
  const forbidden = {};
  for (const name of cdnNames) {
    const withLit = measureEntry(dirs.withLit, `${name}.js`);
    const withoutLit = measureEntry(dirs.withoutLit, `${name}.js`, { allowBare: true });
    bundles[name] = { withLit: strip(withLit), withoutLit: strip(withoutLit) };
    forbidden[name] = { initial: forbiddenIn(withLit.initialCode), lazy: forbiddenIn(withLit.lazyCode) };
  }
  const comparisons = {};
  for (const c of COMPARISONS) {
    const withLit = measureEntry(dirs.compareWithLit, `${c.name}.js`);
    const withoutLit = measureEntry(dirs.compareWithoutLit, `${c.name}.js`, { allowBare: true });
    // The bundle must really define the element (a tree-shaken empty file would "win").
    if (!withLit.initialCode.includes(c.tag))
      throw new Error(`${c.name}.js does not mention <${c.tag}>: the comparison build is wrong`);
    comparisons[c.name] = {
      label: c.label,
      ...(c.context ? { context: true } : {}),
      withLit: strip(withLit),
      withoutLit: strip(withoutLit),
    };
  }
  const progress = bundles['asf-progress'];
  const anchors = Object.entries(comparisons).filter(([, c]) => !c.context);
  const goal = progress
    ? {
        measure: 'gzip bytes a page downloads at start (entry + static chunks), Lit included',
        asfProgress: progress.withLit.initial.gzip,
        ...Object.fromEntries(anchors.map(([k, v]) => [k, v.withLit.initial.gzip])),
        met: anchors.every(([, c]) => progress.withLit.initial.gzip < c.withLit.initial.gzip),
      }
    : { met: null, note: 'not measured: asf-progress bundle missing' };
  return { buildMs: Math.round(buildMs), bundles, comparisons, goal, forbidden };
}

/** Reads bench/budgets.json (or an empty set). */
export function readBudgets() {
  try {
    return JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
  } catch {
    return { bundles: {} };
  }
}

const withHeadroom = (bytes) => Math.ceil((bytes * (1 + BUDGET_HEADROOM)) / 100) * 100;

/**
 * Adds budgets for bundles that have none (never changes an existing budget): the measured
 * gzip size plus {@link BUDGET_HEADROOM}, rounded up to 100 bytes. Returns the names added.
 */
export function writeMissingBudgets(weights) {
  const budgets = readBudgets();
  budgets.bundles ??= {};
  const added = [];
  for (const [name, m] of Object.entries(weights.bundles)) {
    const file = `${name}.js`;
    if (budgets.bundles[file]) continue;
    budgets.bundles[file] = {
      initialGzip: withHeadroom(m.withLit.initial.gzip),
      totalGzip: withHeadroom(m.withLit.total.gzip),
      measured: {
        initialGzip: m.withLit.initial.gzip,
        totalGzip: m.withLit.total.gzip,
        date: new Date().toISOString().slice(0, 10),
      },
    };
    added.push(file);
  }
  const ordered = Object.fromEntries(Object.entries(budgets.bundles).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    BUDGETS_FILE,
    JSON.stringify(
      {
        description:
          'Byte budgets of the CDN bundles in packages/elements/dist/cdn, checked by scripts/test/bundle-budget.test.mjs. ' +
          'initialGzip: gzip -9 bytes of the entry plus every chunk it imports statically (what a page downloads at start); ' +
          'totalGzip: the same plus every lazy chunk it can import. Set 15 % above the size measured on the date given. ' +
          'A new bundle gets a budget with: node bench/page-weight.mjs --write-missing-budgets',
        headroom: BUDGET_HEADROOM,
        ...budgets,
        bundles: ordered,
      },
      null,
      2,
    ) + '\n',
  );
  return added;
}

const kb = (b) => (b / 1024).toFixed(1);

/** Rows for the printed table. */
export function pageWeightRows(weights) {
  const rows = [];
  for (const [name, m] of Object.entries(weights.bundles)) {
    rows.push([
      `${name}.js`,
      kb(m.withLit.initial.bytes),
      kb(m.withLit.initial.gzip),
      kb(m.withoutLit.initial.gzip),
      kb(m.withLit.total.gzip),
      kb(m.withoutLit.total.gzip),
    ]);
  }
  for (const [name, m] of Object.entries(weights.comparisons)) {
    rows.push([
      `${name}.js (${m.context ? 'context' : 'comparison'})`,
      kb(m.withLit.initial.bytes),
      kb(m.withLit.initial.gzip),
      kb(m.withoutLit.initial.gzip),
      kb(m.withLit.total.gzip),
      kb(m.withoutLit.total.gzip),
    ]);
  }
  return rows;
}

export const PAGE_WEIGHT_HEADER = ['bundle', 'min KB', 'min+gz KB', 'no Lit', 'with lazy', 'lazy, no Lit'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { table } = await import('./lib/table.mjs');
  const weights = await measurePageWeight({ log: console.log });
  console.log(table(PAGE_WEIGHT_HEADER, pageWeightRows(weights)));
  console.log('goal (one <asf-progress> downloads less than either gauge):', weights.goal);
  console.log('forbidden libraries:', weights.forbidden);
  if (process.argv.includes('--write-missing-budgets')) {
    const added = writeMissingBudgets(weights);
    console.log(added.length ? `budgets added for ${added.join(', ')}` : 'every bundle already has a budget');
  }
}

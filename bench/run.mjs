#!/usr/bin/env node
// npm run bench: measures page weight, rule throughput, calculation and rendering times in one
// run, prints tables, and writes bench/results.json with the machine it ran on.
// Options: --only=weight,rules,calculations,render (a subset); --write-missing-budgets (adds
// budgets to bench/budgets.json for bundles that have none; never changes existing ones).
// Times drift on a shared machine: compare figures of the same run, not across runs.
import { writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/build.mjs';
import { table } from './lib/table.mjs';
import { measurePageWeight, PAGE_WEIGHT_HEADER, pageWeightRows, writeMissingBudgets } from './page-weight.mjs';
import { measureRules } from './rules.mjs';
import { measureCalculations } from './calculations.mjs';
import { measureRendering } from './render.mjs';

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (part) => !only || only.includes(part);
const log = (s) => console.log(s);
const started = performance.now();
const kb = (b) => (b / 1024).toFixed(1);

const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  freeMemoryGiB: Number((freemem() / 2 ** 30).toFixed(1)),
  os: `${type()} ${release()}`,
  node: process.version,
  chromium: null,
  loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
};
const results = { machine };

if (want('weight') || want('render')) {
  log('Page weight: building the CDN bundles and the comparison gauges into bench/.tmp …');
  results.pageWeight = await measurePageWeight({ log });
}
if (want('rules')) {
  log('Rules: 10 000 enterprise checks …');
  results.rules = await measureRules({ log });
}
if (want('calculations')) {
  log('Calculations: evaluatePlan over 290 municipalities × 20 indicators × 6 years …');
  results.calculations = await measureCalculations({ log });
}
if (want('render')) {
  log('Rendering in headless Chromium …');
  results.rendering = await measureRendering({ dir: join(root, 'bench/.tmp/cdn'), log });
  machine.chromium = results.rendering.chromium;
}
machine.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
results.durationSeconds = Math.round((performance.now() - started) / 1000);

// ---- Tables -------------------------------------------------------------------------------
console.log('');
console.log(
  `asf-kit benchmarks — ${machine.date.slice(0, 16).replace('T', ' ')} UTC — ${machine.cpu}, ${machine.cores} cores, ` +
    `${machine.memoryGiB} GiB, Node ${machine.node}${machine.chromium ? `, ${machine.chromium}` : ''}; load ${machine.loadAverageAtStart.join(' ')}`,
);

if (results.pageWeight) {
  const w = results.pageWeight;
  console.log(
    '\nPage weight (KB = 1024 bytes; "min+gz": entry + static chunks a page downloads at start, gzip -9; "with lazy": plus lazy chunks)',
  );
  console.log(table(PAGE_WEIGHT_HEADER, pageWeightRows(w)));
  const g = w.goal;
  if (g.met !== null) {
    console.log(
      `Goal — one <asf-progress> page downloads less than either gauge: ${g.met ? 'MET' : 'MISSED'} ` +
        `(asf-progress ${kb(g.asfProgress)} KB; ${Object.keys(w.comparisons)
          .filter((k) => g[k] !== undefined)
          .map((k) => `${k} ${kb(g[k])} KB`)
          .join('; ')})`,
    );
  } else console.log(`Goal — ${g.note}`);
  const p = w.forbidden['asf-progress'];
  if (p)
    console.log(
      `asf-progress page contains json-rules-engine / zod classic: ${p.initial.length ? `YES (${p.initial.join(', ')})` : 'no'}`,
    );
  if (process.argv.includes('--write-missing-budgets')) {
    const added = writeMissingBudgets(w);
    console.log(
      added.length
        ? `Budgets added to bench/budgets.json for ${added.join(', ')}`
        : 'Every bundle already has a budget.',
    );
  }
}
if (results.rules) {
  const r = results.rules;
  console.log(
    `\nRules (${r.checks} ASF checks, median of ${r.rounds} rounds, loops interleaved in slices of ${r.slice})`,
  );
  console.log(
    table(
      ['loop', 'median ms', 'checks/s'],
      [
        [
          'checkAsfEligibility (validate, derive, run; criteria formatted when read)',
          r.checkAsfEligibility.medianMs,
          r.checkAsfEligibility.checksPerSecond,
        ],
        [
          'bare json-rules-engine, the rule JSON the check gives its engine',
          r.bareEngine.medianMs,
          r.bareEngine.checksPerSecond,
        ],
        [
          'checkAsfEligibility, every reason read (context)',
          r.checkAsfEligibilityEveryReasonRead.medianMs,
          r.checkAsfEligibilityEveryReasonRead.checksPerSecond,
        ],
        [
          'bare json-rules-engine, exported ASF_RULES with texts in events (context)',
          r.bareEnginePublishedRules.medianMs,
          r.bareEnginePublishedRules.checksPerSecond,
        ],
      ],
    ),
  );
  console.log(
    `Goal — overhead ≤ ${r.goal.maxOverhead}× (median of per-round ratios, check ÷ bare over the same JSON): ` +
      `${r.goal.met ? 'MET' : 'MISSED'} (${r.overhead}×); every reason read ${r.overheadEveryReasonRead}×; ` +
      `check ÷ bare over ASF_RULES ${r.overheadAgainstPublishedRules}×`,
  );
}
if (results.calculations) {
  const c = results.calculations;
  console.log(
    `\nCalculations (illustrative region: ${c.plan.municipalities} municipalities, ${c.plan.indicators} indicators, ${c.plan.outcomes} outcomes; median of ${c.runs})`,
  );
  console.log(
    table(
      ['step', 'median ms'],
      [
        [`evaluatePlan(plan, { asOf: '${c.plan.asOf}' })`, c.evaluatePlan.medianMs],
        ['parsePlan(plan) (fast path; zod on doubt)', c.parsePlan.medianMs],
        ['parsePlan by the zod path alone (as before issue 17)', c.parsePlanZodPath.medianMs],
      ],
    ),
  );
  console.log(
    `Goals — parsePlan ≤ ${c.goals.parsePlanMaxMs} ms: ${c.goals.parsePlanMet ? 'MET' : 'MISSED'} (${c.parsePlan.medianMs} ms; ` +
      `${c.parseRatio}× the zod path, median of per-run ratios); evaluatePlan ≤ ${c.goals.evaluatePlanMaxMs} ms: ` +
      `${c.goals.evaluatePlanMet ? 'MET' : 'MISSED'} (${c.evaluatePlan.medianMs} ms)`,
  );
}
if (results.rendering) {
  const rows = Object.entries(results.rendering.cases).map(([k, v]) =>
    v.notMeasured
      ? [k, v.notMeasured, '–', '–', '–']
      : [
          k,
          v.firstRender.medianMs,
          v.firstRowsShown?.medianMs ?? '–',
          v.resort?.medianMs ?? '–',
          v.resortFirstRowsShown?.medianMs ?? '–',
        ],
  );
  console.log(
    `\nRendering in headless ${results.rendering.chromium} (median of ${results.rendering.runs} runs, ms; illustrative plans)`,
  );
  console.log(table(['case', 'first render', 'first rows shown', 're-sort', 're-sort, first rows'], rows));
}

// Only a full run replaces the recorded results; a partial one goes to bench/.tmp.
const out = only ? 'bench/.tmp/results.partial.json' : 'bench/results.json';
writeFileSync(join(root, out), JSON.stringify(results, null, 2) + '\n');
console.log(`\nTotal ${results.durationSeconds} s. Wrote ${out}.`);

// Calculations: evaluatePlan over a generated, illustrative region — 290 municipalities × 20
// indicators × 6 years of outcomes (5 800 indicators, 34 800 outcomes). Also times parsePlan of
// the same document, the step before it. Run alone: node bench/calculations.mjs
import { fileURLToPath } from 'node:url';
import { buildCoreForNode } from './lib/build.mjs';
import { regionPlan } from './lib/plans.mjs';
import { median } from './lib/table.mjs';

const RUNS = 7;
const AS_OF = '2022-06-30';

export async function measureCalculations({ log = () => {} } = {}) {
  const core = await import(await buildCoreForNode());
  const plan = regionPlan();
  const parsed = core.parsePlan(plan);
  if (!parsed.success)
    throw new Error(
      `calculations: the generated plan is not valid: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`,
    );
  const time = (fn) => {
    const t0 = performance.now();
    const out = fn();
    return [performance.now() - t0, out];
  };
  // Warm-up (JIT), then RUNS timed runs of each.
  core.evaluatePlan(parsed.data, { asOf: AS_OF });
  const evaluate = [];
  const parse = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const [ms, out] = time(() => core.evaluatePlan(parsed.data, { asOf: AS_OF }));
    evaluate.push(ms);
    result = out;
    parse.push(time(() => core.parsePlan(plan))[0]);
  }
  log(`  evaluatePlan: ${evaluate.map((m) => m.toFixed(0)).join(', ')} ms`);
  return {
    plan: {
      illustrative: true,
      municipalities: plan.goals.length,
      indicators: plan.indicators.length,
      outcomes: plan.indicators.reduce((a, i) => a + i.outcomes.length, 0),
      asOf: AS_OF,
    },
    runs: RUNS,
    evaluatePlan: {
      medianMs: Number(median(evaluate).toFixed(1)),
      msPerRun: evaluate.map((m) => Number(m.toFixed(1))),
    },
    parsePlan: { medianMs: Number(median(parse).toFixed(1)), msPerRun: parse.map((m) => Number(m.toFixed(1))) },
    counts: result.counts,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureCalculations({ log: console.log }), null, 2));
}

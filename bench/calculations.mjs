// Calculations: evaluatePlan over a generated, illustrative region — 290 municipalities × 20
// indicators × 6 years of outcomes (5 800 indicators, 34 800 outcomes), and parsePlan of the same
// document, with its fast path and, alongside in the same runs, by the zod path alone (what
// parsePlan did before issue 17). Run alone: node bench/calculations.mjs
import { fileURLToPath } from 'node:url';
import { buildCoreForNode } from './lib/build.mjs';
import { regionPlan } from './lib/plans.mjs';
import { median } from './lib/table.mjs';

const RUNS = 11;
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
  // The two parse paths must agree before they are compared.
  const zodOnly = core.benchParsePlanWith(plan, false);
  if (JSON.stringify(zodOnly) !== JSON.stringify(parsed))
    throw new Error('calculations: parsePlan and its zod path disagree on the region plan');
  // Warm-up (JIT), then RUNS timed runs of each, interleaved.
  core.evaluatePlan(parsed.data, { asOf: AS_OF });
  core.benchParsePlanWith(plan, false);
  const evaluate = [];
  const parse = [];
  const parseZod = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const [ms, out] = time(() => core.evaluatePlan(parsed.data, { asOf: AS_OF }));
    evaluate.push(ms);
    result = out;
    parse.push(time(() => core.parsePlan(plan))[0]);
    parseZod.push(time(() => core.benchParsePlanWith(plan, false))[0]);
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
    parsePlanZodPath: {
      medianMs: Number(median(parseZod).toFixed(1)),
      msPerRun: parseZod.map((m) => Number(m.toFixed(1))),
    },
    parseRatio: Number(median(parse.map((p, i) => p / parseZod[i])).toFixed(2)),
    goals: {
      parsePlanMaxMs: 50,
      parsePlanMet: median(parse) <= 50,
      evaluatePlanMaxMs: 40,
      evaluatePlanMet: median(evaluate) <= 40,
    },
    counts: result.counts,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureCalculations({ log: console.log }), null, 2));
}

// Rules: 10 000 enterprise checks through checkAsfEligibility, against the same rules (the
// exported ASF_RULES JSON) in a bare json-rules-engine loop, in the same process and run.
// Run alone: node bench/rules.mjs
import { fileURLToPath } from 'node:url';
import { Engine } from 'json-rules-engine';
import { buildCoreForNode } from './lib/build.mjs';
import { median } from './lib/table.mjs';
import { random } from './lib/random.mjs';

export const CHECKS = 10_000;
const ROUNDS = 5;

/**
 * Illustrative enterprise facts: mostly complete and eligible, with not-met and missing facts
 * mixed in, so that every outcome path (met, not met, unknown) is exercised.
 */
export function enterprises(count, seed = 8) {
  const r = random(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const maybe = (value, pMissing = 0.08) => (r() < pMissing ? undefined : value);
  return Array.from({ length: count }, () => {
    const peopleWorking = Math.floor(r() * 60);
    const fromGroups = Math.floor(r() * (peopleWorking + 1));
    const facts = {
      sellsGoodsOrServices: maybe(r() < 0.95),
      integrationIsMainPurpose: maybe(r() < 0.9),
      staffParticipation: maybe(pick(['ownership', 'agreement', 'other-documented', 'none'])),
      profitReinvestedShare: maybe(Math.round(r() * 100) / 100),
      publicOwnershipShare: maybe(r() < 0.9 ? 0 : Math.round(r() * 50) / 100),
      peopleWorking: maybe(peopleWorking),
      peopleWorkingFromTargetGroups: maybe(fromGroups),
    };
    for (const k of Object.keys(facts)) if (facts[k] === undefined) delete facts[k];
    return facts;
  });
}

async function timeLoop(fn, inputs) {
  const t0 = performance.now();
  for (const facts of inputs) await fn(facts);
  return performance.now() - t0;
}

/**
 * Runs both loops ROUNDS times, alternating, after a warm-up; reports the median rate of each
 * and the median of the per-round ratios (our overhead). Also checks that both loops agree on which rules pass.
 */
export async function measureRules({ log = () => {} } = {}) {
  const core = await import(await buildCoreForNode());
  const inputs = enterprises(CHECKS);
  const engine = new Engine(structuredClone(core.ASF_RULES), { allowUndefinedFacts: true });
  const viaCheck = (facts) => core.checkAsfEligibility(facts);
  const bare = (facts) => engine.run(facts);

  // The two must agree on every criterion: otherwise the comparison would be meaningless.
  for (const facts of inputs.slice(0, 500)) {
    const a = await viaCheck(facts);
    const b = await bare(facts);
    const passed = new Set(b.results.map((x) => x.event.params.criterion));
    for (const c of a.criteria) {
      if ((c.outcome === 'met') !== passed.has(c.id)) {
        throw new Error(
          `rules benchmark: checkAsfEligibility and the bare engine disagree on ${c.id} for ${JSON.stringify(facts)}`,
        );
      }
    }
  }
  const verdicts = {};
  for (const facts of inputs) {
    const v = (await viaCheck(facts)).verdict;
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
  const times = { check: [], bare: [] };
  for (let round = 0; round < ROUNDS; round++) {
    times.check.push(await timeLoop(viaCheck, inputs));
    times.bare.push(await timeLoop(bare, inputs));
    log(
      `  rules round ${round + 1}/${ROUNDS}: checkAsfEligibility ${times.check.at(-1).toFixed(0)} ms, bare ${times.bare.at(-1).toFixed(0)} ms`,
    );
  }
  const rate = (ms) => Math.round((CHECKS / ms) * 1000);
  const checkMs = median(times.check);
  const bareMs = median(times.bare);
  return {
    checks: CHECKS,
    rounds: ROUNDS,
    verdicts,
    engineBuilds: core.ruleEngineStats().builds,
    checkAsfEligibility: {
      medianMs: Math.round(checkMs),
      checksPerSecond: rate(checkMs),
      msPerRound: times.check.map(Math.round),
    },
    bareEngine: { medianMs: Math.round(bareMs), checksPerSecond: rate(bareMs), msPerRound: times.bare.map(Math.round) },
    // The median of the paired per-round ratios: each pair ran back to back, so drift of the
    // shared machine between rounds cancels out.
    overhead: Number(median(times.check.map((c, i) => c / times.bare[i])).toFixed(2)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureRules({ log: console.log }), null, 2));
}

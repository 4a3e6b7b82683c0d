// Rules: 10 000 enterprise checks through checkAsfEligibility, against a bare json-rules-engine
// loop over the very rule JSON the check gives its engine, in the same process and run. For
// context, two more loops: the bare engine over the exported ASF_RULES (whose events carry every
// reason text and source), and the check with every reason read (reasons are formatted when read).
// Run alone: node bench/rules.mjs
import { fileURLToPath } from 'node:url';
import { Engine } from 'json-rules-engine';
import { buildCoreForNode } from './lib/build.mjs';
import { median } from './lib/table.mjs';
import { random } from './lib/random.mjs';

export const CHECKS = 10_000;
// Each round runs every loop over all 10 000 enterprises, interleaved in slices of SLICE
// enterprises (slice 1 of each loop, then slice 2 of each, …, the order turning each slice): on a
// shared machine the load changes within seconds, and loops that share every moment of a round
// share its load. The overhead is the median of the per-round ratios.
const ROUNDS = 9;
const SLICE = 250;

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
 * Runs the loops ROUNDS times, interleaved in slices, after a warm-up; reports the median rate of
 * each and the median of the per-round ratios (our overhead). Also checks that both loops agree on which rules pass.
 */
export async function measureRules({ log = () => {} } = {}) {
  const core = await import(await buildCoreForNode());
  const inputs = enterprises(CHECKS);
  // The rule JSON the check gives json-rules-engine (default options: profile tillvaxtverket).
  const ruleJson = core.benchEngineRuleJson(core.rulesFor('asf', core.resolveParameters('tillvaxtverket')));
  const engine = new Engine(structuredClone(ruleJson), { allowUndefinedFacts: true });
  const published = new Engine(structuredClone(core.ASF_RULES), { allowUndefinedFacts: true });
  const viaCheck = (facts) => core.checkAsfEligibility(facts);
  const bare = (facts) => engine.run(facts);
  const barePublished = (facts) => published.run(facts);
  const viaCheckReadAll = async (facts) => {
    const r = await core.checkAsfEligibility(facts);
    for (const c of r.criteria)
      if (c.reason.sv.length === 0 || c.reason.en.length === 0) throw new Error('empty reason');
    return r;
  };

  // The loops must agree on every criterion: otherwise the comparison would be meaningless.
  for (const facts of inputs.slice(0, 500)) {
    const a = await viaCheck(facts);
    for (const b of [await bare(facts), await barePublished(facts)]) {
      const passed = new Set(b.results.map((x) => x.event.params.criterion));
      for (const c of a.criteria) {
        if ((c.outcome === 'met') !== passed.has(c.id)) {
          throw new Error(
            `rules benchmark: checkAsfEligibility and the bare engine disagree on ${c.id} for ${JSON.stringify(facts)}`,
          );
        }
      }
    }
  }
  const verdicts = {};
  for (const facts of inputs) {
    const v = (await viaCheck(facts)).verdict;
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
  const loops = { check: viaCheck, bare, barePublished, checkReadAll: viaCheckReadAll };
  const times = Object.fromEntries(Object.keys(loops).map((k) => [k, []]));
  const entries = Object.entries(loops);
  for (let round = 0; round < ROUNDS; round++) {
    const sums = Object.fromEntries(entries.map(([k]) => [k, 0]));
    for (let from = 0, slice = 0; from < inputs.length; from += SLICE, slice++) {
      const part = inputs.slice(from, from + SLICE);
      const order = slice % 2 === round % 2 ? entries : [...entries].reverse();
      for (const [k, fn] of order) sums[k] += await timeLoop(fn, part);
    }
    for (const [k] of entries) times[k].push(sums[k]);
    log(
      `  rules round ${round + 1}/${ROUNDS}: ` +
        Object.keys(loops)
          .map((k) => `${k} ${times[k].at(-1).toFixed(0)} ms`)
          .join(', '),
    );
  }
  const rate = (ms) => Math.round((CHECKS / ms) * 1000);
  const summary = (k) => {
    const ms = median(times[k]);
    return { medianMs: Math.round(ms), checksPerSecond: rate(ms), msPerRound: times[k].map(Math.round) };
  };
  // The median of the paired per-round ratios: each pair ran back to back, so drift of the
  // shared machine between rounds cancels out.
  const ratio = (a, b) => Number(median(times[a].map((t, i) => t / times[b][i])).toFixed(2));
  return {
    checks: CHECKS,
    rounds: ROUNDS,
    slice: SLICE,
    verdicts,
    engineBuilds: core.ruleEngineStats().builds,
    checkAsfEligibility: summary('check'),
    bareEngine: summary('bare'),
    bareEnginePublishedRules: summary('barePublished'),
    checkAsfEligibilityEveryReasonRead: summary('checkReadAll'),
    overhead: ratio('check', 'bare'),
    overheadEveryReasonRead: ratio('checkReadAll', 'bare'),
    overheadAgainstPublishedRules: ratio('check', 'barePublished'),
    goal: { maxOverhead: 1.2, met: ratio('check', 'bare') <= 1.2 },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureRules({ log: console.log }), null, 2));
}

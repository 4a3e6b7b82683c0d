/**
 * The one module that talks to json-rules-engine. It builds one engine per (check,
 * parameters), caches it, and reuses it for every check with those parameters: many checks in
 * a row never rebuild it. Runs on one engine are queued, because json-rules-engine keeps a
 * run status on the engine itself and overlapping runs could skip each other's rules.
 * @module
 */
import { Engine } from 'json-rules-engine';
import type { CheckKind, CriterionId } from './result.js';
import type { RuleParameters } from './parameters.js';
import { rulesFor, type CriterionRule } from './rule-sets.js';

interface CachedEngine {
  engine: Engine;
  rules: CriterionRule[];
  queue: Promise<unknown>;
}

/** How many engines the cache keeps (least recently used go first). */
export const ENGINE_CACHE_SIZE = 16;

const cache = new Map<string, CachedEngine>();
let builds = 0;

/** The key of an engine: the check and the parameters its rules were generated from. */
function keyOf(check: CheckKind, params: RuleParameters): string {
  return JSON.stringify([check, params]);
}

function engineFor(check: CheckKind, params: RuleParameters): CachedEngine {
  const key = keyOf(check, params);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const rules = rulesFor(check, params);
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  builds++;
  const entry: CachedEngine = { engine, rules, queue: Promise.resolve() };
  cache.set(key, entry);
  while (cache.size > ENGINE_CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return entry;
}

/** One rule's evaluation: whether its conditions held. */
export interface RuleEvaluation {
  rule: CriterionRule;
  /** `true` when the conditions held, `false` when not, `undefined` if the engine gave no result. */
  passed: boolean | undefined;
}

/**
 * Runs the rules of a check on prepared facts (given and derived, without absent ones) and
 * returns each rule with whether it passed, in the rules' order.
 */
export async function evaluateRules(
  check: CheckKind,
  params: RuleParameters,
  facts: Record<string, unknown>,
): Promise<RuleEvaluation[]> {
  const entry = engineFor(check, params);
  const run = entry.queue.then(() => entry.engine.run(facts));
  entry.queue = run.catch(() => undefined);
  const { results, failureResults } = await run;
  const passed = new Map<string, boolean>();
  for (const r of results) passed.set(r.name, true);
  for (const r of failureResults) passed.set(r.name, false);
  return entry.rules.map((rule) => ({ rule, passed: passed.get(rule.name) }));
}

/** The criteria a check has with these parameters, in order. */
export function criteriaOf(check: CheckKind, params: RuleParameters): CriterionId[] {
  return engineFor(check, params).rules.map((r) => r.event.params.criterion);
}

/**
 * Statistics of the engine cache: how many engines have been built since the module loaded
 * (or since {@link clearRuleEngineCache}) and how many are cached. For tests and benchmarks:
 * a hundred checks with the same parameters build one engine.
 *
 * @example
 * const before = ruleEngineStats().builds;
 * for (let i = 0; i < 100; i++) await checkAsfEligibility(facts);
 * ruleEngineStats().builds - before; // 0 or 1
 */
export function ruleEngineStats(): { builds: number; cached: number } {
  return { builds, cached: cache.size };
}

/**
 * Empties the engine cache and resets the build counter.
 *
 * @example
 * clearRuleEngineCache();
 * ruleEngineStats(); // { builds: 0, cached: 0 }
 */
export function clearRuleEngineCache(): void {
  cache.clear();
  builds = 0;
}

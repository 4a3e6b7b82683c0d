/**
 * The one module that talks to json-rules-engine. It builds one engine per (check,
 * parameters), caches it, and reuses it for every check with those parameters: many checks in
 * a row never rebuild it. Runs on one engine are queued, because json-rules-engine keeps a
 * run status on the engine itself and overlapping runs could skip each other's rules; a run on
 * an idle engine starts at once.
 *
 * The engine gets the rules with a small event (`{ type: 'criterion', params: { check,
 * criterion } }`): json-rules-engine deep-clones every rule's event on every run, and the full
 * event carries every reason text and the source, which made cloning half of the engine's time
 * (issue 17). The texts are looked up by rule name in the full rules instead; the exported JSON
 * rules (`ASF_RULES`, …) keep them for integrators.
 * @module
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { CheckKind, CriterionId } from './result.js';
import type { RuleParameters } from './parameters.js';
import { rulesFor, type CriterionRule } from './rule-sets.js';

interface CachedEngine {
  engine: Engine;
  /** The full rules, with reasons and sources, in order. */
  rules: CriterionRule[];
  /** Runs started and not yet settled. */
  pending: number;
  /** The last run's settled result, which the next run waits for while runs are pending. */
  last: Promise<unknown>;
}

/** How many engines the cache keeps (least recently used go first). */
export const ENGINE_CACHE_SIZE = 16;

const cache = new Map<string, CachedEngine>();
let builds = 0;

/** The key of an engine: the check and the parameters its rules were generated from. */
export function engineKey(check: CheckKind, params: RuleParameters): string {
  return JSON.stringify([check, params]);
}

/**
 * The rule JSON the checks give json-rules-engine: the rules of {@link rulesFor} with a small
 * event, `{ type: 'criterion', params: { check, criterion } }`. Internal; the benchmark runs a
 * bare engine on exactly this JSON.
 * @internal
 */
export function engineRuleJson(rules: readonly CriterionRule[]): RuleProperties[] {
  return rules.map((r) => ({
    name: r.name,
    conditions: r.conditions,
    event: { type: 'criterion', params: { check: r.event.params.check, criterion: r.event.params.criterion } },
  }));
}

function engineFor(check: CheckKind, params: RuleParameters, key = engineKey(check, params)): CachedEngine {
  const hit = cache.get(key);
  if (hit) {
    // Least recently used goes first: move a hit to the end, unless it is there already.
    if (cache.size > 1) {
      cache.delete(key);
      cache.set(key, hit);
    }
    return hit;
  }
  const rules = rulesFor(check, params);
  const engine = new Engine(engineRuleJson(rules), { allowUndefinedFacts: true });
  builds++;
  const entry: CachedEngine = {
    engine,
    rules,
    pending: 0,
    last: Promise.resolve(),
  };
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
 * returns each rule with whether it passed, in the rules' order. `key` is
 * {@link engineKey}`(check, params)`, when the caller has it already.
 */
export function evaluateRules(
  check: CheckKind,
  params: RuleParameters,
  facts: Record<string, unknown>,
  key?: string,
): Promise<RuleEvaluation[]> {
  return evaluateRulesThen(check, params, facts, key, undefined, (_, rules, passed) =>
    rules.map((rule, i) => ({ rule, passed: passed[i] })),
  );
}

/**
 * {@link evaluateRules}, with what to make of the outcome (and of an engine error) applied in
 * the same step: a check waits for one promise after the engine's, not two. `onPassed` gets
 * `context`, the rules and, at the same index, whether each passed (`undefined`: no result).
 * @internal
 */
export function evaluateRulesThen<C, R>(
  check: CheckKind,
  params: RuleParameters,
  facts: Record<string, unknown>,
  key: string | undefined,
  context: C,
  onPassed: (context: C, rules: readonly CriterionRule[], passed: readonly (boolean | undefined)[]) => R,
  onError?: (context: C, error: unknown) => R,
): Promise<R> {
  const entry = engineFor(check, params, key);
  const run = entry.pending === 0 ? entry.engine.run(facts) : entry.last.then(...startLater(entry, facts));
  entry.pending++;
  const result = run.then(
    ({ results, failureResults }) => {
      entry.pending--;
      const { rules } = entry;
      const passed: (boolean | undefined)[] = [];
      for (let i = 0; i < rules.length; i++) passed.push(undefined);
      for (const r of results) mark(rules, passed, r.name, true);
      for (const r of failureResults) mark(rules, passed, r.name, false);
      return onPassed(context, rules, passed);
    },
    (error: unknown) => {
      entry.pending--;
      if (onError) return onError(context, error);
      throw error;
    },
  );
  entry.last = result;
  return result;
}

/** Sets `passed` at the index of the rule with this name (a handful of rules: a scan is quickest). */
function mark(rules: readonly CriterionRule[], passed: (boolean | undefined)[], name: string, value: boolean): void {
  for (let i = 0; i < rules.length; i++) {
    if (rules[i]?.name === name) {
      passed[i] = value;
      return;
    }
  }
}

/** Starts a run after the previous one settled, whether it succeeded or not. */
function startLater(entry: CachedEngine, facts: Record<string, unknown>) {
  const start = () => entry.engine.run(facts);
  return [start, start] as const;
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

/**
 * The eligibility checks. Each validates its facts and options at the boundary, derives
 * what the rules compare, runs the cached json-rules-engine engine, and explains every
 * criterion. Nothing throws on data: invalid facts or options come back as `issues`.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';
import { IsoDate } from '../plan/schema.js';
import { engineKey, evaluateRulesThen } from './engine.js';
import {
  validateDirectAwardFacts,
  validateEnterpriseFacts,
  validateFields,
  validatePersonFacts,
  validateWelfareOrganisationFacts,
  type DirectAwardFacts,
  type EnterpriseFacts,
  type FactValidation,
  type PersonFacts,
  type WelfareOrganisationFacts,
} from './facts.js';
import { joinList, renderReasonTemplate } from './format.js';
import { factIssue, issuesFromZod, type FactIssue } from './issues.js';
import { missingFact } from './labels.js';
import { prepareDirectAward, prepareEnterprise, preparePerson, prepareWelfare, type PreparedFacts } from './derive.js';
import {
  canonicalProfile,
  ProfileName,
  RuleParameterOverrides,
  resolveParameters,
  type CanonicalProfileName,
  type RuleParameters,
} from './parameters.js';
import { rulesFor, type CriterionRule } from './rule-sets.js';
import { verdictOf, type CheckKind, type CheckResult, type CriterionOutcome, type CriterionResult } from './result.js';
import { DIRECT_AWARD_THRESHOLDS, DirectAwardThreshold, mergeThresholds } from './thresholds.js';

/** Options of every check. All are optional. */
export const CheckOptions = z.strictObject({
  /** `tillvaxtverket` (default; `sofisam` is another name for it) or the stricter `skoopi`. */
  profile: z.optional(ProfileName),
  /** Parameters that override the profile's, e.g. `{ longTermUnemploymentMonths: 6 }`. */
  parameters: z.optional(RuleParameterOverrides),
  /** Direct award: thresholds added to the built-in table (same `from` date replaces). */
  thresholds: z.optional(z.array(DirectAwardThreshold)),
  /** Target group: the date on which an age is computed from `birthDate`, `YYYY-MM-DD`. */
  asOf: z.optional(IsoDate),
});
export type CheckOptions = z.input<typeof CheckOptions>;

interface ResolvedOptions {
  profile: CanonicalProfileName;
  params: RuleParameters;
  thresholds: DirectAwardThreshold[];
  asOf: string | undefined;
  issues: FactIssue[];
  /** {@link engineKey} per check, computed once per options. */
  keys: Partial<Record<CheckKind, string>>;
}

const OPTIONS_KIND = { sv: 'Inställningarna (options)', en: 'The options' };

let defaults: ResolvedOptions | undefined;

/**
 * Validates options key by key; an invalid option is reported and left out. No options at all
 * are resolved once and reused (nothing in a resolved result is changed by a check).
 */
function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return (defaults ??= resolveGivenOptions(undefined));
  return resolveGivenOptions(options);
}

function resolveGivenOptions(options: unknown): ResolvedOptions {
  const { data, issues } = validateFields(
    { shape: { profile: ProfileName, parameters: z.unknown(), thresholds: z.unknown(), asOf: IsoDate } },
    options,
    OPTIONS_KIND,
    ['options'],
  );
  const profile = canonicalProfile((data.profile as ProfileName | undefined) ?? 'tillvaxtverket');
  let overrides: Record<string, unknown> = {};
  if (data.parameters !== undefined) {
    const checked = validateFields(
      RuleParameterOverrides,
      data.parameters,
      { sv: 'Parametrarna', en: 'The parameters' },
      ['options', 'parameters'],
    );
    overrides = checked.data;
    issues.push(...checked.issues);
  }
  let params = resolveParameters(profile, overrides);
  if (params.ageMin > params.ageMax) {
    issues.push(
      factIssue(
        ['options', 'parameters'],
        'age-range',
        `lägsta ålder (${params.ageMin}) är högre än högsta (${params.ageMax}); profilens åldrar används.`,
        `the minimum age (${params.ageMin}) is above the maximum (${params.ageMax}); the profile's ages are used.`,
      ),
    );
    const { ageMin: _min, ageMax: _max, ...rest } = overrides;
    params = resolveParameters(profile, rest);
  }
  const extra: DirectAwardThreshold[] = [];
  if (data.thresholds !== undefined) {
    if (!Array.isArray(data.thresholds)) {
      issues.push(
        factIssue(
          ['options', 'thresholds'],
          'wrong-type',
          'ska vara en lista av gränser { from, amount, reference }.',
          'must be a list of thresholds { from, amount, reference }.',
        ),
      );
    } else {
      data.thresholds.forEach((t, i) => {
        const parsed = DirectAwardThreshold.safeParse(t);
        if (parsed.success) extra.push(parsed.data);
        else issues.push(...issuesFromZod(parsed.error.issues, t, ['options', 'thresholds', i]));
      });
    }
  }
  return {
    profile,
    params,
    thresholds: mergeThresholds(DIRECT_AWARD_THRESHOLDS, extra),
    asOf: data.asOf as string | undefined,
    issues,
    keys: {},
  };
}

const ENGINE_ERROR: Bilingual = {
  sv: 'regelmotorn kunde inte utvärdera kriteriet',
  en: 'the rules engine could not evaluate the criterion',
};

/** The required facts of a rule that are absent. */
const absentFacts = (rule: CriterionRule, prepared: PreparedFacts) =>
  rule.event.params.requiredFacts.filter((f) => prepared.facts[f] === undefined);

/** The outcome of each criterion: met, not met, or unknown when a required fact is absent. */
function assess(
  rules: readonly CriterionRule[],
  passed: readonly (boolean | undefined)[],
  prepared: PreparedFacts,
): CriterionOutcome[] {
  const outcomes: CriterionOutcome[] = [];
  for (let i = 0; i < rules.length; i++) {
    const p = passed[i];
    if (p === true) outcomes.push('met');
    else if (p === false) {
      let absent = false;
      for (const f of (rules[i] as CriterionRule).event.params.requiredFacts) {
        if (prepared.facts[f] === undefined) absent = true;
      }
      outcomes.push(absent ? 'unknown' : 'not-met');
    } else outcomes.push('unknown');
  }
  return outcomes;
}

/** Explains each criterion: its reason in both languages and its source. */
function explain(
  rules: readonly CriterionRule[],
  passed: readonly (boolean | undefined)[],
  outcomes: readonly CriterionOutcome[],
  prepared: PreparedFacts,
  invalid: ReadonlySet<string>,
): CriterionResult[] {
  const values = typeof prepared.values === 'function' ? prepared.values() : prepared.values;
  return rules.map((rule, i) => {
    const { criterion, requiredFacts, reasons, source } = rule.event.params;
    const outcome = outcomes[i] as CriterionOutcome;
    const why =
      passed[i] === undefined
        ? ENGINE_ERROR
        : joinList(absentFacts(rule, prepared).map((f) => prepared.whyMissing[f] ?? missingFact(f, invalid.has(f))));
    const reason = renderReasonTemplate(reasons[outcome], { ...values, missing: why });
    const applied = prepared.appliedThreshold;
    // Direct award: cite the threshold actually applied, which a user may have added.
    const cited =
      applied && requiredFacts.includes('directAwardThreshold')
        ? { ...source, reference: applied.reference, ...(applied.url ? { url: applied.url } : {}) }
        : source;
    return { id: criterion, outcome, reason, source: cited };
  });
}

/**
 * The result. The verdict comes from the outcomes; `criteria`, with every reason formatted in
 * both languages, is built when it is first read (a check whose criteria nobody reads formats
 * no text; issue 17) and is then an ordinary value: it reads, spreads, serialises and compares
 * like a data property, and can be set.
 */
function build(
  check: CheckKind,
  options: ResolvedOptions,
  rules: readonly CriterionRule[],
  passed: readonly (boolean | undefined)[],
  prepared: PreparedFacts,
  invalid: ReadonlySet<string>,
  issues: FactIssue[],
): CheckResult {
  const outcomes = assess(rules, passed, prepared);
  const valid = issues.length === 0;
  let criteria: CriterionResult[] | undefined;
  return {
    check,
    profile: options.profile,
    verdict: valid ? verdictOf(outcomes) : 'needs-review',
    get criteria(): CriterionResult[] {
      return (criteria ??= explain(rules, passed, outcomes, prepared, invalid));
    },
    set criteria(value: CriterionResult[]) {
      criteria = value;
    },
    valid,
    issues,
  };
}

const NO_INVALID: ReadonlySet<string> = new Set();

/**
 * How one check validates its facts and derives what its rules compare and its reasons show.
 * One constant per check, so that a bundle with only some checks leaves the others out.
 */
interface CheckDefinition {
  check: CheckKind;
  validate(facts: unknown, options: ResolvedOptions): FactValidation<unknown>;
  prepare(facts: unknown, invalid: ReadonlySet<string>, options: ResolvedOptions): PreparedFacts;
}

const ASF: CheckDefinition = {
  check: 'asf',
  validate: (facts) => validateEnterpriseFacts(facts),
  prepare: (facts, invalid, o) => prepareEnterprise(facts as EnterpriseFacts, o.params, invalid, false),
};
const RESERVED_CONTRACT: CheckDefinition = {
  check: 'reserved-contract',
  validate: (facts) => validateEnterpriseFacts(facts),
  prepare: (facts, invalid, o) => prepareEnterprise(facts as EnterpriseFacts, o.params, invalid),
};
const DIRECT_AWARD: CheckDefinition = {
  check: 'direct-award',
  validate: (facts) => validateDirectAwardFacts(facts),
  prepare: (facts, invalid, o) => prepareDirectAward(facts as DirectAwardFacts, o.thresholds, invalid),
};
const TARGET_GROUP: CheckDefinition = {
  check: 'target-group',
  validate: (facts, o) => validatePersonFacts(facts, o.asOf === undefined ? {} : { asOf: o.asOf }),
  prepare: (facts, invalid, o) => preparePerson(facts as PersonFacts, o.params, o.asOf, invalid),
};
const RESERVED_WELFARE_CONTRACT: CheckDefinition = {
  check: 'reserved-welfare-contract',
  validate: (facts) => validateWelfareOrganisationFacts(facts),
  prepare: (facts) => prepareWelfare(facts as WelfareOrganisationFacts),
};

/** What a check carries from before the engine runs to after. */
interface Running {
  check: CheckKind;
  options: ResolvedOptions;
  prepared: PreparedFacts;
  invalid: ReadonlySet<string>;
  issues: FactIssue[];
}

const finish = (r: Running, rules: readonly CriterionRule[], passed: readonly (boolean | undefined)[]) =>
  build(r.check, r.options, rules, passed, r.prepared, r.invalid, r.issues);

/** The engine failed: the check says so as an issue and assesses every criterion as unknown. */
function engineFailed(r: Running, error: unknown): CheckResult {
  const detail = error instanceof Error ? error.message : String(error);
  r.issues.push(
    factIssue([], 'engine-error', `regelmotorn gav ett fel: ${detail}`, `the rules engine failed: ${detail}`),
  );
  const rules = rulesFor(r.check, r.options.params);
  return finish(
    r,
    rules,
    rules.map(() => undefined),
  );
}

/**
 * Resolves the options, validates, prepares, runs the engine and explains. Not `async`: it
 * returns the engine's promise with one step after it, so a check costs few turns of the event
 * loop; anything thrown before the engine runs becomes a rejected promise, as from an async
 * function.
 */
function runCheck(definition: CheckDefinition, facts: unknown, options: unknown): Promise<CheckResult> {
  const { check } = definition;
  let running: Running;
  let key: string;
  try {
    const resolved = resolveOptions(options);
    const validation = definition.validate(facts, resolved);
    const factIssues = validation.success ? [] : validation.error.issues;
    const valid = validation.success ? validation.data : validation.partial;
    const invalid = factIssues.length === 0 ? NO_INVALID : new Set(factIssues.map((i) => String(i.path[0] ?? '')));
    running = {
      check,
      options: resolved,
      prepared: definition.prepare(valid, invalid, resolved),
      invalid,
      issues: factIssues.length === 0 && resolved.issues.length === 0 ? [] : [...factIssues, ...resolved.issues],
    };
    key = resolved.keys[check] ??= engineKey(check, resolved.params);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const r = running;
  try {
    return evaluateRulesThen(check, r.options.params, r.prepared.facts, key, r, finish, engineFailed);
  } catch (error) {
    // The engine threw before it returned a promise.
    return Promise.resolve(error).then((e) => engineFailed(r, e));
  }
}

/**
 * Is this enterprise an arbetsintegrerande socialt företag (ASF) by Tillväxtverket's four
 * criteria? Criteria: `business`, `integration-purpose`, `staff-participation`,
 * `profit-reinvestment`, `public-independence` (and `target-group-employed` in profile `skoopi`).
 *
 * @example
 * const r = await checkAsfEligibility({
 *   sellsGoodsOrServices: true, integrationIsMainPurpose: true, staffParticipation: 'ownership',
 *   profitReinvestedShare: 0.8, publicOwnershipShare: 0,
 * });
 * r.verdict; // 'eligible'
 */
export function checkAsfEligibility(facts: EnterpriseFacts, options?: CheckOptions): Promise<CheckResult> {
  return runCheck(ASF, facts, options);
}

/**
 * May this supplier take part in a reserved contract (LOU 4 kap. 18 §, directive 2014/24/EU
 * art. 20)? Criteria: `integration-purpose` (a sheltered workshop, a main purpose of social and
 * vocational integration, or a sheltered employment programme) and `target-group-share` (at
 * least 30 % of everyone working there, employed or not; nobody working → unknown). The same in
 * every profile: a profile's employment requirement belongs to the ASF definition, not the law.
 *
 * @example
 * const r = await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 });
 * r.criteria[1].reason.sv; // '7 av 20 (35 %) som arbetar i verksamheten …'
 */
export function checkReservedContract(facts: EnterpriseFacts, options?: CheckOptions): Promise<CheckResult> {
  return runCheck(RESERVED_CONTRACT, facts, options);
}

/**
 * Does this purchase pass LOU's value test for direct award? Criterion `below-threshold`: the
 * value in kronor excluding VAT is *below* the limit in force on `date` for the `services` bought
 * (700 000 kr from 2022-02-01: 699 999 passes, 700 000 does not; social and other specific
 * services, bilaga 2: 8 109 450 kr from 2024-01-01), or before 2022-02-01 *at most* the limit
 * then. A date the table does not cover → needs review. A failed value test does not rule out
 * direct award on other grounds (synnerliga skäl and others): the reason says so.
 *
 * @example
 * (await checkDirectAward({ value: 699999, date: '2024-03-01' })).verdict; // 'eligible'
 * (await checkDirectAward({ value: 700000, date: '2024-03-01' })).verdict; // 'not-eligible'
 * (await checkDirectAward({ value: 1000000, date: '2024-06-01', services: 'social-and-other-specific' })).verdict; // 'eligible'
 * (await checkDirectAward({ value: 100000, date: '2014-06-01' })).verdict; // 'needs-review'
 */
export function checkDirectAward(facts: DirectAwardFacts, options?: CheckOptions): Promise<CheckResult> {
  return runCheck(DIRECT_AWARD, facts, options);
}

/**
 * Is this person in the target group (Bollnäs kommun, Handlingsplan ASF 2019–2024; Samordningsförbund Gävleborg, Årsredovisning ASF 2018)? Criteria: `age` (16–64 inclusive, from
 * `age` or from `birthDate` on `options.asOf`) and `support-need` (any listed support need, or
 * unemployed for at least `longTermUnemploymentMonths`; an empty list states there is none).
 *
 * @example
 * (await checkTargetGroup({ age: 64, supportNeeds: ['homelessness'] })).verdict;   // 'eligible'
 * (await checkTargetGroup({ birthDate: '2009-01-01', monthsUnemployed: 14 }, { asOf: '2025-01-01' })).verdict; // 'eligible'
 */
export function checkTargetGroup(facts: PersonFacts, options?: CheckOptions): Promise<CheckResult> {
  return runCheck(TARGET_GROUP, facts, options);
}

/**
 * May participation in a procurement of certain health, social and cultural services be reserved
 * for this organisation (LOU 19 kap. 25 §, before 2022-02-01 19 kap. 6 a §; directive 2014/24/EU
 * art. 77)? Criteria: `public-service-mission`, `profit-reinvestment`, `participatory-management`,
 * `no-recent-award`, `contract-duration` (at most three years) and `listed-services`.
 *
 * @example
 * (await checkReservedWelfareContract({
 *   publicServiceMission: true, profitUse: 'reinvested', participatoryManagement: true,
 *   awardedUnderRuleInPastThreeYears: false, contractDurationYears: 3, servicesListed: true,
 * })).verdict; // 'eligible'
 */
export function checkReservedWelfareContract(
  facts: WelfareOrganisationFacts,
  options?: CheckOptions,
): Promise<CheckResult> {
  return runCheck(RESERVED_WELFARE_CONTRACT, facts, options);
}

/**
 * Runs one of the checks by name: handy for forms and for declarative cases.
 *
 * @example
 * await checkEligibility('direct-award', { value: 50000, date: '2025-01-15' });
 */
export function checkEligibility(check: CheckKind, facts: unknown, options?: CheckOptions): Promise<CheckResult> {
  switch (check) {
    case 'asf':
      return checkAsfEligibility(facts as EnterpriseFacts, options);
    case 'reserved-contract':
      return checkReservedContract(facts as EnterpriseFacts, options);
    case 'direct-award':
      return checkDirectAward(facts as DirectAwardFacts, options);
    case 'target-group':
      return checkTargetGroup(facts as PersonFacts, options);
    case 'reserved-welfare-contract':
      return checkReservedWelfareContract(facts as WelfareOrganisationFacts, options);
  }
}

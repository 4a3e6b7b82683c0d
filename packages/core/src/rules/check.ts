/**
 * The eligibility checks. Each validates its facts and options at the boundary, derives
 * what the rules compare, runs the cached json-rules-engine engine, and explains every
 * criterion. Nothing throws on data: invalid facts or options come back as `issues`.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';
import { IsoDate } from '../plan/schema.js';
import { evaluateRules, type RuleEvaluation } from './engine.js';
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
import { rulesFor } from './rule-sets.js';
import { verdictOf, type CheckKind, type CheckResult, type CriterionResult } from './result.js';
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
}

const OPTIONS_KIND = { sv: 'Inställningarna (options)', en: 'The options' };

/** Validates options key by key; an invalid option is reported and left out. */
function resolveOptions(options: unknown): ResolvedOptions {
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
  };
}

const ENGINE_ERROR: Bilingual = {
  sv: 'regelmotorn kunde inte utvärdera kriteriet',
  en: 'the rules engine could not evaluate the criterion',
};

/** Turns the engine's evaluations into explained criteria. */
function explain(
  evaluations: readonly RuleEvaluation[],
  prepared: PreparedFacts,
  invalid: ReadonlySet<string>,
): CriterionResult[] {
  return evaluations.map(({ rule, passed }) => {
    const { criterion, requiredFacts, reasons, source } = rule.event.params;
    const absent = requiredFacts.filter((f) => prepared.facts[f] === undefined);
    const outcome = passed === true ? 'met' : passed === false && absent.length === 0 ? 'not-met' : 'unknown';
    const why =
      passed === undefined
        ? ENGINE_ERROR
        : joinList(absent.map((f) => prepared.whyMissing[f] ?? missingFact(f, invalid.has(f))));
    const reason = renderReasonTemplate(reasons[outcome], { ...prepared.values, missing: why });
    const applied = prepared.appliedThreshold;
    // Direct award: cite the threshold actually applied, which a user may have added.
    const cited =
      applied && requiredFacts.includes('directAwardThreshold')
        ? { ...source, reference: applied.reference, ...(applied.url ? { url: applied.url } : {}) }
        : source;
    return { id: criterion, outcome, reason, source: cited };
  });
}

async function run<T>(
  check: CheckKind,
  validation: FactValidation<T>,
  options: ResolvedOptions,
  prepare: (facts: T, invalid: ReadonlySet<string>) => PreparedFacts,
): Promise<CheckResult> {
  const factIssues = validation.success ? [] : validation.error.issues;
  const facts = validation.success ? validation.data : validation.partial;
  const issues = [...factIssues, ...options.issues];
  const invalid = new Set(factIssues.map((i) => String(i.path[0] ?? '')));
  const prepared = prepare(facts, invalid);
  let evaluations: RuleEvaluation[];
  try {
    evaluations = await evaluateRules(check, options.params, prepared.facts);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    issues.push(
      factIssue([], 'engine-error', `regelmotorn gav ett fel: ${detail}`, `the rules engine failed: ${detail}`),
    );
    evaluations = rulesFor(check, options.params).map((rule) => ({ rule, passed: undefined }));
  }
  const criteria = explain(evaluations, prepared, invalid);
  const valid = issues.length === 0;
  return {
    check,
    profile: options.profile,
    verdict: valid ? verdictOf(criteria.map((c) => c.outcome)) : 'needs-review',
    criteria,
    valid,
    issues,
  };
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
export async function checkAsfEligibility(facts: EnterpriseFacts, options?: CheckOptions): Promise<CheckResult> {
  const resolved = resolveOptions(options);
  return run('asf', validateEnterpriseFacts(facts), resolved, (f, invalid) =>
    prepareEnterprise(f, resolved.params, invalid),
  );
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
export async function checkReservedContract(facts: EnterpriseFacts, options?: CheckOptions): Promise<CheckResult> {
  const resolved = resolveOptions(options);
  return run('reserved-contract', validateEnterpriseFacts(facts), resolved, (f, invalid) =>
    prepareEnterprise(f, resolved.params, invalid),
  );
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
export async function checkDirectAward(facts: DirectAwardFacts, options?: CheckOptions): Promise<CheckResult> {
  const resolved = resolveOptions(options);
  return run('direct-award', validateDirectAwardFacts(facts), resolved, (f, invalid) =>
    prepareDirectAward(f, resolved.thresholds, invalid),
  );
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
export async function checkTargetGroup(facts: PersonFacts, options?: CheckOptions): Promise<CheckResult> {
  const resolved = resolveOptions(options);
  const validation = validatePersonFacts(facts, resolved.asOf === undefined ? {} : { asOf: resolved.asOf });
  return run('target-group', validation, resolved, (f, invalid) =>
    preparePerson(f, resolved.params, resolved.asOf, invalid),
  );
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
export async function checkReservedWelfareContract(
  facts: WelfareOrganisationFacts,
  options?: CheckOptions,
): Promise<CheckResult> {
  const resolved = resolveOptions(options);
  return run('reserved-welfare-contract', validateWelfareOrganisationFacts(facts), resolved, (f) => prepareWelfare(f));
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

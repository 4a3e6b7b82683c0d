/**
 * Declarative cases: facts → expected verdict and per-criterion outcomes. They document the
 * rules by example, run in the tests in Node and in the browser, and ship as `cases.json` for
 * anyone who reimplements or re-hosts the rules. Together they cover every criterion's met,
 * not-met and unknown paths and the boundaries (0.30 exactly, 700 000 exactly, "högst" limits
 * before 2022-02-01, ages 15, 16, 64 and 65, reinvestment 0.5 exactly, three years exactly).
 * @module
 */
import * as z from 'zod/mini';
import { CheckKind, CriterionOutcome, Verdict } from './result.js';

/** One declarative case. */
export const RuleCase = z.strictObject({
  name: z.string().check(z.minLength(1)),
  check: CheckKind,
  facts: z.record(z.string(), z.unknown()),
  options: z.optional(z.record(z.string(), z.unknown())),
  expected: z.strictObject({
    verdict: Verdict,
    /** Whether the facts and options are valid; `true` when left out. */
    valid: z.optional(z.boolean()),
    /** The outcome of every criterion the check reports. */
    criteria: z.record(z.string(), CriterionOutcome),
  }),
});
export type RuleCase = z.infer<typeof RuleCase>;

const ASF_OK = {
  sellsGoodsOrServices: true,
  integrationIsMainPurpose: true,
  staffParticipation: 'ownership',
  profitReinvestedShare: 0.8,
  publicOwnershipShare: 0,
};
const withoutKey = (facts: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(facts).filter(([k]) => k !== key));

const ASF_ALL_MET = {
  business: 'met',
  'integration-purpose': 'met',
  'staff-participation': 'met',
  'profit-reinvestment': 'met',
  'public-independence': 'met',
} as const;
const ASF_ALL_UNKNOWN = {
  business: 'unknown',
  'integration-purpose': 'unknown',
  'staff-participation': 'unknown',
  'profit-reinvestment': 'unknown',
  'public-independence': 'unknown',
} as const;

const asf = (
  name: string,
  facts: Record<string, unknown>,
  verdict: Verdict,
  criteria: Record<string, CriterionOutcome>,
  extra: Partial<RuleCase> = {},
): RuleCase => ({
  name: `ASF: ${name}`,
  check: 'asf',
  facts,
  ...extra,
  expected: { verdict, ...(extra.expected ?? {}), criteria: { ...ASF_ALL_MET, ...criteria } },
});

const rc = (
  name: string,
  facts: Record<string, unknown>,
  verdict: Verdict,
  criteria: Record<string, CriterionOutcome>,
  extra: Partial<RuleCase> = {},
): RuleCase => ({
  name: `Reserverat kontrakt: ${name}`,
  check: 'reserved-contract',
  facts,
  ...extra,
  expected: { verdict, ...(extra.expected ?? {}), criteria },
});

const da = (
  name: string,
  facts: Record<string, unknown>,
  verdict: Verdict,
  outcome: CriterionOutcome,
  extra: Partial<RuleCase> = {},
): RuleCase => ({
  name: `Direktupphandling: ${name}`,
  check: 'direct-award',
  facts,
  ...extra,
  expected: { verdict, ...(extra.expected ?? {}), criteria: { 'below-threshold': outcome } },
});

const tg = (
  name: string,
  facts: Record<string, unknown>,
  verdict: Verdict,
  criteria: Record<string, CriterionOutcome>,
  extra: Partial<RuleCase> = {},
): RuleCase => ({
  name: `Målgrupp: ${name}`,
  check: 'target-group',
  facts,
  ...extra,
  expected: { verdict, ...(extra.expected ?? {}), criteria },
});

const WC_OK = {
  publicServiceMission: true,
  profitUse: 'reinvested',
  participatoryManagement: true,
  awardedUnderRuleInPastThreeYears: false,
  contractDurationYears: 2,
  servicesListed: true,
};
const WC_ALL_MET = {
  'public-service-mission': 'met',
  'profit-reinvestment': 'met',
  'participatory-management': 'met',
  'no-recent-award': 'met',
  'contract-duration': 'met',
  'listed-services': 'met',
} as const;
const WC_ALL_UNKNOWN = Object.fromEntries(Object.keys(WC_ALL_MET).map((k) => [k, 'unknown'])) as Record<
  string,
  CriterionOutcome
>;

const wc = (
  name: string,
  facts: Record<string, unknown>,
  verdict: Verdict,
  criteria: Record<string, CriterionOutcome>,
  extra: Partial<RuleCase> = {},
): RuleCase => ({
  name: `Reserverat välfärdskontrakt: ${name}`,
  check: 'reserved-welfare-contract',
  facts,
  ...extra,
  expected: { verdict, ...(extra.expected ?? {}), criteria: { ...WC_ALL_MET, ...criteria } },
});

const INVALID = { expected: { valid: false } } as Partial<RuleCase>;
const SKOOPI = { options: { profile: 'skoopi' } };

/** The declarative cases of the rules. */
export const RULE_CASES: readonly RuleCase[] = [
  // ASF (Tillväxtverket's criteria) ------------------------------------------------------------------------
  asf('alla fem kriterier uppfyllda', ASF_OK, 'eligible', {}),
  asf('inga uppgifter', {}, 'needs-review', ASF_ALL_UNKNOWN),
  asf('säljer inte varor eller tjänster', { ...ASF_OK, sellsGoodsOrServices: false }, 'not-eligible', {
    business: 'not-met',
  }),
  asf('integration är inte huvudsyftet', { ...ASF_OK, integrationIsMainPurpose: false }, 'not-eligible', {
    'integration-purpose': 'not-met',
  }),
  asf('delaktighet genom avtal', { ...ASF_OK, staffParticipation: 'agreement' }, 'eligible', {}),
  asf('delaktighet på annat dokumenterat sätt', { ...ASF_OK, staffParticipation: 'other-documented' }, 'eligible', {}),
  asf('ingen delaktighet', { ...ASF_OK, staffParticipation: 'none' }, 'not-eligible', {
    'staff-participation': 'not-met',
  }),
  asf('återinvesterar exakt 50 % (inte "i huvudsak")', { ...ASF_OK, profitReinvestedShare: 0.5 }, 'not-eligible', {
    'profit-reinvestment': 'not-met',
  }),
  asf('återinvesterar 51 %', { ...ASF_OK, profitReinvestedShare: 0.51 }, 'eligible', {}),
  asf(
    'återinvesterar 50 % med parametern "minst 50 %"',
    { ...ASF_OK, profitReinvestedShare: 0.5 },
    'eligible',
    {},
    {
      options: { parameters: { reinvestedShareInclusive: true } },
    },
  ),
  asf('10 % ägs av en kommun', { ...ASF_OK, publicOwnershipShare: 0.1 }, 'not-eligible', {
    'public-independence': 'not-met',
  }),
  asf('ägarandel okänd, övrigt uppfyllt', withoutKey(ASF_OK, 'publicOwnershipShare'), 'needs-review', {
    'public-independence': 'unknown',
  }),
  asf('null räknas som saknad uppgift', { ...ASF_OK, profitReinvestedShare: null }, 'needs-review', {
    'profit-reinvestment': 'unknown',
  }),
  asf('ett kriterium ej uppfyllt väger tyngre än okända', { sellsGoodsOrServices: false }, 'not-eligible', {
    ...ASF_ALL_UNKNOWN,
    business: 'not-met',
  }),
  asf('giltigt organisationsnummer', { ...ASF_OK, organisationNumber: '556036-0793' }, 'eligible', {}),
  asf(
    'fel kontrollsiffra i organisationsnumret',
    { ...ASF_OK, organisationNumber: '556036-0794' },
    'needs-review',
    {},
    INVALID,
  ),
  asf(
    'andel skriven i procent (60 i stället för 0.6)',
    { ...ASF_OK, profitReinvestedShare: 60 },
    'needs-review',
    { 'profit-reinvestment': 'unknown' },
    INVALID,
  ),
  asf(
    'fel typ: text i stället för true',
    { ...ASF_OK, sellsGoodsOrServices: 'ja' },
    'needs-review',
    { business: 'unknown' },
    INVALID,
  ),
  asf('okänt fält', { ...ASF_OK, profitReinvestedShre: 0.8 }, 'needs-review', {}, INVALID),
  asf(
    'skoopi: allt uppfyllt',
    {
      ...ASF_OK,
      profitReinvestedShare: 1,
      peopleWorking: 10,
      peopleWorkingFromTargetGroups: 6,
      employeesFromTargetGroups: 2,
    },
    'eligible',
    {
      'target-group-employed': 'met',
    },
    SKOOPI,
  ),
  asf(
    'skoopi: 80 % återinvesteras (vinstutdelning)',
    { ...ASF_OK, employeesFromTargetGroups: 2 },
    'not-eligible',
    {
      'profit-reinvestment': 'not-met',
      'target-group-employed': 'met',
    },
    SKOOPI,
  ),
  asf(
    'skoopi: ingen ur målgruppen anställd',
    { ...ASF_OK, profitReinvestedShare: 1, employeesFromTargetGroups: 0 },
    'not-eligible',
    {
      'target-group-employed': 'not-met',
    },
    SKOOPI,
  ),
  asf(
    'skoopi: anställning okänd',
    { ...ASF_OK, profitReinvestedShare: 1 },
    'needs-review',
    { 'target-group-employed': 'unknown' },
    SKOOPI,
  ),

  // Reserved contract (LOU 4 kap. 18 §) ----------------------------------------------------
  rc(
    '7 av 20 (35 %)',
    { integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 },
    'eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'met',
    },
  ),
  rc(
    'exakt 30 % (3 av 10)',
    { integrationIsMainPurpose: true, peopleWorking: 10, peopleWorkingFromTargetGroups: 3 },
    'eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'met',
    },
  ),
  rc(
    '29 av 100 (29 %)',
    { integrationIsMainPurpose: true, peopleWorking: 100, peopleWorkingFromTargetGroups: 29 },
    'not-eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'not-met',
    },
  ),
  rc(
    'ingen arbetar i verksamheten',
    { integrationIsMainPurpose: true, peopleWorking: 0, peopleWorkingFromTargetGroups: 0 },
    'needs-review',
    {
      'integration-purpose': 'met',
      'target-group-share': 'unknown',
    },
  ),
  rc(
    'program för skyddad anställning',
    {
      integrationIsMainPurpose: false,
      shelteredEmploymentProgramme: true,
      peopleWorking: 12,
      peopleWorkingFromTargetGroups: 12,
    },
    'eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'met',
    },
  ),
  rc(
    'inte huvudsyftet, skyddad anställning okänd',
    { integrationIsMainPurpose: false, peopleWorking: 10, peopleWorkingFromTargetGroups: 5 },
    'needs-review',
    {
      'integration-purpose': 'unknown',
      'target-group-share': 'met',
    },
  ),
  rc('inga uppgifter', {}, 'needs-review', { 'integration-purpose': 'unknown', 'target-group-share': 'unknown' }),
  rc(
    '40 % krävs (parameter), 7 av 20',
    { integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 },
    'not-eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'not-met',
    },
    { options: { parameters: { minTargetGroupShare: 0.4 } } },
  ),
  rc(
    'fler ur målgrupperna än som arbetar',
    { integrationIsMainPurpose: true, peopleWorking: 5, peopleWorkingFromTargetGroups: 7 },
    'needs-review',
    {
      'integration-purpose': 'met',
      'target-group-share': 'unknown',
    },
    INVALID,
  ),
  rc(
    'negativt antal',
    { integrationIsMainPurpose: true, peopleWorking: -3, peopleWorkingFromTargetGroups: 1 },
    'needs-review',
    {
      'integration-purpose': 'met',
      'target-group-share': 'unknown',
    },
    INVALID,
  ),
  // Everyone working counts, employed or not, in every profile (Upphandlingsmyndigheten, "Vilka personer avses?").
  rc(
    'skoopi: ingen ur målgrupperna anställd, alla i arbetsträning – lagen räknar alla sysselsatta',
    {
      integrationIsMainPurpose: true,
      peopleWorking: 20,
      peopleWorkingFromTargetGroups: 7,
      employeesFromTargetGroups: 0,
    },
    'eligible',
    { 'integration-purpose': 'met', 'target-group-share': 'met' },
    SKOOPI,
  ),
  rc(
    'skoopi: anställning okänd påverkar inte',
    { integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 },
    'eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'met',
    },
    SKOOPI,
  ),
  rc(
    'profilnamnet sofisam (alias) fungerar',
    { integrationIsMainPurpose: true, peopleWorking: 10, peopleWorkingFromTargetGroups: 3 },
    'eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'met',
    },
    { options: { profile: 'sofisam' } },
  ),
  rc(
    'skyddad verkstad',
    { integrationIsMainPurpose: false, shelteredWorkshop: true, peopleWorking: 40, peopleWorkingFromTargetGroups: 30 },
    'eligible',
    {
      'integration-purpose': 'met',
      'target-group-share': 'met',
    },
  ),
  rc(
    'ingen skyddad verkstad, övrigt okänt',
    { shelteredWorkshop: false, peopleWorking: 10, peopleWorkingFromTargetGroups: 5 },
    'needs-review',
    {
      'integration-purpose': 'unknown',
      'target-group-share': 'met',
    },
  ),
  rc(
    'varken skyddad verkstad, huvudsyfte eller skyddad anställning',
    {
      integrationIsMainPurpose: false,
      shelteredWorkshop: false,
      shelteredEmploymentProgramme: false,
      peopleWorking: 10,
      peopleWorkingFromTargetGroups: 5,
    },
    'not-eligible',
    { 'integration-purpose': 'not-met', 'target-group-share': 'met' },
  ),

  // Direct award (LOU) ----------------------------------------------------------------------
  da('699 999 kr', { value: 699_999, date: '2024-03-01' }, 'eligible', 'met'),
  da('exakt 700 000 kr', { value: 700_000, date: '2024-03-01' }, 'not-eligible', 'not-met'),
  da('första dagen för 700 000-gränsen', { value: 699_999, date: '2022-02-01' }, 'eligible', 'met'),
  da('700 000 kr gäller tills lagen ändras', { value: 699_999, date: '2026-12-02' }, 'eligible', 'met'),
  da('januari 2022: högst 626 284 kr, exakt gränsen', { value: 626_284, date: '2022-01-31' }, 'eligible', 'met'),
  da('januari 2022: 626 285 kr', { value: 626_285, date: '2022-01-31' }, 'not-eligible', 'not-met'),
  da('2020–2021: högst 615 312 kr, exakt gränsen', { value: 615_312, date: '2021-06-01' }, 'eligible', 'met'),
  da('2020–2021: 615 313 kr', { value: 615_313, date: '2021-06-01' }, 'not-eligible', 'not-met'),
  da('2018–2019: högst 586 907 kr', { value: 586_907, date: '2019-12-31' }, 'eligible', 'met'),
  da('2016–2017: högst 534 890 kr', { value: 534_890, date: '2017-06-01' }, 'eligible', 'met'),
  da('2016–2017: 534 891 kr', { value: 534_891, date: '2017-06-01' }, 'not-eligible', 'not-met'),
  da('2014-07-01: högst 505 800 kr', { value: 505_800, date: '2014-07-01' }, 'eligible', 'met'),
  da('datum före tabellen', { value: 100_000, date: '2014-06-30' }, 'needs-review', 'unknown'),
  da('datum före tabellen med egen tabellrad', { value: 100_000, date: '2013-06-01' }, 'eligible', 'met', {
    options: {
      thresholds: [{ from: '2012-01-01', to: '2014-06-30', amount: 284_000, reference: 'Exempel: egen tabellrad' }],
    },
  }),
  da(
    'sociala tjänster (bilaga 2), 1 000 000 kr 2024',
    { value: 1_000_000, date: '2024-06-01', services: 'social-and-other-specific' },
    'eligible',
    'met',
  ),
  da(
    'sociala tjänster 2024: 8 109 449 kr',
    { value: 8_109_449, date: '2025-12-31', services: 'social-and-other-specific' },
    'eligible',
    'met',
  ),
  da(
    'sociala tjänster 2024: exakt 8 109 450 kr',
    { value: 8_109_450, date: '2024-01-01', services: 'social-and-other-specific' },
    'not-eligible',
    'not-met',
  ),
  da(
    'sociala tjänster 2023: 7 802 549 kr',
    { value: 7_802_549, date: '2023-12-31', services: 'social-and-other-specific' },
    'eligible',
    'met',
  ),
  da(
    'sociala tjänster 2023: 8 000 000 kr',
    { value: 8_000_000, date: '2023-06-01', services: 'social-and-other-specific' },
    'not-eligible',
    'not-met',
  ),
  da(
    'sociala tjänster efter sista verifierade perioden (2026)',
    { value: 1_000_000, date: '2026-03-01', services: 'social-and-other-specific' },
    'needs-review',
    'unknown',
  ),
  da(
    'sociala tjänster före 2022-02-01',
    { value: 1_000_000, date: '2022-01-15', services: 'social-and-other-specific' },
    'needs-review',
    'unknown',
  ),
  da(
    'standard uttryckligen',
    { value: 1_000_000, date: '2024-06-01', services: 'standard' },
    'not-eligible',
    'not-met',
  ),
  da(
    'okänt slag av tjänster',
    { value: 100_000, date: '2024-06-01', services: 'welfare' },
    'needs-review',
    'met',
    INVALID,
  ),
  da('värde saknas', { date: '2024-03-01' }, 'needs-review', 'unknown'),
  da('datum saknas', { value: 100_000 }, 'needs-review', 'unknown'),
  da('negativt värde', { value: -1, date: '2024-03-01' }, 'needs-review', 'unknown', INVALID),
  da('ogiltigt datum', { value: 100_000, date: '2024-13-01' }, 'needs-review', 'unknown', INVALID),

  // Reserved welfare contract (LOU 19 kap. 25 §) ------------------------------------------
  wc('alla krav uppfyllda', WC_OK, 'eligible', {}),
  wc('inga uppgifter', {}, 'needs-review', WC_ALL_UNKNOWN),
  wc('syftet inte kopplat till tjänsterna', { ...WC_OK, publicServiceMission: false }, 'not-eligible', {
    'public-service-mission': 'not-met',
  }),
  wc('vinst fördelas på grundval av deltagande', { ...WC_OK, profitUse: 'participatory-distribution' }, 'eligible', {}),
  wc('vinst delas ut till ägare', { ...WC_OK, profitUse: 'other-distribution' }, 'not-eligible', {
    'profit-reinvestment': 'not-met',
  }),
  wc('ingen deltagande ledning', { ...WC_OK, participatoryManagement: false }, 'not-eligible', {
    'participatory-management': 'not-met',
  }),
  wc(
    'kontrakt enligt bestämmelsen för två år sedan',
    { ...WC_OK, awardedUnderRuleInPastThreeYears: true },
    'not-eligible',
    { 'no-recent-award': 'not-met' },
  ),
  wc('löptid exakt tre år', { ...WC_OK, contractDurationYears: 3 }, 'eligible', {}),
  wc('löptid fyra år', { ...WC_OK, contractDurationYears: 4 }, 'not-eligible', { 'contract-duration': 'not-met' }),
  wc('tjänsterna inte uppräknade', { ...WC_OK, servicesListed: false }, 'not-eligible', {
    'listed-services': 'not-met',
  }),
  wc('löptid okänd', withoutKey(WC_OK, 'contractDurationYears'), 'needs-review', { 'contract-duration': 'unknown' }),
  wc(
    'ogiltig löptid',
    { ...WC_OK, contractDurationYears: 0 },
    'needs-review',
    { 'contract-duration': 'unknown' },
    INVALID,
  ),

  // Target group --------------------------------------------------------------------------
  tg('16 år med funktionsnedsättning', { age: 16, supportNeeds: ['disability'] }, 'eligible', {
    age: 'met',
    'support-need': 'met',
  }),
  tg('15 år', { age: 15, supportNeeds: ['disability'] }, 'not-eligible', { age: 'not-met', 'support-need': 'met' }),
  tg('64 år', { age: 64, supportNeeds: ['homelessness'] }, 'eligible', { age: 'met', 'support-need': 'met' }),
  tg('65 år', { age: 65, supportNeeds: ['homelessness'] }, 'not-eligible', { age: 'not-met', 'support-need': 'met' }),
  tg('ålder okänd', { supportNeeds: ['criminal-record'] }, 'needs-review', { age: 'unknown', 'support-need': 'met' }),
  tg(
    'fyller 16 samma dag',
    { birthDate: '2008-03-10', supportNeeds: ['former-addiction'] },
    'eligible',
    { age: 'met', 'support-need': 'met' },
    {
      options: { asOf: '2024-03-10' },
    },
  ),
  tg(
    'dagen före 16-årsdagen',
    { birthDate: '2008-03-10', supportNeeds: ['former-addiction'] },
    'not-eligible',
    { age: 'not-met', 'support-need': 'met' },
    {
      options: { asOf: '2024-03-09' },
    },
  ),
  tg(
    'född 29 februari, 28 februari året hen fyller 65',
    { birthDate: '1960-02-29', supportNeeds: ['long-term-sick-leave'] },
    'eligible',
    {
      age: 'met',
      'support-need': 'met',
    },
    { options: { asOf: '2025-02-28' } },
  ),
  tg(
    'född 29 februari, 1 mars året hen fyller 65',
    { birthDate: '1960-02-29', supportNeeds: ['long-term-sick-leave'] },
    'not-eligible',
    {
      age: 'not-met',
      'support-need': 'met',
    },
    { options: { asOf: '2025-03-01' } },
  ),
  tg('födelsedatum utan asOf', { birthDate: '1990-01-01', supportNeeds: ['disability'] }, 'needs-review', {
    age: 'unknown',
    'support-need': 'met',
  }),
  tg('tom lista: inga stödbehov', { age: 30, supportNeeds: [] }, 'not-eligible', {
    age: 'met',
    'support-need': 'not-met',
  }),
  tg('stödbehov okända', { age: 30 }, 'needs-review', { age: 'met', 'support-need': 'unknown' }),
  tg('arbetslös 12 månader, stödbehov i övrigt okända', { age: 30, monthsUnemployed: 12 }, 'eligible', {
    age: 'met',
    'support-need': 'met',
  }),
  tg('arbetslös 11 månader, stödbehov i övrigt okända', { age: 30, monthsUnemployed: 11 }, 'needs-review', {
    age: 'met',
    'support-need': 'unknown',
  }),
  tg(
    'arbetslös 11 månader, inga andra stödbehov',
    { age: 30, supportNeeds: [], monthsUnemployed: 11 },
    'not-eligible',
    { age: 'met', 'support-need': 'not-met' },
  ),
  tg(
    'arbetslös 6 månader med Koladas gräns 6',
    { age: 30, supportNeeds: [], monthsUnemployed: 6 },
    'eligible',
    { age: 'met', 'support-need': 'met' },
    {
      options: { parameters: { longTermUnemploymentMonths: 6 } },
    },
  ),
  tg(
    'okänt stödbehov',
    { age: 30, supportNeeds: ['tired'] },
    'needs-review',
    { age: 'met', 'support-need': 'unknown' },
    INVALID,
  ),
  tg(
    'ålder och födelsedatum stämmer inte',
    { age: 30, birthDate: '1990-01-01', supportNeeds: ['disability'] },
    'needs-review',
    {
      age: 'unknown',
      'support-need': 'met',
    },
    { options: { asOf: '2025-01-01' }, ...INVALID },
  ),
  tg(
    'negativ ålder',
    { age: -1, supportNeeds: ['disability'] },
    'needs-review',
    { age: 'unknown', 'support-need': 'met' },
    INVALID,
  ),
];

/**
 * Names of facts and their values for people, in Swedish and English.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import type { SupportNeed } from '../plan/schema.js';
import type { StaffParticipation } from './facts.js';
import type { CriterionOutcome, Verdict } from './result.js';

/** The support needs as the plans name them (Bollnäs kommun, Handlingsplan ASF 2019–2024). */
export const SUPPORT_NEED_LABELS: Readonly<Record<SupportNeed, Bilingual>> = {
  disability: {
    sv: 'funktionsnedsättning som medför nedsatt arbetsförmåga',
    en: 'a disability that reduces the capacity to work',
  },
  'former-addiction': { sv: 'tidigare missbruk', en: 'former addiction' },
  'criminal-record': { sv: 'kriminalitet', en: 'a criminal record' },
  'long-term-sick-leave': { sv: 'långtidssjukskrivning', en: 'long-term sick leave' },
  'long-term-unemployment': { sv: 'långtidsarbetslöshet', en: 'long-term unemployment' },
  homelessness: { sv: 'hemlöshet', en: 'homelessness' },
  'other-social-vulnerability': { sv: 'annan form av social utsatthet', en: 'another form of social vulnerability' },
};

/** How the staff take part (Tillväxtverket's criteria, point 2). */
export const STAFF_PARTICIPATION_LABELS: Readonly<Record<StaffParticipation, Bilingual>> = {
  ownership: { sv: 'ägande', en: 'ownership' },
  agreement: { sv: 'avtal', en: 'agreement' },
  'other-documented': { sv: 'annat väl dokumenterat sätt', en: 'other well-documented means' },
  none: { sv: 'inget av dessa sätt', en: 'none of these means' },
};

/** The facts and derived facts, named for people. Texts for people never show the code names. */
export const FACT_LABELS: Readonly<Record<string, Bilingual>> = {
  sellsGoodsOrServices: {
    sv: 'försäljning av varor eller tjänster',
    en: 'whether the enterprise sells goods or services',
  },
  integrationIsMainPurpose: { sv: 'integration som huvudsakligt syfte', en: 'whether integration is the main purpose' },
  staffParticipation: { sv: 'medarbetarnas delaktighet', en: "the staff's participation" },
  profitReinvestedShare: { sv: 'andelen av vinsten som återinvesteras', en: 'the share of the profit reinvested' },
  publicOwnershipShare: {
    sv: 'andelen som ägs av offentligt ägda organisationer',
    en: 'the share owned by publicly owned bodies',
  },
  peopleWorking: { sv: 'antalet som arbetar i verksamheten', en: 'the number of people working' },
  peopleWorkingFromTargetGroups: {
    sv: 'antalet som arbetar och tillhör målgrupperna',
    en: 'the number of people working from the target groups',
  },
  employeesFromTargetGroups: {
    sv: 'antalet anställda ur målgrupperna',
    en: 'the number of employees from the target groups',
  },
  shelteredEmploymentProgramme: {
    sv: 'program för skyddad anställning',
    en: 'whether the contract is performed within a sheltered employment programme',
  },
  shelteredWorkshop: {
    sv: 'om leverantören är en skyddad verkstad',
    en: 'whether the supplier is a sheltered workshop',
  },
  services: { sv: 'vilket slag av tjänster som köps', en: 'what kind of services are bought' },
  publicServiceMission: { sv: 'organisationens syfte', en: "the organisation's objective" },
  profitUse: { sv: 'hur vinsten används', en: 'how the profit is used' },
  participatoryManagement: { sv: 'lednings- och ägarstrukturen', en: 'the management and ownership structure' },
  awardedUnderRuleInPastThreeYears: {
    sv: 'tidigare kontrakt enligt bestämmelsen de senaste tre åren',
    en: 'earlier contracts under the rule in the past three years',
  },
  contractDurationYears: { sv: 'kontraktets löptid', en: "the contract's duration" },
  servicesListed: {
    sv: 'om tjänsterna är sådana som bestämmelsen räknar upp',
    en: 'whether the services are among those the rule lists',
  },
  organisationNumber: { sv: 'organisationsnumret', en: 'the organisationsnummer' },
  age: { sv: 'ålder', en: 'age' },
  birthDate: { sv: 'födelsedatum', en: 'birth date' },
  supportNeeds: { sv: 'stödbehov', en: 'support needs' },
  monthsUnemployed: { sv: 'antal månader utan arbete', en: 'months unemployed' },
  value: { sv: 'kontraktets värde', en: "the contract's value" },
  date: { sv: 'datum', en: 'date' },
};

/**
 * Why a fact is missing: "uppgift saknas om X" / "nothing is stated about X", or, for a fact that
 * was given but invalid, "uppgiften om X är ogiltig". Reasons are read by people: they name the
 * fact in words, never by its code name (the issue's `path` has that).
 *
 * @example
 * missingFact('peopleWorking').en; // 'nothing is stated about the number of people working'
 */
export function missingFact(name: string, invalid = false): Bilingual {
  const label = FACT_LABELS[name] ?? { sv: name, en: name };
  return invalid
    ? { sv: `uppgiften om ${label.sv} är ogiltig`, en: `the value given for ${label.en} is invalid` }
    : { sv: `uppgift saknas om ${label.sv}`, en: `nothing is stated about ${label.en}` };
}

/**
 * Short names of the criteria of every check, for people: headings in forms, columns in CSV.
 * The reasons of a result say the rest. Use {@link criterionLabel}, which knows the one name
 * that depends on the check.
 */
export const CRITERION_LABELS: Readonly<Record<string, Bilingual>> = {
  business: { sv: 'Näringsverksamhet', en: 'Runs a business' },
  'integration-purpose': { sv: 'Integration som övergripande ändamål', en: 'Integration as the overall purpose' },
  'staff-participation': { sv: 'Medarbetarnas delaktighet', en: 'Staff participation' },
  'profit-reinvestment': { sv: 'Vinsten återinvesteras', en: 'Profits are reinvested' },
  'public-independence': { sv: 'Fristående från offentlig verksamhet', en: 'Independent of the public sector' },
  'target-group-employed': { sv: 'Anställda ur målgrupperna', en: 'Employees from the target groups' },
  'target-group-share': {
    sv: 'Andel som arbetar och tillhör grupperna',
    en: 'Share of the people working from the groups',
  },
  'below-threshold': { sv: 'Under beloppsgränsen', en: 'Below the threshold' },
  age: { sv: 'Ålder', en: 'Age' },
  'support-need': { sv: 'Stödbehov', en: 'Support need' },
  'public-service-mission': { sv: 'Syfte kopplat till tjänsterna', en: 'Objective linked to the services' },
  'participatory-management': { sv: 'Deltagande ledning eller ägande', en: 'Participatory management or ownership' },
  'no-recent-award': {
    sv: 'Inget kontrakt enligt bestämmelsen de senaste tre åren',
    en: 'No contract under the rule in the past three years',
  },
  'contract-duration': { sv: 'Löptid högst tre år', en: 'Duration at most three years' },
  'listed-services': { sv: 'Tjänster som bestämmelsen räknar upp', en: 'Services the rule lists' },
};

/** The reserved contract names its integration criterion after the law's wording. */
const LOU_INTEGRATION_LABEL: Bilingual = {
  sv: 'Social och yrkesmässig integrering som huvudsyfte',
  en: 'Social and vocational integration as the main purpose',
};

/**
 * The short name of a criterion of a check; an id without a name is shown as it is.
 *
 * @example
 * criterionLabel('asf', 'business').sv;                          // 'Näringsverksamhet'
 * criterionLabel('reserved-contract', 'integration-purpose').en; // 'Social and vocational integration as the main purpose'
 */
export function criterionLabel(check: string, id: string): Bilingual {
  if (check === 'reserved-contract' && id === 'integration-purpose') return LOU_INTEGRATION_LABEL;
  return CRITERION_LABELS[id] ?? { sv: id, en: id };
}

/** A check's verdict, for people. */
export const VERDICT_LABELS: Readonly<Record<Verdict, Bilingual>> = {
  eligible: { sv: 'Uppfyller kriterierna', en: 'Meets the criteria' },
  'not-eligible': { sv: 'Uppfyller inte kriterierna', en: 'Does not meet the criteria' },
  'needs-review': { sv: 'Behöver utredas', en: 'Needs review' },
};

/** A criterion's outcome, for people. */
export const OUTCOME_LABELS: Readonly<Record<CriterionOutcome, Bilingual>> = {
  met: { sv: 'Uppfyllt', en: 'Met' },
  'not-met': { sv: 'Inte uppfyllt', en: 'Not met' },
  unknown: { sv: 'Går inte att avgöra', en: 'Cannot be decided' },
};

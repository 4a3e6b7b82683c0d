/**
 * Names of facts and their values for people, in Swedish and English.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import type { SupportNeed } from '../plan/schema.js';
import type { StaffParticipation } from './facts.js';

/** The support needs as the plans name them (Bollnäs kommun, Handlingsplan ASF 2019–2024). */
export const SUPPORT_NEED_LABELS: Readonly<Record<SupportNeed, Bilingual>> = {
  disability: { sv: 'funktionsnedsättning som medför nedsatt arbetsförmåga', en: 'a disability that reduces the capacity to work' },
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
  sellsGoodsOrServices: { sv: 'försäljning av varor eller tjänster', en: 'whether the enterprise sells goods or services' },
  integrationIsMainPurpose: { sv: 'integration som huvudsakligt syfte', en: 'whether integration is the main purpose' },
  staffParticipation: { sv: 'medarbetarnas delaktighet', en: "the staff's participation" },
  profitReinvestedShare: { sv: 'andelen av vinsten som återinvesteras', en: 'the share of the profit reinvested' },
  publicOwnershipShare: { sv: 'andelen som ägs av offentligt ägda organisationer', en: 'the share owned by publicly owned bodies' },
  peopleWorking: { sv: 'antalet som arbetar i verksamheten', en: 'the number of people working' },
  peopleWorkingFromTargetGroups: { sv: 'antalet som arbetar och tillhör målgrupperna', en: 'the number of people working from the target groups' },
  employeesFromTargetGroups: { sv: 'antalet anställda ur målgrupperna', en: 'the number of employees from the target groups' },
  shelteredEmploymentProgramme: { sv: 'program för skyddad anställning', en: 'whether the contract is performed within a sheltered employment programme' },
  shelteredWorkshop: { sv: 'om leverantören är en skyddad verkstad', en: 'whether the supplier is a sheltered workshop' },
  services: { sv: 'vilket slag av tjänster som köps', en: 'what kind of services are bought' },
  publicServiceMission: { sv: 'organisationens syfte', en: "the organisation's objective" },
  profitUse: { sv: 'hur vinsten används', en: 'how the profit is used' },
  participatoryManagement: { sv: 'lednings- och ägarstrukturen', en: 'the management and ownership structure' },
  awardedUnderRuleInPastThreeYears: { sv: 'tidigare kontrakt enligt bestämmelsen de senaste tre åren', en: 'earlier contracts under the rule in the past three years' },
  contractDurationYears: { sv: 'kontraktets löptid', en: "the contract's duration" },
  servicesListed: { sv: 'om tjänsterna är sådana som bestämmelsen räknar upp', en: 'whether the services are among those the rule lists' },
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

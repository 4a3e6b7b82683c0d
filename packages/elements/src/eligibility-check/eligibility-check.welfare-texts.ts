/**
 * The questions and names of the reserved-welfare-contract form (LOU 19 kap. 25 §), in Swedish
 * and English. A lazy module: `<asf-eligibility-check>` loads it only when `check` is
 * `reserved-welfare-contract`, so that pages with the other forms do not download it.
 * @module
 */
import type { Bilingual, ProfitUse } from '@asf-kit/core';
import type { FieldName, Question } from './eligibility-check.texts.js';

export const PROFIT_USE_LABELS: Record<ProfitUse, Bilingual> = {
  reinvested: { sv: 'Den återinvesteras för att uppnå syftet', en: 'It is reinvested to achieve the objective' },
  'participatory-distribution': {
    sv: 'Den fördelas på grundval av deltagande',
    en: 'It is distributed on participatory grounds',
  },
  'other-distribution': { sv: 'Den delas ut på annat sätt', en: 'It is distributed in another way' },
};

const PUBLIC_SERVICE_MISSION: Question = {
  name: 'publicServiceMission',
  kind: 'yes-no',
  label: {
    sv: 'Är organisationens syfte att fullgöra ett offentligt uppdrag som är kopplat till att tillhandahålla tjänsterna?',
    en: "Is the organisation's objective to pursue a public-service mission linked to the delivery of the services?",
  },
};

const PROFIT_USE: Question = {
  name: 'profitUse',
  kind: 'profit-use',
  label: { sv: 'Vad händer med organisationens vinst?', en: "What happens to the organisation's profit?" },
};

const PARTICIPATORY: Question = {
  name: 'participatoryManagement',
  kind: 'yes-no',
  label: {
    sv: 'Grundar sig lednings- eller ägarstrukturen på personalens ägande eller deltagande, eller kräver den aktivt deltagande av personal, användare eller berörda parter?',
    en: 'Is the management or ownership based on employee ownership or participatory principles, or does it require the active participation of employees, users or stakeholders?',
  },
};

const RECENT_AWARD: Question = {
  name: 'awardedUnderRuleInPastThreeYears',
  kind: 'yes-no',
  label: {
    sv: 'Har samma upphandlande myndighet tilldelat organisationen ett kontrakt för dessa tjänster enligt bestämmelsen under de senaste tre åren?',
    en: 'Has the same contracting authority awarded the organisation a contract for these services under the rule in the past three years?',
  },
};

const DURATION: Question = {
  name: 'contractDurationYears',
  kind: 'years',
  label: {
    sv: 'Kontraktets längsta löptid, med förlängningar (år)',
    en: "The contract's longest duration, extensions included (years)",
  },
  hint: { sv: 'I år, till exempel 2,5.', en: 'In years, for example 2.5.' },
};

const SERVICES_LISTED: Question = {
  name: 'servicesListed',
  kind: 'yes-no',
  label: {
    sv: 'Är tjänsterna sådana som bestämmelsen räknar upp (vissa hälso-, social-, utbildnings- och kulturtjänster med angivna CPV-koder)?',
    en: 'Are the services among those the rule lists (certain health, social, educational and cultural services with the CPV codes it names)?',
  },
};

/** The welfare form's questions, in order. */
export const WELFARE_QUESTIONS: readonly Question[] = [
  PUBLIC_SERVICE_MISSION,
  PROFIT_USE,
  PARTICIPATORY,
  RECENT_AWARD,
  DURATION,
  SERVICES_LISTED,
];

/** Short names of the welfare facts, for people. */
export const WELFARE_FIELD_NAMES: Partial<Record<FieldName, Bilingual>> = {
  publicServiceMission: { sv: 'organisationens syfte', en: "the organisation's objective" },
  profitUse: { sv: 'vinsten', en: 'the profit' },
  participatoryManagement: { sv: 'lednings- och ägarstrukturen', en: 'the management and ownership' },
  awardedUnderRuleInPastThreeYears: { sv: 'tidigare kontrakt', en: 'earlier contracts' },
  contractDurationYears: { sv: 'löptiden', en: 'the duration' },
  servicesListed: { sv: 'tjänsterna', en: 'the services' },
};

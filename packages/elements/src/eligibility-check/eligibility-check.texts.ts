/**
 * The questions and the fixed texts of `<asf-eligibility-check>`, in Swedish and English.
 * The reasons and the validation messages come from `@asf-kit/core`; these are the words of
 * the form around them.
 * @module
 */
import { STATUS_TEXTS } from '../shared/shared.texts.js';
import type { Bilingual, CheckKind, ProfitUse, StaffParticipation } from '@asf-kit/core';

/** Which checks the form runs. */
export const ELIGIBILITY_CHECKS = ['asf', 'reserved-contract', 'both', 'reserved-welfare-contract'] as const;
export type EligibilityCheckKind = (typeof ELIGIBILITY_CHECKS)[number];

/** The profiles the `profile` attribute accepts (`sofisam` is another name for `tillvaxtverket`). */
export const ELIGIBILITY_PROFILES = ['tillvaxtverket', 'sofisam', 'skoopi'] as const;

/** The facts the form asks for: fields of `EnterpriseFacts` and `WelfareOrganisationFacts`. */
export type FieldName =
  | 'organisationNumber'
  | 'sellsGoodsOrServices'
  | 'integrationIsMainPurpose'
  | 'staffParticipation'
  | 'profitReinvestedShare'
  | 'publicOwnershipShare'
  | 'shelteredWorkshop'
  | 'shelteredEmploymentProgramme'
  | 'peopleWorking'
  | 'peopleWorkingFromTargetGroups'
  | 'employeesFromTargetGroups'
  | 'publicServiceMission'
  | 'profitUse'
  | 'participatoryManagement'
  | 'awardedUnderRuleInPastThreeYears'
  | 'contractDurationYears'
  | 'servicesListed';

/** How a question is answered. */
export type FieldKind = 'yes-no' | 'staff' | 'profit-use' | 'percent' | 'count' | 'years' | 'text';

export interface Question {
  name: FieldName;
  kind: FieldKind;
  label: Bilingual;
  hint?: Bilingual;
}

/** The staff-participation options in the order the form shows them. */
export const STAFF_OPTIONS = [
  'ownership',
  'agreement',
  'other-documented',
  'none',
] as const satisfies readonly StaffParticipation[];

export const STAFF_OPTION_LABELS: Record<StaffParticipation, Bilingual> = {
  ownership: { sv: 'Genom ägande', en: 'Through ownership' },
  agreement: { sv: 'Genom avtal', en: 'Through an agreement' },
  'other-documented': { sv: 'På annat väl dokumenterat sätt', en: 'By other well-documented means' },
  none: { sv: 'Inget av detta', en: 'None of these' },
};

/** How the profit is used, in the order the form shows the options. */
export const PROFIT_USE_OPTIONS = [
  'reinvested',
  'participatory-distribution',
  'other-distribution',
] as const satisfies readonly ProfitUse[];

export const YES_NO_LABELS = {
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  unknown: { sv: 'Vet inte', en: "Don't know" },
} as const satisfies Record<string, Bilingual>;

const ORGANISATION_NUMBER: Question = {
  name: 'organisationNumber',
  kind: 'text',
  label: { sv: 'Organisationsnummer (valfritt)', en: 'Organisationsnummer (optional)' },
  hint: {
    sv: 'NNNNNN-NNNN. Numret kontrolleras här på sidan och skickas inte någonstans.',
    en: 'NNNNNN-NNNN. The number is checked on this page and is not sent anywhere.',
  },
};

const SELLS: Question = {
  name: 'sellsGoodsOrServices',
  kind: 'yes-no',
  label: {
    sv: 'Driver företaget näringsverksamhet, det vill säga producerar och säljer det varor eller tjänster?',
    en: 'Does the enterprise run a business, that is, does it produce and sell goods or services?',
  },
};

const INTEGRATION_ASF: Question = {
  name: 'integrationIsMainPurpose',
  kind: 'yes-no',
  label: {
    sv: 'Är företagets övergripande ändamål att integrera människor som har stora svårigheter att få eller behålla ett arbete, i arbetsliv och samhälle?',
    en: "Is the enterprise's overall purpose to integrate people who have great difficulty getting or keeping a job into working life and society?",
  },
};

const INTEGRATION_LOU: Question = {
  name: 'integrationIsMainPurpose',
  kind: 'yes-no',
  label: {
    sv: 'Är företagets huvudsakliga syfte social och yrkesmässig integrering av personer med funktionsnedsättning eller personer som har svårt att komma in på arbetsmarknaden?',
    en: "Is the enterprise's main purpose the social and vocational integration of people with disabilities or people who find it hard to enter the labour market?",
  },
};

const STAFF: Question = {
  name: 'staffParticipation',
  kind: 'staff',
  label: { sv: 'Hur är medarbetarna delaktiga i företaget?', en: 'How do the staff take part in the enterprise?' },
};

const REINVESTED: Question = {
  name: 'profitReinvestedShare',
  kind: 'percent',
  label: {
    sv: 'Hur stor del av vinsten återinvesteras i den egna eller liknande verksamheter? (%)',
    en: 'How much of the profit is reinvested in the own or similar activities? (%)',
  },
  hint: { sv: 'I procent, 0–100.', en: 'As a percentage, 0–100.' },
};

const PUBLIC_OWNERSHIP: Question = {
  name: 'publicOwnershipShare',
  kind: 'percent',
  label: {
    sv: 'Hur stor del av företaget ägs av kommuner, regioner, staten eller andra offentligt ägda organisationer? (%)',
    en: 'How much of the enterprise is owned by municipalities, regions, the state or other publicly owned bodies? (%)',
  },
  hint: {
    sv: 'I procent, 0–100. Skriv 0 om ingen ägare är offentlig.',
    en: 'As a percentage, 0–100. Enter 0 if no owner is public.',
  },
};

const SHELTERED: Question = {
  name: 'shelteredEmploymentProgramme',
  kind: 'yes-no',
  label: {
    sv: 'Fullgörs kontraktet inom ett program för skyddad anställning?',
    en: 'Is the contract performed within a sheltered employment programme?',
  },
};

const SHELTERED_WORKSHOP: Question = {
  name: 'shelteredWorkshop',
  kind: 'yes-no',
  label: { sv: 'Är leverantören en skyddad verkstad?', en: 'Is the supplier a sheltered workshop?' },
};

const PEOPLE_WORKING: Question = {
  name: 'peopleWorking',
  kind: 'count',
  label: { sv: 'Antal som arbetar i verksamheten', en: 'Number of people working in the operation' },
};

const FROM_TARGET_GROUPS: Question = {
  name: 'peopleWorkingFromTargetGroups',
  kind: 'count',
  label: {
    sv: 'Varav personer med funktionsnedsättning eller som har svårt att komma in på arbetsmarknaden',
    en: 'Of them, people with a disability or who find it hard to enter the labour market',
  },
};

const EMPLOYED: Question = {
  name: 'employeesFromTargetGroups',
  kind: 'count',
  label: {
    sv: 'Varav anställda ur dessa grupper (inte bara i arbetsträning)',
    en: 'Of them, employed (not only in work training)',
  },
};

/** A group of count questions about the people working, shown as one fieldset. */
export interface PeopleGroup {
  kind: 'people';
  legend: Bilingual;
  hint: Bilingual;
  questions: Question[];
}

export type FormItem = Question | PeopleGroup;

export const PEOPLE_LEGEND: Bilingual = {
  sv: 'Personer som arbetar i verksamheten',
  en: 'People working in the operation',
};
export const PEOPLE_HINT: Bilingual = {
  sv: 'Räkna alla som arbetar där: anställda, personer i arbetsträning, praktik eller annan sysselsättning.',
  en: 'Count everyone working there: employees, people in work training, internships or other occupation.',
};

/**
 * The questions for a check and a profile, in order. For the ASF check, the stricter profile
 * `skoopi` also asks whether people from the target groups are employed; the reserved contract
 * follows the law and never asks it.
 */
export function formItems(check: EligibilityCheckKind, strict: boolean, welfare: readonly Question[] = []): FormItem[] {
  const items: FormItem[] = [ORGANISATION_NUMBER];
  if (check === 'reserved-welfare-contract') {
    // Its questions are a lazy module (eligibility-check.welfare-texts.ts): most pages never ask them.
    items.push(...welfare);
    return items;
  }
  const asf = check === 'asf' || check === 'both';
  const lou = check === 'reserved-contract' || check === 'both';
  const strictAsf = asf && strict;
  if (asf) items.push(SELLS, INTEGRATION_ASF, STAFF, REINVESTED, PUBLIC_OWNERSHIP);
  else items.push(INTEGRATION_LOU);
  if (lou) items.push(SHELTERED_WORKSHOP, SHELTERED);
  const people: Question[] = [];
  if (lou || strictAsf) people.push(PEOPLE_WORKING, FROM_TARGET_GROUPS);
  if (strictAsf) people.push(EMPLOYED);
  if (people.length) items.push({ kind: 'people', legend: PEOPLE_LEGEND, hint: PEOPLE_HINT, questions: people });
  return items;
}

/** The questions of {@link formItems}, flattened. */
export function questionsOf(items: readonly FormItem[]): Question[] {
  return items.flatMap((item) => (item.kind === 'people' ? item.questions : [item]));
}

export const TITLES: Record<EligibilityCheckKind, Bilingual> = {
  asf: { sv: 'Är vi ett ASF?', en: 'Are we a work-integration social enterprise?' },
  'reserved-contract': {
    sv: 'Får vi delta i en upphandling av ett reserverat kontrakt?',
    en: 'May we bid for a reserved contract?',
  },
  both: {
    sv: 'Är vi ett ASF, och får vi delta i upphandlingar av reserverade kontrakt?',
    en: 'Are we a work-integration social enterprise, and may we bid for reserved contracts?',
  },
  'reserved-welfare-contract': {
    sv: 'Får deltagandet i en upphandling av vissa välfärdstjänster reserveras för oss?',
    en: 'May participation in a procurement of certain welfare services be reserved for us?',
  },
};

/** The checks the form can run, and their titles. */
export type FormCheck = Extract<CheckKind, 'asf' | 'reserved-contract' | 'reserved-welfare-contract'>;

export const CHECK_TITLES: Record<FormCheck, Bilingual> = {
  asf: { sv: 'ASF enligt Tillväxtverkets kriterier', en: "WISE by Tillväxtverket's criteria" },
  'reserved-contract': {
    sv: 'Reserverat kontrakt enligt LOU 4 kap. 18 §',
    en: 'Reserved contract under LOU chapter 4 section 18',
  },
  'reserved-welfare-contract': {
    sv: 'Reserverad upphandling av vissa tjänster enligt LOU 19 kap. 25 §',
    en: 'Reserved contract for certain services under LOU chapter 19 section 25',
  },
};

/** The checks each form runs, in order. */
export const FORM_CHECKS: Record<EligibilityCheckKind, readonly FormCheck[]> = {
  asf: ['asf'],
  'reserved-contract': ['reserved-contract'],
  both: ['asf', 'reserved-contract'],
  'reserved-welfare-contract': ['reserved-welfare-contract'],
};

export const TEXT = {
  result: { sv: 'Resultat', en: 'Result' },
  note: { sv: 'Självskattning – inget myndighetsbeslut.', en: 'Self-assessment – not an official decision.' },
  noteMore: {
    sv: 'Resultatet bygger bara på era egna svar. Svar som ni lämnar som ”Vet inte” gör kriteriet oavgjort, inte underkänt.',
    en: 'The result rests on your own answers only. Answers left as “Don’t know” leave the criterion undecided, not failed.',
  },
  prompt: { sv: 'Svara på frågorna så visas resultatet här.', en: 'Answer the questions and the result appears here.' },
  source: { sv: 'Källa', en: 'Source' },
  percentRange: { sv: 'Ange en andel mellan 0 och 100 %.', en: 'Enter a share from 0 to 100%.' },
  notANumber: { sv: 'Skriv ett tal, till exempel 35 eller 33,5.', en: 'Enter a number, for example 35 or 33.5.' },
  statusBar: { sv: 'Preliminärt resultat', en: 'Preliminary result' },
  invalidAnswers: {
    sv: 'Några svar är ogiltiga; rätta de markerade fälten.',
    en: 'Some answers are invalid; correct the marked fields.',
  },
  loadError: { sv: 'Regelmotorn kunde inte laddas.', en: 'The rules engine could not be loaded.' },
  questionsError: { sv: 'Frågorna kunde inte laddas.', en: 'The questions could not be loaded.' },
  retry: STATUS_TEXTS.tryAgain,
} as const satisfies Record<string, Bilingual>;

/** "3 av 5 kriterier uppfyllda" / "3 of 5 criteria met". */
export function countText(met: number, total: number): Bilingual {
  return {
    sv: `${met} av ${total} ${total === 1 ? 'kriterium uppfyllt' : 'kriterier uppfyllda'}`,
    en: `${met} of ${total} ${total === 1 ? 'criterion' : 'criteria'} met`,
  };
}

/** The message for an attribute whose value is not one of the allowed ones (issue 12). */
export function attributeError(
  attribute: string,
  value: string,
  allowed: readonly string[],
  fallback: string,
): Bilingual {
  const list = allowed.join(', ');
  return {
    sv: `${attribute}="${value}" är inte tillåtet (tillåtna värden: ${list}); formuläret visar "${fallback}".`,
    en: `${attribute}="${value}" is not allowed (allowed values: ${list}); the form shows "${fallback}".`,
  };
}

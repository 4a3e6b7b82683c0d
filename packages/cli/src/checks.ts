/**
 * The checks `asf-kit check` runs, as a table: a new check in core is one line here.
 * @module
 */
import {
  checkEligibility,
  DirectAwardFacts,
  EnterpriseFacts,
  PersonFacts,
  WelfareOrganisationFacts,
  type Bilingual,
  type CheckOptions,
  type CheckResult,
} from '@asf-kit/core';

/** A facts schema: a zod/mini object, whose shape gives the CSV columns. */
export interface FactsSchema {
  shape: Record<string, unknown>;
}

/** One check of the command line. */
export interface CheckSpec {
  /** The name on the command line (core's check kind). */
  kind: string;
  title: Bilingual;
  /** The facts the check takes. */
  facts: FactsSchema;
  run(facts: unknown, options: CheckOptions): Promise<CheckResult>;
}

const byKind = (kind: Parameters<typeof checkEligibility>[0]) => (facts: unknown, options: CheckOptions) => checkEligibility(kind, facts, options);

export const CHECKS: readonly CheckSpec[] = [
  { kind: 'asf', title: { sv: 'ASF enligt Tillväxtverkets kriterier', en: "ASF (WISE) by Tillväxtverket's criteria" }, facts: EnterpriseFacts, run: byKind('asf') },
  { kind: 'reserved-contract', title: { sv: 'Reserverat kontrakt (LOU 4 kap. 18 §)', en: 'Reserved contract (LOU chapter 4 section 18)' }, facts: EnterpriseFacts, run: byKind('reserved-contract') },
  { kind: 'direct-award', title: { sv: 'Direktupphandling (LOU 19 a kap.)', en: 'Direct award (LOU chapter 19 a)' }, facts: DirectAwardFacts, run: byKind('direct-award') },
  { kind: 'target-group', title: { sv: 'Målgruppen', en: 'The target group' }, facts: PersonFacts, run: byKind('target-group') },
  { kind: 'reserved-welfare-contract', title: { sv: 'Reserverad upphandling av vissa tjänster (LOU 19 kap. 25 §)', en: 'Reserved contract for certain services (LOU chapter 19 section 25)' }, facts: WelfareOrganisationFacts, run: byKind('reserved-welfare-contract') },
];

/** Short names of the criteria, for headings and CSV columns; an id not listed is shown as it is. */
export const CRITERION_NAMES: Readonly<Record<string, Bilingual>> = {
  business: { sv: 'Näringsverksamhet', en: 'Runs a business' },
  'integration-purpose': { sv: 'Integration som huvudsyfte', en: 'Integration as the main purpose' },
  'staff-participation': { sv: 'Medarbetarnas delaktighet', en: 'Staff participation' },
  'profit-reinvestment': { sv: 'Vinsten återinvesteras', en: 'Profits are reinvested' },
  'public-independence': { sv: 'Fristående från offentlig sektor', en: 'Independent of the public sector' },
  'target-group-employed': { sv: 'Anställda ur målgrupperna', en: 'Employees from the target groups' },
  'target-group-share': { sv: 'Andel ur målgrupperna', en: 'Share from the target groups' },
  'below-threshold': { sv: 'Under beloppsgränsen', en: 'Below the threshold' },
  age: { sv: 'Ålder', en: 'Age' },
  'support-need': { sv: 'Stödbehov', en: 'Support need' },
  'public-service-mission': { sv: 'Uppdrag av allmännyttig karaktär', en: 'Public-service mission' },
  'participatory-management': { sv: 'Delaktighet i ledning eller ägande', en: 'Participatory management or ownership' },
  'no-recent-award': { sv: 'Ingen sådan tilldelning de senaste tre åren', en: 'No such award in the past three years' },
  'contract-duration': { sv: 'Kontraktstid högst tre år', en: 'Contract of at most three years' },
  'listed-services': { sv: 'Tjänster som regeln omfattar', en: 'Services the rule covers' },
};

export const VERDICT_TEXT: Readonly<Record<string, Bilingual>> = {
  eligible: { sv: 'Uppfyller kriterierna', en: 'Meets the criteria' },
  'not-eligible': { sv: 'Uppfyller inte kriterierna', en: 'Does not meet the criteria' },
  'needs-review': { sv: 'Behöver utredas', en: 'Needs review' },
};

export const OUTCOME_TEXT: Readonly<Record<string, Bilingual>> = {
  met: { sv: 'Uppfyllt', en: 'Met' },
  'not-met': { sv: 'Inte uppfyllt', en: 'Not met' },
  unknown: { sv: 'Går inte att avgöra', en: 'Cannot be decided' },
};

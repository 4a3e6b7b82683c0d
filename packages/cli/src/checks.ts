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

const byKind = (kind: Parameters<typeof checkEligibility>[0]) => (facts: unknown, options: CheckOptions) =>
  checkEligibility(kind, facts, options);

export const CHECKS: readonly CheckSpec[] = [
  {
    kind: 'asf',
    title: { sv: 'ASF enligt Tillväxtverkets kriterier', en: "ASF (WISE) by Tillväxtverket's criteria" },
    facts: EnterpriseFacts,
    run: byKind('asf'),
  },
  {
    kind: 'reserved-contract',
    title: { sv: 'Reserverat kontrakt (LOU 4 kap. 18 §)', en: 'Reserved contract (LOU chapter 4 section 18)' },
    facts: EnterpriseFacts,
    run: byKind('reserved-contract'),
  },
  {
    kind: 'direct-award',
    title: { sv: 'Direktupphandling (LOU 19 a kap.)', en: 'Direct award (LOU chapter 19 a)' },
    facts: DirectAwardFacts,
    run: byKind('direct-award'),
  },
  {
    kind: 'target-group',
    title: { sv: 'Målgruppen', en: 'The target group' },
    facts: PersonFacts,
    run: byKind('target-group'),
  },
  {
    kind: 'reserved-welfare-contract',
    title: {
      sv: 'Reserverad upphandling av vissa tjänster (LOU 19 kap. 25 §)',
      en: 'Reserved contract for certain services (LOU chapter 19 section 25)',
    },
    facts: WelfareOrganisationFacts,
    run: byKind('reserved-welfare-contract'),
  },
];

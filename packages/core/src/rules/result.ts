/**
 * What a check answers: a verdict and one outcome per criterion, each with a reason in
 * Swedish and English and its source.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';
import type { FactIssue } from './issues.js';
import type { CanonicalProfileName } from './parameters.js';
import type { RuleSource } from './sources.js';

/** The checks. */
export const CHECK_KINDS = [
  'asf',
  'reserved-contract',
  'direct-award',
  'target-group',
  'reserved-welfare-contract',
] as const;
export const CheckKind = z.enum(CHECK_KINDS);
export type CheckKind = z.infer<typeof CheckKind>;

/** The answer of a check. */
export const VERDICTS = ['eligible', 'not-eligible', 'needs-review'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** The outcome of one criterion. A missing fact makes a criterion `unknown`, never `not-met`. */
export const CRITERION_OUTCOMES = ['met', 'not-met', 'unknown'] as const;
export const CriterionOutcome = z.enum(CRITERION_OUTCOMES);
export type CriterionOutcome = z.infer<typeof CriterionOutcome>;

/**
 * The ids of the criteria of each check, in the order they are reported. Ids are stable.
 * `target-group-employed` is only part of the ASF check when the parameter
 * `requireEmployedFromTargetGroups` is on (profile `skoopi`); the reserved-contract check
 * follows the law and never has it.
 */
export const CRITERION_IDS = {
  asf: [
    'business',
    'integration-purpose',
    'staff-participation',
    'profit-reinvestment',
    'public-independence',
    'target-group-employed',
  ],
  'reserved-contract': ['integration-purpose', 'target-group-share'],
  'direct-award': ['below-threshold'],
  'target-group': ['age', 'support-need'],
  'reserved-welfare-contract': [
    'public-service-mission',
    'profit-reinvestment',
    'participatory-management',
    'no-recent-award',
    'contract-duration',
    'listed-services',
  ],
} as const satisfies Record<CheckKind, readonly string[]>;
export type CriterionId = (typeof CRITERION_IDS)[CheckKind][number];

/** One criterion's outcome, why, and according to which source. */
export interface CriterionResult {
  id: CriterionId;
  outcome: CriterionOutcome;
  reason: Bilingual;
  source: RuleSource;
}

/**
 * The result of a check. `valid` is false when some facts or options were invalid: `issues`
 * lists each problem, the criteria are assessed on the valid facts only (the invalid ones count
 * as missing), and the verdict is `needs-review`.
 */
export interface CheckResult {
  check: CheckKind;
  /** The profile used, by its canonical name (`sofisam` is reported as `tillvaxtverket`). */
  profile: CanonicalProfileName;
  verdict: Verdict;
  criteria: CriterionResult[];
  valid: boolean;
  issues: FactIssue[];
}

/**
 * The verdict from the criteria's outcomes: any criterion not met → `not-eligible`; otherwise
 * any unknown → `needs-review`; otherwise `eligible`. No criteria at all needs review.
 *
 * @example
 * verdictOf(['met', 'unknown']);             // 'needs-review'
 * verdictOf(['met', 'not-met', 'unknown']);  // 'not-eligible'
 */
export function verdictOf(outcomes: readonly CriterionOutcome[]): Verdict {
  if (outcomes.includes('not-met')) return 'not-eligible';
  if (outcomes.length === 0 || outcomes.includes('unknown')) return 'needs-review';
  return 'eligible';
}

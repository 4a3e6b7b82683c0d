/**
 * Validation issues for facts and options: each with its path and a message in Swedish and
 * English, in the same shape as the plan format's issues.
 * @module
 */
import type { core } from 'zod/mini';
import { describeValue } from '../plan/issue-text.js';
import { pathIssue, type Issue } from '../issues/issue.js';
import { translateZodIssues } from '../issues/zod.js';

// Re-exported: part of this module's API since the first version.
export { describeValue };
import { parseOrganisationNumber } from './organisation-number.js';

/** What kind of problem a {@link FactIssue} is. */
export const FACT_ISSUE_CODES = [
  'required',
  'wrong-type',
  'number-as-text',
  'not-integer',
  'negative',
  'share-out-of-range',
  'too-small',
  'too-big',
  'invalid-value',
  'invalid-date',
  'invalid-url',
  'invalid-format',
  'not-finite',
  'unknown-field',
  'invalid-organisation-number',
  'exceeds-total',
  'age-mismatch',
  'birth-after-as-of',
  'age-range',
  'engine-error',
] as const;
export type FactIssueCode = (typeof FACT_ISSUE_CODES)[number];

/** One problem in the facts or options given to a check; its path starts at the facts object (options start with `"options"`). */
export interface FactIssue extends Issue<FactIssueCode> {}

type Path = (string | number)[];

/** Builds an issue; the message is prefixed with the path. */
export function factIssue(path: Path, code: FactIssueCode, sv: string, en: string): FactIssue {
  return pathIssue(path, code, sv, en);
}

/**
 * Turns zod issues for `value` (found at `prefix` in the input) into bilingual issues: the
 * shared wording of {@link translateZodIssues}; a share above 1 and an organisation number get
 * their own message.
 */
export function issuesFromZod(issues: readonly core.$ZodIssue[], value: unknown, prefix: Path = []): FactIssue[] {
  return translateZodIssues<FactIssueCode>(issues, value, {
    prefix,
    override: (z, { path, value: v }) => {
      if (z.code === 'too_big' && z.origin === 'number' && Number(z.maximum) === 1) {
        return [
          pathIssue(
            path,
            'share-out-of-range',
            `en andel ska vara ett tal mellan 0 och 1 (t.ex. 0.35 för 35 %), men är ${String(v)}.`,
            `a share must be a number from 0 to 1 (e.g. 0.35 for 35%), but is ${String(v)}.`,
          ),
        ];
      }
      if (z.code !== 'custom' || z.message !== 'organisation-number' || typeof v !== 'string') return undefined;
      const parsed = parseOrganisationNumber(v);
      if (parsed.success) return undefined;
      const { sv, en } = parsed.error.message;
      return [pathIssue(path, 'invalid-organisation-number', sv, en)];
    },
  });
}

/**
 * Gender follow-up: women and men of a total, as counts and shares, with a validation error
 * where the parts exceed the total.
 * @module
 */
import type { PlanIssue } from '../plan/parse-plan.js';
import type { Breakdown } from '../plan/schema.js';
import { formatPath } from '../plan/paths.js';
import { toPointer } from '../plan/issue-text.js';

/** Women, men and the rest of a total, with their shares of it. */
export interface GenderShares {
  total: number;
  women: number | null;
  men: number | null;
  /** Women / total; `null` when women are not given or the total is 0. */
  womenShare: number | null;
  menShare: number | null;
  /** Total − women − men: people recorded as neither (or not recorded); `null` unless both parts are given. */
  unspecified: number | null;
  unspecifiedShare: number | null;
}

/** The result of {@link genderBreakdown}, in the shape of `parsePlan`'s. */
export type GenderBreakdownResult =
  { success: true; data: GenderShares } | { success: false; error: { issues: PlanIssue[] } };

// Local copies of parse-plan's path helpers: importing that module would bring zod into pages
// that only show figures.

function issue(path: (string | number)[], code: PlanIssue['code'], sv: string, en: string): PlanIssue {
  return { path, pointer: toPointer(path), code, message: { sv, en } };
}

const share = (part: number | null, total: number): number | null =>
  part === null || total === 0 ? null : part / total;

/**
 * Shares of women and men in a total, validated: a part or a total that is negative or not a
 * finite number, or parts that together exceed the total, come back as issues with a path and
 * a Swedish and English message, in `parsePlan`'s style. `path` is where the breakdown sits in
 * a document, for the messages (default: the root).
 *
 * @example
 * const r = genderBreakdown(209, { women: 120, men: 89 });
 * if (r.success) r.data.womenShare; // ≈ 0.574
 *
 * genderBreakdown(10, { women: 6, men: 5 }).success; // false: 'breakdown-exceeds-total'
 */
export function genderBreakdown(
  total: number,
  breakdown: Breakdown,
  path: (string | number)[] = [],
): GenderBreakdownResult {
  const issues: PlanIssue[] = [];
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const check = (value: number | undefined, where: (string | number)[]) => {
    if (value === undefined) return;
    if (!Number.isFinite(value)) {
      issues.push(
        issue(
          where,
          'not-finite',
          `${formatPath(where)}: talet måste vara ändligt.`,
          `${formatPath(where)}: the number must be finite.`,
        ),
      );
    } else if (value < 0) {
      issues.push(
        issue(
          where,
          'negative-count',
          `${formatPath(where)}: ett antal kan inte vara negativt (${value}).`,
          `${formatPath(where)}: a count cannot be negative (${value}).`,
        ),
      );
    }
  };
  check(total, at('value'));
  check(breakdown.women, at('breakdown', 'women'));
  check(breakdown.men, at('breakdown', 'men'));
  const women = breakdown.women ?? null;
  const men = breakdown.men ?? null;
  const parts = (women ?? 0) + (men ?? 0);
  if (issues.length === 0 && parts > total) {
    const where = at('breakdown');
    issues.push(
      issue(
        where,
        'breakdown-exceeds-total',
        `${formatPath(where)}: kvinnor och män (${parts}) är fler än totalen (${total}).`,
        `${formatPath(where)}: women and men (${parts}) exceed the total (${total}).`,
      ),
    );
  }
  if (issues.length > 0) return { success: false, error: { issues } };
  const unspecified = women !== null && men !== null ? total - women - men : null;
  return {
    success: true,
    data: {
      total,
      women,
      men,
      womenShare: share(women, total),
      menShare: share(men, total),
      unspecified,
      unspecifiedShare: share(unspecified, total),
    },
  };
}

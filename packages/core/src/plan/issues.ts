/**
 * The plan format's issues: their codes, and zod's problems read with the plan's own
 * overrides (ids, unions) on top of the shared wording of `translateZodIssues`.
 * @module
 */
import type { core } from 'zod/mini';
import { plainIssue, type Issue, type IssuePath } from '../issues/issue.js';
import { translateZodIssues } from '../issues/zod.js';
import { formatPath } from './paths.js';
import { describeValue, looksNumeric } from './issue-text.js';

/** What kind of problem a {@link PlanIssue} is. */
export const PLAN_ISSUE_CODES = [
  'invalid-json',
  'required',
  'wrong-type',
  'number-as-text',
  'not-finite',
  'not-integer',
  'negative',
  'invalid-date',
  'invalid-id',
  'invalid-url',
  'invalid-format',
  'invalid-value',
  'unknown-field',
  'too-small',
  'too-big',
  'duplicate-id',
  'unknown-reference',
  'change-without-baseline',
  'date-out-of-range',
  'period-order',
  'negative-count',
  'outcome-type',
  'breakdown-exceeds-total',
  'age-range',
  'baseline-time',
  'share-without-total',
  'value-and-share',
  'exceeds-total',
  'range-order',
  'area-count',
  'area-required',
  'format-version',
] as const;
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];
/** One problem in a plan document. */
export interface PlanIssue extends Issue<PlanIssueCode> {}

/** Why a plan document was not accepted. */
export interface PlanError {
  issues: PlanIssue[];
}

/** Builds a plan issue; the message is given in full, path included. */
export function planIssue(path: IssuePath, code: PlanIssueCode, sv: string, en: string): PlanIssue {
  return plainIssue(path, code, sv, en);
}

/** Turns zod's issues for a plan document into bilingual plan issues. */
export function planIssuesFromZod(issues: readonly core.$ZodIssue[], input: unknown): PlanIssue[] {
  return translateZodIssues<PlanIssueCode>(issues, input, {
    override: (z, { path, value, translate }) => {
      const at = formatPath(path);
      const got = describeValue(value);
      if (z.code === 'invalid_format' && z.format === 'regex') {
        return [
          planIssue(
            path,
            'invalid-id',
            `${at}: ${got.sv} är ingen giltig id; använd bokstäver, siffror, "-", "_" eller ".".`,
            `${at}: ${got.en} is not a valid id; use letters, digits, "-", "_" or ".".`,
          ),
        ];
      }
      if (z.code !== 'invalid_union') return undefined;
      if ('discriminator' in z && z.discriminator) {
        const allowed = (z as { options?: unknown[] }).options?.map((v) => JSON.stringify(v)).join(', ') ?? '';
        return [
          planIssue(
            path,
            value === undefined ? 'required' : 'invalid-value',
            `${at}: ${value === undefined ? 'uppgiften saknas' : `${got.sv} är inte tillåtet`}; välj ett av ${allowed}.`,
            `${at}: ${value === undefined ? 'this field is required' : `${got.en} is not allowed`}; choose one of ${allowed}.`,
          ),
        ];
      }
      if (value === undefined)
        return [planIssue(path, 'required', `${at}: uppgiften saknas.`, `${at}: this field is required.`)];
      // Unions in the format: text or {sv, en}; a number or true/false; a list or "all".
      const last = path[path.length - 1];
      if (last === 'value') {
        if (looksNumeric(value)) {
          return [
            planIssue(
              path,
              'number-as-text',
              `${at}: talet är skrivet som text ("${value}"); skriv det utan citattecken.`,
              `${at}: the number is written as text ("${value}"); write it without quotes.`,
            ),
          ];
        }
        return [
          planIssue(
            path,
            'wrong-type',
            `${at}: ska vara ett tal eller true/false, men är ${got.sv}.`,
            `${at}: must be a number or true/false, but is ${got.en}.`,
          ),
        ];
      }
      if (last === 'involved') {
        return [
          planIssue(
            path,
            'wrong-type',
            `${at}: ska vara en lista med aktörs-id eller "all" (Samtliga), men är ${got.sv}.`,
            `${at}: must be a list of actor ids or "all", but is ${got.en}.`,
          ),
        ];
      }
      // Nested problems inside one branch (e.g. {sv: ""}) are more useful than the union itself.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const branch = z.errors.find((errs) => errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0));
        if (branch && branch.length > 0) {
          return translate(branch.map((e) => ({ ...e, path: [...z.path, ...e.path] }))) as PlanIssue[];
        }
      }
      return [
        planIssue(
          path,
          'wrong-type',
          `${at}: ska vara en text eller { "sv": …, "en": … }, men är ${got.sv}.`,
          `${at}: must be a text or { "sv": …, "en": … }, but is ${got.en}.`,
        ),
      ];
    },
  });
}

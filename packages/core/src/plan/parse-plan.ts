/**
 * Parsing plan documents at the boundary: shape, types and cross-references, with every
 * problem reported by its JSON path and in Swedish and English.
 * @module
 */
import { Plan } from './schema.js';
import { formatPath } from './paths.js';
import { describeValue } from './issue-text.js';
import { SENSIBLE_DATE_RANGE } from './date-range.js';
import { planIssue as issue, planIssuesFromZod, type PlanError, type PlanIssue } from './issues.js';
import { checkReferences } from './cross-references.js';
import { fastParse, NOT_SURE } from './fast-parse.js';

// Re-exported from here too: they are part of the parser's API.
export { formatPath, SENSIBLE_DATE_RANGE };
export { PLAN_ISSUE_CODES, type PlanError, type PlanIssue, type PlanIssueCode } from './issues.js';

/** The result of {@link parsePlan}: zod's `safeParse` shape. */
export type ParsePlanResult = { success: true; data: Plan } | { success: false; error: PlanError };

/**
 * Parses and validates a plan document. Never throws on data: every problem comes back in
 * `error.issues` with its JSON path and a message in Swedish and English.
 *
 * @example
 * const result = parsePlan(JSON.parse(text));
 * if (result.success) console.log(result.data.indicators.length);
 * else for (const i of result.error.issues) console.log(i.pointer, i.message.sv);
 */
export function parsePlan(input: unknown): ParsePlanResult {
  return parsePlanWith(input, true);
}

/**
 * {@link parsePlan}, with or without the fast path (tests compare the two).
 * @internal
 */
export function parsePlanWith(input: unknown, fast: boolean): ParsePlanResult {
  // The fast path gives zod's output when it is sure the document is valid; otherwise zod parses
  // it and reports every issue (fast-parse.ts).
  const quick = fast ? fastParse(Plan, input) : NOT_SURE;
  const parsed = quick === NOT_SURE ? Plan.safeParse(input) : ({ success: true, data: quick as Plan } as const);
  const issues = parsed.success ? [] : planIssuesFromZod(parsed.error.issues, input);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      success: false,
      error: {
        issues: [
          issue(
            [],
            'wrong-type',
            `Planen ska vara ett JSON-objekt, men är ${describeValue(input).sv}.`,
            `The plan must be a JSON object, but is ${describeValue(input).en}.`,
          ),
        ],
      },
    };
  }
  const seen = new Set(issues.map((i) => `${i.pointer} ${i.code}`));
  for (const extra of checkReferences(input)) {
    const key = `${extra.pointer} ${extra.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(extra);
    }
  }
  if (issues.length > 0 || !parsed.success) return { success: false, error: { issues } };
  return { success: true, data: parsed.data };
}

/**
 * Parses a plan from JSON text, reporting malformed JSON as an issue instead of throwing.
 *
 * @example
 * const result = parsePlanJson(await (await fetch('plan.json')).text());
 */
export function parsePlanJson(text: string): ParsePlanResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      success: false,
      error: {
        issues: [
          issue([], 'invalid-json', `Filen är inte giltig JSON: ${detail}`, `The file is not valid JSON: ${detail}`),
        ],
      },
    };
  }
  return parsePlan(input);
}

/**
 * Formats issues as lines for people, in one language.
 *
 * @example
 * formatPlanIssues(result.error.issues, 'en').join('\n');
 */
export function formatPlanIssues(issues: readonly PlanIssue[], lang: 'sv' | 'en' = 'sv'): string[] {
  return issues.map((i) => i.message[lang]);
}

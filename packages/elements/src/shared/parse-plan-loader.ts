// Loaded on demand by PlanController: the plan parser (zod/mini and the bilingual messages)
// is only downloaded by pages that load plans, not by a gauge fed by attributes.
import { parsePlanJson } from '@asf-kit/core';
import type { AsfLoadError } from './events.js';
import type { PlanState } from './plan-controller.js';
import { PLAN_CHECK_TEXTS as T, type PlanOrigin } from './plan-check.texts.js';

export { parsePlan, parsePlanJson } from '@asf-kit/core';
export type { PlanOrigin };
export { checkIndicator, type IndicatorCheck } from './indicator-check.js';

/**
 * Checks a plan's JSON text from `origin` (`url` names it in the error): the plan, or an
 * `invalid` error with its issues. An inline script's JSON is read here first, so that a
 * syntax error names the script.
 */
export function checkPlanText(
  text: string,
  origin: PlanOrigin,
  url: string,
): Extract<PlanState, { status: 'ready' | 'error' }> {
  const error = (e: Omit<AsfLoadError, 'kind' | 'url'>) => ({
    status: 'error' as const,
    error: { kind: 'invalid' as const, url, ...e },
  });
  if (origin === 'script') {
    try {
      JSON.parse(text);
    } catch (e) {
      return error({ message: T.scriptNotJson(e instanceof Error ? e.message : String(e)) });
    }
  }
  const result = parsePlanJson(text);
  if (result.success) return { status: 'ready', plan: result.data };
  const issues = result.error.issues;
  return error({ issues, message: T.planInvalid(origin, issues.length) });
}

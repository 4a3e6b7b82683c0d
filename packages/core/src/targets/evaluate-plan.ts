/**
 * Evaluating a whole plan at a date: every indicator, counts per status for the plan and per
 * goal, and a goal-level progress.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import type { LocalizedText, PlanInput } from '../plan/schema.js';
import { evaluateIndicator, type IndicatorEvaluation } from './evaluate-indicator.js';
import { toIsoDate } from './dates.js';
import { INDICATOR_STATUSES, type IndicatorStatus } from './status.js';

/** How many indicators have each status, and how many there are. */
export type StatusCounts = Record<IndicatorStatus, number> & { total: number };

/**
 * The progress of a group of indicators (a goal, or the plan): the mean of their progress, each
 * clipped to 0–1 first, so that one indicator far over its target cannot hide others that lag,
 * and one that went the wrong way counts as no progress rather than pulling the mean below 0.
 * Indicators without a progress (not assessable, or no change planned) are left out, and
 * `included`/`of` say how many are in the mean.
 */
export interface GroupProgress {
  /** The mean, 0–1; `null` when no indicator of the group has a progress. */
  value: number | null;
  /** How many indicators the mean is taken over. */
  included: number;
  /** How many indicators the group has. */
  of: number;
  /** Whether any indicator in the mean is approximate. */
  approximate: boolean;
  /** How the value is computed, for a footnote. */
  method: Bilingual;
}

/** One goal (område, målsättning) of an evaluated plan. */
export interface GoalEvaluation {
  /** The goal id; `null` for the indicators that belong to no goal of the plan. */
  id: string | null;
  title: LocalizedText | null;
  indicators: IndicatorEvaluation[];
  counts: StatusCounts;
  progress: GroupProgress;
}

/** A plan evaluated at a date. */
export interface PlanEvaluation {
  planId: string;
  asOf: string;
  /** Every indicator, in the plan's order. */
  indicators: IndicatorEvaluation[];
  counts: StatusCounts;
  progress: GroupProgress;
  /** The plan's goals in order, then (only if there are any) the indicators without a goal. */
  goals: GoalEvaluation[];
}

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions {
  asOf: string | Date;
  /** See `EvaluateOptions.tolerance`. Default 0. */
  tolerance?: number;
}

/** The method note of {@link GroupProgress}. */
export const GROUP_PROGRESS_METHOD: Bilingual = {
  sv: 'Medelvärdet av indikatorernas framsteg, där varje indikator räknas som högst 100 % och minst 0 %; indikatorer som inte kan bedömas ingår inte.',
  en: "The mean of the indicators' progress, each counted as at most 100% and at least 0%; indicators that cannot be assessed are left out.",
};

/**
 * Counts evaluations per status.
 *
 * @example
 * countStatuses(evaluations); // { achieved: 6, 'on-track': 0, behind: 0, 'not-achieved': 3, 'not-assessable': 1, total: 10 }
 */
export function countStatuses(evaluations: readonly Pick<IndicatorEvaluation, 'status'>[]): StatusCounts {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as StatusCounts;
  counts.total = evaluations.length;
  for (const e of evaluations) counts[e.status] += 1;
  return counts;
}

/**
 * The mean progress of a group of evaluations, each clipped to 0–1 (see {@link GroupProgress}).
 *
 * @example
 * groupProgress([{ progress: 0.6, approximate: false }, { progress: 1.9, approximate: false }]).value; // 0.8
 */
export function groupProgress(
  evaluations: readonly Pick<IndicatorEvaluation, 'progress' | 'approximate'>[],
): GroupProgress {
  const used = evaluations.filter((e) => e.progress !== null);
  const sum = used.reduce((acc, e) => acc + Math.min(1, Math.max(0, e.progress as number)), 0);
  return {
    value: used.length === 0 ? null : sum / used.length,
    included: used.length,
    of: evaluations.length,
    approximate: used.some((e) => e.approximate),
    method: GROUP_PROGRESS_METHOD,
  };
}

function group(id: string | null, title: LocalizedText | null, indicators: IndicatorEvaluation[]): GoalEvaluation {
  return { id, title, indicators, counts: countStatuses(indicators), progress: groupProgress(indicators) };
}

/**
 * Evaluates every indicator of a plan at a date, with counts per status and a progress for the
 * plan and for each goal. The plan period's start is where the elapsed time is counted from for
 * indicators without a baseline date or `start`.
 *
 * @example
 * const result = evaluatePlan(plan, { asOf: '2018-12-31' });
 * result.counts.achieved;          // 6
 * result.goals[0]?.progress.value; // 0.8
 */
export function evaluatePlan(plan: PlanInput, options: EvaluatePlanOptions): PlanEvaluation {
  const asOf = toIsoDate(options.asOf);
  const indicatorOptions = {
    asOf,
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    ...(plan.period ? { planStart: plan.period.start } : {}),
  };
  const indicators = (plan.indicators ?? []).map((i) => evaluateIndicator(i, indicatorOptions));
  // The indicators of each goal, in the plan's order, in one pass (not one pass per goal: a
  // region has hundreds of goals and thousands of indicators).
  const known = new Set((plan.goals ?? []).map((g) => g.id));
  const byGoal = new Map<string, IndicatorEvaluation[]>();
  const rest: IndicatorEvaluation[] = [];
  for (const e of indicators) {
    if (e.goal === null || !known.has(e.goal)) rest.push(e);
    else {
      const list = byGoal.get(e.goal);
      if (list) list.push(e);
      else byGoal.set(e.goal, [e]);
    }
  }
  // Each goal gets its own list, even two goals with the same id.
  const goals = (plan.goals ?? []).map((g) => group(g.id, g.title, (byGoal.get(g.id) ?? []).slice()));
  if (rest.length > 0) goals.push(group(null, null, rest));
  return {
    planId: plan.id,
    asOf,
    indicators,
    counts: countStatuses(indicators),
    progress: groupProgress(indicators),
    goals,
  };
}

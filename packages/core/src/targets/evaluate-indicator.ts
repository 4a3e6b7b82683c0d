/**
 * Evaluating one indicator at a date: baseline, target and outcome, progress against the
 * planned change, attainment of the target level, the share of time that has passed, status
 * and trend. See `README.md` in this folder for what each number means.
 * @module
 */
import type * as z from 'zod/mini';
import type { Breakdown, Direction, Indicator, LocalizedText, Measure, Target } from '../plan/schema.js';
import { computeAttainment as attainmentOf, computeProgress as progressOf, meetsTarget } from './arithmetic.js';
import { dayNumber, elapsedShare, toIsoDate } from './dates.js';
import type { IndicatorStatus, NotAssessableReason, Trend } from './status.js';

/** An indicator as the plan document gives it (outcomes may be left out). */
export type IndicatorData = z.input<typeof Indicator>;

/** The baseline used in an evaluation. */
export interface EvaluatedBaseline {
  /** The figure; `null` when the document names a starting point but no figure. */
  value: number | null;
  date: string;
  approximate: boolean;
  /** The figure as printed. */
  text: string | null;
}

/** The target used in an evaluation. */
export interface EvaluatedTarget {
  type: Target['type'];
  /**
   * The level to reach: the `level` value, or baseline + the `change` value. `null` for a
   * milestone, and for a change target whose baseline has no figure.
   */
  value: number | null;
  /** The planned change of a `change` target, as written ("öka med 15" → 15). */
  change: number | null;
  date: string;
  /** A level printed as approximate, or a change target counted from an approximate baseline. */
  approximate: boolean;
  text: string | null;
}

/** An outcome used in an evaluation. */
export interface EvaluatedOutcome {
  value: number | boolean;
  date: string;
  approximate: boolean;
  /** The result as printed ("ca 75", "Ej uppnått"). */
  text: string | null;
  breakdown: Breakdown | null;
  illustrative: boolean;
}

/** Everything an annual follow-up says about one indicator at one date. */
export interface IndicatorEvaluation {
  id: string;
  goal: string | null;
  title: LocalizedText;
  unit: LocalizedText | null;
  direction: Direction;
  measure: Measure | null;
  kpi: string | null;
  /** The date of the evaluation. */
  asOf: string;
  status: IndicatorStatus;
  /** Why the status is `not-assessable`; `null` otherwise. */
  reason: NotAssessableReason | null;
  baseline: EvaluatedBaseline | null;
  target: EvaluatedTarget | null;
  /** The latest outcome dated on or before `asOf`. */
  outcome: EvaluatedOutcome | null;
  /** The outcome before it, for the trend. */
  previous: EvaluatedOutcome | null;
  /**
   * The share of the planned change achieved: (outcome − baseline) / (target − baseline); the
   * attainment when there is no baseline figure; 1 or 0 for a milestone. May exceed 1 or be
   * negative. `null` when it cannot be computed.
   */
  progress: number | null;
  /** The outcome against the target level: outcome / target (increase), target / outcome (decrease). */
  attainment: number | null;
  /**
   * The share of the time from `start` to the target date that has passed at `asOf`, 0–1;
   * 1 on or after the target date; `null` before it when there is no start.
   */
  expected: number | null;
  /** Where `expected` is counted from: the baseline date, the indicator's start, or the plan's. */
  start: string | null;
  /** Whether any figure used (baseline, target level, outcome) is approximate. */
  approximate: boolean;
  /** Whether the outcome is marked as made up for a demo. */
  illustrative: boolean;
  /** The latest outcome against the previous one. */
  trend: Trend | null;
}

/** Options of {@link evaluateIndicator}. */
export interface EvaluateOptions {
  /** The date of the evaluation: outcomes after it are ignored. */
  asOf: string | Date;
  /**
   * How far progress may lag behind the elapsed share of time and still be `on-track`, as a share
   * (0.1 = ten percentage points). Default 0.
   */
  tolerance?: number;
  /** Where to count the elapsed time from when the indicator has no baseline date or `start` (the plan period's start). */
  planStart?: string;
}

type OutcomeData = NonNullable<IndicatorData['outcomes']>[number];

function toOutcome(o: OutcomeData): EvaluatedOutcome {
  return {
    value: o.value,
    date: o.date,
    approximate: o.approximate === true,
    text: o.text ?? null,
    breakdown: o.breakdown ?? null,
    illustrative: o.illustrative === true,
  };
}

/** Outcomes dated on or before `asOf`, oldest first; of two with the same date the later in the document counts as later. */
function outcomesUpTo(outcomes: readonly OutcomeData[], asOf: number): OutcomeData[] {
  return outcomes
    .map((o, i) => ({ o, i, day: dayNumber(o.date) }))
    .filter((x): x is { o: OutcomeData; i: number; day: number } => x.day !== undefined && x.day <= asOf)
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map((x) => x.o);
}

function trendOf(latest: EvaluatedOutcome | null, previous: EvaluatedOutcome | null): Trend | null {
  if (!latest || !previous || typeof latest.value !== typeof previous.value) return null;
  const a = Number(previous.value);
  const b = Number(latest.value);
  return b > a ? 'up' : b < a ? 'down' : 'flat';
}

function checkTolerance(tolerance: number): void {
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  }
}

/**
 * Evaluates one indicator at a date. Pure and total for every indicator the plan schema
 * accepts: never `NaN`, `Infinity` or a thrown error on data. It throws only for a programmer
 * error: an `asOf` that is not a date, or a negative or non-finite `tolerance`.
 *
 * Status, in order: `not-assessable` (no target, no baseline figure for a change target, no
 * outcome, an outcome of the wrong kind); `achieved` (target reached: ≥ for increase, ≤ for
 * decrease, a milestone that is `true`); `not-achieved` (on or after the target date); then, before
 * the target date, `on-track` when progress ≥ expected − tolerance, else `behind`, and
 * `not-assessable` (`no-start`) when the elapsed share is unknown.
 *
 * @example
 * const e = evaluateIndicator(
 *   {
 *     id: 'asf', title: 'Aktiva ASF', direction: 'increase',
 *     baseline: { value: 25, date: '2018-01-01' },
 *     target: { type: 'level', value: 30, date: '2018-12-31' },
 *     outcomes: [{ value: 28, date: '2018-12-31' }],
 *   },
 *   { asOf: '2018-12-31' },
 * );
 * e.progress;   // 0.6
 * e.attainment; // ≈ 0.933
 * e.status;     // 'not-achieved'
 */
export function evaluateIndicator(indicator: IndicatorData, options: EvaluateOptions): IndicatorEvaluation {
  const asOf = toIsoDate(options.asOf);
  const tolerance = options.tolerance ?? 0;
  checkTolerance(tolerance);
  const asOfDay = dayNumber(asOf) as number;
  const { direction } = indicator;

  const b = indicator.baseline;
  const baseline: EvaluatedBaseline | null = b
    ? { value: b.value ?? null, date: b.date, approximate: b.approximate === true, text: b.text ?? null }
    : null;

  const t = indicator.target;
  let target: EvaluatedTarget | null = null;
  let invalidTarget = false;
  if (t) {
    const common = { type: t.type, date: t.date, text: t.text ?? null };
    if (t.type === 'level') target = { ...common, value: t.value, change: null, approximate: t.approximate === true };
    else if (t.type === 'change') {
      const level = baseline?.value == null ? null : baseline.value + t.value;
      invalidTarget = level !== null && !Number.isFinite(level);
      target = { ...common, value: invalidTarget ? null : level, change: t.value, approximate: baseline?.approximate === true };
    } else target = { ...common, value: null, change: null, approximate: false };
  }

  const upTo = outcomesUpTo(indicator.outcomes ?? [], asOfDay);
  const latest = upTo.at(-1);
  const before = upTo.at(-2);
  const outcome = latest ? toOutcome(latest) : null;
  const previous = before ? toOutcome(before) : null;

  const start = baseline?.date ?? indicator.start ?? options.planStart ?? null;
  const expected = target ? elapsedShare(start ?? undefined, target.date, asOf) : null;

  let progress: number | null = null;
  let attainment: number | null = null;
  let reached = false;
  let reason: NotAssessableReason | null = null;
  let baselineUsed = false;

  if (!target) reason = 'no-target';
  else if (invalidTarget) reason = 'invalid-target';
  else if (target.type === 'change' && target.value === null) reason = 'no-baseline-value';
  else if (!outcome) reason = 'no-outcome';
  else if (target.type === 'milestone') {
    if (typeof outcome.value !== 'boolean') reason = 'outcome-type';
    else {
      reached = outcome.value;
      progress = attainment = reached ? 1 : 0;
    }
  } else if (typeof outcome.value !== 'number' || target.value === null) reason = 'outcome-type';
  else {
    const level = target.value;
    const o = outcome.value;
    reached = meetsTarget(o, level, direction);
    baselineUsed = baseline?.value != null;
    progress = progressOf({ baseline: baseline?.value ?? undefined, target: level, outcome: o, direction });
    attainment = attainmentOf({ target: level, outcome: o, direction });
  }

  let status: IndicatorStatus;
  if (reason !== null) status = 'not-assessable';
  else if (reached) status = 'achieved';
  else if (asOf >= (target as EvaluatedTarget).date) status = 'not-achieved';
  else if (expected === null) {
    status = 'not-assessable';
    reason = 'no-start';
  } else status = progress !== null && progress >= expected - tolerance ? 'on-track' : 'behind';

  const approximate =
    outcome?.approximate === true || target?.approximate === true || (baselineUsed && baseline?.approximate === true);

  return {
    id: indicator.id,
    goal: indicator.goal ?? null,
    title: indicator.title,
    unit: indicator.unit ?? null,
    direction,
    measure: indicator.measure ?? null,
    kpi: indicator.kpi ?? null,
    asOf,
    status,
    reason,
    baseline,
    target,
    outcome,
    previous,
    progress,
    attainment,
    expected,
    start,
    approximate,
    illustrative: outcome?.illustrative === true,
    trend: trendOf(outcome, previous),
  };
}

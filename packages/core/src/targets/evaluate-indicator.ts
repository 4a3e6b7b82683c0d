/**
 * Evaluating one indicator at a date: baseline, target and outcome, progress against the
 * planned change, attainment of the target level, the share of time that has passed, status
 * and trend. See `README.md` in this folder for what each number means.
 * @module
 */
import type * as z from 'zod/mini';
import type { Breakdown, Direction, Indicator, LocalizedText, Measure, PerArea, Target } from '../plan/schema.js';
import { computeAttainment as attainmentOf, computeProgress as progressOf, meetsTarget } from './arithmetic.js';
import { decideStatus } from './assess.js';
import { dayNumber, elapsedShare, toIsoDate } from './dates.js';
import type { IndicatorStatus, NotAssessableReason, Trend } from './status.js';

/** An indicator as the plan document gives it (outcomes may be left out). */
export type IndicatorData = z.input<typeof Indicator>;

/** The baseline used in an evaluation. */
export interface EvaluatedBaseline {
  /**
   * The figure; `null` when the document names a starting point but no figure. A share of a
   * known total counts as `share × of`.
   */
  value: number | null;
  /** The date; `null` for an undated figure ("idag 31 ASF"), which never counts elapsed time. */
  date: string | null;
  /** The time of an undated figure as printed ("idag", "2017"); `null` when it has a date. */
  when: string | null;
  /** The share of the known total, when the document gives the figure as one ("hälften"). */
  share: number | null;
  /** The known total the figure is part of ("regionens 49 kommuner"). */
  of: number | null;
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
  /**
   * The bounds of a `range` target ("2–4"); `null` for other kinds. Its `value` is the bound to
   * reach first: `min` when more is better, `max` when less is better.
   */
  min: number | null;
  max: number | null;
  /** The known total a level or range is part of. */
  of: number | null;
  /** Set when the target applies to each of several areas; see `IndicatorEvaluation.areas`. */
  perArea: PerArea | null;
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
  /** The known total the value is part of. */
  of: number | null;
  /** The area the outcome is for (targets per area). */
  area: string | null;
}

/** One area of a target that applies per area ("i vardera av de fyra delregionerna"). */
export interface AreaEvaluation {
  /** The area id: as declared in `perArea.areas`, or as the outcomes name it. */
  area: string;
  name: LocalizedText | null;
  status: IndicatorStatus;
  reason: NotAssessableReason | null;
  outcome: EvaluatedOutcome | null;
  previous: EvaluatedOutcome | null;
  progress: number | null;
  attainment: number | null;
  trend: Trend | null;
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
  /**
   * For a target that applies per area, each area's evaluation, declared areas first; `null`
   * otherwise. The indicator's own `outcome`, `previous` and `trend` are then `null` (areas are
   * not summed: the target is for each), its status is the worst of the areas' (not achieved,
   * then behind, then not assessable, then on track; achieved only when every area is), and its
   * progress the mean of the areas' progress clipped to 0–1 when every area has one.
   */
  areas: AreaEvaluation[] | null;
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
    of: o.of ?? null,
    area: o.area ?? null,
  };
}

type BaselineData = NonNullable<IndicatorData['baseline']>;

function toBaseline(b: BaselineData): EvaluatedBaseline {
  const fromShare = b.share !== undefined && b.of !== undefined ? b.share * b.of : undefined;
  const value = b.value ?? fromShare;
  return {
    value: value !== undefined && Number.isFinite(value) ? value : null,
    date: b.date ?? null,
    when: b.when ?? null,
    share: b.share ?? null,
    of: b.of ?? null,
    approximate: b.approximate === true,
    text: b.text ?? null,
  };
}

/**
 * An evaluated target, its keys always in this order (built in one literal: spreading a shared
 * object per indicator was a sixth of evaluatePlan's time, issue 17).
 */
function evaluatedTarget(
  t: Target,
  change: number | null,
  min: number | null,
  max: number | null,
  of: number | null,
  value: number | null,
  approximate: boolean,
): EvaluatedTarget {
  return {
    type: t.type,
    date: t.date,
    text: t.text ?? null,
    change,
    min,
    max,
    of,
    perArea: ('perArea' in t ? t.perArea : undefined) ?? null,
    value,
    approximate,
  };
}

function toTarget(
  t: Target,
  baseline: EvaluatedBaseline | null,
  direction: Direction,
): { target: EvaluatedTarget; invalid: boolean } {
  switch (t.type) {
    case 'level':
      return {
        target: evaluatedTarget(t, null, null, null, t.of ?? null, t.value, t.approximate === true),
        invalid: false,
      };
    case 'change': {
      const level = baseline?.value == null ? null : baseline.value + t.value;
      const invalid = level !== null && !Number.isFinite(level);
      return {
        target: evaluatedTarget(t, t.value, null, null, null, invalid ? null : level, baseline?.approximate === true),
        invalid,
      };
    }
    case 'range': {
      const invalid = !(t.min <= t.max);
      const near = direction === 'increase' ? t.min : t.max;
      return {
        target: evaluatedTarget(t, null, t.min, t.max, t.of ?? null, invalid ? null : near, t.approximate === true),
        invalid,
      };
    }
    default:
      return { target: evaluatedTarget(t, null, null, null, null, null, false), invalid: false };
  }
}

interface Assessment {
  status: IndicatorStatus;
  reason: NotAssessableReason | null;
  progress: number | null;
  attainment: number | null;
  /** Whether the baseline figure was used (for `approximate`). */
  baselineUsed: boolean;
}

/**
 * The status of one outcome against one target: the heart of {@link evaluateIndicator}, used
 * once per indicator, or once per area for a target per area.
 */
function assess(
  target: EvaluatedTarget | null,
  invalidTarget: boolean,
  baseline: EvaluatedBaseline | null,
  outcome: EvaluatedOutcome | null,
  direction: Direction,
  asOf: string,
  expected: number | null,
  tolerance: number,
): Assessment {
  let progress: number | null = null;
  let attainment: number | null = null;
  let reached = false;
  /** Past the far end of a range: not where the target is, whatever the pace. */
  let overshot = false;
  let reason: NotAssessableReason | null = null;
  let baselineUsed = false;

  if (!target) reason = 'no-target';
  else if (invalidTarget) reason = 'invalid-target';
  else if (target.type === 'change' && target.value === null) reason = 'no-baseline-value';
  else if (target.type === 'direction' && baseline?.value == null) reason = 'no-baseline-for-direction';
  else if (!outcome) reason = 'no-outcome';
  else if (target.type === 'milestone') {
    if (typeof outcome.value !== 'boolean') reason = 'outcome-type';
    else {
      reached = outcome.value;
      progress = attainment = reached ? 1 : 0;
    }
  } else if (typeof outcome.value !== 'number') reason = 'outcome-type';
  else if (target.type === 'direction') {
    // Better than the baseline, by any amount. Like a milestone, "not yet" is progress 0.
    const b = baseline?.value as number;
    reached = direction === 'increase' ? outcome.value > b : outcome.value < b;
    baselineUsed = true;
    progress = reached ? 1 : 0;
  } else if (target.value === null) reason = 'outcome-type';
  else {
    const level = target.value;
    const o = outcome.value;
    if (target.type === 'range') {
      const min = target.min as number;
      const max = target.max as number;
      reached = o >= min && o <= max;
      overshot = direction === 'increase' ? o > max : o < min;
    } else reached = meetsTarget(o, level, direction);
    baselineUsed = baseline?.value != null;
    if (!overshot) {
      progress = progressOf({ baseline: baseline?.value ?? undefined, target: level, outcome: o, direction });
      attainment = attainmentOf({ target: level, outcome: o, direction });
    }
  }

  let status = decideStatus(reason, reached, overshot, asOf, target, expected, progress, tolerance);
  if (status === null) {
    status = 'not-assessable';
    reason = 'no-start';
  }
  return { status, reason, progress, attainment, baselineUsed };
}

/** Worst first: one area not achieved makes the indicator not achieved. */
const AREA_STATUS_ORDER: readonly IndicatorStatus[] = [
  'not-achieved',
  'behind',
  'not-assessable',
  'on-track',
  'achieved',
];

/** Outcomes dated on or before `asOf`, oldest first; of two with the same date the later in the document counts as later. */
function outcomesUpTo(outcomes: readonly OutcomeData[], asOf: number): OutcomeData[] {
  return (
    outcomes
      .map((o) => ({ o, day: dayNumber(o.date) }))
      .filter((x): x is { o: OutcomeData; day: number } => x.day !== undefined && x.day <= asOf)
      // Array.prototype.sort is stable (ES2019): outcomes of the same date keep the document's order.
      .sort((a, b) => a.day - b.day)
      .map((x) => x.o)
  );
}

function trendOf(latest: EvaluatedOutcome | null, previous: EvaluatedOutcome | null): Trend | null {
  if (!latest || !previous || typeof latest.value !== typeof previous.value) return null;
  const a = Number(previous.value);
  const b = Number(latest.value);
  return b > a ? 'up' : b < a ? 'down' : 'flat';
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
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  }
  const asOfDay = dayNumber(asOf) as number;
  const { direction } = indicator;

  const baseline: EvaluatedBaseline | null = indicator.baseline ? toBaseline(indicator.baseline) : null;
  const built = indicator.target ? toTarget(indicator.target, baseline, direction) : null;
  const target = built?.target ?? null;
  const invalidTarget = built?.invalid === true;

  // An undated baseline ("idag") never counts time: the start is then the indicator's or the plan's.
  const start = baseline?.date ?? indicator.start ?? options.planStart ?? null;
  const expected = target ? elapsedShare(start ?? undefined, target.date, asOf) : null;

  const all = outcomesUpTo(indicator.outcomes ?? [], asOfDay);
  const perArea = target?.perArea ?? null;

  let outcome: EvaluatedOutcome | null = null;
  let previous: EvaluatedOutcome | null = null;
  let areas: AreaEvaluation[] | null = null;
  let result: Assessment;

  if (perArea) {
    const declared = perArea.areas ?? [];
    const ids = [
      ...new Set([...declared.map((a) => a.id), ...all.flatMap((o) => (o.area === undefined ? [] : [o.area]))]),
    ];
    areas = ids.map((id) => {
      const own = all.filter((o) => o.area === id);
      const latest = own.at(-1);
      const before = own.at(-2);
      const o = latest ? toOutcome(latest) : null;
      const p = before ? toOutcome(before) : null;
      const r = assess(target, invalidTarget, baseline, o, direction, asOf, expected, tolerance);
      return {
        area: id,
        name: declared.find((a) => a.id === id)?.name ?? null,
        status: r.status,
        reason: r.reason,
        outcome: o,
        previous: p,
        progress: r.progress,
        attainment: r.attainment,
        trend: trendOf(o, p),
      };
    });
    const whole = assess(target, invalidTarget, baseline, null, direction, asOf, expected, tolerance);
    if (whole.reason !== null && whole.reason !== 'no-outcome') {
      // The target itself cannot be assessed (no baseline for a direction, an invalid range…).
      result = whole;
    } else {
      const statuses = areas.map((a) => a.status);
      const missing = Math.max(0, perArea.count - areas.filter((a) => a.outcome !== null).length);
      if (missing > 0) statuses.push('not-assessable');
      const status = AREA_STATUS_ORDER.find((s) => statuses.includes(s)) ?? 'not-assessable';
      const progresses = areas.map((a) => a.progress);
      const complete = missing === 0 && areas.length > 0 && progresses.every((x) => x !== null);
      const firstReason = areas.find((a) => a.status === 'not-assessable')?.reason;
      const reported = areas.some((a) => a.outcome !== null);
      result = {
        status,
        reason:
          status !== 'not-assessable'
            ? null
            : firstReason !== undefined && firstReason !== null && firstReason !== 'no-outcome'
              ? firstReason
              : reported
                ? 'area-missing'
                : 'no-outcome',
        progress: complete
          ? progresses.reduce<number>((acc, x) => acc + Math.min(1, Math.max(0, x)), 0) / progresses.length
          : null,
        attainment: null,
        baselineUsed: reported && baseline?.value != null,
      };
    }
  } else {
    const latest = all.at(-1);
    const before = all.at(-2);
    outcome = latest ? toOutcome(latest) : null;
    previous = before ? toOutcome(before) : null;
    result = assess(target, invalidTarget, baseline, outcome, direction, asOf, expected, tolerance);
  }
  const { status, reason, progress, attainment, baselineUsed } = result;

  const approximate =
    outcome?.approximate === true ||
    (areas?.some((a) => a.outcome?.approximate === true) ?? false) ||
    target?.approximate === true ||
    (baselineUsed && baseline?.approximate === true);

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
    illustrative: outcome?.illustrative === true || (areas?.some((a) => a.outcome?.illustrative === true) ?? false),
    trend: trendOf(outcome, previous),
    areas,
  };
}

/**
 * Plain figures — a label, a value, a target, a baseline, their dates — as one indicator, and
 * their evaluation. This is what a gauge fed only by attributes needs; `evaluateFigures` gives
 * exactly the result of `evaluateIndicator(figuresToIndicator(f), { asOf: f.asOf })` without
 * importing evaluate-indicator.ts (every target kind, targets per area, trends …), so a page
 * that shows one such gauge downloads only this case. The pieces both need (the evaluated
 * baseline, target and outcome, the final status decision, the arithmetic and the dates) come
 * from the same modules, and a property test checks that the two agree.
 * @module
 */
import type { Direction } from '../plan/schema.js';
import { computeAttainment, computeProgress, meetsTarget } from './arithmetic.js';
import { decideStatus } from './assess.js';
import { checkIsoAsOf, elapsedShare } from './dates.js';
import type { EvaluatedTarget, IndicatorData, IndicatorEvaluation } from './evaluate-indicator.js';
import type { NotAssessableReason } from './status.js';

/** The figures of one indicator with at most one level target and one outcome. */
export interface IndicatorFigures {
  /** The title; empty gives '–'. */
  label: string;
  /** The unit, as printed; empty for none. */
  unit: string;
  /** The outcome at `asOf`; `undefined` (or a number that is not finite) for none. */
  value: number | undefined;
  /** The target level; `undefined` (or a number that is not finite) for none. */
  target: number | undefined;
  /** The baseline figure; `undefined` (or a number that is not finite) for none. */
  baseline: number | undefined;
  /** Whether the outcome is approximate ("ca 75"). */
  approximate: boolean;
  direction: Direction;
  /** The evaluation date, an ISO date (`YYYY-MM-DD`); also the outcome's date. */
  asOf: string;
  /** The target date; `undefined` for `asOf` (the status is then simply "reached or not"). */
  targetDate: string | undefined;
  /** The baseline date; `undefined` for none (see {@link figuresToIndicator}). */
  baselineDate: string | undefined;
}

/** A finite number, or `undefined`. */
function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The indicator that the figures describe: a level target at `target`, dated `targetDate` or,
 * without it, `asOf` (so that the status is simply "reached or not"); the outcome `value` dated
 * `asOf`. Figures that are not finite numbers are left out.
 *
 * A baseline without `baselineDate` is given an empty date. There is then no start to count the
 * elapsed time from, so before a later `targetDate` the status is `not-assessable` (`no-start`)
 * instead of a pace judged from an invented start; on or after the target date the date is not
 * used.
 *
 * @example
 * figuresToIndicator({
 *   label: 'Aktiva ASF', unit: '', value: 28, target: 30, baseline: 25, approximate: false,
 *   direction: 'increase', asOf: '2018-12-31', targetDate: undefined, baselineDate: '2018-01-01',
 * });
 * // { id: 'gauge', title: 'Aktiva ASF', direction: 'increase',
 * //   baseline: { value: 25, date: '2018-01-01' },
 * //   target: { type: 'level', value: 30, date: '2018-12-31' },
 * //   outcomes: [{ value: 28, date: '2018-12-31', approximate: false }] }
 */
export function figuresToIndicator(f: IndicatorFigures): IndicatorData {
  const value = finite(f.value);
  const target = finite(f.target);
  const baseline = finite(f.baseline);
  return {
    id: 'gauge',
    title: f.label || '–',
    ...(f.unit ? { unit: f.unit } : {}),
    direction: f.direction,
    ...(baseline === undefined ? {} : { baseline: { value: baseline, date: f.baselineDate ?? '' } }),
    ...(target === undefined
      ? {}
      : { target: { type: 'level' as const, value: target, date: f.targetDate ?? f.asOf } }),
    outcomes: value === undefined ? [] : [{ value, date: f.asOf, approximate: f.approximate }],
  };
}

/**
 * Evaluates plain figures exactly as `evaluateIndicator(figuresToIndicator(f), { asOf: f.asOf })`
 * would — the same object, key for key — with only the code that case needs: one level target,
 * at most one outcome (dated `asOf`, so always counted), no previous outcome, no areas. Throws a
 * `RangeError` when `asOf` is not an ISO date, as evaluateIndicator does.
 *
 * @example
 * const e = evaluateFigures({
 *   label: 'Aktiva ASF', unit: '', value: 28, target: 30, baseline: 25, approximate: false,
 *   direction: 'increase', asOf: '2018-12-31', targetDate: undefined, baselineDate: '2018-01-01',
 * });
 * e.progress;   // 0.6
 * e.attainment; // ≈ 0.933
 * e.status;     // 'not-achieved'
 */
export function evaluateFigures(f: IndicatorFigures): IndicatorEvaluation {
  const asOf = checkIsoAsOf(f.asOf);
  const { direction } = f;
  const value = finite(f.value);
  const level = finite(f.target);
  const base = finite(f.baseline);
  // The baseline's date is where the elapsed time counts from ('' when it has none: no start).
  const start = base === undefined ? null : (f.baselineDate ?? '');
  // The objects as evaluateIndicator reports them (the property test checks every key).
  const target: EvaluatedTarget | null =
    level === undefined
      ? null
      : {
          type: 'level',
          date: f.targetDate ?? asOf,
          text: null,
          change: null,
          min: null,
          max: null,
          of: null,
          perArea: null,
          value: level,
          approximate: false,
        };
  const expected = target && elapsedShare(start ?? undefined, target.date, asOf);
  // Only the outcome can be approximate here: the target level and the baseline never are.
  const approximate = value !== undefined && f.approximate === true;

  let reason: NotAssessableReason | null = null;
  let reached = false;
  let progress: number | null = null;
  let attainment: number | null = null;
  if (level === undefined) reason = 'no-target';
  else if (value === undefined) reason = 'no-outcome';
  else {
    reached = meetsTarget(value, level, direction);
    progress = computeProgress({ baseline: base, target: level, outcome: value, direction });
    attainment = computeAttainment({ target: level, outcome: value, direction });
  }
  let status = decideStatus(reason, reached, false, asOf, target, expected, progress, 0);
  if (status === null) {
    status = 'not-assessable';
    reason = 'no-start';
  }

  return {
    id: 'gauge',
    goal: null,
    title: f.label || '–',
    unit: f.unit || null,
    direction,
    measure: null,
    kpi: null,
    asOf,
    status,
    reason,
    baseline:
      start === null
        ? null
        : { value: base as number, date: start, when: null, share: null, of: null, approximate: false, text: null },
    target,
    outcome:
      value === undefined
        ? null
        : {
            value,
            date: asOf,
            approximate,
            text: null,
            breakdown: null,
            illustrative: false,
            of: null,
            area: null,
          },
    previous: null,
    progress,
    attainment,
    expected,
    start,
    approximate,
    illustrative: false,
    trend: null,
    areas: null,
  };
}

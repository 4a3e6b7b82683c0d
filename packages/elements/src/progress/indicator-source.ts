/**
 * Where `<asf-progress>` gets its indicator from when it is not a plan: its attributes, or an
 * indicator object checked like a plan's (shared/indicator-check.ts, in the lazy parser chunk).
 * @module
 */
import { evaluateIndicator, type Direction, type IndicatorData } from '@asf-kit/core';

/** A finite number, or `undefined`. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The gauge's own figures, as its attributes give them. */
export interface GaugeFigures {
  label: string;
  unit: string;
  value: number | undefined;
  target: number | undefined;
  baseline: number | undefined;
  approximate: boolean;
  direction: Direction;
  /** Evaluation date (already checked). */
  asOf: string;
  targetDate: string | undefined;
  baselineDate: string | undefined;
}

/**
 * The indicator that the attributes describe: a level target at `target`, dated `target-date`
 * or, without it, the evaluation date (so that the status is simply "reached or not"); the
 * outcome `value` dated at the evaluation date.
 *
 * A baseline without `baseline-date` is given an empty date. Core then has no start to count
 * the elapsed time from, so before a later `target-date` the status is "not assessable (no start
 * date)" instead of a pace judged from an invented start; on or after the target date the date
 * is not used.
 */
export function indicatorFromFigures(f: GaugeFigures): IndicatorData {
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

/** TEMPORARY shim until core's evaluateFigures lands. */
export function evaluateFigures(f: GaugeFigures): import('@asf-kit/core').IndicatorEvaluation {
  return evaluateIndicator(indicatorFromFigures(f), { asOf: f.asOf });
}

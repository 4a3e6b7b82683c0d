/**
 * Where `<asf-progress>` gets its indicator from when it is not a plan: its attributes, or an
 * indicator object checked like a plan's. Also used by `<asf-scorecard>` for dates.
 * @module
 */
import type { Direction, IndicatorData, PlanIssue } from '@asf-kit/core';

type Parser = typeof import('../shared/parse-plan-loader.js');
let parser: Parser | undefined;
let parserFailed = false;
let parserLoading: Promise<unknown> | undefined;

/**
 * Whether the plan parser (loaded on demand: a gauge fed by attributes never downloads it) is
 * there. When it is not, starts loading it and calls `onSettled` when loading has ended.
 */
export function indicatorCheckerReady(onSettled: () => void): boolean {
  if (parser || parserFailed) return true;
  parserLoading ??= import('../shared/parse-plan-loader.js').then(
    (m) => {
      parser = m;
    },
    () => {
      parserFailed = true;
    },
  );
  void parserLoading.then(onSettled);
  return false;
}

export { isIsoDate, optionalNumber } from '../shared/inputs.js';

/** Today's date where the reader is, `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

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

/** The result of {@link checkIndicator}: the indicator, or its problems with paths from the indicator. */
export type IndicatorCheck = { success: true; data: IndicatorData } | { success: false; issues: PlanIssue[] };

const checked = new WeakMap<object, IndicatorCheck>();

/**
 * Checks an indicator object with the plan format's rules (types, dates, outcome kinds, a
 * change target's baseline). References to the plan (`goal`, `source`) are not checked: there
 * is no plan to look them up in. The result is kept per object. Call it once
 * {@link indicatorCheckerReady} says the parser is there.
 */
export function checkIndicator(input: unknown): IndicatorCheck {
  if (input !== null && typeof input === 'object' && checked.has(input)) return checked.get(input)!;
  if (!parser) return { success: false, issues: [] };
  const { parsePlan } = parser;
  const bare =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? { ...input, goal: undefined, source: undefined }
      : input;
  const result = parsePlan({
    id: 'indicator',
    kind: 'follow-up',
    title: '–',
    organisation: { name: '–', type: 'other' },
    indicators: [bare],
  });
  let out: IndicatorCheck;
  if (result.success) {
    const goal = (input as { goal?: unknown }).goal;
    const source = (input as { source?: unknown }).source;
    // The parsed indicator (defaults filled in), with the references it was checked without.
    const data: IndicatorData = { ...result.data.indicators[0]! };
    if (typeof goal === 'string') data.goal = goal;
    if (typeof source === 'string') data.source = source;
    out = { success: true, data };
  } else {
    out = {
      success: false,
      issues: result.error.issues.map((i) => {
        const inside = i.path[0] === 'indicators' && i.path[1] === 0;
        const path = inside ? i.path.slice(2) : i.path;
        return { ...i, path, pointer: inside ? i.pointer.replace(/^\/indicators\/0/, '') : i.pointer };
      }),
    };
  }
  if (input !== null && typeof input === 'object') checked.set(input, out);
  return out;
}

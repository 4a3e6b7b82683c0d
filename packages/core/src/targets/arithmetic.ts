/**
 * The arithmetic of targets: progress, attainment and whether a target is met. Pure and total:
 * every function returns a finite number or `null`, never `NaN`, `Infinity` or `-0`.
 * @module
 */
import type { Direction } from '../plan/schema.js';

/** A finite number or `null`; turns `-0` into `0`. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x + 0 : null;
}

/**
 * Whether an outcome reaches a target level: `outcome ≥ target` when more is better,
 * `outcome ≤ target` when less is better.
 *
 * @example
 * meetsTarget(28, 30, 'increase'); // false
 * meetsTarget(8, 10, 'decrease');  // true
 */
export function meetsTarget(outcome: number, target: number, direction: Direction): boolean {
  return direction === 'increase' ? outcome >= target : outcome <= target;
}

/**
 * Progress: the share of the planned change that has happened,
 * `(outcome − baseline) / (target − baseline)`. The same formula serves both directions (for a
 * decrease both differences are negative). It may exceed 1 (more than planned) or go below 0
 * (the wrong way).
 *
 * - Without a baseline figure it is the {@link computeAttainment}.
 * - `null` when the target equals the baseline (no change was planned), when the target lies on
 *   the wrong side of the baseline for the direction (a level already held at the start: "keep at
 *   least 3" with 5 today — the status still tells whether it is kept), and when the figures are
 *   so extreme that the ratio is not a finite number.
 *
 * The differences are taken of halves, `(o/2 − b/2) / (t/2 − b/2)`, which is exactly the same
 * ratio for ordinary figures and cannot overflow for any finite ones.
 *
 * @example
 * computeProgress({ baseline: 25, target: 30, outcome: 28, direction: 'increase' }); // 0.6
 * computeProgress({ baseline: 100, target: 80, outcome: 90, direction: 'decrease' }); // 0.5
 * computeProgress({ target: 250, outcome: 75, direction: 'increase' });             // 0.3 (no baseline)
 */
export function computeProgress(args: {
  baseline?: number | undefined;
  target: number;
  outcome: number;
  direction: Direction;
}): number | null {
  const { baseline, target, outcome, direction } = args;
  if (baseline === undefined) return computeAttainment({ target, outcome, direction });
  const planned = target / 2 - baseline / 2;
  if (planned === 0) return null;
  if (direction === 'increase' ? planned < 0 : planned > 0) return null;
  return finiteOrNull((outcome / 2 - baseline / 2) / planned);
}

/**
 * Attainment: the outcome against the target level — `outcome / target` when more is better,
 * `target / outcome` when less is better (so 1 means "at the target" and more than 1 "better
 * than the target" in both directions). `null` where the denominator is 0, or where a figure is
 * negative (a ratio of levels says nothing there), or the ratio is not finite.
 *
 * @example
 * computeAttainment({ target: 30, outcome: 28, direction: 'increase' });  // ≈ 0.933
 * computeAttainment({ target: 10, outcome: 8, direction: 'decrease' });   // 1.25
 * computeAttainment({ target: 0, outcome: 3, direction: 'increase' });    // null
 */
export function computeAttainment(args: { target: number; outcome: number; direction: Direction }): number | null {
  const { target, outcome, direction } = args;
  if (target < 0 || outcome < 0) return null;
  const more = direction === 'increase';
  const den = more ? target : outcome;
  return den === 0 ? null : finiteOrNull((more ? outcome : target) / den);
}

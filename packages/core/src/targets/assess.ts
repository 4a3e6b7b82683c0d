/**
 * The final status decision of an evaluation, shared by `evaluateIndicator` and
 * `evaluateFigures` so that a change to the rule changes both. It imports no text, label or
 * zod: a page that evaluates only a gauge's figures stays small.
 * @module
 */
import type { IndicatorStatus, NotAssessableReason } from './status.js';

/**
 * The status of one outcome against one target once the figures are known: `not-assessable`
 * when there is a `reason`; `achieved` when the target is reached; `not-achieved` on or after
 * the target date; `behind` past the far end of a range (`overshot`); `not-assessable` when the
 * elapsed share of time is unknown (the caller gives the reason `no-start`); else `on-track` when
 * progress ≥ expected − tolerance, and `behind` otherwise.
 */
export function decideStatus(
  reason: NotAssessableReason | null,
  reached: boolean,
  overshot: boolean,
  asOf: string,
  targetDate: string,
  expected: number | null,
  progress: number | null,
  tolerance: number,
): IndicatorStatus {
  if (reason !== null) return 'not-assessable';
  if (reached) return 'achieved';
  if (asOf >= targetDate) return 'not-achieved';
  if (overshot) return 'behind';
  if (expected === null) return 'not-assessable';
  return progress !== null && progress >= expected - tolerance ? 'on-track' : 'behind';
}

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
 * the target date; `behind` past the far end of a range (`overshot`); else, before the target
 * date, `on-track` when progress ≥ expected − tolerance and `behind` otherwise — or `null` when
 * the elapsed share of time (`expected`) is unknown: the status is then `not-assessable` with the
 * reason `no-start`, which the caller sets.
 *
 * `target` is read only when `reason` is `null`, and must then be the target.
 */
export function decideStatus(
  reason: NotAssessableReason | null,
  reached: boolean,
  overshot: boolean,
  asOf: string,
  target: { date: string } | null,
  expected: number | null,
  progress: number | null,
  tolerance: number,
): IndicatorStatus | null {
  if (reason !== null) return 'not-assessable';
  if (reached) return 'achieved';
  if (asOf >= (target as { date: string }).date) return 'not-achieved';
  if (overshot) return 'behind';
  if (expected === null) return null;
  return progress !== null && progress >= expected - tolerance ? 'on-track' : 'behind';
}

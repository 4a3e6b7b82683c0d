/**
 * The statuses of an evaluated indicator, why one may not be assessable, and the direction of
 * its trend — each as an `as const` list with Swedish and English labels for views.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';

/**
 * Where an indicator stands at a date:
 * - `achieved`: the target is reached (≥ for increase, ≤ for decrease, a milestone that is `true`);
 * - `on-track`: not reached yet, the target date is still ahead, and progress keeps pace with the
 *   time that has passed;
 * - `behind`: not reached yet, the target date is still ahead, and progress lags behind the time;
 * - `not-achieved`: the target date has come and the target is not reached;
 * - `not-assessable`: no outcome, no target, or a target that cannot be computed (see
 *   {@link NOT_ASSESSABLE_REASONS}). Never counted as 0.
 */
export const INDICATOR_STATUSES = ['achieved', 'on-track', 'behind', 'not-achieved', 'not-assessable'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** Labels of the statuses, for badges and legends. */
export const INDICATOR_STATUS_LABELS: Readonly<Record<IndicatorStatus, Bilingual>> = {
  achieved: { sv: 'Uppnått', en: 'Achieved' },
  'on-track': { sv: 'I fas', en: 'On track' },
  behind: { sv: 'Efter plan', en: 'Behind' },
  'not-achieved': { sv: 'Ej uppnått', en: 'Not achieved' },
  'not-assessable': { sv: 'Kan inte bedömas', en: 'Not assessable' },
};

export { NOT_ASSESSABLE_REASONS, NOT_ASSESSABLE_REASON_LABELS, type NotAssessableReason } from './reasons.js';

/** The change of the latest outcome against the one before it. */
export const TRENDS = ['up', 'down', 'flat'] as const;
export type Trend = (typeof TRENDS)[number];

/** Labels of the trends. Whether "up" is good depends on the indicator's direction. */
export const TREND_LABELS: Readonly<Record<Trend, Bilingual>> = {
  up: { sv: 'Ökar', en: 'Up' },
  down: { sv: 'Minskar', en: 'Down' },
  flat: { sv: 'Oförändrat', en: 'Unchanged' },
};

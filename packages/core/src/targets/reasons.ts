/**
 * Why an indicator may not be assessable, as an `as const` list with Swedish and English labels
 * for views. A module of its own (re-exported by status.ts) so that a bundle that shows statuses
 * holds these longer texts only where it explains them.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';

/**
 * Why an indicator is `not-assessable`:
 * - `no-target`: the document reports the figure without a målbild;
 * - `no-baseline-value`: a change target ("öka med 2") whose baseline has no figure;
 * - `invalid-target`: the level of a change target is not a finite number (baseline + change
 *   overflows);
 * - `no-outcome`: no outcome dated on or before the evaluation date;
 * - `outcome-type`: a number for a milestone, or yes/no for a numeric target (`parsePlan` rejects
 *   this; evaluations of unchecked data say so instead of guessing);
 * - `no-start`: before the target date, with no baseline date, indicator `start` or plan period
 *   start, so the share of time that has passed — and with it the pace — is unknown;
 * - `no-baseline-for-direction`: a target with no number ("fler ASF") and no baseline figure to
 *   be better than;
 * - `area-missing`: a target that applies per area, and some area has no outcome (the areas
 *   that have one are in `areas`).
 */
export const NOT_ASSESSABLE_REASONS = [
  'no-target',
  'no-baseline-value',
  'invalid-target',
  'no-outcome',
  'outcome-type',
  'no-start',
  'no-baseline-for-direction',
  'area-missing',
] as const;
export type NotAssessableReason = (typeof NOT_ASSESSABLE_REASONS)[number];

/** Why an indicator cannot be assessed, as a phrase for views ("Kan inte bedömas: …"). */
export const NOT_ASSESSABLE_REASON_LABELS: Readonly<Record<NotAssessableReason, Bilingual>> = {
  'no-target': { sv: 'inget mål att jämföra med', en: 'no target to compare with' },
  'no-baseline-value': {
    sv: 'målet är en förändring men utgångsvärdet saknas',
    en: 'the target is a change but the baseline figure is missing',
  },
  'invalid-target': {
    sv: 'målet kan inte räknas ut ur siffrorna',
    en: 'the target cannot be computed from the figures',
  },
  'no-outcome': { sv: 'inget utfall har rapporterats', en: 'no outcome has been reported' },
  'outcome-type': {
    sv: 'utfallet är av fel slag för målet (tal eller ja/nej)',
    en: 'the outcome is of the wrong kind for the target (number or yes/no)',
  },
  'no-start': {
    sv: 'startdatum saknas, så takten kan inte bedömas före måldatumet',
    en: 'there is no start date, so the pace cannot be judged before the target date',
  },
  'no-baseline-for-direction': {
    sv: 'målet anger bara en riktning och det finns inget utgångsvärde att jämföra med',
    en: 'the target gives only a direction and there is no baseline figure to compare with',
  },
  'area-missing': {
    sv: 'målet gäller varje område, men alla områden har inte rapporterat',
    en: 'the target applies to each area, but not every area has reported',
  },
};

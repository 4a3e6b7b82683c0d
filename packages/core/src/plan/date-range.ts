/**
 * Dates of baselines, targets, outcomes and periods must fall in this range; earlier or later
 * dates are almost always typing errors ("2918-12-31").
 *
 * @example
 * date < SENSIBLE_DATE_RANGE.min; // too early to be a real follow-up date
 */
export const SENSIBLE_DATE_RANGE = { min: '1950-01-01', max: '2100-12-31' } as const;

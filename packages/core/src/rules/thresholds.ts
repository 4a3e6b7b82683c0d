/**
 * The direct-award threshold (direktupphandlingsgränsen) as a dated table. Thresholds change
 * with the law: each entry is in force from its date until the next entry's date. A date
 * before the first entry is not covered, and a check on it needs review rather than a guess.
 * @module
 */
import * as z from 'zod/mini';
import { IsoDate } from '../plan/schema.js';

/** One threshold: direct award is allowed when the value is *below* `amount`. */
export const DirectAwardThreshold = z.strictObject({
  /** The first day the threshold is in force, `YYYY-MM-DD`. */
  from: IsoDate,
  /** Kronor, excluding VAT. */
  amount: z.number().check(z.gt(0)),
  /** The law or decision that sets it. */
  reference: z.string().check(z.minLength(1)),
  url: z.optional(z.url()),
});
export type DirectAwardThreshold = z.infer<typeof DirectAwardThreshold>;

/**
 * The thresholds for LOU that asf-kit states with confidence: 700 000 kr from 2022-02-01.
 * Earlier limits (a share of the EU threshold, revised every other year) are left out; add
 * them through `options.thresholds` with your own reference if you need them.
 */
export const DIRECT_AWARD_THRESHOLDS: readonly DirectAwardThreshold[] = Object.freeze([
  Object.freeze({
    from: '2022-02-01',
    amount: 700_000,
    reference: 'LOU (2016:1145) 19 a kap. ff., i lydelse från 2022-02-01: direktupphandling får användas när kontraktets värde understiger 700 000 kronor',
  }),
]);

/**
 * Merges a user's thresholds into a table: an entry with the same `from` date replaces the
 * table's; the result is sorted by date.
 *
 * @example
 * mergeThresholds(DIRECT_AWARD_THRESHOLDS, [{ from: '2026-01-01', amount: 800000, reference: 'Ny lag' }]);
 */
export function mergeThresholds(
  table: readonly DirectAwardThreshold[],
  extra: readonly DirectAwardThreshold[] = [],
): DirectAwardThreshold[] {
  const byDate = new Map<string, DirectAwardThreshold>();
  for (const t of [...table, ...extra]) byDate.set(t.from, t);
  return [...byDate.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The threshold in force on a date: the latest entry whose `from` is on or before it, or
 * `undefined` when the date is before the whole table.
 *
 * @example
 * thresholdOn('2023-05-01')?.amount; // 700000
 * thresholdOn('2021-12-31');         // undefined
 */
export function thresholdOn(
  date: string,
  table: readonly DirectAwardThreshold[] = DIRECT_AWARD_THRESHOLDS,
): DirectAwardThreshold | undefined {
  let found: DirectAwardThreshold | undefined;
  for (const t of mergeThresholds(table)) if (t.from <= date) found = t;
  return found;
}

/**
 * Calendar dates as days, for the share of a period that has passed. Internal to the targets
 * module: dates are ISO `YYYY-MM-DD` strings, compared as days in UTC, so no time zone or
 * daylight-saving hour ever moves a date.
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The day number (days since 1970-01-01) of an ISO date, or `undefined` when the text is not a
 * real calendar date.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2018-02-30'); // undefined
 */
export function dayNumber(iso: string): number | undefined {
  // A plan repeats the same few dates thousands of times (issue 17: a fifth of evaluatePlan's
  // time went here); the answer depends on the text alone, so it is remembered.
  const known = days.get(iso);
  if (known !== undefined || days.has(iso)) return known;
  const day = computeDayNumber(iso);
  if (days.size >= 4096) days.clear();
  days.set(iso, day);
  return day;
}

const days = new Map<string, number | undefined>();

function computeDayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Not a calendar date (2018-02-30, month 13), or a year below 100 that Date.UTC reads as 19xx,
  // does not come back as the same text.
  return new Date(t).toISOString().slice(0, 10) === iso ? t / DAY_MS : undefined;
}

/**
 * Normalises an evaluation date: an ISO date is kept; a `Date` gives its calendar date in local
 * time (the day a reader sees). Anything else is a programmer error and throws a `RangeError`.
 *
 * @example
 * toIsoDate('2018-12-31');                 // '2018-12-31'
 * toIsoDate(new Date(2018, 11, 31, 23, 0)); // '2018-12-31'
 */
export function toIsoDate(date: string | Date): string {
  if (typeof date === 'string') return checkIsoAsOf(date);
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new RangeError('asOf must be a valid Date or an ISO date');
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * An evaluation date given as text: kept when it is an ISO date, else a `RangeError` (the
 * string half of {@link toIsoDate}).
 */
export function checkIsoAsOf(date: string): string {
  if (dayNumber(date) === undefined) throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), got "${date}"`);
  return date;
}

/**
 * The share of the time from `start` to `end` that has passed at `asOf`, clipped to 0–1.
 * On or after `end` it is 1 (even without a start); before `end` without a usable start it is
 * `null`.
 *
 * @example
 * elapsedShare('2018-01-01', '2018-12-31', '2018-07-02'); // ≈ 0.5
 * elapsedShare(undefined, '2018-12-31', '2019-01-01');   // 1
 * elapsedShare(undefined, '2018-12-31', '2018-06-30');   // null
 */
export function elapsedShare(start: string | undefined, end: string, asOf: string): number | null {
  const e = dayNumber(end);
  const now = dayNumber(asOf);
  if (e === undefined || now === undefined) return null;
  if (now >= e) return 1;
  const s = start === undefined ? undefined : dayNumber(start);
  if (s === undefined) return null;
  if (now <= s) return 0;
  return Math.min(1, Math.max(0, (now - s) / (e - s)));
}

/**
 * Age in whole years on a date.
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A person's age in whole years on `asOf`, both ISO dates (`YYYY-MM-DD`). The age goes up on
 * the birthday; someone born on 29 February turns a year older on 1 March in years without
 * that day. Returns `undefined` when a date is malformed or `asOf` is before the birth date.
 *
 * @example
 * ageOn('2000-06-15', '2016-06-14'); // 15
 * ageOn('2000-06-15', '2016-06-15'); // 16
 * ageOn('2000-02-29', '2017-02-28'); // 16
 * ageOn('2000-02-29', '2017-03-01'); // 17
 */
export function ageOn(birthDate: string, asOf: string): number | undefined {
  const birth = ISO_DATE.exec(birthDate);
  const day = ISO_DATE.exec(asOf);
  if (!birth || !day) return undefined;
  const [by, bm, bd] = birth.slice(1).map(Number) as [number, number, number];
  const [y, m, d] = day.slice(1).map(Number) as [number, number, number];
  const beforeBirthday = m < bm || (m === bm && d < bd);
  const age = y - by - (beforeBirthday ? 1 : 0);
  return age >= 0 ? age : undefined;
}

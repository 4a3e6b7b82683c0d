/**
 * Validation issues for facts and options: each with its path and a message in Swedish and
 * English, in the same shape as the plan format's issues.
 * @module
 */
import type { core } from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';
import { formatPath } from '../plan/paths.js';
import { describeValue, looksNumeric, toPointer, TYPE_NAMES, valueAt } from '../plan/issue-text.js';

// Re-exported: part of this module's API since the first version.
export { describeValue };
import { parseOrganisationNumber } from './organisation-number.js';

/** What kind of problem a {@link FactIssue} is. */
export const FACT_ISSUE_CODES = [
  'required',
  'wrong-type',
  'number-as-text',
  'not-integer',
  'negative',
  'share-out-of-range',
  'too-small',
  'too-big',
  'invalid-value',
  'invalid-date',
  'invalid-url',
  'unknown-field',
  'invalid-organisation-number',
  'exceeds-total',
  'age-mismatch',
  'birth-after-as-of',
  'age-range',
  'engine-error',
] as const;
export type FactIssueCode = (typeof FACT_ISSUE_CODES)[number];

/** One problem in the facts or options given to a check. */
export interface FactIssue {
  /** Where: the path of keys from the facts object (options start with `"options"`). */
  path: (string | number)[];
  /** The same place as a JSON Pointer (RFC 6901), e.g. `/peopleWorking`. */
  pointer: string;
  code: FactIssueCode;
  /** What is wrong, in Swedish and English. */
  message: Bilingual;
}

type Path = (string | number)[];


/** Builds an issue; the message is prefixed with the path. */
export function factIssue(path: Path, code: FactIssueCode, sv: string, en: string): FactIssue {
  if (path.length === 0) return { path, pointer: '', code, message: { sv, en } };
  const at = formatPath(path);
  return { path, pointer: toPointer(path), code, message: { sv: `${at}: ${sv}`, en: `${at}: ${en}` } };
}


/**
 * Turns zod issues for `value` (found at `prefix` in the input) into bilingual issues.
 */
export function issuesFromZod(issues: readonly core.$ZodIssue[], value: unknown, prefix: Path = []): FactIssue[] {
  return issues.flatMap((z) => {
    const rel = z.path.filter((p): p is string | number => typeof p !== 'symbol');
    const path = [...prefix, ...rel];
    const v = valueAt(value, rel);
    const got = describeValue(v);
    switch (z.code) {
      case 'invalid_type': {
        if (v === undefined) return [factIssue(path, 'required', 'uppgiften saknas.', 'this field is required.')];
        if ((z.expected === 'number' || z.expected === 'int') && looksNumeric(v)) {
          return [
            factIssue(path, 'number-as-text', `talet är skrivet som text ("${v}"); skriv det utan citattecken.`, `the number is written as text ("${v}"); write it without quotes.`),
          ];
        }
        if (z.expected === 'int' && typeof v === 'number') {
          return [factIssue(path, 'not-integer', `ska vara ett heltal, men är ${v}.`, `must be a whole number, but is ${v}.`)];
        }
        const expected = TYPE_NAMES[z.expected] ?? { sv: z.expected, en: z.expected };
        return [factIssue(path, 'wrong-type', `ska vara ${expected.sv}, men är ${got.sv}.`, `must be ${expected.en}, but is ${got.en}.`)];
      }
      case 'too_small':
        if (z.origin === 'number' && Number(z.minimum) === 0 && typeof v === 'number' && v < 0) {
          return [factIssue(path, 'negative', `kan inte vara negativt (${v}).`, `cannot be negative (${v}).`)];
        }
        if (z.origin === 'string') return [factIssue(path, 'too-small', 'texten får inte vara tom.', 'the text must not be empty.')];
        if (z.origin === 'array') {
          return [factIssue(path, 'too-small', `listan måste ha minst ${String(z.minimum)} element.`, `the list must have at least ${String(z.minimum)} items.`)];
        }
        return [factIssue(path, 'too-small', `${got.sv} är för litet (minst ${String(z.minimum)}${z.inclusive ? '' : ', ej lika med'}).`, `${got.en} is too small (${z.inclusive ? 'at least' : 'more than'} ${String(z.minimum)}).`)];
      case 'too_big':
        if (z.origin === 'number' && Number(z.maximum) === 1) {
          return [
            factIssue(
              path,
              'share-out-of-range',
              `en andel ska vara ett tal mellan 0 och 1 (t.ex. 0.35 för 35 %), men är ${v}.`,
              `a share must be a number from 0 to 1 (e.g. 0.35 for 35%), but is ${v}.`,
            ),
          ];
        }
        return [factIssue(path, 'too-big', `${got.sv} är för stort (högst ${String(z.maximum)}).`, `${got.en} is too big (at most ${String(z.maximum)}).`)];
      case 'invalid_value': {
        const allowed = z.values.map((x) => JSON.stringify(x)).join(', ');
        return [factIssue(path, 'invalid-value', `${got.sv} är inte tillåtet; välj ett av ${allowed}.`, `${got.en} is not allowed; choose one of ${allowed}.`)];
      }
      case 'invalid_format':
        if (z.format === 'date') {
          return [factIssue(path, 'invalid-date', `${got.sv} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD.`, `${got.en} is not a valid date; write YYYY-MM-DD.`)];
        }
        if (z.format === 'url') return [factIssue(path, 'invalid-url', `${got.sv} är ingen giltig webbadress.`, `${got.en} is not a valid web address.`)];
        return [factIssue(path, 'invalid-value', `${got.sv} har fel format.`, `${got.en} has the wrong format.`)];
      case 'unrecognized_keys':
        return z.keys.map((key) =>
          factIssue([...path, key], 'unknown-field', `okänd uppgift "${key}" (felstavad?).`, `unknown field "${key}" (a typo?).`),
        );
      case 'custom':
        if (z.message === 'organisation-number' && typeof v === 'string') {
          const parsed = parseOrganisationNumber(v);
          if (!parsed.success) {
            const { sv, en } = parsed.error.message;
            return [{ path, pointer: toPointer(path), code: 'invalid-organisation-number', message: { sv: `${formatPath(path)}: ${sv}`, en: `${formatPath(path)}: ${en}` } }];
          }
        }
        return [factIssue(path, 'invalid-value', `ogiltigt värde (${z.message}).`, `invalid value (${z.message}).`)];
      default:
        return [factIssue(path, 'invalid-value', `${got.sv} är inte tillåtet.`, `${got.en} is not allowed.`)];
    }
  });
}

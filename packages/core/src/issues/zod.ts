/**
 * The one translator from zod issues to bilingual {@link Issue}s, shared by the plan parser and
 * the rule facts' validation, so that one zod problem reads the same wherever it is found. A
 * domain passes `override` for what only it knows (the plan's ids and unions, an organisation
 * number); everything else gets the one wording per zod code here.
 * @module
 */
import type { core } from 'zod/mini';
import { describeValue, looksNumeric, TYPE_NAMES, valueAt } from '../plan/issue-text.js';
import { pathIssue, type Issue, type IssuePath } from './issue.js';

/** The kinds of issue that {@link translateZodIssues} gives without an override. */
export const ZOD_ISSUE_CODES = [
  'required',
  'wrong-type',
  'number-as-text',
  'not-integer',
  'not-finite',
  'negative',
  'too-small',
  'too-big',
  'invalid-value',
  'invalid-date',
  'invalid-url',
  'invalid-format',
  'unknown-field',
] as const;
export type ZodIssueCode = (typeof ZOD_ISSUE_CODES)[number];

/** What an override is told about one zod issue. */
export interface ZodIssueContext {
  /** The full path from the document root (the prefix included). */
  path: IssuePath;
  /** The value at that path in the input. */
  value: unknown;
  /** The whole input given to the translator. */
  input: unknown;
  /** Translates further zod issues (e.g. the ones inside a union's branch) the same way. */
  translate: (issues: readonly core.$ZodIssue[]) => Issue<string>[];
}

export interface TranslateZodOptions<Code extends string> {
  /** Where the validated value sits in the document; prepended to every path. */
  prefix?: IssuePath;
  /** A domain's own reading of a zod issue; `undefined` falls back to the shared wording. */
  override?: (issue: core.$ZodIssue, context: ZodIssueContext) => Issue<Code>[] | undefined;
}

/**
 * Turns zod issues for `input` into bilingual issues, each message prefixed with the path for
 * people (`indicators[2].target.value: …`).
 */
export function translateZodIssues<Code extends string = never>(
  issues: readonly core.$ZodIssue[],
  input: unknown,
  options: TranslateZodOptions<Code> = {},
): Issue<Code | ZodIssueCode>[] {
  const { prefix = [], override } = options;
  const translate = (list: readonly core.$ZodIssue[]): Issue<Code | ZodIssueCode>[] =>
    list.flatMap((z): Issue<Code | ZodIssueCode>[] => {
      const rel = z.path.filter((p): p is string | number => typeof p !== 'symbol');
      const path = [...prefix, ...rel];
      const value = valueAt(input, rel);
      const own = override?.(z, { path, value, input, translate });
      return own ?? shared(z, path, value);
    });
  return translate(issues);
}

/**
 * A field the format does not know, at `path` (its last part is the field's name). Also for
 * validators that walk the fields themselves, so that they word it the same.
 */
export function unknownFieldIssue(path: IssuePath): Issue<'unknown-field'> {
  const key = String(path[path.length - 1]);
  return pathIssue(
    path,
    'unknown-field',
    `okänt fält "${key}" (felstavat?); det skulle annars gå förlorat.`,
    `unknown field "${key}" (a typo?); it would otherwise be lost.`,
  );
}

/** The one wording per zod code. */
function shared(z: core.$ZodIssue, path: IssuePath, v: unknown): Issue<ZodIssueCode>[] {
  const got = describeValue(v);
  const one = (code: ZodIssueCode, sv: string, en: string) => [pathIssue(path, code, sv, en)];
  switch (z.code) {
    case 'invalid_type': {
      if (v === undefined) return one('required', 'uppgiften saknas.', 'this field is required.');
      if ((z.expected === 'number' || z.expected === 'int') && looksNumeric(v)) {
        return one(
          'number-as-text',
          `talet är skrivet som text ("${v}"); skriv det utan citattecken.`,
          `the number is written as text ("${v}"); write it without quotes.`,
        );
      }
      if (z.expected === 'int' && typeof v === 'number') {
        return one('not-integer', `ska vara ett heltal, men är ${v}.`, `must be a whole number, but is ${v}.`);
      }
      const expected = TYPE_NAMES[z.expected] ?? { sv: z.expected, en: z.expected };
      return one(
        'wrong-type',
        `ska vara ${expected.sv}, men är ${got.sv}.`,
        `must be ${expected.en}, but is ${got.en}.`,
      );
    }
    case 'too_small':
      if (z.origin === 'number' && Number(z.minimum) === 0 && typeof v === 'number' && v < 0) {
        return one('negative', `kan inte vara negativt (${v}).`, `cannot be negative (${v}).`);
      }
      if (z.origin === 'string') return one('too-small', 'texten får inte vara tom.', 'the text must not be empty.');
      if (z.origin === 'array') {
        return one(
          'too-small',
          `listan måste ha minst ${String(z.minimum)} element.`,
          `the list must have at least ${String(z.minimum)} items.`,
        );
      }
      return one(
        'too-small',
        `${got.sv} är för litet (minst ${String(z.minimum)}${z.inclusive ? '' : ', ej lika med'}).`,
        `${got.en} is too small (${z.inclusive ? 'at least' : 'more than'} ${String(z.minimum)}).`,
      );
    case 'too_big':
      return one(
        'too-big',
        `${got.sv} är för stort (högst ${String(z.maximum)}).`,
        `${got.en} is too big (at most ${String(z.maximum)}).`,
      );
    case 'invalid_value': {
      const allowed = z.values.map((x) => JSON.stringify(x)).join(', ');
      return one(
        'invalid-value',
        `${got.sv} är inte tillåtet; välj ett av ${allowed}.`,
        `${got.en} is not allowed; choose one of ${allowed}.`,
      );
    }
    case 'invalid_format':
      if (z.format === 'date') {
        return one(
          'invalid-date',
          `${got.sv} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2018-12-31.`,
          `${got.en} is not a valid date; write YYYY-MM-DD, e.g. 2018-12-31.`,
        );
      }
      if (z.format === 'url')
        return one('invalid-url', `${got.sv} är ingen giltig webbadress.`, `${got.en} is not a valid web address.`);
      return one('invalid-format', `${got.sv} har fel format.`, `${got.en} has the wrong format.`);
    case 'unrecognized_keys':
      return z.keys.map((key) => unknownFieldIssue([...path, key]));
    case 'custom':
      if (z.message === 'finite') return one('not-finite', 'talet måste vara ändligt.', 'the number must be finite.');
      return one('invalid-value', `ogiltigt värde (${z.message}).`, `invalid value (${z.message}).`);
    default:
      return one('invalid-value', `${got.sv} är inte tillåtet.`, `${got.en} is not allowed.`);
  }
}

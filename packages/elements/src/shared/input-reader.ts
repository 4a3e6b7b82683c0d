/**
 * Reading the elements' inputs: numbers in digits (decimal comma too), dates `YYYY-MM-DD`,
 * one of a list, whether they come as attributes or as properties, and whether one was not
 * understood. What an element needs before it shows anything; the messages that say what was
 * wrong are in inputs.ts ({@link InputCheck}), which an element's lazy part may hold.
 * @internal
 * @module
 */

/** A number in digits: "28", "-3", "28.5", "28,5" (decimal comma), "1 000" (grouped with spaces). */
const NUMBER_TEXT = /^[-+\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:[.,]\d+)?$/;

/** The number a text writes, or `undefined` when it is not a number in digits. */
export function parseNumberText(text: string): number | undefined {
  const t = text.trim();
  if (!t || !/\d/.test(t) || !NUMBER_TEXT.test(t)) return undefined;
  const n = Number(
    t
      .replace(/[ \u00a0\u202f]/g, '')
      .replace(',', '.')
      .replace('\u2212', '-'),
  );
  return Number.isFinite(n) ? n : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a text is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Attribute converter of an optional number: an absent or empty attribute is `undefined` (never
 * 0, which `Number('')` would give); a number in digits (decimal comma too) becomes that number;
 * any other text is kept as it is, so that the element can say what was wrong with it.
 */
export const optionalNumber = {
  fromAttribute(value: string | null): number | string | undefined {
    if (value === null || value.trim() === '') return undefined;
    return parseNumberText(value) ?? value;
  },
  toAttribute(value: number | string | null | undefined): string | null {
    return value === undefined || value === null ? null : String(value);
  },
};

/** Today's date (or the date of `now`) where the reader is, `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whether an input is absent: `undefined`, `null` or empty. */
export const absent = (value: unknown) => value === undefined || value === null || value === '';

/** What an input was expected to be, for the message that says it was not. */
export type Expected =
  | { kind: 'number' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'one-of'; allowed: readonly string[] };

/**
 * Reads an element's inputs and remembers only whether one was not understood (`bad`): what an
 * element needs before it shows anything. {@link InputCheck} reads them the same way and says
 * what was wrong; `<asf-progress>` keeps that (with its bilingual messages) in its lazy part.
 */
export class InputReader {
  /** Whether an input read since `begin()` was not understood. */
  bad = false;

  /** Call first in `willUpdate`: forgets the problems of the last update. */
  begin(): void {
    this.bad = false;
  }

  protected fail(_attribute: string, _value: unknown, _expected: Expected): undefined {
    this.bad = true;
    return undefined;
  }

  /** An optional number, given as a number or as text in digits; `undefined` when absent or not understood. */
  number(attribute: string, value: unknown): number | undefined {
    if (absent(value)) return undefined;
    const n =
      typeof value === 'number'
        ? Number.isFinite(value)
          ? value
          : undefined
        : typeof value === 'string'
          ? parseNumberText(value)
          : undefined;
    return n ?? this.fail(attribute, value, { kind: 'number' });
  }

  /** An optional date `YYYY-MM-DD` (a `Date` object is read as its local date); `undefined` when absent or not understood. */
  date(attribute: string, value: unknown): string | undefined {
    if (absent(value)) return undefined;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return todayIso(value);
    if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
    return this.fail(attribute, value, { kind: 'date' });
  }

  /** One of `allowed` (include `''` when empty is a value of its own); `fallback` when absent or not allowed. */
  oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value.trim())) return value.trim() as T;
    if (value === '') return fallback;
    this.fail(attribute, value, { kind: 'one-of', allowed });
    return fallback;
  }
}

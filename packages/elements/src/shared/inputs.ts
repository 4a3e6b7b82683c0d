/**
 * Reading the elements' inputs the same way whether they come as attributes or as properties.
 *
 * React 19 and Vue 3 set a DOM property instead of an attribute whenever the element has one, so
 * `<asf-progress value="28">` in JSX or a Vue template sets `el.value = '28'`, a string. Every
 * numeric, date and enumerated input therefore accepts, as a property, the text forms its
 * attribute accepts, and a value it does not understand is a visible, bilingual problem that
 * names the attribute and what was given (and one `asf-error` event), never a silent default.
 *
 * An element reads its inputs in `willUpdate` through an {@link InputCheck}:
 *
 * ```ts
 * private readonly inputs = new InputCheck(this);
 * protected override willUpdate() {
 *   this.inputs.begin();
 *   const value = this.inputs.number('value', this.value);
 *   const direction = this.inputs.oneOf('direction', this.direction, DIRECTIONS, 'increase');
 *   if (this.inputs.error) this.view = { kind: 'problem', title, error: this.inputs.error };
 * }
 * ```
 * @internal
 * @module
 */
import type { Bilingual } from '@asf-kit/core';
import type { AsfLoadError } from './events.js';

/** An input the element does not understand. */
export interface InputProblem {
  /** The attribute's name (also for a value set as the property). */
  attribute: string;
  /** What was given, as shown in the message: `"abc"` for a text, `{}` for an object. */
  given: string;
  message: Bilingual;
}

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

/** `attribute="given"` for a text or a number, `attribute={given}` for anything else. */
function shown(attribute: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return `${attribute}="${value}"`;
  const text = describeValue(value);
  return `${attribute}={${text.length > 60 ? `${text.slice(0, 57)}…` : text}}`;
}

/** Any other value as a person would write it: JSON for objects and arrays. */
function describeValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      // Circular, or holds a BigInt: say what it is rather than "[object Object]".
      return Array.isArray(value) ? '[…]' : '{…}';
    }
  }
  return String(value);
}

/** The messages, Swedish and English side by side. */
export const INPUT_TEXTS = {
  title: { sv: 'Fel värde:', en: 'Invalid value:' },
  notANumber: (given: string): Bilingual => ({
    sv: `Attributet ${given} är inget tal. Skriv det med siffror, t.ex. 28 eller 28,5.`,
    en: `The attribute ${given} is not a number. Write it in digits, e.g. 28 or 28.5.`,
  }),
  notAnIntegerIn: (given: string, min: number, max: number): Bilingual => ({
    sv: `Attributet ${given} ska vara ett heltal från ${min} till ${max}.`,
    en: `The attribute ${given} must be a whole number from ${min} to ${max}.`,
  }),
  notADate: (given: string): Bilingual => ({
    sv: `Attributet ${given} är inget datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2018-12-31.`,
    en: `The attribute ${given} is not a date. Write it as YYYY-MM-DD, e.g. 2018-12-31.`,
  }),
  notOneOf: (given: string, allowed: readonly string[]): Bilingual => {
    const list = allowed.filter(Boolean).join(', ');
    const empty = allowed.includes('');
    return {
      sv: `Attributet ${given} är inget av de tillåtna värdena: ${list}${empty ? ' (eller tomt)' : ''}.`,
      en: `The attribute ${given} is not one of the allowed values: ${list}${empty ? ' (or empty)' : ''}.`,
    };
  },
};

const absent = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Reads an element's inputs in `willUpdate` and keeps the first problem, which the element shows
 * as its `problem` view (and reports once with `reportOnce`).
 */
export class InputCheck {
  /** The first input not understood in this update, if any. */
  problem: InputProblem | undefined;

  constructor(private readonly host: HTMLElement) {}

  /** Call first in `willUpdate`: forgets the problem of the last update. */
  begin(): void {
    this.problem = undefined;
  }

  /** The problem as an `asf-error`'s error, if any. */
  get error(): AsfLoadError | undefined {
    const p = this.problem;
    return (
      p && { kind: 'invalid', url: this.host.getAttribute('src') ?? '', attribute: p.attribute, message: p.message }
    );
  }

  private fail(attribute: string, value: unknown, message: (given: string) => Bilingual): undefined {
    if (!this.problem) {
      const given = shown(attribute, value);
      this.problem = { attribute, given, message: message(given) };
    }
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
    return n ?? this.fail(attribute, value, INPUT_TEXTS.notANumber);
  }

  /** A whole number from `min` to `max`; `fallback` when absent or not understood. */
  integer(attribute: string, value: unknown, min: number, max: number, fallback: number): number {
    if (absent(value)) return fallback;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value) : undefined;
    if (n !== undefined && Number.isInteger(n) && n >= min && n <= max) return n;
    this.fail(attribute, value, (given) => INPUT_TEXTS.notAnIntegerIn(given, min, max));
    return fallback;
  }

  /** An optional date `YYYY-MM-DD` (a `Date` object is read as its local date); `undefined` when absent or not understood. */
  date(attribute: string, value: unknown): string | undefined {
    if (absent(value)) return undefined;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return todayIso(value);
    if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
    return this.fail(attribute, value, INPUT_TEXTS.notADate);
  }

  /** One of `allowed` (include `''` when empty is a value of its own); `fallback` when absent or not allowed. */
  oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value.trim())) return value.trim() as T;
    if (value === '') return fallback;
    this.fail(attribute, value, (given) => INPUT_TEXTS.notOneOf(given, allowed));
    return fallback;
  }
}

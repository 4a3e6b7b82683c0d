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
import { absent, InputReader, parseNumberText, type Expected } from './input-reader.js';

export { InputReader, isIsoDate, optionalNumber, parseNumberText, todayIso } from './input-reader.js';

/** An input the element does not understand. */
export interface InputProblem {
  /** The attribute's name (also for a value set as the property). */
  attribute: string;
  /** What was given, as shown in the message: `"abc"` for a text, `{}` for an object. */
  given: string;
  message: Bilingual;
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

/**
 * Reads an element's inputs in `willUpdate` and keeps the first problem, which the element shows
 * as its `problem` view (and reports once with `reportOnce`).
 */
export class InputCheck extends InputReader {
  /** The first input not understood in this update, if any. */
  problem: InputProblem | undefined;

  constructor(private readonly host: HTMLElement) {
    super();
  }

  /** Call first in `willUpdate`: forgets the problem of the last update. */
  override begin(): void {
    super.begin();
    this.problem = undefined;
  }

  /** The problem as an `asf-error`'s error, if any. */
  get error(): AsfLoadError | undefined {
    const p = this.problem;
    return (
      p && { kind: 'invalid', url: this.host.getAttribute('src') ?? '', attribute: p.attribute, message: p.message }
    );
  }

  /** A whole number from `min` to `max`; `fallback` when absent or not understood (not in the lean reader: the gauge has none). */
  integer(attribute: string, value: unknown, min: number, max: number, fallback: number): number {
    if (absent(value)) return fallback;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value) : undefined;
    if (n !== undefined && Number.isInteger(n) && n >= min && n <= max) return n;
    this.fail(attribute, value, { kind: 'integer', min, max });
    return fallback;
  }

  protected override fail(attribute: string, value: unknown, expected: Expected): undefined {
    super.fail(attribute, value, expected);
    if (!this.problem) {
      const given = shown(attribute, value);
      const message =
        expected.kind === 'number'
          ? INPUT_TEXTS.notANumber(given)
          : expected.kind === 'integer'
            ? INPUT_TEXTS.notAnIntegerIn(given, expected.min, expected.max)
            : expected.kind === 'date'
              ? INPUT_TEXTS.notADate(given)
              : INPUT_TEXTS.notOneOf(given, expected.allowed);
      this.problem = { attribute, given, message };
    }
    return undefined;
  }
}

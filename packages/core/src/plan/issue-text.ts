/**
 * Building blocks of validation messages, shared by the plan parser and the rule facts'
 * validation: where a value is (JSON Pointer), what it is, in words. Internal: not part of
 * the public API.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';

/** A path as a JSON Pointer (RFC 6901): `['indicators', 2, 'target']` → `/indicators/2/target`. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The value at a path of an unknown input, or `undefined`. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

/** A value described for people: `talet -3` / `the number -3`. */
export function describeValue(value: unknown): Bilingual {
  if (value === null) return { sv: 'null', en: 'null' };
  if (value === undefined) return { sv: 'ingenting', en: 'nothing' };
  if (Array.isArray(value)) return { sv: 'en lista', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { sv: `texten "${value}"`, en: `the text "${value}"` };
    case 'number':
      return { sv: `talet ${value}`, en: `the number ${value}` };
    case 'boolean':
      return { sv: `värdet ${value}`, en: `the value ${value}` };
    case 'object':
      return { sv: 'ett objekt', en: 'an object' };
    default:
      return { sv: typeof value, en: typeof value };
  }
}

/** zod's expected types, in words. */
export const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { sv: 'en text', en: 'a text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'ett objekt', en: 'an object' },
};

/** Whether a text is a number written as text ("30", "28,5"), a common mistake in hand-written JSON. */
export const looksNumeric = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v.replace(',', '.').replace(/\s/g, '')));

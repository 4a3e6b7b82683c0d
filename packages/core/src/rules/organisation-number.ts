/**
 * Swedish organisationsnummer: format and control digit.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';

/** Why a text is not an organisationsnummer. */
export const ORGANISATION_NUMBER_ERRORS = ['format', 'century', 'control-digit'] as const;
export type OrganisationNumberError = (typeof ORGANISATION_NUMBER_ERRORS)[number];

/** The result of {@link parseOrganisationNumber}. */
export type ParseOrganisationNumberResult =
  { success: true; data: string } | { success: false; error: { code: OrganisationNumberError; message: Bilingual } };

/**
 * The Luhn (modulus 10) control digit of a string of digits, as Skatteverket computes it for
 * the nine first digits of an organisationsnummer or personnummer: weights 2, 1, 2, 1, …
 * from the left, the digits of each product summed.
 *
 * @example
 * luhnControlDigit('556036079'); // 3
 */
export function luhnControlDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new TypeError(`luhnControlDigit expects digits, got "${digits}"`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Parses an organisationsnummer written `NNNNNN-NNNN`, as ten digits, or as twelve digits with
 * the century prefix 16, 19 or 20 (`16NNNNNNNNNN`, `19NNNNNN-NNNN`), and checks its control
 * digit. Returns the number as `NNNNNN-NNNN`.
 *
 * @example
 * parseOrganisationNumber('5560360793');    // { success: true, data: '556036-0793' }
 * parseOrganisationNumber('556036-0794');   // { success: false, error: { code: 'control-digit', … } }
 */
export function parseOrganisationNumber(input: string): ParseOrganisationNumberResult {
  const text = input.trim();
  const match = /^(\d{2})?(\d{6})-?(\d{4})$/.exec(text);
  if (!match) {
    return fail(
      'format',
      `"${input}" är inget organisationsnummer; skriv NNNNNN-NNNN (tio siffror).`,
      `"${input}" is not an organisationsnummer; write NNNNNN-NNNN (ten digits).`,
    );
  }
  const [, century, head = '', tail = ''] = match;
  if (century !== undefined && !['16', '19', '20'].includes(century)) {
    return fail(
      'century',
      `"${input}": ett tolvsiffrigt nummer börjar med 16, 19 eller 20, inte ${century}.`,
      `"${input}": a twelve-digit number starts with 16, 19 or 20, not ${century}.`,
    );
  }
  const digits = head + tail;
  const expected = luhnControlDigit(digits.slice(0, 9));
  if (Number(digits[9]) !== expected) {
    return fail(
      'control-digit',
      `"${input}": kontrollsiffran stämmer inte (ska vara ${expected}); kontrollera numret.`,
      `"${input}": the control digit does not match (it should be ${expected}); check the number.`,
    );
  }
  return { success: true, data: `${head}-${tail}` };
}

/**
 * Whether a text is a well-formed organisationsnummer with a correct control digit.
 *
 * @example
 * isOrganisationNumber('556036-0793'); // true
 */
export function isOrganisationNumber(input: string): boolean {
  return parseOrganisationNumber(input).success;
}

function fail(code: OrganisationNumberError, sv: string, en: string): ParseOrganisationNumberResult {
  return { success: false, error: { code, message: { sv, en } } };
}

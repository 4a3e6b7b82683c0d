/**
 * Numbers and percentages for people, in Swedish and English, with `Intl.NumberFormat`:
 * "1 234,5" and "60 %" in Swedish, "1,234.5" and "60%" in English. An approximate figure keeps
 * its "ca" ("about") in every format.
 *
 * The spaces are the ones `Intl` gives for sv-SE: a no-break space (U+00A0) between digit groups
 * and before "%". We use a no-break space after "ca"/"about" too, so that the word never ends a
 * line without its number. A minus sign is U+2212 in Swedish, as `Intl` writes it.
 * @module
 */
import type { Language } from '../i18n/text.js';

/** The `Intl` locale used for each language. */
export const NUMBER_LOCALES: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** The word before an approximate figure: "ca 75", "about 75". */
export const APPROXIMATE_PREFIX: Readonly<Record<Language, string>> = { sv: 'ca', en: 'about' };

/** What a missing number is shown as: an en dash. */
export const MISSING_NUMBER = '–';

const NBSP = '\u00a0';

/** Options of {@link formatNumber} and {@link formatPercent}. */
export interface FormatNumberOptions {
  /** Prefix "ca" / "about". */
  approximate?: boolean;
  /** Decimals at most: default 1 for numbers, 0 for percentages. */
  maximumFractionDigits?: number;
}

type RoundingMode = 'halfExpand' | 'trunc' | 'expand';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(
  lang: Language,
  style: 'decimal' | 'percent',
  digits: number,
  roundingMode: RoundingMode = 'halfExpand',
): Intl.NumberFormat {
  const key = `${lang} ${style} ${digits} ${roundingMode}`;
  let f = cache.get(key);
  if (!f) {
    // `roundingMode` and `signDisplay: 'negative'` (no "−0") are ES2023; the ES2022 lib types lack them.
    const options = {
      style,
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      roundingMode,
      signDisplay: 'negative',
    };
    f = new Intl.NumberFormat(NUMBER_LOCALES[lang], options as Intl.NumberFormatOptions);
    cache.set(key, f);
  }
  return f;
}

function digitsOf(options: FormatNumberOptions, fallback: number): number {
  const d = options.maximumFractionDigits ?? fallback;
  if (!Number.isInteger(d) || d < 0 || d > 17)
    throw new RangeError(`maximumFractionDigits must be an integer 0–17, got ${d}`);
  return d;
}

function withPrefix(text: string, lang: Language, approximate: boolean | undefined): string {
  return approximate ? `${APPROXIMATE_PREFIX[lang]}${NBSP}${text}` : text;
}

/**
 * Formats a number for people; a missing or non-finite value is "–".
 *
 * @example
 * formatNumber(1234.5);                          // '1 234,5' (no-break space)
 * formatNumber(1234.5, 'en');                    // '1,234.5'
 * formatNumber(75, 'sv', { approximate: true }); // 'ca 75'
 * formatNumber(75, 'en', { approximate: true }); // 'about 75'
 */
export function formatNumber(
  value: number | null | undefined,
  lang: Language = 'sv',
  options: FormatNumberOptions = {},
): string {
  const digits = digitsOf(options, 1);
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING_NUMBER;
  return withPrefix(numberFormat(lang, 'decimal', digits).format(value), lang, options.approximate);
}

/**
 * Formats a share (0.6) as a percentage ("60 %"); a missing or non-finite share is "–".
 *
 * Rounding never makes a share look like none or all of it when it is not: 0.996 is "99,6 %",
 * not "100 %", and 0.001 is "0,1 %", not "0 %" (up to three more decimals are added for that;
 * beyond them the last digit is rounded away from 0 or down from 100). Above 100 % rounding is
 * ordinary: 1.001 is "100 %", which is still true of a target reached.
 *
 * @example
 * formatPercent(0.6);                            // '60 %' (no-break space)
 * formatPercent(0.6, 'en');                      // '60%'
 * formatPercent(0.3, 'sv', { approximate: true }); // 'ca 30 %'
 * formatPercent(0.996);                          // '99,6 %'
 */
export function formatPercent(
  share: number | null | undefined,
  lang: Language = 'sv',
  options: FormatNumberOptions = {},
): string {
  let digits = digitsOf(options, 0);
  if (typeof share !== 'number' || !Number.isFinite(share)) return MISSING_NUMBER;
  const abs = Math.abs(share * 100);
  const rounded = (d: number) => Math.round(abs * 10 ** d) / 10 ** d;
  const misleading = (d: number) => (rounded(d) === 0 && abs !== 0) || (rounded(d) >= 100 && abs < 100);
  const limit = Math.min(17, digits + 3);
  while (digits < limit && misleading(digits)) digits += 1;
  // Still "0 %" or "100 %" after three more decimals: round away from 0, or down from 100.
  const mode: RoundingMode = !misleading(digits) ? 'halfExpand' : rounded(digits) === 0 ? 'expand' : 'trunc';
  return withPrefix(numberFormat(lang, 'percent', digits, mode).format(share), lang, options.approximate);
}

/** Words for a milestone's yes/no outcome. */
export const MILESTONE_VALUE_LABELS: Readonly<Record<'true' | 'false', Readonly<Record<Language, string>>>> = {
  true: { sv: 'uppnått', en: 'achieved' },
  false: { sv: 'ej uppnått', en: 'not achieved' },
};

/**
 * Formats an outcome: a number as {@link formatNumber}, a milestone's `true`/`false` in words.
 *
 * @example
 * formatValue(28);             // '28'
 * formatValue(false);          // 'ej uppnått'
 * formatValue(true, 'en');     // 'achieved'
 */
export function formatValue(
  value: number | boolean | null | undefined,
  lang: Language = 'sv',
  options: FormatNumberOptions = {},
): string {
  if (typeof value === 'boolean') return MILESTONE_VALUE_LABELS[value ? 'true' : 'false'][lang];
  return formatNumber(value, lang, options);
}

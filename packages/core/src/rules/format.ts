/**
 * Figures in reasons, in Swedish and English, and the `{name}` templates that the rules'
 * reasons are written in. Deterministic on every platform (no Intl locale data needed).
 * `formatRuleNumber`/`formatRulePercent` are internal to the rules; the public
 * `formatNumber`/`formatPercent` (format/number.ts) format figures for the elements with Intl.
 * @module
 */
import type { Bilingual, Language } from '../i18n/text.js';

const NBSP = '\u00a0';

/** Values a reason template can name: a text in both languages. */
export type TemplateValues = Readonly<Record<string, Bilingual | undefined>>;

/** What a template shows for a value that was not given. */
export const NOT_STATED: Bilingual = { sv: 'uppgift saknas', en: 'not stated' };

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A finite number for people, with at most `decimals` decimals: Swedish `700 000` and `6,5`,
 * English `700,000` and `6.5`.
 *
 * @example
 * formatRuleNumber(700000, 'sv'); // '700 000' (non-breaking space)
 * formatRuleNumber(6.5, 'en');    // '6.5'
 */
export function formatRuleNumber(value: number, lang: Language, decimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatRuleNumber expects a finite number, got ${value}`);
  const fixed = Math.abs(value)
    .toFixed(decimals)
    .replace(/\.?0+$/, '');
  const [int = '0', frac] = fixed.split('.');
  const sign = value < 0 && fixed !== '0' ? '−' : '';
  const body = lang === 'sv' ? group(int, NBSP) + (frac ? `,${frac}` : '') : group(int, ',') + (frac ? `.${frac}` : '');
  return sign + body;
}

/**
 * A share (0–1) as a percentage with one decimal at most. When `near` is given and the rounded
 * figure would look equal to it although the share is not, more decimals are shown, so that
 * "29,99 %" never reads as the "30 %" it fails.
 *
 * @example
 * formatRulePercent(0.35, 'sv');                 // '35 %'
 * formatRulePercent(0.35, 'en');                 // '35%'
 * formatRulePercent(0.2999, 'sv', { near: 0.3 }); // '29,99 %'
 */
export function formatRulePercent(share: number, lang: Language, options: { near?: number } = {}): string {
  const percent = share * 100;
  let decimals = 1;
  const { near } = options;
  if (near !== undefined && share !== near) {
    while (decimals < 6 && round(percent, decimals) === round(near * 100, decimals)) decimals++;
  }
  const text = formatRuleNumber(round(percent, decimals), lang, decimals);
  return lang === 'sv' ? `${text}${NBSP}%` : `${text}%`;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * An amount of kronor: `700 000 kr`, `SEK 700,000`.
 *
 * @example
 * formatKronor(699999, 'sv'); // '699 999 kr'
 */
export function formatKronor(amount: number, lang: Language): string {
  return lang === 'sv' ? `${formatRuleNumber(amount, 'sv')}${NBSP}kr` : `SEK${NBSP}${formatRuleNumber(amount, 'en')}`;
}

/** The same text in both languages (a date, a code). */
export function both(text: string): Bilingual {
  return { sv: text, en: text };
}

/** Formats a value in both languages with a per-language formatter. */
export function bilingual(format: (lang: Language) => string): Bilingual {
  return { sv: format('sv'), en: format('en') };
}

/**
 * A list for people: "a, b och c" / "a, b and c".
 *
 * @example
 * joinList([{ sv: 'a', en: 'a' }, { sv: 'b', en: 'b' }]); // { sv: 'a och b', en: 'a and b' }
 */
export function joinList(items: readonly Bilingual[]): Bilingual {
  return bilingual((lang) => {
    const words = items.map((i) => i[lang]);
    if (words.length <= 1) return words[0] ?? '';
    return `${words.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${words[words.length - 1]}`;
  });
}

/** The `{name}` placeholders in a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][\w-]*)\}/g)].map((m) => m[1] ?? '');
}

/**
 * Fills a bilingual template's `{name}` placeholders with values in the same language; a value
 * that is missing shows as "uppgift saknas" / "not stated".
 *
 * @example
 * renderReasonTemplate({ sv: '{n} av {m}', en: '{n} of {m}' }, { n: both('7'), m: both('20') });
 * // { sv: '7 av 20', en: '7 of 20' }
 */
export function renderReasonTemplate(template: Bilingual, values: TemplateValues): Bilingual {
  return bilingual((lang) =>
    template[lang].replace(/\{([A-Za-z][\w-]*)\}/g, (_, name: string) => (values[name] ?? NOT_STATED)[lang]),
  );
}

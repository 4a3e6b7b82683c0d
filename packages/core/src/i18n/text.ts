/**
 * Languages and bilingual texts.
 * @module
 */
import type { LocalizedText } from '../plan/schema.js';

/** The languages asf-kit speaks. Swedish is the default. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages: every message asf-kit produces has one. */
export interface Bilingual {
  sv: string;
  en: string;
}

/**
 * Normalises a language tag ("sv-SE", "en-GB", "EN") to a supported language; anything else
 * is Swedish.
 *
 * @example
 * toLanguage('en-GB'); // 'en'
 * toLanguage('fi');    // 'sv'
 */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'sv';
}

/**
 * Picks the text for a language from plan text: a plain string is Swedish and is used for
 * both languages; an English text falls back to the Swedish one.
 *
 * @example
 * localize({ sv: 'Mål', en: 'Goal' }, 'en'); // 'Goal'
 * localize('Mål', 'en');                     // 'Mål'
 */
export function localize(text: LocalizedText | Bilingual | undefined, lang: Language): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : text.sv) ?? text.sv;
}

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

/** A plan text picked for a language, with the language it is actually written in. */
export interface LocalizedPart {
  text: string;
  /** The language of `text`: a fallback to Swedish, or a plain string in a Swedish plan, is `sv`. */
  lang: Language;
}

/**
 * Picks plan text for a language like {@link localize}, and says which language the picked
 * text is written in, so that a view can mark a part in another language than its
 * surroundings (WCAG 3.1.2, language of parts). A plain string is in the plan's own language
 * (`plan.language`, Swedish when left out).
 *
 * @example
 * localizedPart('Utbildning', 'en');                    // { text: 'Utbildning', lang: 'sv' }
 * localizedPart({ sv: 'Mål', en: 'Goal' }, 'en');       // { text: 'Goal', lang: 'en' }
 * localizedPart({ sv: 'Mål' }, 'en');                   // { text: 'Mål', lang: 'sv' }
 * localizedPart('Training', 'sv', 'en');                // { text: 'Training', lang: 'en' }
 */
export function localizedPart(
  text: LocalizedText | Bilingual | undefined,
  lang: Language,
  planLanguage: Language = 'sv',
): LocalizedPart {
  if (text === undefined) return { text: '', lang };
  if (typeof text === 'string') return { text, lang: planLanguage };
  if (lang === 'en' && text.en !== undefined) return { text: text.en, lang: 'en' };
  return { text: text.sv, lang: 'sv' };
}

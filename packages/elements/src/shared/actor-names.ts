/**
 * How the activity table and the responsibility matrix name actors: the short code the
 * document prints ("KS") where it has one, with the full name kept for screen readers and
 * the abbreviation list; the full name where it has no code.
 * @module
 */
import { localizedPart, type Actor, type Language } from '@asf-kit/core';

/** The names of one actor. */
export interface ActorNames {
  id: string;
  /** What the table shows: the printed code ("KS"), else the full name. */
  short: string;
  /** The full name in the language asked for ("Kommunstyrelsen"). */
  full: string;
  /** Whether `short` is a code that differs from the full name. */
  abbreviated: boolean;
  /** The language `full` is written in (a bilingual name's key, else the plan's language). */
  lang?: Language;
  /** The language `short` is written in: a printed code is in the plan's language. */
  shortLang?: Language;
}

/**
 * The names of an actor in a language, with the language each name is written in (a plain
 * string is in `planLanguage`, Swedish by default), so that a view can mark them (WCAG 3.1.2).
 */
export function actorNames(actor: Actor, lang: Language, planLanguage: Language = 'sv'): ActorNames {
  const name = localizedPart(actor.name, lang, planLanguage);
  const full = name.text.trim() || actor.id;
  const fullLang = name.text.trim() ? name.lang : planLanguage;
  const code = actor.abbreviation?.trim() ?? '';
  const abbreviated = code !== '' && code !== full;
  return {
    id: actor.id,
    short: abbreviated ? code : full,
    full,
    abbreviated,
    lang: fullLang,
    shortLang: abbreviated ? planLanguage : fullLang,
  };
}

/** Names of several actors by id; an id the list does not know is named by itself. */
export function actorNameMap(
  actors: readonly Actor[],
  lang: Language,
  planLanguage: Language = 'sv',
): Map<string, ActorNames> {
  return new Map(actors.map((a) => [a.id, actorNames(a, lang, planLanguage)]));
}

/** The names of an id from a map, or the id itself. */
export function namesOf(map: ReadonlyMap<string, ActorNames>, id: string): ActorNames {
  return map.get(id) ?? { id, short: id, full: id, abbreviated: false };
}

/**
 * Folds text for search: lower case, without diacritics and with single spaces, so that
 * "samrad" finds "samråd" and "forvaltning" finds "Förvaltning".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

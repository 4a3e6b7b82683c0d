/**
 * How the activity table and the responsibility matrix name actors: the short code the
 * document prints ("KS") where it has one, with the full name kept for screen readers and
 * the abbreviation list; the full name where it has no code.
 * @module
 */
import { localize, type Actor, type Language } from '@asf-kit/core';

/** The names of one actor. */
export interface ActorNames {
  id: string;
  /** What the table shows: the printed code ("KS"), else the full name. */
  short: string;
  /** The full name in the language asked for ("Kommunstyrelsen"). */
  full: string;
  /** Whether `short` is a code that differs from the full name. */
  abbreviated: boolean;
}

/** The names of an actor in a language. */
export function actorNames(actor: Actor, lang: Language): ActorNames {
  const full = localize(actor.name, lang).trim() || actor.id;
  const code = actor.abbreviation?.trim() ?? '';
  const abbreviated = code !== '' && code !== full;
  return { id: actor.id, short: abbreviated ? code : full, full, abbreviated };
}

/** Names of several actors by id; an id the list does not know is named by itself. */
export function actorNameMap(actors: readonly Actor[], lang: Language): Map<string, ActorNames> {
  return new Map(actors.map((a) => [a.id, actorNames(a, lang)]));
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
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

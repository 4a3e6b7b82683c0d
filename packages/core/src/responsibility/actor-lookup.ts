/**
 * Finding actors by the names people write in a table cell ("KS", "Arbetsmarknadsenheten",
 * "SKL"), and choosing the name to write for an actor so that it can be found again.
 * @module
 */
import type { Language } from '../i18n/text.js';
import type { Actor } from '../plan/schema.js';
import { ACTOR_REGISTRY, actorKeys, foldActorName, type RegistryActor } from './registry.js';

/** What a name in a cell stands for. */
export type ActorMatch =
  | { kind: 'plan'; id: string }
  | { kind: 'registry'; id: string; actor: RegistryActor }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'unknown' };

/** The words that mean every actor ("Samtliga"). */
const ALL_WORDS = new Set(['samtliga', 'alla', 'all']);

/**
 * Whether a cell says "Samtliga" (or "Alla", "All").
 *
 * @example
 * isSamtliga(' samtliga '); // true
 */
export function isSamtliga(text: string): boolean {
  return ALL_WORDS.has(foldActorName(text));
}

const nameOf = (a: Actor): string[] => (typeof a.name === 'string' ? [a.name] : [a.name.sv, a.name.en ?? '']);

/**
 * Makes a function that finds an actor by a name written in a cell. It tries, in turn: the
 * plan actors' ids, abbreviations and names exactly; the same ignoring case and spaces; then
 * the registry (ids, abbreviations, names, aliases, e.g. "SKL"). The first step that finds
 * something decides; if it finds two actors, the name is ambiguous. A trailing full stop is
 * forgiven ("Socialförvaltningen.").
 *
 * @example
 * const find = actorLookup(plan.actors);
 * find('OMN');                  // { kind: 'plan', id: 'OMN' }
 * find('arbetsmarknadsnämnden'); // { kind: 'plan', id: 'AMN' }
 * find('Försäkringskassan');    // { kind: 'registry', id: 'forsakringskassan', actor: … } when the plan has no such actor
 */
export function actorLookup(
  actors: readonly Actor[],
  registry: readonly RegistryActor[] = ACTOR_REGISTRY,
): (name: string) => ActorMatch {
  const steps: ((a: Actor, name: string) => boolean)[] = [
    (a, n) => a.id === n,
    (a, n) => a.abbreviation === n,
    (a, n) => nameOf(a).includes(n),
    (a, n) => {
      const key = foldActorName(n);
      return actorKeys(a).some((k) => foldActorName(k) === key);
    },
  ];
  const find = (name: string): ActorMatch => {
    if (name.trim() === '') return { kind: 'unknown' };
    for (const step of steps) {
      const ids = [...new Set(actors.filter((a) => step(a, name)).map((a) => a.id))];
      if (ids.length === 1) return { kind: 'plan', id: ids[0] as string };
      if (ids.length > 1) return { kind: 'ambiguous', ids };
    }
    const key = foldActorName(name);
    const hits = registry.filter((r) => actorKeys(r).some((k) => foldActorName(k) === key));
    if (hits.length === 1)
      return { kind: 'registry', id: (hits[0] as RegistryActor).id, actor: hits[0] as RegistryActor };
    if (hits.length > 1) return { kind: 'ambiguous', ids: hits.map((h) => h.id) };
    return { kind: 'unknown' };
  };
  return (name) => {
    const match = find(name);
    const trimmed = name.trim();
    if (match.kind === 'unknown' && trimmed.endsWith('.')) return find(trimmed.slice(0, -1));
    return match;
  };
}

/**
 * Makes a function that gives the name to write in a cell for an actor id: the abbreviation
 * the document prints ("KS"), else the name in the language asked for, else the Swedish name,
 * else the id — the first one that contains no comma or line break, is not "Samtliga", and
 * that {@link actorLookup} finds back as the same actor. An id found nowhere is written as is.
 *
 * @example
 * const label = actorLabeler(plan.actors);
 * label('AMN'); // 'AMN' (Uppsala prints the abbreviation)
 * label('NLU'); // 'Näringsliv och utveckling' (Bollnäs has no abbreviations)
 */
export function actorLabeler(
  actors: readonly Actor[],
  registry: readonly RegistryActor[] = ACTOR_REGISTRY,
  lang: Language = 'sv',
): (id: string) => string {
  const find = actorLookup(actors, registry);
  const cache = new Map<string, string>();
  return (id) => {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    const actor: Actor | RegistryActor | undefined =
      actors.find((a) => a.id === id) ?? registry.find((r) => r.id === id);
    const name = actor?.name;
    const names =
      name === undefined
        ? []
        : typeof name === 'string'
          ? [name]
          : [lang === 'en' ? (name.en ?? name.sv) : name.sv, name.sv];
    const candidates = [actor?.abbreviation, ...names, id];
    const label =
      candidates.find((c): c is string => {
        if (c === undefined || c === '' || c !== c.trim() || /[,\r\n]/u.test(c) || isSamtliga(c)) return false;
        const match = find(c);
        return (match.kind === 'plan' || match.kind === 'registry') && match.id === id;
      }) ?? id;
    cache.set(id, label);
    return label;
  };
}

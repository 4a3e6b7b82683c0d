/**
 * A registry of the Swedish bodies that ASF plans name again and again, with stable ids, so
 * that a plan can use them by id without describing them, and a CSV cell can name them.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import type { Actor, ActorType } from '../plan/schema.js';

/** A body in the {@link ACTOR_REGISTRY}: an actor with a name in both languages and a type. */
export interface RegistryActor {
  /** Stable id: lower case, ASCII, `-` between words (`forsakringskassan`). */
  id: string;
  name: Bilingual;
  /** The short form documents print ("KS", "AF"). */
  abbreviation?: string;
  type: ActorType;
  /** Other names documents use: a former name ("SKL"), a short name ("Almi"). */
  aliases?: readonly string[];
}

/**
 * Common Swedish bodies around ASF. A plan may reference these ids in `lead` and `involved`
 * without listing the actor (see {@link withRegistryActors} and {@link resolveActors}); a
 * plan's own actor with the same id always wins, and plans keep their own codes ("KS",
 * "OMN") as their own actors.
 *
 * Sveriges Kommuner och Landsting (SKL) was renamed Sveriges Kommuner och Regioner (SKR) in
 * 2019: the id is `skr`, and "SKL" is an alias so that older documents still resolve.
 */
export const ACTOR_REGISTRY: readonly RegistryActor[] = [
  // The municipality and the region.
  {
    id: 'kommunfullmaktige',
    name: { sv: 'Kommunfullmäktige', en: 'Municipal Council' },
    abbreviation: 'KF',
    type: 'council',
  },
  {
    id: 'kommunstyrelsen',
    name: { sv: 'Kommunstyrelsen', en: 'Municipal Executive Board' },
    abbreviation: 'KS',
    type: 'committee',
  },
  {
    id: 'kommunledningskontoret',
    name: { sv: 'Kommunledningskontoret', en: 'Municipal Executive Office' },
    type: 'administration',
    aliases: ['Kommunstyrelseförvaltningen', 'Kommunstyrelsens förvaltning'],
  },
  {
    id: 'arbetsmarknadsnamnden',
    name: { sv: 'Arbetsmarknadsnämnden', en: 'Labour Market Committee' },
    type: 'committee',
  },
  { id: 'socialnamnden', name: { sv: 'Socialnämnden', en: 'Social Welfare Committee' }, type: 'committee' },
  {
    id: 'socialforvaltningen',
    name: { sv: 'Socialförvaltningen', en: 'Social Services Administration' },
    type: 'administration',
  },
  {
    id: 'naringslivsenheten',
    name: { sv: 'Näringslivsenheten', en: 'Business Development Unit' },
    type: 'administration',
  },
  { id: 'kommunala-bolag', name: { sv: 'Kommunala bolag', en: 'Municipal companies' }, type: 'company' },
  {
    id: 'regionfullmaktige',
    name: { sv: 'Regionfullmäktige', en: 'Regional Council' },
    abbreviation: 'RF',
    type: 'council',
  },
  {
    id: 'regionstyrelsen',
    name: { sv: 'Regionstyrelsen', en: 'Regional Executive Board' },
    abbreviation: 'RS',
    type: 'committee',
  },
  {
    id: 'region',
    name: { sv: 'Regionen', en: 'The region' },
    type: 'region',
    aliases: ['Region', 'Landstinget', 'Landsting'],
  },
  {
    id: 'samordningsforbund',
    name: { sv: 'Samordningsförbundet', en: 'Coordination association (Finsam)' },
    type: 'coordination-association',
    aliases: ['Samordningsförbund', 'Finsam'],
  },
  // The state.
  { id: 'regeringen', name: { sv: 'Regeringen', en: 'The Government' }, type: 'government' },
  {
    id: 'arbetsformedlingen',
    name: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
    abbreviation: 'AF',
    type: 'agency',
  },
  {
    id: 'forsakringskassan',
    name: { sv: 'Försäkringskassan', en: 'Swedish Social Insurance Agency' },
    abbreviation: 'FK',
    type: 'agency',
  },
  {
    id: 'tillvaxtverket',
    name: { sv: 'Tillväxtverket', en: 'Swedish Agency for Economic and Regional Growth' },
    type: 'agency',
  },
  {
    id: 'socialstyrelsen',
    name: { sv: 'Socialstyrelsen', en: 'National Board of Health and Welfare' },
    type: 'agency',
  },
  {
    id: 'upphandlingsmyndigheten',
    name: { sv: 'Upphandlingsmyndigheten', en: 'National Agency for Public Procurement' },
    type: 'agency',
  },
  { id: 'lansstyrelsen', name: { sv: 'Länsstyrelsen', en: 'County Administrative Board' }, type: 'agency' },
  {
    id: 'esf-radet',
    name: { sv: 'Svenska ESF-rådet', en: 'Swedish ESF Council' },
    type: 'agency',
    aliases: ['ESF-rådet'],
  },
  {
    id: 'sofisam',
    name: { sv: 'Sofisam', en: 'Sofisam (platform for social enterprise)' },
    type: 'group',
    aliases: ['Sociala företag i samverkan'],
  },
  // Associations and support organisations.
  {
    id: 'skr',
    name: { sv: 'Sveriges Kommuner och Regioner', en: 'Swedish Association of Local Authorities and Regions' },
    abbreviation: 'SKR',
    type: 'association',
    aliases: ['SKL', 'Sveriges Kommuner och Landsting'],
  },
  {
    id: 'coompanion',
    name: { sv: 'Coompanion', en: 'Coompanion (cooperative business development)' },
    type: 'association',
  },
  {
    id: 'almi',
    name: { sv: 'Almi Företagspartner', en: 'Almi (business finance and advice)' },
    type: 'company',
    aliases: ['Almi'],
  },
  { id: 'famna', name: { sv: 'Famna', en: 'Famna (non-profit health and social care)' }, type: 'association' },
];

/** Folds case, white space and accents' composition, so that "  försäkringskassan" finds "Försäkringskassan". */
export function foldActorName(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('sv');
}

/** The names by which an actor can be found: id, abbreviation, names, aliases. */
export function actorKeys(actor: Actor | RegistryActor): string[] {
  const name = actor.name;
  const names = typeof name === 'string' ? [name] : [name.sv, name.en ?? ''];
  const aliases = 'aliases' in actor && actor.aliases ? actor.aliases : [];
  return [actor.id, actor.abbreviation ?? '', ...names, ...aliases].filter((k) => k.trim() !== '');
}

/**
 * Finds a body in the registry by id, abbreviation, Swedish or English name or alias,
 * ignoring case and extra spaces.
 *
 * @example
 * findRegistryActor('SKL')?.id;               // 'skr'
 * findRegistryActor('försäkringskassan')?.id; // 'forsakringskassan'
 * findRegistryActor('OMN');                   // undefined: a plan's own code
 */
export function findRegistryActor(
  nameOrId: string,
  registry: readonly RegistryActor[] = ACTOR_REGISTRY,
): RegistryActor | undefined {
  const byId = registry.find((a) => a.id === nameOrId);
  if (byId) return byId;
  const key = foldActorName(nameOrId);
  if (key === '') return undefined;
  return registry.find((a) => actorKeys(a).some((k) => foldActorName(k) === key));
}

/**
 * A registry body as a plan actor (the plan format has no aliases).
 *
 * @example
 * const af = findRegistryActor('Arbetsförmedlingen');
 * if (af) registryActorToActor(af);
 * // { id: 'arbetsformedlingen', name: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
 * //   type: 'agency', abbreviation: 'AF' }
 */
export function registryActorToActor(entry: RegistryActor): Actor {
  const actor: Actor = { id: entry.id, name: { sv: entry.name.sv, en: entry.name.en }, type: entry.type };
  if (entry.abbreviation !== undefined) actor.abbreviation = entry.abbreviation;
  return actor;
}

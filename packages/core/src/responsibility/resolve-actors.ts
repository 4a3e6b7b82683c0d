/**
 * Resolving the actor ids of a plan's activities against the plan's own actors and the
 * {@link ACTOR_REGISTRY}.
 * @module
 */
import type { Actor } from '../plan/schema.js';
import { ACTOR_REGISTRY, registryActorToActor, type RegistryActor } from './registry.js';
import type { ResponsibilityPlan } from './types.js';

/** Every actor id an activity names, leads first, in order, without repeats. */
export function referencedActorIds(activities: ResponsibilityPlan['activities']): string[] {
  const ids = new Set<string>();
  for (const a of activities) {
    for (const id of a.lead) ids.add(id);
    if (a.involved !== 'all') for (const id of a.involved) ids.add(id);
  }
  return [...ids];
}

/**
 * The actors a plan works with: its own actors in plan order, then the registry bodies its
 * activities reference by id without listing them, in order of first reference. A plan's own
 * actor with the same id as a registry body wins. Ids found in neither are left out (see
 * `validateResponsibilities`, which reports them).
 *
 * @example
 * resolveActors({
 *   actors: [{ id: 'KS', name: 'Kommunstyrelsen' }],
 *   activities: [{ id: 'a1', title: 'Samverka', lead: ['KS'], involved: ['arbetsformedlingen'] }],
 * }).map((a) => a.id); // ['KS', 'arbetsformedlingen']
 */
export function resolveActors(
  plan: Pick<ResponsibilityPlan, 'actors' | 'activities'>,
  registry: readonly RegistryActor[] = ACTOR_REGISTRY,
): Actor[] {
  const own = new Set(plan.actors.map((a) => a.id));
  const extra: Actor[] = [];
  for (const id of referencedActorIds(plan.activities)) {
    if (own.has(id)) continue;
    const entry = registry.find((r) => r.id === id);
    if (entry) extra.push(registryActorToActor(entry));
  }
  return [...plan.actors, ...extra];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Prepares a plan document for `parsePlan`: adds to its `actors` every registry body that its
 * activities (`lead`, `involved`) or `organisation.members` reference by id without listing
 * it. Works on the raw document, before parsing, and never changes it: it returns a copy, or
 * the input itself when there is nothing to add or it is not a plan-shaped object.
 *
 * Plans that list all their actors themselves do not need it; `parsePlan` still reports an
 * id found neither in the plan nor in the registry.
 *
 * @example
 * const result = parsePlan(withRegistryActors(JSON.parse(text)));
 */
export function withRegistryActors<T>(input: T, registry: readonly RegistryActor[] = ACTOR_REGISTRY): T {
  if (!isObj(input)) return input;
  const actors: unknown[] = Array.isArray(input.actors) ? input.actors : [];
  const own = new Set(actors.map((a) => (isObj(a) && typeof a.id === 'string' ? a.id : undefined)));
  const referenced = new Set<string>();
  const organisation = isObj(input.organisation) ? input.organisation : undefined;
  for (const id of strings(organisation?.members)) referenced.add(id);
  for (const activity of Array.isArray(input.activities) ? input.activities : []) {
    if (!isObj(activity)) continue;
    for (const id of [...strings(activity.lead), ...strings(activity.involved)]) referenced.add(id);
  }
  const added: Actor[] = [];
  for (const id of referenced) {
    if (own.has(id)) continue;
    const entry = registry.find((r) => r.id === id);
    if (entry) added.push(registryActorToActor(entry));
  }
  if (added.length === 0) return input;
  return { ...input, actors: [...actors, ...added] };
}

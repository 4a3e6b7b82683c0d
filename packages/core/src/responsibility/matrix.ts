/**
 * The responsibility matrix: actors as columns, one row per activity, each cell lead,
 * involved or empty — the Åtgärd · Huvudansvarig · Andra berörda aktörer · Tidplan table as
 * data.
 * @module
 */
import type { Activity, Actor, Goal } from '../plan/schema.js';
import { ACTOR_REGISTRY, type RegistryActor } from './registry.js';
import { referencedActorIds, resolveActors } from './resolve-actors.js';
import { parseSchedule, type ParsedSchedule } from './schedule.js';
import type { ResponsibilityPlan } from './types.js';

/** An actor's part in one activity. */
export const RESPONSIBILITY_ROLES = ['lead', 'involved'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** One activity of the matrix. */
export interface ResponsibilityRow {
  activity: Activity;
  /** The activity's index in `plan.activities`. */
  index: number;
  /** The activity's goal (område), when it names one the plan has. */
  goal?: Goal;
  /** Every column's role in this activity, by actor id: `'lead'`, `'involved'` or `null`. */
  cells: Record<string, ResponsibilityRole | null>;
  /** The row's involved actors were given as "Samtliga" (`"all"`), expanded into `cells`. */
  involvedAll: boolean;
  schedule: ParsedSchedule;
}

/** A plan's responsibility matrix. */
export interface ResponsibilityMatrix {
  /** The columns. */
  actors: Actor[];
  rows: ResponsibilityRow[];
}

/** Options of {@link buildResponsibilityMatrix}. */
export interface ResponsibilityMatrixOptions {
  /**
   * Columns: `'referenced'` (default) only the actors that lead or are involved in some row;
   * `'all'` every actor of the plan, also those no activity names (a samordningsförbund's
   * member municipalities, the council that adopted the plan).
   */
  columns?: 'referenced' | 'all';
  /** Where to find actors that an activity names by id but the plan does not list. */
  registry?: readonly RegistryActor[];
}

/**
 * Whom "Samtliga" (`involved: "all"`) stands for: every actor that some activity of the plan
 * names as lead or involved — the actors of the responsibility table — or, when no activity
 * names any, every actor of the plan. Actors the plan only mentions (the council that adopted
 * it, a working group's members) are not part of "Samtliga". The row's own leads are taken
 * out by the callers.
 *
 * @example
 * samtligaActorIds(plan); // Uppsala: ['KS', 'AMN', 'OMN', 'SCN', 'KTN', 'kommunala-forvaltningar']
 */
export function samtligaActorIds(plan: Pick<ResponsibilityPlan, 'actors' | 'activities'>): string[] {
  const named = referencedActorIds(plan.activities);
  if (named.length === 0) return plan.actors.map((a) => a.id);
  const order = new Map(plan.actors.map((a, i) => [a.id, i]));
  // Plan order first (that is the order of the columns), then ids the plan does not list.
  return [...named].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

/**
 * The role of each actor in one activity: leads are `'lead'`; involved actors — "Samtliga"
 * expanded to {@link samtligaActorIds} without the row's leads — are `'involved'`. An actor
 * listed as both is `'lead'` (validation reports it).
 *
 * @example
 * activityRoles(plan.activities[0], plan); // Map { 'KS' => 'lead', 'AMN' => 'involved', 'OMN' => 'involved' }
 *
 * // Many rows: compute "Samtliga" once and pass it (it depends on the whole plan).
 * const samtliga = samtligaActorIds(plan);
 * plan.activities.map((a) => activityRoles(a, plan, samtliga));
 */
export function activityRoles(
  activity: Activity,
  plan: Pick<ResponsibilityPlan, 'actors' | 'activities'>,
  samtliga?: readonly string[],
): Map<string, ResponsibilityRole> {
  const roles = new Map<string, ResponsibilityRole>();
  for (const id of activity.lead) roles.set(id, 'lead');
  const involved = activity.involved === 'all' ? (samtliga ?? samtligaActorIds(plan)) : activity.involved;
  for (const id of involved) if (!roles.has(id)) roles.set(id, 'involved');
  return roles;
}

/**
 * Builds the responsibility matrix of a plan: its actors as columns (in plan order), one row
 * per activity (in plan order), each cell `'lead'`, `'involved'` or `null`, with the schedule
 * read by {@link parseSchedule}. "Samtliga" is expanded and flagged with `involvedAll`.
 *
 * Columns are the actors that some row names (option `columns: 'all'` for every plan actor).
 * An id the plan does not list is resolved from the registry; an id found nowhere still gets
 * a column named by its id, so that no responsibility disappears from the table.
 *
 * @example
 * const matrix = buildResponsibilityMatrix(plan);
 * matrix.actors.map((a) => a.id);  // ['KS', 'AMN', 'OMN', 'SCN', 'KTN', …]
 * matrix.rows[0]?.cells;           // { KS: 'lead', AMN: 'involved', OMN: 'involved', SCN: null, KTN: null, … }
 */
export function buildResponsibilityMatrix(
  plan: ResponsibilityPlan,
  options: ResponsibilityMatrixOptions = {},
): ResponsibilityMatrix {
  const { columns = 'referenced', registry = ACTOR_REGISTRY } = options;
  const goals = new Map((plan.goals ?? []).map((g) => [g.id, g]));
  // "Samtliga" depends on every row: computed once, not once per "Samtliga" row.
  const samtliga = plan.activities.some((a) => a.involved === 'all') ? samtligaActorIds(plan) : [];
  const roles = plan.activities.map((a) => activityRoles(a, plan, samtliga));

  const used = new Set<string>();
  for (const r of roles) for (const id of r.keys()) used.add(id);
  const known = resolveActors(plan, registry);
  const knownIds = new Set(known.map((a) => a.id));
  const unknown: Actor[] = [...used].filter((id) => !knownIds.has(id)).map((id) => ({ id, name: id }));
  const actors = [...known, ...unknown].filter((a) => columns === 'all' || used.has(a.id));

  const rows = plan.activities.map((activity, index): ResponsibilityRow => {
    const role = roles[index] ?? new Map<string, ResponsibilityRole>();
    const cells: Record<string, ResponsibilityRole | null> = {};
    for (const actor of actors) cells[actor.id] = role.get(actor.id) ?? null;
    const row: ResponsibilityRow = {
      activity,
      index,
      cells,
      involvedAll: activity.involved === 'all',
      schedule: parseSchedule(activity.schedule),
    };
    const goal = activity.goal === undefined ? undefined : goals.get(activity.goal);
    if (goal) row.goal = goal;
    return row;
  });
  return { actors, rows };
}

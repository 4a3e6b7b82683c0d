/**
 * Workload: how many activities each actor leads and takes part in.
 * @module
 */
import type { Actor } from '../plan/schema.js';
import { buildResponsibilityMatrix, type ResponsibilityMatrixOptions } from './matrix.js';
import type { ResponsibilityPlan } from './types.js';

/** One actor's share of a plan's activities. */
export interface ActorWorkload {
  actor: Actor;
  /** How many activities the actor leads (is huvudansvarig for). */
  lead: number;
  /** How many activities the actor is involved in (andra berörda aktörer, "Samtliga" included). */
  involved: number;
  /** `lead + involved`. */
  total: number;
  /** Ids of the activities the actor leads, in plan order. */
  leadActivities: string[];
  /** Ids of the activities the actor is involved in, in plan order. */
  involvedActivities: string[];
}

/**
 * Counts, for each actor, the activities it leads and those it is involved in ("Samtliga"
 * expanded as in the matrix). Actors come in matrix column order; by default every actor of
 * the plan, also those with nothing to do (`columns: 'referenced'` for only the others).
 *
 * @example
 * workloadByActor(plan).map((w) => [w.actor.id, w.lead, w.involved]);
 * // Uppsala: [['KS', 12, 4], ['AMN', 7, 9], ['OMN', 3, 13], …]
 */
export function workloadByActor(plan: ResponsibilityPlan, options: ResponsibilityMatrixOptions = {}): ActorWorkload[] {
  const matrix = buildResponsibilityMatrix(plan, { columns: 'all', ...options });
  return matrix.actors.map((actor) => {
    const leadActivities: string[] = [];
    const involvedActivities: string[] = [];
    for (const row of matrix.rows) {
      const cell = row.cells[actor.id];
      if (cell === 'lead') leadActivities.push(row.activity.id);
      else if (cell === 'involved') involvedActivities.push(row.activity.id);
    }
    return {
      actor,
      lead: leadActivities.length,
      involved: involvedActivities.length,
      total: leadActivities.length + involvedActivities.length,
      leadActivities,
      involvedActivities,
    };
  });
}

/**
 * The part of a plan that responsibility functions read. A parsed {@link Plan} is one; so is a
 * plan assembled in code or imported from CSV before it is parsed.
 * @module
 */
import type { Activity, Actor, Goal, Period } from '../plan/schema.js';

/** The actors, goals, activities and period of a plan: what a responsibility table needs. */
export interface ResponsibilityPlan {
  actors: readonly Actor[];
  activities: readonly Activity[];
  goals?: readonly Goal[] | undefined;
  period?: Period | undefined;
}

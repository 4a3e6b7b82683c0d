/**
 * Reading what format 1.1 lets a document say in more than one way: a target group's
 * priorities (a text, or a text with its own age range) and who leads an activity (its own
 * lead, or the plan's owner).
 * @module
 */
import type { Activity, LocalizedText, Priority, Responsibility } from './schema.js';

/** A priority as text, age range and all, whichever way the document gives it. */
export interface PriorityParts {
  text: LocalizedText;
  ageMin: number | null;
  ageMax: number | null;
}

/**
 * The parts of a priority.
 *
 * @example
 * priorityParts('utrikesfödda');                                  // { text: 'utrikesfödda', ageMin: null, ageMax: null }
 * priorityParts({ text: 'unga', ageMin: 16, ageMax: 29 }).ageMax; // 29
 */
export function priorityParts(priority: Priority): PriorityParts {
  if (typeof priority === 'string' || 'sv' in priority) return { text: priority, ageMin: null, ageMax: null };
  return { text: priority.text, ageMin: priority.ageMin ?? null, ageMax: priority.ageMax ?? null };
}

/**
 * Who leads an activity: its own `lead`, or, when it names none, the owner of the plan
 * (`responsibility.owner`), so that a project description need not repeat its owner on every
 * row. Empty when neither is given.
 *
 * @example
 * activityLeads({ responsibility: { owner: 'region-dalarna', partners: [], funders: [], contacts: [] } }, { lead: [] });
 * // ['region-dalarna']
 */
export function activityLeads(
  plan: { responsibility?: Pick<Responsibility, 'owner'> | undefined },
  activity: Pick<Activity, 'lead'>,
): string[] {
  if (activity.lead.length > 0) return [...activity.lead];
  const owner = plan.responsibility?.owner;
  return owner === undefined ? [] : [owner];
}

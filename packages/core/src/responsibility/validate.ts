/**
 * Checks of a plan's responsibility table that a reader would make: every activity has a
 * lead, nobody is both lead and involved on one row, every actor id is known, every tidplan
 * can be read.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import { localize } from '../i18n/text.js';
import type { Activity } from '../plan/schema.js';
import { formatPath } from '../plan/paths.js';
import { toPointer } from '../plan/issue-text.js';
import { activityRoles, samtligaActorIds } from './matrix.js';
import { ACTOR_REGISTRY, type RegistryActor } from './registry.js';
import { scheduleYears } from './activities-in-year.js';
import { parseSchedule } from './schedule.js';
import type { ResponsibilityPlan } from './types.js';
import type { Issue } from '../issues/issue.js';

/** What kind of problem a {@link ResponsibilityIssue} is. */
export const RESPONSIBILITY_ISSUE_CODES = [
  'no-lead',
  'lead-and-involved',
  'duplicate-actor',
  'unknown-actor',
  'all-without-actors',
  'schedule-unrecognized',
  'schedule-reversed',
  'schedule-outside-period',
] as const;
export type ResponsibilityIssueCode = (typeof RESPONSIBILITY_ISSUE_CODES)[number];

/** One problem in a plan's responsibility table, shaped like a `PlanIssue`. */
export interface ResponsibilityIssue extends Issue<ResponsibilityIssueCode> {
  /** The id of the activity concerned. */
  activity: string;
}

/** Options of {@link validateResponsibilities}. */
export interface ValidateResponsibilitiesOptions {
  /** Actor ids found here are known even when the plan does not list them. `[]` for strict. */
  registry?: readonly RegistryActor[];
}

function short(text: string): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

function named(activity: Activity): Bilingual {
  return {
    sv: `åtgärd ${activity.id} ("${short(localize(activity.title, 'sv'))}")`,
    en: `activity ${activity.id} ("${short(localize(activity.title, 'en'))}")`,
  };
}

/**
 * Reports what a reader of a responsibility table would mark: activities without a lead
 * (`no-lead`), an actor both lead and involved on one row (`lead-and-involved`), an actor
 * twice in one list (`duplicate-actor`), actor ids that are neither in the plan nor in the
 * registry (`unknown-actor`), "Samtliga" when there is nobody else (`all-without-actors`),
 * tidplaner that cannot be read (`schedule-unrecognized`), reversed ranges ("2020-2018",
 * `schedule-reversed`) and tidplaner outside the plan period (`schedule-outside-period`).
 * An absent tidplan is not a problem: the plan period stands in for it.
 *
 * @example
 * for (const issue of validateResponsibilities(plan)) console.log(issue.message.sv);
 * // activities[0].lead: åtgärd a1 ("Samverka"): ingen huvudansvarig.
 * // activities[2].schedule: åtgärd a3 ("Utreda projektmedel"): tidplanen "2020-2018" slutar före den börjar.
 */
export function validateResponsibilities(
  plan: ResponsibilityPlan,
  options: ValidateResponsibilitiesOptions = {},
): ResponsibilityIssue[] {
  const registry = options.registry ?? ACTOR_REGISTRY;
  const known = new Set([...plan.actors.map((a) => a.id), ...registry.map((r) => r.id)]);
  const out: ResponsibilityIssue[] = [];
  const report = (
    activity: Activity,
    path: (string | number)[],
    code: ResponsibilityIssueCode,
    sv: string,
    en: string,
  ) => {
    const who = named(activity);
    out.push({
      path,
      pointer: toPointer(path),
      code,
      activity: activity.id,
      message: { sv: `${formatPath(path)}: ${who.sv}: ${sv}`, en: `${formatPath(path)}: ${who.en}: ${en}` },
    });
  };

  let samtliga: string[] | undefined;
  plan.activities.forEach((activity, i) => {
    const at = (...rest: (string | number)[]) => ['activities', i, ...rest];
    if (activity.lead.length === 0) {
      report(activity, at('lead'), 'no-lead', 'ingen huvudansvarig.', 'no lead.');
    }
    const lists: ['lead' | 'involved', readonly string[]][] = [
      ['lead', activity.lead],
      ['involved', activity.involved === 'all' ? [] : activity.involved],
    ];
    for (const [key, ids] of lists) {
      const seen = new Set<string>();
      ids.forEach((id, j) => {
        if (seen.has(id)) {
          report(
            activity,
            at(key, j),
            'duplicate-actor',
            `aktören "${id}" står två gånger.`,
            `the actor "${id}" is listed twice.`,
          );
        } else if (!known.has(id)) {
          report(
            activity,
            at(key, j),
            'unknown-actor',
            `aktören "${id}" finns inte i planen.`,
            `the actor "${id}" is not in the plan.`,
          );
        }
        seen.add(id);
        if (key === 'involved' && activity.lead.includes(id)) {
          report(
            activity,
            at(key, j),
            'lead-and-involved',
            `"${id}" är både huvudansvarig och annan berörd aktör.`,
            `"${id}" is both the lead and another actor involved.`,
          );
        }
      });
    }
    if (
      activity.involved === 'all' &&
      ![...activityRoles(activity, plan, (samtliga ??= samtligaActorIds(plan))).values()].includes('involved')
    ) {
      report(
        activity,
        at('involved'),
        'all-without-actors',
        '"Samtliga" berörda, men planen har inga andra aktörer än huvudansvarig.',
        '"All" involved, but the plan has no actors besides the lead.',
      );
    }

    const schedule = parseSchedule(activity.schedule);
    const text = JSON.stringify(schedule.text);
    if (schedule.problem === 'reversed') {
      report(
        activity,
        at('schedule'),
        'schedule-reversed',
        `tidplanen ${text} slutar före den börjar.`,
        `the schedule ${text} ends before it starts.`,
      );
    } else if (schedule.kind === 'unrecognized') {
      const why: Bilingual =
        schedule.problem === 'out-of-range'
          ? { sv: ' (är året rätt?)', en: ' (is the year right?)' }
          : schedule.problem === 'invalid-date'
            ? { sv: ' (datumet finns inte)', en: ' (no such date)' }
            : {
                sv: '; den visas som den står men räknas inte till något år',
                en: '; it is shown as printed but counted in no year',
              };
      report(
        activity,
        at('schedule'),
        'schedule-unrecognized',
        `tidplanen ${text} kan inte tolkas${why.sv}.`,
        `the schedule ${text} cannot be read${why.en}.`,
      );
    } else if (plan.period && schedule.kind === 'period') {
      const years = scheduleYears(schedule, plan.period);
      const [from, to] = [Number(plan.period.start.slice(0, 4)), Number(plan.period.end.slice(0, 4))];
      if (years && ((years.from ?? from) < from || (years.to ?? to) > to)) {
        report(
          activity,
          at('schedule'),
          'schedule-outside-period',
          `tidplanen ${text} går utanför planens period ${from}–${to}.`,
          `the schedule ${text} goes beyond the plan period ${from}–${to}.`,
        );
      }
    }
  });
  return out;
}

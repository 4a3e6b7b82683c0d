/**
 * Which activities of a plan run in a given year.
 * @module
 */
import type { Activity, Period } from '../plan/schema.js';
import { parseSchedule, type ParsedSchedule } from './schedule.js';
import type { ResponsibilityPlan } from './types.js';

/** Why an activity counts in a year. */
export const YEAR_BASES = ['schedule', 'ongoing', 'plan-period'] as const;
export type YearBasis = (typeof YEAR_BASES)[number];

/** An activity that runs in the year asked about, and why. */
export interface ActivityInYear {
  activity: Activity;
  /** The activity's index in `plan.activities`. */
  index: number;
  schedule: ParsedSchedule;
  /**
   * `'schedule'`: its tidplan includes the year; `'ongoing'`: its tidplan is ongoing
   * ("Pågår", "från 2019"), which counts in every year of the plan period within its bounds;
   * `'plan-period'`: it has no tidplan, and the plan period stands in for it.
   */
  basis: YearBasis;
  /** The activity has no tidplan and counts because the year is in the plan period. */
  fromPlanPeriod: boolean;
}

/** The years an activity covers, inclusive; `undefined` bounds are open. */
export interface ScheduleYearSpan {
  from?: number;
  to?: number;
}

const periodYears = (period: Period | undefined): ScheduleYearSpan =>
  period ? { from: Number(period.start.slice(0, 4)), to: Number(period.end.slice(0, 4)) } : {};

/**
 * The years a schedule covers, with the plan period standing in for what the schedule does
 * not say: an ongoing schedule without bounds covers the plan period (every year, when the
 * plan has none); "från 2019" runs to the end of the plan period; an absent schedule covers
 * the plan period (nothing, when the plan has none). An unrecognized schedule covers nothing
 * that can be told: `undefined`.
 *
 * @example
 * scheduleYears(parseSchedule('Pågår'), { start: '2018-01-01', end: '2020-12-31' }); // { from: 2018, to: 2020 }
 * scheduleYears(parseSchedule('2019'));                                              // { from: 2019, to: 2019 }
 */
export function scheduleYears(schedule: ParsedSchedule, period?: Period): ScheduleYearSpan | undefined {
  const plan = periodYears(period);
  const span = (from: number | undefined, to: number | undefined): ScheduleYearSpan => {
    const out: ScheduleYearSpan = {};
    if (from !== undefined) out.from = from;
    if (to !== undefined) out.to = to;
    return out;
  };
  switch (schedule.kind) {
    case 'period':
      return span(schedule.startYear ?? plan.from, schedule.endYear ?? plan.to);
    case 'ongoing':
      return span(plan.from, plan.to);
    case 'absent':
      return period ? span(plan.from, plan.to) : undefined;
    case 'unrecognized':
      return undefined;
  }
}

/**
 * The activities that run in a year, in plan order: those whose tidplan includes the year;
 * ongoing ones ("Pågår", "Löpande") in every year of the plan period, or in any year when the
 * plan has no period; and those without a tidplan (Bollnäs) in every year of the plan period,
 * marked `fromPlanPeriod`. A schedule finer than a year ("hösten 2019", "kvartal 2 2019",
 * "februari 2017 – oktober 2018") counts in every year it touches; a list of years with a gap
 * ("2018 och 2020") only in the years it names. Activities whose tidplan is not recognized are not included (the
 * validation reports them). A year that is not a whole number gives no activities.
 *
 * @example
 * activitiesInYear(uppsala, 2020).map((a) => a.activity.id);
 * // ['1.1', '1.2', '2.3', '3.1', '4.2', '4.3', '5.1', '5.3', '5.4', '5.5', '5.6']
 */
export function activitiesInYear(
  plan: Pick<ResponsibilityPlan, 'activities' | 'period'>,
  year: number,
): ActivityInYear[] {
  if (!Number.isInteger(year)) return [];
  const out: ActivityInYear[] = [];
  plan.activities.forEach((activity, index) => {
    const schedule = parseSchedule(activity.schedule);
    const years = scheduleYears(schedule, plan.period);
    if (!years || (years.from !== undefined && year < years.from) || (years.to !== undefined && year > years.to))
      return;
    // A list of years with a gap ("2018 och 2020") runs in those years only.
    if (schedule.years !== undefined && !schedule.years.includes(year)) return;
    const basis: YearBasis = schedule.kind === 'absent' ? 'plan-period' : schedule.ongoing ? 'ongoing' : 'schedule';
    out.push({ activity, index, schedule, basis, fromPlanPeriod: basis === 'plan-period' });
  });
  return out;
}

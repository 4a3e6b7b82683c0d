import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity } from '../plan/schema.js';
import { activitiesInYear, scheduleYears } from './activities-in-year.js';
import { parseSchedule } from './schedule.js';

const act = (id: string, schedule?: string): Activity =>
  schedule === undefined
    ? { id, title: id, lead: ['KS'], involved: [] }
    : { id, title: id, lead: ['KS'], involved: [], schedule };
const activities = [
  act('range', '2018 - 2019'),
  act('year', '2020'),
  act('ongoing', 'Pågår'),
  act('none'),
  act('odd', 'När budget finns'),
  act('from', 'från 2019'),
  act('by', 'senast 2018'),
];
const period = { start: '2018-01-01', end: '2020-12-31' };
const ids = (plan: Parameters<typeof activitiesInYear>[0], year: number) =>
  activitiesInYear(plan, year).map((a) => a.activity.id);

describe('activitiesInYear', () => {
  it('includes scheduled, ongoing and (from the plan period) unscheduled activities', () => {
    assert.deepEqual(ids({ activities, period }, 2018), ['range', 'ongoing', 'none', 'by']);
    assert.deepEqual(ids({ activities, period }, 2019), ['range', 'ongoing', 'none', 'from']);
    assert.deepEqual(ids({ activities, period }, 2020), ['year', 'ongoing', 'none', 'from']);
    assert.deepEqual(ids({ activities, period }, 2021), []);
    assert.deepEqual(ids({ activities, period }, 2017), []);
  });

  it('says why each activity counts', () => {
    const got = activitiesInYear({ activities, period }, 2019).map((a) => [
      a.activity.id,
      a.basis,
      a.fromPlanPeriod,
      a.index,
    ]);
    assert.deepEqual(got, [
      ['range', 'schedule', false, 0],
      ['ongoing', 'ongoing', false, 2],
      ['none', 'plan-period', true, 3],
      ['from', 'ongoing', false, 5],
    ]);
  });

  it('without a plan period: ongoing counts in any year, no schedule in none', () => {
    assert.deepEqual(ids({ activities }, 1999), ['ongoing', 'by']);
    assert.deepEqual(ids({ activities }, 2050), ['ongoing', 'from']);
    assert.deepEqual(ids({ activities }, 2019), ['range', 'ongoing', 'from']);
  });

  it('gives nothing for a year that is not a whole number', () => {
    assert.deepEqual(ids({ activities, period }, Number.NaN), []);
    assert.deepEqual(ids({ activities, period }, 2019.5), []);
  });
});

describe('activitiesInYear with schedules as the regional documents print them', () => {
  const printed = [
    act('list', 'Under 2017 och 2018'),
    act('gap', '2018 och 2020'),
    act('three', '2014, 2015 och 2016'),
    act('years', 'Under åren 2016-2018'),
    act('months', 'februari 2017 – oktober 2018'),
    act('quarter', 'kvartal 2 2019'),
    act('q3', 'Q3 2019'),
    act('autumn', 'hösten 2019'),
    act('term', 'vårterminen 2020'),
    act('running', 'löpande'),
    act('yearly', 'årligen'),
    act('onwards', '2019 och framåt'),
    act('odd', 'när budget finns'),
  ];
  const wide = { start: '2014-01-01', end: '2021-12-31' };
  const inYear = (year: number) => ids({ activities: printed, period: wide }, year);

  it('counts each form in the years it covers, and a gap in none', () => {
    assert.deepEqual(inYear(2014), ['three', 'running', 'yearly']);
    assert.deepEqual(inYear(2016), ['three', 'years', 'running', 'yearly']);
    assert.deepEqual(inYear(2017), ['list', 'years', 'months', 'running', 'yearly']);
    assert.deepEqual(inYear(2018), ['list', 'gap', 'years', 'months', 'running', 'yearly']);
    assert.deepEqual(inYear(2019), ['quarter', 'q3', 'autumn', 'running', 'yearly', 'onwards']);
    assert.deepEqual(inYear(2020), ['gap', 'term', 'running', 'yearly', 'onwards']);
    assert.deepEqual(inYear(2021), ['running', 'yearly', 'onwards']);
    assert.deepEqual(inYear(2022), []);
  });

  it('says why: the schedule, or ongoing', () => {
    const basis = (year: number) =>
      Object.fromEntries(
        activitiesInYear({ activities: printed, period: wide }, year).map((a) => [a.activity.id, a.basis]),
      );
    assert.deepEqual(basis(2020), {
      gap: 'schedule',
      term: 'schedule',
      running: 'ongoing',
      yearly: 'ongoing',
      onwards: 'ongoing',
    });
  });
});

describe('scheduleYears', () => {
  it('fills open bounds from the plan period', () => {
    assert.deepEqual(scheduleYears(parseSchedule('Pågår'), period), { from: 2018, to: 2020 });
    assert.deepEqual(scheduleYears(parseSchedule('Pågår')), {});
    assert.deepEqual(scheduleYears(parseSchedule('från 2019'), period), { from: 2019, to: 2020 });
    assert.deepEqual(scheduleYears(parseSchedule(undefined), period), { from: 2018, to: 2020 });
    assert.equal(scheduleYears(parseSchedule(undefined)), undefined);
    assert.equal(scheduleYears(parseSchedule('2020-2018'), period), undefined);
  });
});

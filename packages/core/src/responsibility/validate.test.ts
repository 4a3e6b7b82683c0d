import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity, Actor } from '../plan/schema.js';
import { validateResponsibilities } from './validate.js';

const actors: Actor[] = [
  { id: 'KS', name: 'Kommunstyrelsen' },
  { id: 'AMN', name: 'Arbetsmarknadsnämnden' },
];
const ok: Activity = { id: 'a0', title: 'Samverka', lead: ['KS'], involved: ['AMN'], schedule: '2018-2020' };
const codes = (activities: Activity[], extra: object = {}) =>
  validateResponsibilities({ actors, activities, period: { start: '2018-01-01', end: '2020-12-31' }, ...extra }).map(
    (i) => `${i.pointer} ${i.code}`,
  );

describe('validateResponsibilities', () => {
  it('finds nothing in a sound table, absent schedules included', () => {
    assert.deepEqual(
      codes([
        ok,
        { ...ok, id: 'a1', schedule: 'Pågå' },
        { id: 'a2', title: 'x', lead: ['AMN'], involved: 'all' },
        { id: 'a3', title: 'y', lead: ['KS'], involved: [] },
      ]),
      [],
    );
  });

  it('reports an activity without a lead', () => {
    assert.deepEqual(codes([ok, { ...ok, id: 'a1', lead: [] }]), ['/activities/1/lead no-lead']);
  });

  it('reports an actor both lead and involved, and an actor listed twice', () => {
    assert.deepEqual(codes([{ ...ok, lead: ['KS', 'KS'], involved: ['AMN', 'KS'] }]), [
      '/activities/0/lead/1 duplicate-actor',
      '/activities/0/involved/1 lead-and-involved',
    ]);
  });

  it('reports unknown actor ids, but not registry ids unless strict', () => {
    assert.deepEqual(codes([{ ...ok, lead: ['XYZ'], involved: ['arbetsformedlingen'] }]), [
      '/activities/0/lead/0 unknown-actor',
    ]);
    assert.deepEqual(codes([{ ...ok, involved: ['arbetsformedlingen'] }], {}), []);
    const strict = validateResponsibilities(
      { actors, activities: [{ ...ok, involved: ['arbetsformedlingen'] }] },
      { registry: [] },
    );
    assert.deepEqual(
      strict.map((i) => i.code),
      ['unknown-actor'],
    );
  });

  it('reports schedules that cannot be read, reversed or outside the period', () => {
    assert.deepEqual(
      codes([
        { ...ok, schedule: 'När budget finns' },
        { ...ok, schedule: '2020-2018' },
        { ...ok, schedule: '2019-2021' },
        { ...ok, schedule: '2017' },
        { ...ok, schedule: 'från 2019' },
        { ...ok, schedule: '0219' },
      ]),
      [
        '/activities/0/schedule schedule-unrecognized',
        '/activities/1/schedule schedule-reversed',
        '/activities/2/schedule schedule-outside-period',
        '/activities/3/schedule schedule-outside-period',
        '/activities/5/schedule schedule-unrecognized',
      ],
    );
    assert.deepEqual(
      validateResponsibilities({ actors, activities: [{ ...ok, schedule: '2030' }] }),
      [],
      'no period, nothing to be outside of',
    );
  });

  it('reports "Samtliga" when there is nobody besides the lead', () => {
    assert.deepEqual(codes([{ id: 'a', title: 'x', lead: ['KS'], involved: 'all' }]), [
      '/activities/0/involved all-without-actors',
    ]);
  });

  it('says what and where in Swedish and English', () => {
    const [issue] = validateResponsibilities({
      actors,
      activities: [ok, { id: '2.1', title: { sv: 'Definiera behov', en: 'Define needs' }, lead: [], involved: [] }],
    });
    assert.deepEqual(issue, {
      path: ['activities', 1, 'lead'],
      pointer: '/activities/1/lead',
      code: 'no-lead',
      activity: '2.1',
      message: {
        sv: 'activities[1].lead: åtgärd 2.1 ("Definiera behov"): ingen huvudansvarig.',
        en: 'activities[1].lead: activity 2.1 ("Define needs"): no lead.',
      },
    });
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity, Actor } from '../plan/schema.js';
import { activityRoles, buildResponsibilityMatrix, samtligaActorIds } from './matrix.js';

const actors: Actor[] = [
  { id: 'KF', name: 'Kommunfullmäktige' },
  { id: 'KS', name: 'Kommunstyrelsen', abbreviation: 'KS' },
  { id: 'AMN', name: 'Arbetsmarknadsnämnden' },
  { id: 'OMN', name: 'Omsorgsnämnden' },
  { id: 'SCN', name: 'Socialnämnden' },
];
const activities: Activity[] = [
  { id: 'a1', goal: 'g1', title: 'Samverka', lead: ['KS'], involved: ['AMN', 'OMN'], schedule: 'Pågå' },
  { id: 'a2', goal: 'g1', title: 'Tydliggöra ansvar', lead: ['KS'], involved: 'all', schedule: '2019' },
  { id: 'a3', title: 'Definiera behov', lead: ['AMN', 'OMN'], involved: [], schedule: '2018 - 2019' },
  { id: 'a4', goal: 'nope', title: 'Informera', lead: ['SCN'], involved: [] },
];
const plan = { actors, activities, goals: [{ id: 'g1', title: 'Förbättrad samverkan' }] };

describe('buildResponsibilityMatrix', () => {
  it('has the referenced actors as columns in plan order, one row per activity', () => {
    const m = buildResponsibilityMatrix(plan);
    assert.deepEqual(
      m.actors.map((a) => a.id),
      ['KS', 'AMN', 'OMN', 'SCN'],
    );
    assert.deepEqual(
      m.rows.map((r) => r.activity.id),
      ['a1', 'a2', 'a3', 'a4'],
    );
    assert.deepEqual(
      m.rows.map((r) => r.index),
      [0, 1, 2, 3],
    );
    assert.deepEqual(m.rows[0]?.cells, { KS: 'lead', AMN: 'involved', OMN: 'involved', SCN: null });
    assert.deepEqual(m.rows[2]?.cells, { KS: null, AMN: 'lead', OMN: 'lead', SCN: null });
  });

  it('expands "Samtliga" to every other actor of the table and flags the row', () => {
    const m = buildResponsibilityMatrix(plan);
    assert.deepEqual(m.rows[1]?.cells, { KS: 'lead', AMN: 'involved', OMN: 'involved', SCN: 'involved' });
    assert.deepEqual(
      m.rows.map((r) => r.involvedAll),
      [false, true, false, false],
    );
  });

  it('includes every plan actor as a column on request; Samtliga still means the table', () => {
    const m = buildResponsibilityMatrix(plan, { columns: 'all' });
    assert.deepEqual(
      m.actors.map((a) => a.id),
      ['KF', 'KS', 'AMN', 'OMN', 'SCN'],
    );
    assert.equal(m.rows[1]?.cells.KF, null);
    assert.equal(m.rows[0]?.cells.KF, null);
  });

  it('attaches the goal and the read schedule', () => {
    const m = buildResponsibilityMatrix(plan);
    assert.equal(m.rows[0]?.goal?.id, 'g1');
    assert.equal(m.rows[3]?.goal, undefined);
    assert.equal(m.rows[0]?.schedule.kind, 'ongoing');
    assert.deepEqual([m.rows[2]?.schedule.startYear, m.rows[2]?.schedule.endYear], [2018, 2019]);
    assert.equal(m.rows[3]?.schedule.kind, 'absent');
  });

  it('resolves registry ids the plan does not list, and keeps unknown ids as columns', () => {
    const m = buildResponsibilityMatrix({
      actors: [{ id: 'KS', name: 'Kommunstyrelsen' }],
      activities: [{ id: 'a1', title: 'x', lead: ['KS'], involved: ['arbetsformedlingen', 'XYZ'] }],
    });
    assert.deepEqual(
      m.actors.map((a) => [a.id, typeof a.name === 'string' ? a.name : a.name.sv]),
      [
        ['KS', 'Kommunstyrelsen'],
        ['arbetsformedlingen', 'Arbetsförmedlingen'],
        ['XYZ', 'XYZ'],
      ],
    );
    assert.deepEqual(m.rows[0]?.cells, { KS: 'lead', arbetsformedlingen: 'involved', XYZ: 'involved' });
    const strict = buildResponsibilityMatrix(
      {
        actors: [{ id: 'KS', name: 'KS' }],
        activities: [{ id: 'a1', title: 'x', lead: ['KS'], involved: ['arbetsformedlingen'] }],
      },
      { registry: [] },
    );
    assert.deepEqual(
      strict.actors.map((a) => a.name),
      ['KS', 'arbetsformedlingen'],
    );
  });

  it('marks an actor both lead and involved as lead', () => {
    const m = buildResponsibilityMatrix({
      actors,
      activities: [{ id: 'a', title: 'x', lead: ['KS'], involved: ['KS', 'AMN'] }],
    });
    assert.deepEqual(m.rows[0]?.cells, { KS: 'lead', AMN: 'involved' });
  });

  it('gives an empty matrix for a plan without activities', () => {
    assert.deepEqual(buildResponsibilityMatrix({ actors, activities: [] }), { actors: [], rows: [] });
    assert.equal(buildResponsibilityMatrix({ actors, activities: [] }, { columns: 'all' }).actors.length, 5);
  });
});

describe('samtligaActorIds and activityRoles', () => {
  it('Samtliga is the actors the activities name, in plan order', () => {
    assert.deepEqual(samtligaActorIds(plan), ['KS', 'AMN', 'OMN', 'SCN']);
  });

  it('Samtliga is every plan actor when no activity names one', () => {
    assert.deepEqual(samtligaActorIds({ actors, activities: [{ id: 'a', title: 'x', lead: [], involved: 'all' }] }), [
      'KF',
      'KS',
      'AMN',
      'OMN',
      'SCN',
    ]);
  });

  it('gives each actor its role in one activity', () => {
    assert.deepEqual(
      [...activityRoles(activities[1]!, plan)],
      [
        ['KS', 'lead'],
        ['AMN', 'involved'],
        ['OMN', 'involved'],
        ['SCN', 'involved'],
      ],
    );
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Activity, Actor } from '../plan/schema.js';
import { buildResponsibilityMatrix } from './matrix.js';
import { workloadByActor } from './workload.js';

const actors: Actor[] = [
  { id: 'KF', name: 'Kommunfullmäktige' },
  { id: 'KS', name: 'Kommunstyrelsen' },
  { id: 'AMN', name: 'Arbetsmarknadsnämnden' },
  { id: 'OMN', name: 'Omsorgsnämnden' },
];
const activities: Activity[] = [
  { id: 'a1', title: 'Samverka', lead: ['KS'], involved: ['AMN', 'OMN'] },
  { id: 'a2', title: 'Tydliggöra ansvar', lead: ['KS'], involved: 'all' },
  { id: 'a3', title: 'Definiera behov', lead: ['AMN', 'OMN'], involved: ['KS'] },
];

describe('workloadByActor', () => {
  it('counts what each actor leads and is involved in, Samtliga expanded', () => {
    const w = workloadByActor({ actors, activities });
    assert.deepEqual(
      w.map((x) => [x.actor.id, x.lead, x.involved, x.total]),
      [
        ['KF', 0, 0, 0],
        ['KS', 2, 1, 3],
        ['AMN', 1, 2, 3],
        ['OMN', 1, 2, 3],
      ],
    );
    assert.deepEqual(w[2]?.leadActivities, ['a3']);
    assert.deepEqual(w[2]?.involvedActivities, ['a1', 'a2']);
  });

  it('leaves out actors with nothing to do on request', () => {
    assert.deepEqual(
      workloadByActor({ actors, activities }, { columns: 'referenced' }).map((x) => x.actor.id),
      ['KS', 'AMN', 'OMN'],
    );
  });

  it('adds up to the filled cells of the matrix', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const activity = fc.record({
      lead: fc.subarray(ids),
      involved: fc.oneof(fc.subarray(ids), fc.constant('all' as const)),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 8 }), (rows) => {
        const plan = {
          actors: ids.map((id) => ({ id, name: id })),
          activities: rows.map((r, i) => ({ id: `a${i}`, title: 't', ...r })),
        };
        const w = workloadByActor(plan);
        const cells = buildResponsibilityMatrix(plan).rows.flatMap((r) => Object.values(r.cells));
        assert.equal(
          w.reduce((s, x) => s + x.lead, 0),
          cells.filter((c) => c === 'lead').length,
        );
        assert.equal(
          w.reduce((s, x) => s + x.involved, 0),
          cells.filter((c) => c === 'involved').length,
        );
        // Every lead is counted once per activity that names it.
        for (const x of w) assert.equal(x.lead, rows.filter((r) => r.lead.includes(x.actor.id)).length);
      }),
    );
  });
});

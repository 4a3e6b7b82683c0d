import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan, parsePlanJson, formatPath } from './parse-plan.js';
import { planJsonSchema } from './json-schema.js';

const minimal = () => ({
  id: 'demo',
  kind: 'action-plan',
  title: 'Handlingsplan',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
  actors: [
    { id: 'KS', name: 'Kommunstyrelsen' },
    { id: 'AMN', name: 'Arbetsmarknadsnämnden' },
  ],
  goals: [{ id: 'g1', title: 'Förbättrad samverkan' }],
  activities: [{ id: 'a1', goal: 'g1', title: 'Samverka', lead: ['KS'], involved: ['AMN'], schedule: 'Pågår' }],
  indicators: [
    {
      id: 'asf',
      title: 'Antal aktiva ASF',
      direction: 'increase',
      baseline: { value: 25, date: '2018-01-01' },
      target: { type: 'level', value: 30, date: '2018-12-31' },
      outcomes: [{ date: '2018-12-31', value: 28 }],
    },
  ],
});

function codes(input: unknown) {
  const r = parsePlan(input);
  assert.equal(r.success, false, 'expected the plan to be rejected');
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.pointer} ${i.code}`);
}

describe('parsePlan', () => {
  it('accepts a minimal plan and fills in empty lists', () => {
    const { activities: _a, indicators: _i, ...rest } = minimal();
    const r = parsePlan({ ...rest, activities: [] });
    assert.ok(r.success);
    assert.deepEqual(r.data.indicators, []);
    assert.deepEqual(r.data.sources, []);
  });

  it('accepts a full plan and keeps its figures', () => {
    const r = parsePlan(minimal());
    assert.ok(r.success, JSON.stringify(!r.success && r.error.issues));
    assert.equal(r.data.indicators[0]?.outcomes[0]?.value, 28);
  });

  it('reports unknown actor ids in lead and involved, with paths', () => {
    const p = minimal();
    p.activities[0]!.lead = ['KS', 'XYZ'];
    p.activities[0]!.involved = ['NOPE'];
    assert.deepEqual(codes(p), [
      '/activities/0/lead/1 unknown-reference',
      '/activities/0/involved/0 unknown-reference',
    ]);
  });

  it('accepts "all" for involved (Samtliga)', () => {
    const p = minimal() as unknown as { activities: { involved: unknown }[] };
    p.activities[0]!.involved = 'all';
    assert.ok(parsePlan(p).success);
  });

  it('reports duplicate ids and unknown goals', () => {
    const p = minimal();
    p.actors.push({ id: 'KS', name: 'Kommunstyrelsen igen' });
    p.activities[0]!.goal = 'g9';
    assert.deepEqual(codes(p), ['/actors/2/id duplicate-id', '/activities/0/goal unknown-reference']);
  });

  it('reports a change target without a baseline', () => {
    const p = minimal();
    const ind = p.indicators[0]! as Record<string, unknown>;
    delete ind.baseline;
    ind.target = { type: 'change', value: 15, date: '2024-12-31' };
    assert.deepEqual(codes(p), ['/indicators/0/target change-without-baseline']);
  });

  it('reports numbers given as text, negative counts and dates out of range', () => {
    const p = minimal() as unknown as {
      indicators: {
        target: { value: unknown };
        baseline: { value: unknown };
        outcomes: { date: string; value: unknown }[];
      }[];
    };
    p.indicators[0]!.target.value = '30';
    p.indicators[0]!.baseline.value = -1;
    p.indicators[0]!.outcomes[0]!.date = '2918-12-31';
    const r = parsePlan(p);
    assert.ok(!r.success);
    const byCode = Object.fromEntries(r.error.issues.map((i) => [i.code, i]));
    assert.equal(byCode['number-as-text']?.pointer, '/indicators/0/target/value');
    assert.match(byCode['number-as-text'].message.sv, /skrivet som text \("30"\)/);
    assert.match(byCode['number-as-text'].message.en, /written as text/);
    assert.equal(byCode['negative-count']?.pointer, '/indicators/0/baseline/value');
    assert.equal(byCode['date-out-of-range']?.pointer, '/indicators/0/outcomes/0/date');
  });

  it('reports impossible dates, bad enums, missing fields and unknown fields', () => {
    const p = minimal() as Record<string, unknown>;
    p.kind = 'plan';
    delete p.title;
    p.perod = { start: '2018-01-01', end: '2020-12-31' };
    (p.indicators as { outcomes: { date: string }[] }[])[0]!.outcomes[0]!.date = '2018-02-30';
    const r = parsePlan(p);
    assert.ok(!r.success);
    const got = r.error.issues.map((i) => `${i.pointer} ${i.code}`).sort();
    assert.deepEqual(got, [
      '/indicators/0/outcomes/0/date invalid-date',
      '/kind invalid-value',
      '/perod unknown-field',
      '/title required',
    ]);
    for (const i of r.error.issues) {
      assert.ok(i.message.sv.length > 0 && i.message.en.length > 0);
      assert.doesNotMatch(i.message.en, /Invalid input/);
    }
  });

  it('checks milestone outcomes are booleans and breakdowns do not exceed totals', () => {
    const p = minimal() as unknown as { indicators: Record<string, unknown>[] };
    p.indicators.push({
      id: 'rad',
      title: 'Regionövergripande råd',
      direction: 'increase',
      target: { type: 'milestone', date: '2018-12-31' },
      outcomes: [{ date: '2018-12-31', value: 1 }],
    });
    (p.indicators[0]!.outcomes as Record<string, unknown>[])[0]!.breakdown = { women: 20, men: 10 };
    assert.deepEqual(codes(p), [
      '/indicators/0/outcomes/0/breakdown breakdown-exceeds-total',
      '/indicators/1/outcomes/0/value outcome-type',
    ]);
  });

  it('never throws, whatever the input', () => {
    for (const input of [
      null,
      undefined,
      42,
      'plan',
      [],
      [1],
      { actors: 'x' },
      { activities: [null, 3] },
      { indicators: [{ outcomes: [null] }] },
    ]) {
      const r = parsePlan(input);
      assert.equal(r.success, false);
      if (!r.success) assert.ok(r.error.issues.length > 0);
    }
  });

  it('reports malformed JSON as an issue', () => {
    const r = parsePlanJson('{ "id": ');
    assert.ok(!r.success);
    assert.equal(r.error.issues[0]?.code, 'invalid-json');
  });

  it('formats paths for people', () => {
    assert.equal(formatPath(['indicators', 2, 'target', 'value']), 'indicators[2].target.value');
  });
});

describe('planJsonSchema', () => {
  it('describes the plan format with its required fields and enums', () => {
    const s = planJsonSchema() as { required: string[]; properties: Record<string, { enum?: string[] }> };
    assert.deepEqual([...s.required].sort(), ['id', 'kind', 'organisation', 'title']);
    assert.deepEqual(s.properties.kind?.enum, ['action-plan', 'policy', 'follow-up']);
  });
});

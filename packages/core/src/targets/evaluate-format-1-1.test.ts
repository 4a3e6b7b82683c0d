// Evaluating the target kinds of plan format 1.1 (issue 13): direction targets ("fler ASF"),
// ranges ("2–4 kommuner"), targets per area ("i vardera av de fyra delregionerna"), undated
// figures ("idag 31 ASF") and shares of a known total ("cirka hälften av 49"). Every result has
// a status, never NaN, never 0 for something unknown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateIndicator, type IndicatorData } from './evaluate-indicator.js';
import { evaluatePlan } from './evaluate-plan.js';
import { aggregateIndicators } from './aggregate.js';
import fc from 'fast-check';
import { summarizeIndicator } from '../format/summary.js';

/** "idag 31 ASF … fler ASF" by the end of 2018. */
const moreAsf = (over: Partial<IndicatorData> = {}): IndicatorData => ({
  id: 'asf',
  title: 'ASF i länet',
  unit: { sv: 'ASF', en: 'WISEs' },
  direction: 'increase',
  baseline: { value: 31, when: 'idag', text: 'idag 31 ASF' },
  start: '2017-01-01',
  target: { type: 'direction', date: '2018-12-31', text: 'fler ASF' },
  outcomes: [],
  ...over,
});

describe('evaluateIndicator: a target with no number ("fler ASF")', () => {
  it('is achieved as soon as the outcome is better than the baseline', () => {
    const e = evaluateIndicator(moreAsf({ outcomes: [{ date: '2018-06-30', value: 32 }] }), { asOf: '2018-06-30' });
    assert.equal(e.status, 'achieved');
    assert.equal(e.reason, null);
    assert.equal(e.progress, 1);
    assert.equal(e.attainment, null);
    assert.equal(e.target?.value, null);
  });

  it('is not achieved when the outcome is no better at the target date', () => {
    const e = evaluateIndicator(moreAsf({ outcomes: [{ date: '2018-12-31', value: 31 }] }), { asOf: '2018-12-31' });
    assert.equal(e.status, 'not-achieved');
    assert.equal(e.progress, 0);
  });

  it('is judged like a milestone before the target date: progress 0 against the time that has passed', () => {
    const ind = moreAsf({ outcomes: [{ date: '2017-01-01', value: 30 }] });
    assert.equal(evaluateIndicator(ind, { asOf: '2017-01-01' }).status, 'on-track');
    assert.equal(evaluateIndicator(ind, { asOf: '2018-01-01' }).status, 'behind');
  });

  it('mirrors for less is better ("färre arbetssökande")', () => {
    const fewer = moreAsf({ direction: 'decrease', outcomes: [{ date: '2018-12-31', value: 30 }] });
    assert.equal(evaluateIndicator(fewer, { asOf: '2018-12-31' }).status, 'achieved');
    const more = moreAsf({ direction: 'decrease', outcomes: [{ date: '2018-12-31', value: 32 }] });
    assert.equal(evaluateIndicator(more, { asOf: '2018-12-31' }).status, 'not-achieved');
  });

  it('cannot be assessed without a baseline figure, and says why', () => {
    const none = evaluateIndicator(moreAsf({ baseline: undefined, outcomes: [{ date: '2018-12-31', value: 40 }] }), {
      asOf: '2018-12-31',
    });
    assert.equal(none.status, 'not-assessable');
    assert.equal(none.reason, 'no-baseline-for-direction');
    assert.equal(none.progress, null);
    const noFigure = evaluateIndicator(moreAsf({ baseline: { date: '2017-01-01' } }), { asOf: '2018-12-31' });
    assert.equal(noFigure.reason, 'no-baseline-for-direction');
  });

  it('reports a missing outcome and a yes/no outcome as not assessable', () => {
    assert.equal(evaluateIndicator(moreAsf(), { asOf: '2018-12-31' }).reason, 'no-outcome');
    assert.equal(
      evaluateIndicator(moreAsf({ outcomes: [{ date: '2018-12-31', value: true }] }), { asOf: '2018-12-31' }).reason,
      'outcome-type',
    );
  });
});

describe('evaluateIndicator: undated figures ("idag 31 ASF")', () => {
  it('keeps the time as printed and never counts elapsed time from it', () => {
    const e = evaluateIndicator(moreAsf({ start: undefined, outcomes: [{ date: '2018-01-01', value: 31 }] }), {
      asOf: '2018-01-01',
    });
    assert.deepEqual(
      { value: e.baseline?.value, date: e.baseline?.date, when: e.baseline?.when },
      { value: 31, date: null, when: 'idag' },
    );
    // No baseline date, no start, no plan start: the pace before the target date is unknown.
    assert.equal(e.start, null);
    assert.equal(e.expected, null);
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-start');
  });

  it('counts time from the indicator start or the plan start instead', () => {
    const e = evaluateIndicator(moreAsf({ start: undefined, outcomes: [{ date: '2018-01-01', value: 31 }] }), {
      asOf: '2018-01-01',
      planStart: '2017-01-01',
    });
    assert.equal(e.start, '2017-01-01');
    assert.equal(e.status, 'behind');
  });

  it('uses an undated figure as the starting value of a level target', () => {
    const e = evaluateIndicator(
      moreAsf({
        target: { type: 'level', value: 41, date: '2018-12-31' },
        outcomes: [{ date: '2018-12-31', value: 36 }],
      }),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.progress, 0.5);
    assert.equal(e.start, '2017-01-01');
  });
});

describe('evaluateIndicator: a share of a known total ("cirka hälften av regionens 49 kommuner")', () => {
  const withoutAsf: IndicatorData = {
    id: 'utan-asf',
    title: 'Kommuner utan ASF',
    direction: 'decrease',
    baseline: { share: 0.5, of: 49, approximate: true, when: 'idag' },
    target: { type: 'level', value: 20, of: 49, date: '2018-12-31' },
    outcomes: [{ date: '2018-12-31', value: 22, of: 49 }],
  };

  it('counts share × total, approximate, and keeps the share and the total', () => {
    const e = evaluateIndicator(withoutAsf, { asOf: '2018-12-31' });
    assert.equal(e.baseline?.value, 24.5);
    assert.equal(e.baseline?.share, 0.5);
    assert.equal(e.baseline?.of, 49);
    assert.equal(e.target?.of, 49);
    assert.equal(e.outcome?.of, 49);
    assert.equal(e.approximate, true);
    assert.equal(e.status, 'not-achieved');
    // (22 − 24.5) / (20 − 24.5) = 0.5555…
    assert.ok(Math.abs((e.progress ?? NaN) - 2.5 / 4.5) < 1e-12);
  });

  it('shows a share with no target as a figure, not assessable', () => {
    const e = evaluateIndicator({ ...withoutAsf, target: undefined, outcomes: [] }, { asOf: '2018-12-31' });
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-target');
    assert.equal(e.baseline?.value, 24.5);
  });
});

describe('evaluateIndicator: a range ("2–4 kommuner")', () => {
  const range = (value: number | null, over: Partial<IndicatorData> = {}): IndicatorData => ({
    id: 'kommuner',
    title: 'Kommuner',
    direction: 'increase',
    baseline: { value: 0, date: '2017-01-01' },
    target: { type: 'range', min: 2, max: 4, date: '2018-12-31' },
    outcomes: value === null ? [] : [{ date: '2017-12-01', value }],
    ...over,
  });

  it('is met inside the range, bounds included', () => {
    for (const v of [2, 3, 4])
      assert.equal(evaluateIndicator(range(v), { asOf: '2018-01-01' }).status, 'achieved', String(v));
  });

  it('measures progress toward the near bound below the range', () => {
    // Half of the way to 2, on 2017-12-31 when just under half the time has passed.
    const e = evaluateIndicator(range(1), { asOf: '2017-12-31' });
    assert.equal(e.target?.value, 2);
    assert.deepEqual([e.target?.min, e.target?.max], [2, 4]);
    assert.equal(e.progress, 0.5);
    assert.equal(e.attainment, 0.5);
    assert.equal(e.status, 'on-track');
    assert.equal(evaluateIndicator(range(1), { asOf: '2018-06-30' }).status, 'behind');
    assert.equal(evaluateIndicator(range(1), { asOf: '2019-01-01' }).status, 'not-achieved');
  });

  it('is not met above the range: behind before the date, not achieved after, with no progress figure', () => {
    const before = evaluateIndicator(range(5), { asOf: '2018-01-01' });
    assert.equal(before.status, 'behind');
    assert.equal(before.progress, null);
    assert.equal(before.attainment, null);
    assert.equal(evaluateIndicator(range(5), { asOf: '2019-01-01' }).status, 'not-achieved');
  });

  it('mirrors for less is better: the near bound is the maximum', () => {
    const fewer = range(5, { direction: 'decrease', baseline: { value: 9, date: '2017-01-01' } });
    const e = evaluateIndicator(fewer, { asOf: '2018-01-01' });
    assert.equal(e.target?.value, 4);
    assert.equal(e.progress, 0.8);
    const under = evaluateIndicator(range(1, { direction: 'decrease' }), { asOf: '2019-01-01' });
    assert.equal(under.status, 'not-achieved');
  });

  it('reports a range with its bounds reversed as a target that cannot be computed', () => {
    const e = evaluateIndicator(range(3, { target: { type: 'range', min: 4, max: 2, date: '2018-12-31' } }), {
      asOf: '2018-12-31',
    });
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'invalid-target');
  });
});

describe('evaluateIndicator: a target per area ("i vardera av de fyra delregionerna")', () => {
  const perArea = (outcomes: { area: string; value: number }[], areas?: string[]): IndicatorData => ({
    id: 'fokus',
    title: 'Kommuner med särskilt fokus',
    direction: 'increase',
    start: '2017-01-01',
    target: {
      type: 'range',
      min: 2,
      max: 4,
      date: '2018-12-31',
      perArea: { count: 4, ...(areas ? { areas: areas.map((id) => ({ id })) } : {}) },
    },
    outcomes: outcomes.map((o) => ({ date: '2018-12-31', ...o })),
  });

  it('is achieved when every area is', () => {
    const e = evaluateIndicator(
      perArea([
        { area: 'a', value: 2 },
        { area: 'b', value: 3 },
        { area: 'c', value: 4 },
        { area: 'd', value: 2 },
      ]),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.status, 'achieved');
    assert.deepEqual(
      e.areas?.map((a) => [a.area, a.status]),
      [
        ['a', 'achieved'],
        ['b', 'achieved'],
        ['c', 'achieved'],
        ['d', 'achieved'],
      ],
    );
    assert.equal(e.outcome, null, 'areas are not summed');
    assert.equal(e.progress, 1);
  });

  it('is not achieved when one area is not, even if another has not reported', () => {
    const e = evaluateIndicator(
      perArea([
        { area: 'a', value: 2 },
        { area: 'b', value: 1 },
      ]),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.status, 'not-achieved');
    assert.equal(e.progress, null);
  });

  it('is not assessable while an area has not reported, and names the declared area', () => {
    const e = evaluateIndicator(
      perArea(
        [
          { area: 'a', value: 2 },
          { area: 'b', value: 3 },
          { area: 'c', value: 4 },
        ],
        ['a', 'b', 'c', 'd'],
      ),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'area-missing');
    assert.deepEqual(
      e.areas?.map((a) => [a.area, a.status, a.reason]),
      [
        ['a', 'achieved', null],
        ['b', 'achieved', null],
        ['c', 'achieved', null],
        ['d', 'not-assessable', 'no-outcome'],
      ],
    );
    const fewer = evaluateIndicator(perArea([{ area: 'a', value: 2 }]), { asOf: '2018-12-31' });
    assert.equal(fewer.reason, 'area-missing', 'four areas, one reported, none declared');
  });

  it('is behind when one area lags before the target date', () => {
    const ind: IndicatorData = {
      ...perArea([]),
      outcomes: [
        { date: '2018-01-01', value: 0, area: 'a' },
        { date: '2018-01-01', value: 2, area: 'b' },
      ],
    };
    const e = evaluateIndicator(ind, { asOf: '2018-01-01' });
    assert.equal(e.status, 'behind');
  });

  it('has no outcome at all: not assessable, no outcome', () => {
    const e = evaluateIndicator(perArea([]), { asOf: '2018-12-31' });
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-outcome');
    assert.deepEqual(e.areas, []);
  });

  it('keeps a direction target per area unassessable without a baseline, whatever the areas say', () => {
    const ind: IndicatorData = {
      id: 'fler',
      title: 'Fler ASF per delregion',
      direction: 'increase',
      target: { type: 'direction', date: '2018-12-31', perArea: { count: 2 } },
      outcomes: [{ date: '2018-12-31', value: 3, area: 'a' }],
    };
    const e = evaluateIndicator(ind, { asOf: '2018-12-31' });
    assert.equal(e.reason, 'no-baseline-for-direction');
  });
});

describe('evaluatePlan and aggregateIndicators with 1.1 targets', () => {
  const plan = {
    id: 'p',
    kind: 'action-plan' as const,
    title: 'P',
    organisation: { name: 'Region A', type: 'region' as const },
    period: { start: '2017-01-01', end: '2018-12-31' },
    indicators: [
      moreAsf({ start: undefined, outcomes: [{ date: '2018-12-31', value: 33 }] }),
      {
        id: 'kommuner',
        title: 'Kommuner',
        direction: 'increase' as const,
        target: { type: 'range' as const, min: 2, max: 4, date: '2018-12-31' },
        outcomes: [{ date: '2018-12-31', value: 3 }],
      },
    ],
  };

  it('counts every status, with no NaN in the plan progress', () => {
    const e = evaluatePlan(plan, { asOf: '2018-12-31' });
    assert.deepEqual(
      e.indicators.map((i) => i.status),
      ['achieved', 'achieved'],
    );
    assert.equal(e.counts.achieved, 2);
    assert.ok(e.progress.value !== null && Number.isFinite(e.progress.value));
  });

  it('sums outcomes but never ranges or directions as targets', () => {
    const other = { ...plan, organisation: { name: 'Region B', type: 'region' as const } };
    const rollup = aggregateIndicators([{ plan }, { plan: other }], { asOf: '2018-12-31' });
    const kommuner = rollup.find((r) => r.key === 'kommuner');
    assert.equal(kommuner?.outcome, 6);
    assert.equal(kommuner?.target, null);
    assert.equal(kommuner?.progress, null);
    assert.deepEqual(kommuner?.basis, []);
    const asf = rollup.find((r) => r.key === 'asf');
    assert.equal(asf?.outcome, 66);
    assert.equal(asf?.target, null);
  });

  it('does not call a range and a level the same kind of target', () => {
    const level = {
      ...plan,
      organisation: { name: 'Region C', type: 'region' as const },
      indicators: [
        { ...(plan.indicators[1] as IndicatorData), target: { type: 'level' as const, value: 2, date: '2018-12-31' } },
      ],
    };
    const rollup = aggregateIndicators([{ plan }, { plan: level }], { asOf: '2018-12-31' });
    assert.equal(rollup.find((r) => r.key === 'kommuner')?.consistent, false);
  });
});

describe('properties of the 1.1 target kinds', () => {
  const DAY = 86_400_000;
  const isoDate = fc
    .integer({ min: Date.UTC(2010, 0, 1) / DAY, max: Date.UTC(2030, 11, 31) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
  const anyNumber = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const area = fc.constantFrom('a', 'b', 'c');
  const perArea = fc.record({ count: fc.integer({ min: 1, max: 3 }) });
  const baseline = fc.oneof(
    fc.record({ value: anyNumber, date: isoDate, approximate: fc.boolean() }, { requiredKeys: ['date'] }),
    fc.record({ value: anyNumber, when: fc.constantFrom('idag', '2017') }, { requiredKeys: ['when'] }),
    fc.record({
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      of: fc.double({ min: 1e-9, max: 1e300, noNaN: true }),
      when: fc.constant('idag'),
    }),
  );
  const target = fc.oneof(
    fc.record({ type: fc.constant('direction' as const), date: isoDate, perArea }, { requiredKeys: ['type', 'date'] }),
    fc.record(
      { type: fc.constant('range' as const), min: anyNumber, max: anyNumber, date: isoDate, perArea },
      { requiredKeys: ['type', 'min', 'max', 'date'] },
    ),
    fc.record(
      { type: fc.constant('level' as const), value: anyNumber, date: isoDate, perArea },
      { requiredKeys: ['type', 'value', 'date'] },
    ),
  );
  const outcome = fc.record(
    { date: isoDate, value: fc.oneof(anyNumber, fc.boolean()), approximate: fc.boolean(), area },
    { requiredKeys: ['date', 'value'] },
  );
  const indicator: fc.Arbitrary<IndicatorData> = fc.record(
    {
      id: fc.constant('i'),
      title: fc.constant('Indikator'),
      unit: fc.constant({ sv: 'st', en: 'pcs' }),
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      baseline,
      target,
      start: isoDate,
      outcomes: fc.array(outcome, { maxLength: 5 }),
    },
    { requiredKeys: ['id', 'title', 'direction'] },
  );
  const finiteOrNull = (x: number | null | undefined) => x === null || x === undefined || Number.isFinite(x);

  it('is total and consistent: a status always, no NaN, achieved only when the target is met', () => {
    fc.assert(
      fc.property(indicator, isoDate, (ind, asOf) => {
        const e = evaluateIndicator(ind, { asOf });
        for (const x of [e.progress, e.attainment, e.expected, e.baseline?.value, e.target?.value])
          assert.ok(finiteOrNull(x), String(x));
        assert.equal(e.reason !== null, e.status === 'not-assessable');
        for (const a of e.areas ?? []) {
          assert.ok(finiteOrNull(a.progress) && finiteOrNull(a.attainment));
          assert.equal(a.reason !== null, a.status === 'not-assessable');
        }
        if (e.status === 'achieved') {
          if (e.areas) assert.ok(e.areas.length > 0 && e.areas.every((a) => a.status === 'achieved'));
          else {
            const o = e.outcome?.value as number;
            const b = e.baseline?.value as number;
            if (e.target?.type === 'direction') assert.ok(e.direction === 'increase' ? o > b : o < b);
            if (e.target?.type === 'range') assert.ok(o >= (e.target.min as number) && o <= (e.target.max as number));
          }
        }
        if (e.target?.type === 'direction' && e.baseline?.value == null)
          assert.equal(e.reason, 'no-baseline-for-direction');
        const summary = summarizeIndicator(e);
        for (const text of [summary.sv, summary.en]) {
          assert.ok(!/NaN|Infinity|undefined|null|\[object/.test(text), text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

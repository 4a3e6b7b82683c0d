import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateIndicator, type IndicatorData } from './evaluate-indicator.js';

const close = (actual: number | null, expected: number, digits = 9) => {
  assert.ok(actual !== null, `expected ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `expected ${expected}, got ${actual}`);
};

/** Gävleborg's active ASF: 25 → 30 in 2018, 28 reached. */
const activeAsf = (over: Partial<IndicatorData> = {}): IndicatorData => ({
  id: 'asf',
  title: 'Antal aktiva ASF',
  unit: { sv: 'aktiva ASF', en: 'active WISEs' },
  direction: 'increase',
  baseline: { value: 25, date: '2018-01-01' },
  target: { type: 'level', value: 30, date: '2018-12-31' },
  outcomes: [{ value: 28, date: '2018-12-31' }],
  ...over,
});

describe('evaluateIndicator: the numbers', () => {
  it('gives progress against the planned change and attainment against the level', () => {
    const e = evaluateIndicator(activeAsf(), { asOf: '2018-12-31' });
    close(e.progress, 0.6);
    close(e.attainment, 28 / 30);
    assert.equal(e.status, 'not-achieved');
    assert.equal(e.reason, null);
    assert.equal(e.target?.value, 30);
    assert.equal(e.baseline?.value, 25);
    assert.equal(e.outcome?.value, 28);
    assert.equal(e.expected, 1);
    assert.equal(e.start, '2018-01-01');
    assert.equal(e.approximate, false);
    assert.equal(e.trend, null);
  });

  it('computes a change target as baseline + change', () => {
    const e = evaluateIndicator(
      activeAsf({
        target: { type: 'change', value: 15, date: '2024-12-31' },
        outcomes: [{ value: 40, date: '2024-12-31' }],
      }),
      { asOf: '2024-12-31' },
    );
    assert.equal(e.target?.value, 40);
    assert.equal(e.target?.change, 15);
    assert.equal(e.progress, 1);
    assert.equal(e.status, 'achieved');
  });

  it('equals attainment without a baseline', () => {
    const e = evaluateIndicator(
      activeAsf({
        baseline: undefined,
        target: { type: 'level', value: 250, date: '2018-12-31' },
        outcomes: [{ value: 75, date: '2018-12-31', approximate: true, text: 'ca 75' }],
      }),
      { asOf: '2018-12-31' },
    );
    close(e.progress, 0.3);
    close(e.attainment, 0.3);
    assert.equal(e.approximate, true);
    assert.equal(e.outcome?.text, 'ca 75');
    assert.equal(e.status, 'not-achieved');
  });

  it('lets progress exceed 1 and go below 0', () => {
    assert.equal(
      evaluateIndicator(activeAsf({ outcomes: [{ value: 35, date: '2018-12-31' }] }), { asOf: '2018-12-31' }).progress,
      2,
    );
    const down = evaluateIndicator(activeAsf({ outcomes: [{ value: 20, date: '2018-12-31' }] }), {
      asOf: '2018-12-31',
    });
    assert.equal(down.progress, -1);
    assert.equal(down.status, 'not-achieved');
  });

  it('gives null progress when the target equals the baseline, and judges by the level', () => {
    const e = evaluateIndicator(activeAsf({ target: { type: 'level', value: 25, date: '2018-12-31' } }), {
      asOf: '2018-12-31',
    });
    assert.equal(e.progress, null);
    close(e.attainment, 28 / 25);
    assert.equal(e.status, 'achieved');
  });

  it('gives null progress for a level already held at the baseline ("keep at least 20")', () => {
    const e = evaluateIndicator(
      activeAsf({
        target: { type: 'level', value: 20, date: '2018-12-31' },
        outcomes: [{ value: 18, date: '2018-12-31' }],
      }),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.progress, null);
    assert.equal(e.status, 'not-achieved');
  });

  it('gives null attainment where it would divide by zero', () => {
    const inc = evaluateIndicator(
      activeAsf({ baseline: undefined, target: { type: 'level', value: 0, date: '2018-12-31' } }),
      { asOf: '2018-12-31' },
    );
    assert.equal(inc.attainment, null);
    assert.equal(inc.progress, null);
    assert.equal(inc.status, 'achieved');
    const dec = evaluateIndicator(
      activeAsf({
        direction: 'decrease',
        baseline: { value: 10, date: '2018-01-01' },
        target: { type: 'level', value: 5, date: '2018-12-31' },
        outcomes: [{ value: 0, date: '2018-12-31' }],
      }),
      { asOf: '2018-12-31' },
    );
    assert.equal(dec.attainment, null);
    assert.equal(dec.progress, 2);
    assert.equal(dec.status, 'achieved');
  });
});

describe('evaluateIndicator: lower is better', () => {
  const sick = (outcome: number): IndicatorData => ({
    id: 'sick',
    title: 'Långtidssjukskrivna',
    direction: 'decrease',
    baseline: { value: 100, date: '2018-01-01' },
    target: { type: 'level', value: 80, date: '2018-12-31' },
    outcomes: [{ value: outcome, date: '2018-12-31' }],
  });

  it('mirrors the arithmetic', () => {
    const e = evaluateIndicator(sick(90), { asOf: '2018-12-31' });
    assert.equal(e.progress, 0.5);
    close(e.attainment, 80 / 90);
    assert.equal(e.status, 'not-achieved');
    const done = evaluateIndicator(sick(70), { asOf: '2018-12-31' });
    assert.equal(done.progress, 1.5);
    close(done.attainment, 80 / 70);
    assert.equal(done.status, 'achieved');
    assert.equal(evaluateIndicator(sick(80), { asOf: '2018-12-31' }).status, 'achieved');
  });

  it('reads a negative change as a decrease', () => {
    const e = evaluateIndicator(
      { ...sick(90), target: { type: 'change', value: -20, date: '2018-12-31' } },
      { asOf: '2018-12-31' },
    );
    assert.equal(e.target?.value, 80);
    assert.equal(e.progress, 0.5);
  });
});

describe('evaluateIndicator: dates', () => {
  it('ignores outcomes after asOf and takes the latest before it', () => {
    const ind = activeAsf({
      outcomes: [
        { value: 30, date: '2019-06-30' },
        { value: 26, date: '2018-04-01' },
        { value: 27, date: '2018-07-01' },
      ],
    });
    const e = evaluateIndicator(ind, { asOf: '2018-12-31' });
    assert.equal(e.outcome?.value, 27);
    assert.equal(e.previous?.value, 26);
    assert.equal(e.trend, 'up');
    const early = evaluateIndicator(ind, { asOf: '2018-03-31' });
    assert.equal(early.outcome, null);
    assert.equal(early.status, 'not-assessable');
    assert.equal(early.reason, 'no-outcome');
  });

  it('takes an outcome dated on asOf', () => {
    assert.equal(evaluateIndicator(activeAsf(), { asOf: '2018-12-31' }).outcome?.value, 28);
    assert.equal(evaluateIndicator(activeAsf(), { asOf: '2018-12-30' }).outcome, null);
  });

  it('accepts a Date and reads its local calendar date', () => {
    assert.equal(evaluateIndicator(activeAsf(), { asOf: new Date(2018, 11, 31, 23, 30) }).asOf, '2018-12-31');
  });

  it('compares progress with the elapsed share before the target date', () => {
    const ind = activeAsf({ outcomes: [{ value: 27, date: '2018-07-02' }] }); // progress 0.4
    const mid = evaluateIndicator(ind, { asOf: '2018-07-02' });
    close(mid.expected, 182 / 364);
    assert.equal(mid.status, 'behind');
    assert.equal(evaluateIndicator(ind, { asOf: '2018-07-02', tolerance: 0.1 }).status, 'on-track');
    const earlier = activeAsf({ outcomes: [{ value: 27, date: '2018-05-01' }] });
    assert.equal(evaluateIndicator(earlier, { asOf: '2018-05-01' }).status, 'on-track');
  });

  it('is on track when progress equals the elapsed share', () => {
    const ind = activeAsf({
      target: { type: 'level', value: 25 + 364, date: '2018-12-31' },
      outcomes: [{ value: 25 + 182, date: '2018-07-02' }],
    });
    const e = evaluateIndicator(ind, { asOf: '2018-07-02' });
    assert.equal(e.progress, e.expected);
    assert.equal(e.status, 'on-track');
  });

  it('is achieved before the target date once the target is reached', () => {
    const e = evaluateIndicator(activeAsf({ outcomes: [{ value: 31, date: '2018-03-01' }] }), { asOf: '2018-03-01' });
    assert.equal(e.status, 'achieved');
  });

  it('counts from the indicator start, then the plan start, when there is no baseline date', () => {
    const ind = activeAsf({ baseline: undefined, outcomes: [{ value: 20, date: '2018-07-02' }] });
    const noStart = evaluateIndicator(ind, { asOf: '2018-07-02' });
    assert.equal(noStart.expected, null);
    assert.equal(noStart.start, null);
    assert.equal(noStart.status, 'not-assessable');
    assert.equal(noStart.reason, 'no-start');
    close(noStart.progress, 20 / 30);
    const planStart = evaluateIndicator(ind, { asOf: '2018-07-02', planStart: '2018-01-01' });
    assert.equal(planStart.start, '2018-01-01');
    assert.equal(planStart.status, 'on-track');
    const own = evaluateIndicator({ ...ind, start: '2018-06-01' }, { asOf: '2018-07-02', planStart: '2018-01-01' });
    assert.equal(own.start, '2018-06-01');
    assert.equal(own.status, 'on-track');
    // At the target date the time has passed whatever the start.
    const end = evaluateIndicator({ ...ind, outcomes: [{ value: 20, date: '2018-12-31' }] }, { asOf: '2019-01-15' });
    assert.equal(end.expected, 1);
    assert.equal(end.status, 'not-achieved');
  });

  it('throws for a programmer error only', () => {
    assert.throws(() => evaluateIndicator(activeAsf(), { asOf: '31/12/2018' }), RangeError);
    assert.throws(() => evaluateIndicator(activeAsf(), { asOf: new Date(Number.NaN) }), RangeError);
    assert.throws(() => evaluateIndicator(activeAsf(), { asOf: '2018-12-31', tolerance: -0.1 }), RangeError);
    assert.throws(() => evaluateIndicator(activeAsf(), { asOf: '2018-12-31', tolerance: Number.NaN }), RangeError);
  });
});

describe('evaluateIndicator: milestones', () => {
  const council = (value?: boolean): IndicatorData => ({
    id: 'council',
    title: 'Regionövergripande råd',
    direction: 'increase',
    start: '2018-01-01',
    target: { type: 'milestone', date: '2018-12-31' },
    outcomes: value === undefined ? [] : [{ value, date: '2018-06-30', text: value ? 'Uppnått' : 'Ej uppnått' }],
  });

  it('is achieved when true, with progress and attainment 1', () => {
    const e = evaluateIndicator(council(true), { asOf: '2018-06-30' });
    assert.equal(e.status, 'achieved');
    assert.equal(e.progress, 1);
    assert.equal(e.attainment, 1);
    assert.equal(e.target?.value, null);
  });

  it('is not achieved when false at the target date', () => {
    const e = evaluateIndicator(council(false), { asOf: '2018-12-31' });
    assert.equal(e.status, 'not-achieved');
    assert.equal(e.progress, 0);
    assert.equal(e.attainment, 0);
  });

  it('is behind when false once the period has started, on track before it starts', () => {
    assert.equal(evaluateIndicator(council(false), { asOf: '2018-06-30' }).status, 'behind');
    assert.equal(evaluateIndicator(council(false), { asOf: '2018-06-30', tolerance: 0.6 }).status, 'on-track');
    const beforeStart = evaluateIndicator({ ...council(false), start: '2018-07-01' }, { asOf: '2018-06-30' });
    assert.equal(beforeStart.expected, 0);
    assert.equal(beforeStart.status, 'on-track');
  });

  it('is not assessable without an outcome', () => {
    const e = evaluateIndicator(council(), { asOf: '2019-01-01' });
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-outcome');
    assert.equal(e.progress, null);
  });

  it('reports an outcome of the wrong kind instead of guessing', () => {
    const e = evaluateIndicator({ ...council(), outcomes: [{ value: 1, date: '2018-06-30' }] }, { asOf: '2018-12-31' });
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'outcome-type');
    const n = evaluateIndicator(activeAsf({ outcomes: [{ value: true, date: '2018-06-30' }] }), { asOf: '2018-12-31' });
    assert.equal(n.reason, 'outcome-type');
    assert.equal(n.progress, null);
  });

  it('gives a trend of yes/no outcomes', () => {
    const e = evaluateIndicator(
      {
        ...council(),
        outcomes: [
          { value: false, date: '2018-03-01' },
          { value: true, date: '2018-06-30' },
        ],
      },
      { asOf: '2018-12-31' },
    );
    assert.equal(e.trend, 'up');
  });
});

describe('evaluateIndicator: not assessable', () => {
  it('reports a figure without a target, and keeps the outcome', () => {
    const e = evaluateIndicator(activeAsf({ target: undefined }), { asOf: '2018-12-31' });
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-target');
    assert.equal(e.outcome?.value, 28);
    assert.equal(e.progress, null);
    assert.equal(e.attainment, null);
    assert.equal(e.expected, null);
  });

  it('reports a change target whose baseline has no figure (Bollnäs "öka med 2")', () => {
    const e = evaluateIndicator(
      activeAsf({
        baseline: { date: '2019-01-01' },
        target: { type: 'change', value: 2, date: '2024-12-31' },
        outcomes: [{ value: 5, date: '2020-12-31' }],
      }),
      { asOf: '2020-12-31' },
    );
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-baseline-value');
    assert.equal(e.target?.value, null);
    assert.equal(e.target?.change, 2);
    assert.equal(e.baseline?.value, null);
    assert.equal(e.progress, null);
  });

  it('reports a change target without any baseline', () => {
    const e = evaluateIndicator(
      activeAsf({ baseline: undefined, target: { type: 'change', value: 2, date: '2018-12-31' } }),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.reason, 'no-baseline-value');
  });

  it('reports a change target that overflows', () => {
    const e = evaluateIndicator(
      activeAsf({
        baseline: { value: Number.MAX_VALUE, date: '2018-01-01' },
        target: { type: 'change', value: Number.MAX_VALUE, date: '2018-12-31' },
      }),
      { asOf: '2018-12-31' },
    );
    assert.equal(e.reason, 'invalid-target');
    assert.equal(e.target?.value, null);
  });
});

describe('evaluateIndicator: approximate figures', () => {
  it('is approximate when the outcome, the target level or a baseline used is', () => {
    const at = { asOf: '2018-12-31' };
    assert.equal(
      evaluateIndicator(activeAsf({ baseline: { value: 25, date: '2018-01-01', approximate: true } }), at).approximate,
      true,
    );
    assert.equal(
      evaluateIndicator(activeAsf({ target: { type: 'level', value: 30, date: '2018-12-31', approximate: true } }), at)
        .approximate,
      true,
    );
    const change = evaluateIndicator(
      activeAsf({
        baseline: { value: 25, date: '2018-01-01', approximate: true },
        target: { type: 'change', value: 5, date: '2018-12-31' },
      }),
      at,
    );
    assert.equal(change.target?.approximate, true);
    assert.equal(change.approximate, true);
    assert.equal(evaluateIndicator(activeAsf(), at).approximate, false);
  });

  it('marks illustrative outcomes', () => {
    const e = evaluateIndicator(activeAsf({ outcomes: [{ value: 28, date: '2018-12-31', illustrative: true }] }), {
      asOf: '2018-12-31',
    });
    assert.equal(e.illustrative, true);
  });
});

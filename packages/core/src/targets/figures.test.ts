import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateIndicator } from './evaluate-indicator.js';
import { evaluateFigures, figuresToIndicator, type IndicatorFigures } from './figures.js';

/** evaluateFigures must give what evaluateIndicator gives for the same figures. */
function reference(f: IndicatorFigures) {
  return evaluateIndicator(figuresToIndicator(f), { asOf: f.asOf });
}

const base: IndicatorFigures = {
  label: 'Aktiva ASF',
  unit: '',
  value: undefined,
  target: undefined,
  baseline: undefined,
  approximate: false,
  direction: 'increase',
  asOf: '2018-12-31',
  targetDate: undefined,
  baselineDate: undefined,
};

describe('figuresToIndicator', () => {
  it('maps the figures to a level target and one outcome dated asOf', () => {
    assert.deepEqual(
      figuresToIndicator({ ...base, unit: 'st', value: 28, target: 30, baseline: 25, baselineDate: '2018-01-01' }),
      {
        id: 'gauge',
        title: 'Aktiva ASF',
        unit: 'st',
        direction: 'increase',
        baseline: { value: 25, date: '2018-01-01' },
        target: { type: 'level', value: 30, date: '2018-12-31' },
        outcomes: [{ value: 28, date: '2018-12-31', approximate: false }],
      },
    );
  });

  it('leaves out figures that are not finite, gives an undated baseline the date "" and an empty label "–"', () => {
    assert.deepEqual(figuresToIndicator({ ...base, label: '', value: Number.NaN, target: Infinity, baseline: 3 }), {
      id: 'gauge',
      title: '–',
      direction: 'increase',
      baseline: { value: 3, date: '' },
      outcomes: [],
    });
  });
});

describe('evaluateFigures: examples', () => {
  const cases: {
    name: string;
    f: Partial<IndicatorFigures>;
    status: string;
    reason?: string | null;
    progress: number | null;
    attainment: number | null;
  }[] = [
    {
      name: 'Gävleborg 2018: 28 of 30 from 25, at the target date',
      f: { value: 28, target: 30, baseline: 25, baselineDate: '2018-01-01' },
      status: 'not-achieved',
      progress: 0.6,
      attainment: 28 / 30,
    },
    {
      name: 'reached before the target date',
      f: { value: 31, target: 30, targetDate: '2020-12-31' },
      status: 'achieved',
      progress: 31 / 30,
      attainment: 31 / 30,
    },
    {
      name: 'half-way in time, 60 % of the change: on track',
      f: {
        value: 28,
        target: 30,
        baseline: 25,
        baselineDate: '2018-01-01',
        targetDate: '2019-12-31',
        asOf: '2018-12-31',
      },
      status: 'on-track',
      progress: 0.6,
      attainment: 28 / 30,
    },
    {
      name: 'a decrease, behind the time',
      f: {
        direction: 'decrease',
        value: 95,
        target: 80,
        baseline: 100,
        baselineDate: '2018-01-01',
        targetDate: '2019-01-01',
        asOf: '2018-12-01',
      },
      status: 'behind',
      progress: 0.25,
      attainment: 80 / 95,
    },
    {
      name: 'an undated baseline before the target date: no start',
      f: { value: 28, target: 30, baseline: 25, targetDate: '2019-12-31' },
      status: 'not-assessable',
      reason: 'no-start',
      progress: 0.6,
      attainment: 28 / 30,
    },
    {
      name: 'no target',
      f: { value: 28 },
      status: 'not-assessable',
      reason: 'no-target',
      progress: null,
      attainment: null,
    },
    {
      name: 'no outcome',
      f: { target: 30 },
      status: 'not-assessable',
      reason: 'no-outcome',
      progress: null,
      attainment: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const f = { ...base, ...c.f };
      const e = evaluateFigures(f);
      assert.equal(e.status, c.status);
      assert.equal(e.reason, c.reason ?? null);
      if (c.progress === null) assert.equal(e.progress, null);
      else assert.ok(Math.abs((e.progress as number) - c.progress) < 1e-12, `progress ${e.progress}`);
      if (c.attainment === null) assert.equal(e.attainment, null);
      else assert.ok(Math.abs((e.attainment as number) - c.attainment) < 1e-12, `attainment ${e.attainment}`);
      assert.deepStrictEqual(e, reference(f));
    });
  }

  it('throws the same RangeError as evaluateIndicator for an asOf that is not a date', () => {
    const f = { ...base, asOf: '2018-02-30', value: 1, target: 2 };
    assert.throws(() => reference(f), RangeError);
    assert.throws(
      () => evaluateFigures(f),
      (e: unknown) =>
        e instanceof RangeError && e.message === 'asOf must be an ISO date (YYYY-MM-DD), got "2018-02-30"',
    );
  });
});

describe('evaluateFigures: the same result as evaluateIndicator for every figure set', () => {
  const DAY = 86_400_000;
  /** A few days around 2018-12-31, so that dates before, on and after asOf are all common. */
  const nearDate = fc
    .integer({ min: Date.UTC(2018, 11, 20) / DAY, max: Date.UTC(2019, 0, 10) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
  // '0001-01-01' is not a date to dayNumber (Date.UTC reads year 1 as 1901): both must throw.
  const asOf = fc.oneof(
    { weight: 9, arbitrary: nearDate },
    { weight: 1, arbitrary: fc.constantFrom('2018-12-31', '2000-02-29', '9999-12-31', '0001-01-01', '2018-02-30') },
  );
  const optionalDate = fc.oneof(
    { weight: 6, arbitrary: nearDate },
    { weight: 3, arbitrary: fc.constant(undefined) },
    // Not dates: the element checks its attributes, but the two must agree on anything.
    { weight: 1, arbitrary: fc.constantFrom('', '2018-02-30', '31/12/2018', '9999-12-31', '0001-01-01') },
  );
  const figure = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 40 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 0.1, 0.2 + 0.1, 2.5, -2.5),
    },
    { weight: 2, arbitrary: fc.double({ noNaN: true }) },
    { weight: 2, arbitrary: fc.constantFrom(undefined, Number.NaN, Infinity, -Infinity) },
  );
  const figures: fc.Arbitrary<IndicatorFigures> = fc.record({
    label: fc.constantFrom('', 'Aktiva ASF', 'Antal anställda'),
    unit: fc.constantFrom('', 'st', '%'),
    value: figure,
    target: figure,
    baseline: figure,
    approximate: fc.boolean(),
    direction: fc.constantFrom('increase' as const, 'decrease' as const),
    asOf,
    targetDate: optionalDate,
    baselineDate: optionalDate,
  });

  /** The result, or the error thrown (its class and message), so that throwing is compared too. */
  const settle = <T>(fn: () => T): T | { thrown: string } => {
    try {
      return fn();
    } catch (e) {
      return { thrown: `${(e as Error).name}: ${(e as Error).message}` };
    }
  };

  const RUNS = 6000;
  it(`${RUNS} pseudo-random figure sets (fixed seed)`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(figures, (f) => {
        const e = settle(() => evaluateFigures(f));
        const r = settle(() => reference(f));
        assert.deepStrictEqual(e, r);
        if ('status' in e) {
          // deepStrictEqual ignores the order of keys; JSON keeps it, nested objects included.
          assert.equal(JSON.stringify(e), JSON.stringify(r));
          seen.add(`${e.status}/${e.reason}`);
        } else seen.add('thrown');
      }),
      { seed: 20261203, numRuns: RUNS },
    );
    // The generator reaches every status and every reason this case can have.
    for (const s of [
      'achieved/null',
      'on-track/null',
      'behind/null',
      'not-achieved/null',
      'not-assessable/no-target',
      'not-assessable/no-outcome',
      'not-assessable/no-start',
      'thrown',
    ]) {
      assert.ok(seen.has(s), `no figure set gave ${s}: ${[...seen].join(', ')}`);
    }
  });
});

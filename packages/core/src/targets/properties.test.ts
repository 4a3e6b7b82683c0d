import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { summarizeIndicator } from '../format/summary.js';
import { formatPercent } from '../format/number.js';
import { aggregateIndicators } from './aggregate.js';
import { computeProgress } from './arithmetic.js';
import { evaluateIndicator, type IndicatorData } from './evaluate-indicator.js';
import { evaluatePlan } from './evaluate-plan.js';
import { INDICATOR_STATUSES, NOT_ASSESSABLE_REASONS } from './status.js';

const DAY = 86_400_000;
/** ISO dates from 2010 to 2030. */
const isoDate = fc
  .integer({ min: Date.UTC(2010, 0, 1) / DAY, max: Date.UTC(2030, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Any finite number the schema accepts, extremes included. */
const anyNumber = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const direction = fc.constantFrom('increase' as const, 'decrease' as const);

const outcome = fc.record(
  {
    date: isoDate,
    value: fc.oneof(anyNumber, fc.boolean()),
    approximate: fc.boolean(),
    illustrative: fc.boolean(),
  },
  { requiredKeys: ['date', 'value'] },
);

const target = fc.oneof(
  fc.record(
    { type: fc.constant('level' as const), value: anyNumber, date: isoDate, approximate: fc.boolean() },
    { requiredKeys: ['type', 'value', 'date'] },
  ),
  fc.record({ type: fc.constant('change' as const), value: anyNumber, date: isoDate }),
  fc.record({ type: fc.constant('milestone' as const), date: isoDate }),
);

const indicator: fc.Arbitrary<IndicatorData> = fc.record(
  {
    id: fc.constant('i'),
    title: fc.constant('Indikator'),
    unit: fc.constant({ sv: 'st', en: 'pcs' }),
    direction,
    measure: fc.constantFrom('count' as const, 'amount' as const, 'share' as const, 'other' as const),
    baseline: fc.record({ value: anyNumber, date: isoDate, approximate: fc.boolean() }, { requiredKeys: ['date'] }),
    target,
    start: isoDate,
    outcomes: fc.array(outcome, { maxLength: 4 }),
  },
  { requiredKeys: ['id', 'title', 'direction'] },
);

const options = fc.record(
  { asOf: isoDate, tolerance: fc.double({ min: 0, max: 1, noNaN: true }), planStart: isoDate },
  { requiredKeys: ['asOf'] },
);

const finiteOrNull = (x: number | null) => x === null || Number.isFinite(x);

describe('properties of evaluateIndicator', () => {
  it('is total: no throw, no NaN, no Infinity, for anything the schema accepts', () => {
    fc.assert(
      fc.property(indicator, options, (ind, opts) => {
        const e = evaluateIndicator(ind, opts);
        assert.ok(finiteOrNull(e.progress), `progress ${e.progress}`);
        assert.ok(finiteOrNull(e.attainment), `attainment ${e.attainment}`);
        assert.ok(e.expected === null || (e.expected >= 0 && e.expected <= 1), `expected ${e.expected}`);
        assert.ok(finiteOrNull(e.target?.value ?? null));
        assert.ok(INDICATOR_STATUSES.includes(e.status));
        assert.equal(e.reason !== null, e.status === 'not-assessable');
        if (e.reason !== null) assert.ok(NOT_ASSESSABLE_REASONS.includes(e.reason));
        const summary = summarizeIndicator(e);
        for (const text of [summary.sv, summary.en]) {
          assert.ok(!/NaN|Infinity|undefined|null|\[object/.test(text), text);
        }
      }),
    );
  });

  it('gives a status consistent with the outcome, the target, progress and the dates', () => {
    fc.assert(
      fc.property(indicator, options, (ind, opts) => {
        const e = evaluateIndicator(ind, opts);
        const tolerance = opts.tolerance ?? 0;
        if (e.outcome) assert.ok(e.outcome.date <= e.asOf, 'no outcome after asOf');
        const o = e.outcome?.value;
        const t = e.target;
        const met =
          t?.type === 'milestone'
            ? o === true
            : typeof o === 'number' && t?.value != null && (e.direction === 'increase' ? o >= t.value : o <= t.value);
        switch (e.status) {
          case 'achieved':
            assert.ok(met);
            break;
          case 'not-achieved':
            assert.ok(!met && t !== null && e.asOf >= t.date);
            break;
          case 'on-track':
            assert.ok(!met && t !== null && e.asOf < t.date);
            assert.ok(e.progress !== null && e.expected !== null && e.progress >= e.expected - tolerance);
            break;
          case 'behind':
            assert.ok(!met && t !== null && e.asOf < t.date);
            assert.ok(e.progress === null || (e.expected !== null && e.progress < e.expected - tolerance));
            break;
          case 'not-assessable':
            if (e.reason === 'no-outcome') assert.equal(e.outcome, null);
            if (e.reason === 'no-target') assert.equal(t, null);
            if (e.reason === 'no-start') assert.ok(e.expected === null && t !== null && e.asOf < t.date);
            break;
        }
        if (e.outcome && t && t.type !== 'milestone' && t.value !== null && typeof o === 'number') {
          assert.ok(
            e.reason === null || e.reason === 'no-start',
            `a numeric outcome and target level can be judged, given a start (${e.reason})`,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('equals attainment without a baseline, and is 1 at the target', () => {
    fc.assert(
      fc.property(
        anyNumber,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        direction,
        (b, t, o, d) => {
          assert.equal(
            computeProgress({ target: t, outcome: o, direction: d }),
            d === 'increase' ? o / t : o === 0 ? null : t / o,
          );
          const p = computeProgress({ baseline: b, target: t, outcome: t, direction: d });
          assert.ok(p === null || p === 1);
        },
      ),
    );
  });

  it('is monotonic in the outcome: a better outcome never gives less progress or a worse status', () => {
    // Figures with at most three decimals: a planned change is then at least 0.001 and the ratio
    // stays finite. (Extreme figures, where it may not be, are covered by the totality property.)
    const bounded = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1000);
    fc.assert(
      fc.property(bounded, bounded, bounded, bounded, direction, isoDate, (b, t, o1, o2, d, asOf) => {
        const [worse, better] = (d === 'increase' ? o1 <= o2 : o1 >= o2) ? [o1, o2] : [o2, o1];
        const ind = (o: number): IndicatorData => ({
          id: 'i',
          title: 'I',
          direction: d,
          baseline: { value: b, date: '2010-01-01' },
          target: { type: 'level', value: t, date: '2020-12-31' },
          outcomes: [{ value: o, date: '2010-01-01' }],
        });
        const ew = evaluateIndicator(ind(worse), { asOf });
        const eb = evaluateIndicator(ind(better), { asOf });
        if (ew.progress !== null && eb.progress !== null)
          assert.ok(ew.progress <= eb.progress, `${ew.progress} > ${eb.progress}`);
        assert.equal(ew.progress === null, eb.progress === null);
        const rank = ['not-achieved', 'behind', 'on-track', 'achieved'];
        assert.ok(rank.indexOf(ew.status) <= rank.indexOf(eb.status), `${ew.status} then ${eb.status}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties of evaluatePlan and aggregateIndicators', () => {
  it('counts every indicator once, and goal progress is a share', () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 6 }), isoDate, (inds, asOf) => {
        const plan = {
          id: 'p',
          kind: 'follow-up' as const,
          title: 'P',
          organisation: { name: 'O', type: 'municipality' as const },
          goals: [{ id: 'g', title: 'G' }],
          indicators: inds.map((i, n) => ({ ...i, id: `i${n}`, ...(n % 2 === 0 ? { goal: 'g' } : {}) })),
        };
        const r = evaluatePlan(plan, { asOf });
        assert.equal(r.counts.total, inds.length);
        assert.equal(
          INDICATOR_STATUSES.reduce((s, k) => s + r.counts[k], 0),
          inds.length,
        );
        assert.equal(
          r.goals.reduce((s, g) => s + g.counts.total, 0),
          inds.length,
        );
        for (const g of [r, ...r.goals]) {
          const v = g.progress.value;
          assert.ok(v === null || (v >= 0 && v <= 1));
        }
      }),
    );
  });

  it('sums exactly the reported outcomes and never counts a missing one', () => {
    const member = fc.record({
      value: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      target: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), (ms) => {
        const sources = ms.map((m, n) => ({
          organisation: `org${n}`,
          evaluations: [
            evaluateIndicator(
              {
                id: 'asf',
                title: 'ASF',
                direction: 'increase',
                target: { type: 'level', value: m.target, date: '2018-12-31' },
                outcomes: m.value === undefined ? [] : [{ value: m.value, date: '2018-12-31' }],
              },
              { asOf: '2018-12-31' },
            ),
          ],
        }));
        const [a] = aggregateIndicators(sources);
        const reported = ms.filter((m) => m.value !== undefined);
        assert.equal(a?.reported, reported.length);
        assert.equal(a?.missing.length, ms.length - reported.length);
        assert.equal(a?.outcome, reported.length === 0 ? null : reported.reduce((s, m) => s + (m.value ?? 0), 0));
        assert.equal(a?.target, reported.length === 0 ? null : reported.reduce((s, m) => s + m.target, 0));
      }),
    );
  });
});

describe('properties of formatPercent', () => {
  it('never shows a share strictly between 0 and 1 as 0 % or 100 %', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom('sv' as const, 'en' as const),
        (s, lang) => {
          const text = formatPercent(s, lang).replace(/\u00a0/g, ' ');
          assert.ok(!/^(0|100) ?%$/.test(text), `${s} → ${text}`);
        },
      ),
    );
  });
});

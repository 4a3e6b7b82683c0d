import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PlanInput } from '../plan/schema.js';
import { aggregateIndicators } from './aggregate.js';
import { evaluateIndicator, type IndicatorData } from './evaluate-indicator.js';

const asOf = '2018-12-31';

function asf(
  baseline: number | undefined,
  target: number | undefined,
  outcome: number | undefined,
  extra: Partial<IndicatorData> = {},
): IndicatorData {
  return {
    id: 'asf',
    kpi: 'U00000',
    title: 'Aktiva ASF',
    direction: 'increase',
    measure: 'count',
    ...(baseline === undefined ? {} : { baseline: { value: baseline, date: '2018-01-01' } }),
    ...(target === undefined ? {} : { target: { type: 'level', value: target, date: asOf } }),
    outcomes: outcome === undefined ? [] : [{ value: outcome, date: asOf }],
    ...extra,
  };
}

const source = (organisation: string, ...indicators: IndicatorData[]) => ({
  organisation,
  evaluations: indicators.map((i) => evaluateIndicator(i, { asOf })),
});

describe('aggregateIndicators', () => {
  it('sums counts over the organisations that reported, and names those that did not', () => {
    const [a] = aggregateIndicators([
      source('Gävle', asf(10, 12, 11)),
      source('Sandviken', asf(5, 8, 8)),
      source('Hofors', asf(2, 3, undefined)),
    ]);
    assert.ok(a);
    assert.equal(a.key, 'asf');
    assert.equal(a.outcome, 19);
    assert.equal(a.reported, 2);
    assert.deepEqual(a.reportedBy, ['Gävle', 'Sandviken']);
    assert.deepEqual(a.missing, ['Hofors']);
    assert.deepEqual(a.basis, ['Gävle', 'Sandviken']);
    assert.equal(a.baseline, 15);
    assert.equal(a.target, 20);
    assert.equal(a.progress, 0.8);
    assert.equal(a.attainment, 0.95);
    assert.deepEqual(a.organisations, ['Gävle', 'Sandviken', 'Hofors']);
    assert.equal(a.counts.achieved, 1);
    assert.equal(a.counts['not-achieved'], 1);
    assert.equal(a.counts['not-assessable'], 1);
  });

  it('never counts a missing value as 0: nobody reported is null, not 0', () => {
    const [a] = aggregateIndicators([source('A', asf(1, 2, undefined)), source('B', asf(1, 2, undefined))]);
    assert.equal(a?.outcome, null);
    assert.equal(a?.reported, 0);
    assert.deepEqual(a?.missing, ['A', 'B']);
    assert.equal(a?.progress, null);
  });

  it('reports organisations whose plan lacks the indicator as missing', () => {
    const other: IndicatorData = { ...asf(0, 1, 1), id: 'other', kpi: 'U99999' };
    const r = aggregateIndicators([source('A', asf(1, 2, 2)), source('B', other)]);
    const a = r.find((x) => x.key === 'asf');
    assert.deepEqual(a?.missing, ['B']);
    assert.deepEqual(a?.notInPlan, ['B']);
    assert.equal(a?.counts.total, 1);
  });

  it('compares like with like: progress only over organisations with a target', () => {
    const [a] = aggregateIndicators([source('A', asf(10, 20, 15)), source('B', asf(undefined, undefined, 7))]);
    assert.equal(a?.outcome, 22);
    assert.deepEqual(a?.basis, ['A']);
    assert.equal(a?.basisOutcome, 15);
    assert.equal(a?.target, 20);
    assert.equal(a?.progress, 0.5);
  });

  it('uses attainment as progress when a basis organisation has no baseline figure', () => {
    const [a] = aggregateIndicators([source('A', asf(10, 20, 15)), source('B', asf(undefined, 10, 5))]);
    assert.equal(a?.baseline, null);
    assert.equal(a?.target, 30);
    assert.equal(a?.progress, 20 / 30);
    assert.equal(a?.attainment, 20 / 30);
  });

  it('propagates approximate figures', () => {
    const approx = asf(1, 2, 3, { outcomes: [{ value: 3, date: asOf, approximate: true }] });
    const [a] = aggregateIndicators([source('A', asf(1, 2, 2)), source('B', approx)]);
    assert.equal(a?.approximate, true);
    const [b] = aggregateIndicators([source('A', asf(1, 2, 2))]);
    assert.equal(b?.approximate, false);
  });

  it('does not sum shares', () => {
    const share = asf(0.1, 0.2, 0.15, { measure: 'share' });
    const [a] = aggregateIndicators([source('A', share), source('B', share)]);
    assert.equal(a?.additive, false);
    assert.equal(a?.outcome, null);
    assert.equal(a?.reported, 2);
    assert.equal(a?.progress, null);
  });

  it('counts the organisations that reached a milestone', () => {
    const council = (value?: boolean): IndicatorData => ({
      id: 'council',
      title: 'Råd',
      direction: 'increase',
      target: { type: 'milestone', date: asOf },
      outcomes: value === undefined ? [] : [{ value, date: asOf }],
    });
    const [a] = aggregateIndicators([source('A', council(true)), source('B', council(false)), source('C', council())]);
    assert.equal(a?.outcome, 1);
    assert.equal(a?.reported, 2);
    assert.deepEqual(a?.missing, ['C']);
    assert.equal(a?.progress, null);
  });

  it('does not compute progress over indicators that disagree on direction', () => {
    const [a] = aggregateIndicators([source('A', asf(1, 2, 2)), source('B', asf(5, 3, 4, { direction: 'decrease' }))]);
    assert.equal(a?.consistent, false);
    assert.equal(a?.progress, null);
    assert.equal(a?.outcome, 6);
  });

  it('groups by KPI when asked, leaving out indicators without one', () => {
    const a1 = asf(1, 2, 2, { id: 'asf-gavle' });
    const a2 = asf(1, 2, 1, { id: 'asf-hofors' });
    const noKpi = { ...asf(1, 2, 2), id: 'x', kpi: undefined };
    const r = aggregateIndicators([source('A', a1, noKpi), source('B', a2)], { by: 'kpi' });
    assert.deepEqual(
      r.map((x) => [x.key, x.outcome, x.reported]),
      [['U00000', 3, 2]],
    );
  });

  it('evaluates plans given as sources, and needs asOf for them', () => {
    const plan = (name: string, outcome: number): PlanInput => ({
      id: name.toLowerCase(),
      kind: 'follow-up',
      title: 'Uppföljning',
      organisation: { name, type: 'municipality' },
      indicators: [asf(1, 3, outcome)],
    });
    const [a] = aggregateIndicators(
      [{ plan: plan('Gävle', 2) }, { plan: plan('Ljusdal', 3), organisation: 'ljusdal' }],
      { asOf },
    );
    assert.deepEqual(a?.organisations, ['Gävle', 'ljusdal']);
    assert.equal(a?.outcome, 5);
    assert.equal(a?.progress, 0.75);
    assert.throws(() => aggregateIndicators([{ plan: plan('Gävle', 2) }]), TypeError);
  });

  it('gives null rather than Infinity when sums overflow', () => {
    const big = asf(0, Number.MAX_VALUE, Number.MAX_VALUE);
    const [a] = aggregateIndicators([source('A', big), source('B', big)]);
    assert.equal(a?.outcome, null);
    assert.equal(a?.progress, null);
  });
});

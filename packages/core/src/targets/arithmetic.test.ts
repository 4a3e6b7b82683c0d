import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeAttainment, computeProgress, meetsTarget } from './arithmetic.js';
import { dayNumber, elapsedShare, toIsoDate } from './dates.js';

describe('computeProgress', () => {
  it('is the share of the planned change, in both directions', () => {
    assert.equal(computeProgress({ baseline: 25, target: 30, outcome: 28, direction: 'increase' }), 0.6);
    assert.equal(computeProgress({ baseline: 190, target: 200, outcome: 209, direction: 'increase' }), 1.9);
    assert.equal(computeProgress({ baseline: 100, target: 80, outcome: 90, direction: 'decrease' }), 0.5);
    assert.equal(computeProgress({ baseline: 100, target: 80, outcome: 110, direction: 'decrease' }), -0.5);
  });

  it('equals attainment without a baseline', () => {
    assert.equal(computeProgress({ target: 50, outcome: 63, direction: 'increase' }), 1.26);
  });

  it('is null when no change in the direction was planned', () => {
    assert.equal(computeProgress({ baseline: 5, target: 5, outcome: 6, direction: 'increase' }), null);
    assert.equal(computeProgress({ baseline: 5, target: 3, outcome: 6, direction: 'increase' }), null);
    assert.equal(computeProgress({ baseline: 5, target: 8, outcome: 6, direction: 'decrease' }), null);
  });

  it('never overflows, never gives -0', () => {
    assert.equal(
      computeProgress({
        baseline: -Number.MAX_VALUE,
        target: Number.MAX_VALUE,
        outcome: Number.MAX_VALUE,
        direction: 'increase',
      }),
      1,
    );
    assert.ok(Object.is(computeProgress({ baseline: 5, target: 10, outcome: 5, direction: 'increase' }), 0));
    assert.ok(Object.is(computeProgress({ baseline: 10, target: 5, outcome: 10, direction: 'decrease' }), 0));
    assert.equal(
      computeProgress({ baseline: 0, target: Number.MIN_VALUE * 4, outcome: Number.MAX_VALUE, direction: 'increase' }),
      null,
    );
  });
});

describe('computeAttainment', () => {
  it('is outcome / target for increase and target / outcome for decrease', () => {
    assert.equal(computeAttainment({ target: 300, outcome: 235, direction: 'increase' }), 235 / 300);
    assert.equal(computeAttainment({ target: 10, outcome: 8, direction: 'decrease' }), 1.25);
  });

  it('is null for a zero denominator or a negative figure', () => {
    assert.equal(computeAttainment({ target: 0, outcome: 3, direction: 'increase' }), null);
    assert.equal(computeAttainment({ target: 3, outcome: 0, direction: 'decrease' }), null);
    assert.equal(computeAttainment({ target: -3, outcome: 2, direction: 'increase' }), null);
    assert.equal(computeAttainment({ target: 3, outcome: -2, direction: 'increase' }), null);
    assert.equal(
      computeAttainment({ target: Number.MAX_VALUE, outcome: Number.MIN_VALUE, direction: 'decrease' }),
      null,
    );
  });
});

describe('meetsTarget', () => {
  it('uses ≥ for increase and ≤ for decrease', () => {
    assert.equal(meetsTarget(30, 30, 'increase'), true);
    assert.equal(meetsTarget(29, 30, 'increase'), false);
    assert.equal(meetsTarget(30, 30, 'decrease'), true);
    assert.equal(meetsTarget(31, 30, 'decrease'), false);
  });
});

describe('dates', () => {
  it('counts days and rejects dates that do not exist', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2018-12-31')! - dayNumber('2018-01-01')!, 364);
    assert.equal(dayNumber('2018-02-30'), undefined);
    assert.equal(dayNumber('2018-1-3'), undefined);
  });

  it('takes every real calendar date from 0100 to 9999 and nothing else', () => {
    // Leap days, month and day bounds, and years below 100 (which Date.UTC reads as 19xx).
    assert.equal(dayNumber('2024-02-29'), dayNumber('2024-02-28')! + 1);
    assert.equal(dayNumber('2000-02-29'), dayNumber('2000-03-01')! - 1);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2018-00-10',
      '2018-13-01',
      '2018-04-31',
      '2018-01-00',
      '2018-01-32',
    ])
      assert.equal(dayNumber(bad), undefined, bad);
    for (const year of ['0000', '0001', '0050', '0099']) assert.equal(dayNumber(`${year}-06-15`), undefined, year);
    assert.equal(dayNumber('0100-01-01'), Date.UTC(100, 0, 1) / 86_400_000);
    assert.equal(dayNumber('9999-12-31'), Date.UTC(9999, 11, 31) / 86_400_000);
  });

  it('gives the share of the period that has passed, clipped to 0–1', () => {
    assert.equal(elapsedShare('2018-01-01', '2018-12-31', '2018-07-02'), 0.5);
    assert.equal(elapsedShare('2018-01-01', '2018-12-31', '2017-07-02'), 0);
    assert.equal(elapsedShare('2018-01-01', '2018-12-31', '2019-07-02'), 1);
    assert.equal(elapsedShare(undefined, '2018-12-31', '2018-12-31'), 1);
    assert.equal(elapsedShare(undefined, '2018-12-31', '2018-12-30'), null);
    assert.equal(elapsedShare('2019-01-01', '2018-12-31', '2018-12-30'), 0);
  });

  it('normalises the evaluation date', () => {
    assert.equal(toIsoDate('2018-12-31'), '2018-12-31');
    assert.equal(toIsoDate(new Date(2018, 0, 5)), '2018-01-05');
    assert.throws(() => toIsoDate('2018-13-01'), RangeError);
  });
});

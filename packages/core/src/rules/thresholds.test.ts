import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIRECT_AWARD_THRESHOLDS, mergeThresholds, thresholdOn } from './thresholds.js';

test('700 000 kr is in force from 2022-02-01 on; earlier dates are not covered', () => {
  assert.equal(thresholdOn('2022-02-01')?.amount, 700_000);
  assert.equal(thresholdOn('2030-06-30')?.amount, 700_000);
  assert.equal(thresholdOn('2022-01-31'), undefined);
});

test('a user table extends and overrides by date, sorted', () => {
  const table = mergeThresholds(DIRECT_AWARD_THRESHOLDS, [
    { from: '2027-01-01', amount: 800_000, reference: 'Exempel B' },
    { from: '2020-01-01', amount: 500_000, reference: 'Exempel A' },
  ]);
  assert.deepEqual(table.map((t) => t.from), ['2020-01-01', '2022-02-01', '2027-01-01']);
  assert.equal(thresholdOn('2021-12-31', table)?.amount, 500_000);
  assert.equal(thresholdOn('2026-12-31', table)?.amount, 700_000);
  assert.equal(thresholdOn('2027-01-01', table)?.reference, 'Exempel B');
  const replaced = mergeThresholds(DIRECT_AWARD_THRESHOLDS, [{ from: '2022-02-01', amount: 1, reference: 'X' }]);
  assert.equal(replaced.length, 1);
  assert.equal(thresholdOn('2023-01-01', replaced)?.amount, 1);
  assert.equal(DIRECT_AWARD_THRESHOLDS[0]?.amount, 700_000, 'the built-in table is not changed');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIRECT_AWARD_THRESHOLDS,
  DirectAwardThreshold,
  lookupThreshold,
  mergeThresholds,
  thresholdOn,
} from './thresholds.js';

test('the standard limits, dated: 505 800 (2014-07-01) … 626 284 (January 2022), then 700 000 from 2022-02-01', () => {
  const on = (d: string) => [thresholdOn(d)?.amount, thresholdOn(d)?.comparison];
  assert.deepEqual(on('2014-07-01'), [505_800, 'at-most']);
  assert.deepEqual(on('2016-01-01'), [534_890, 'at-most']);
  assert.deepEqual(on('2017-12-31'), [534_890, 'at-most']);
  assert.deepEqual(on('2018-01-01'), [586_907, 'at-most']);
  assert.deepEqual(on('2021-12-31'), [615_312, 'at-most']);
  assert.deepEqual(on('2022-01-31'), [626_284, 'at-most']);
  assert.deepEqual(on('2022-02-01'), [700_000, 'below']);
  assert.deepEqual(on('2030-06-30'), [700_000, 'below'], 'set in the law until it changes');
  assert.equal(thresholdOn('2014-06-30'), undefined);
});

test('social and other specific services: 7 802 550 (2022-02-01–2023), 8 109 450 (2024–2025), then not verified', () => {
  const social = (d: string) => thresholdOn(d, undefined, 'social-and-other-specific')?.amount;
  assert.equal(social('2022-02-01'), 7_802_550);
  assert.equal(social('2023-12-31'), 7_802_550);
  assert.equal(social('2024-01-01'), 8_109_450);
  assert.equal(social('2025-12-31'), 8_109_450);
  assert.equal(social('2026-01-01'), undefined);
  const after = lookupThreshold('2026-01-01', undefined, 'social-and-other-specific');
  assert.equal(after.found === false && after.why, 'after-last-period');
  const before = lookupThreshold('2022-01-31', undefined, 'social-and-other-specific');
  assert.equal(before.found === false && before.why, 'before-table');
});

test('every built-in limit is valid, has a reference and a web address', () => {
  for (const t of DIRECT_AWARD_THRESHOLDS) {
    assert.equal(DirectAwardThreshold.safeParse(t).success, true, t.from);
    assert.match(t.url ?? '', /^https?:\/\//);
  }
});

test('a user table extends and overrides by date and services, sorted', () => {
  const table = mergeThresholds(DIRECT_AWARD_THRESHOLDS, [
    { from: '2027-01-01', amount: 800_000, reference: 'Exempel B' },
    { from: '2012-01-01', amount: 500_000, reference: 'Exempel A' },
  ]);
  const standard = table.filter((t) => (t.services ?? 'standard') === 'standard').map((t) => t.from);
  assert.deepEqual(standard, [
    '2012-01-01',
    '2014-07-01',
    '2016-01-01',
    '2018-01-01',
    '2020-01-01',
    '2022-01-01',
    '2022-02-01',
    '2027-01-01',
  ]);
  assert.equal(thresholdOn('2013-12-31', table)?.amount, 500_000);
  assert.equal(thresholdOn('2026-12-31', table)?.amount, 700_000);
  assert.equal(thresholdOn('2027-01-01', table)?.reference, 'Exempel B');
  const replaced = mergeThresholds(DIRECT_AWARD_THRESHOLDS, [{ from: '2022-02-01', amount: 1, reference: 'X' }]);
  assert.equal(replaced.length, DIRECT_AWARD_THRESHOLDS.length, 'same date and services replaces');
  assert.equal(thresholdOn('2023-01-01', replaced)?.amount, 1);
  assert.equal(
    thresholdOn('2023-01-01', replaced, 'social-and-other-specific')?.amount,
    7_802_550,
    'other services untouched',
  );
  assert.equal(thresholdOn('2023-01-01')?.amount, 700_000, 'the built-in table is not changed');
});

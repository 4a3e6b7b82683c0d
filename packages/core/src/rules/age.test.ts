import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ageOn } from './age.js';

test('the age goes up on the birthday, not the day before', () => {
  assert.equal(ageOn('2008-03-10', '2024-03-09'), 15);
  assert.equal(ageOn('2008-03-10', '2024-03-10'), 16);
  assert.equal(ageOn('1959-12-31', '2024-12-30'), 64);
  assert.equal(ageOn('1959-12-31', '2024-12-31'), 65);
  assert.equal(ageOn('2000-01-01', '2000-01-01'), 0);
});

test('born on 29 February: a year older on 1 March in common years, on 29 February in leap years', () => {
  assert.equal(ageOn('2000-02-29', '2017-02-28'), 16);
  assert.equal(ageOn('2000-02-29', '2017-03-01'), 17);
  assert.equal(ageOn('2000-02-29', '2016-02-28'), 15);
  assert.equal(ageOn('2000-02-29', '2016-02-29'), 16);
});

test('no age before birth or for malformed dates', () => {
  assert.equal(ageOn('2010-05-05', '2010-05-04'), undefined);
  assert.equal(ageOn('2010-5-5', '2020-01-01'), undefined);
  assert.equal(ageOn('2010-05-05', 'today'), undefined);
});

test('property: the age never decreases as the date moves on, and matches whole years', () => {
  const day = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  fc.assert(
    fc.property(day, day, day, (a, b, c) => {
      const [birth, x, y] = [a, b, c].sort();
      const ax = ageOn(birth!, x!);
      const ay = ageOn(birth!, y!);
      assert.ok(ax !== undefined && ay !== undefined && ax <= ay);
      const [by, bm, bd] = birth!.split('-').map(Number) as [number, number, number];
      const [yy, ym, yd] = y!.split('-').map(Number) as [number, number, number];
      assert.equal(ay, yy - by - (ym * 100 + yd < bm * 100 + bd ? 1 : 0));
    }),
  );
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { genderBreakdown } from './breakdown.js';

describe('genderBreakdown', () => {
  it('gives counts and shares of women, men and the rest', () => {
    const r = genderBreakdown(200, { women: 120, men: 70 });
    assert.ok(r.success);
    assert.deepEqual(r.data, {
      total: 200,
      women: 120,
      men: 70,
      womenShare: 0.6,
      menShare: 0.35,
      unspecified: 10,
      unspecifiedShare: 0.05,
    });
  });

  it('leaves what is not given as null', () => {
    const r = genderBreakdown(200, { women: 120 });
    assert.ok(r.success);
    assert.equal(r.data.men, null);
    assert.equal(r.data.menShare, null);
    assert.equal(r.data.unspecified, null);
  });

  it('gives null shares of a total of 0', () => {
    const r = genderBreakdown(0, { women: 0, men: 0 });
    assert.ok(r.success);
    assert.equal(r.data.womenShare, null);
  });

  it('rejects parts that exceed the total, with a path and both languages', () => {
    const r = genderBreakdown(10, { women: 6, men: 5 }, ['indicators', 2, 'outcomes', 0]);
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual(
      r.error.issues.map((i) => [i.pointer, i.code]),
      [['/indicators/2/outcomes/0/breakdown', 'breakdown-exceeds-total']],
    );
    assert.match(r.error.issues[0]!.message.sv, /kvinnor och män \(11\) är fler än totalen \(10\)/);
    assert.match(r.error.issues[0]!.message.en, /women and men \(11\) exceed the total \(10\)/);
  });

  it('accepts parts that add up to the total exactly', () => {
    assert.equal(genderBreakdown(11, { women: 6, men: 5 }).success, true);
  });

  it('rejects negative and non-finite figures', () => {
    const r = genderBreakdown(Number.NaN, { women: -1 });
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual(
      r.error.issues.map((i) => `${i.pointer} ${i.code}`),
      ['/value not-finite', '/breakdown/women negative-count'],
    );
  });
});

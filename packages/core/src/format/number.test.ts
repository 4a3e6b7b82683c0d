import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, formatPercent, formatValue } from './number.js';

// The exact characters Intl gives: U+00A0 no-break space between digit groups and before "%",
// U+2212 minus sign in Swedish. We write them out rather than normalise them away, so that a
// change in what users see fails a test.
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups and uses a decimal comma in Swedish', () => {
    assert.equal(formatNumber(1234.5), `1${NBSP}234,5`);
    assert.equal(formatNumber(1234567, 'sv'), `1${NBSP}234${NBSP}567`);
    assert.equal(formatNumber(-3, 'sv'), '\u22123');
  });

  it('uses English conventions in English', () => {
    assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
    assert.equal(formatNumber(-3, 'en'), '-3');
  });

  it('keeps the "ca" of approximate figures', () => {
    assert.equal(formatNumber(75, 'sv', { approximate: true }), `ca${NBSP}75`);
    assert.equal(formatNumber(75, 'en', { approximate: true }), `about${NBSP}75`);
  });

  it('rounds to the decimals asked for, never to "−0"', () => {
    assert.equal(formatNumber(2 / 3), '0,7');
    assert.equal(formatNumber(2 / 3, 'sv', { maximumFractionDigits: 3 }), '0,667');
    assert.equal(formatNumber(-0.04), '0');
  });

  it('shows a missing number as a dash', () => {
    assert.equal(formatNumber(null), '–');
    assert.equal(formatNumber(undefined, 'en'), '–');
    assert.equal(formatNumber(Number.NaN), '–');
    assert.equal(formatNumber(Number.POSITIVE_INFINITY), '–');
  });

  it('throws for impossible decimals (a programmer error)', () => {
    assert.throws(() => formatNumber(1, 'sv', { maximumFractionDigits: -1 }), RangeError);
    assert.throws(() => formatNumber(1, 'sv', { maximumFractionDigits: 1.5 }), RangeError);
  });
});

describe('formatPercent', () => {
  it('puts a no-break space before % in Swedish, none in English', () => {
    assert.equal(formatPercent(0.6), `60${NBSP}%`);
    assert.equal(formatPercent(0.6, 'en'), '60%');
    assert.equal(formatPercent(1.9, 'sv'), `190${NBSP}%`);
    assert.equal(formatPercent(28 / 30, 'sv'), `93${NBSP}%`);
  });

  it('keeps the "ca"', () => {
    assert.equal(formatPercent(0.3, 'sv', { approximate: true }), `ca${NBSP}30${NBSP}%`);
    assert.equal(formatPercent(0.3, 'en', { approximate: true }), `about${NBSP}30%`);
  });

  it('never rounds a share to none or all of it when it is not', () => {
    assert.equal(formatPercent(0.996), `99,6${NBSP}%`);
    assert.equal(formatPercent(0.9999), `99,99${NBSP}%`);
    assert.equal(formatPercent(0.99999999999), `99,999${NBSP}%`);
    assert.equal(formatPercent(0.001), `0,1${NBSP}%`);
    assert.equal(formatPercent(1e-12), `0,001${NBSP}%`);
    assert.equal(formatPercent(-0.001), `\u22120,1${NBSP}%`);
    assert.equal(formatPercent(1), `100${NBSP}%`);
    assert.equal(formatPercent(0), `0${NBSP}%`);
    assert.equal(formatPercent(1.001), `100${NBSP}%`);
  });

  it('shows a missing share as a dash', () => {
    assert.equal(formatPercent(null), '–');
    assert.equal(formatPercent(Number.NaN, 'en'), '–');
  });
});

describe('formatValue', () => {
  it('writes a milestone in words', () => {
    assert.equal(formatValue(true), 'uppnått');
    assert.equal(formatValue(false), 'ej uppnått');
    assert.equal(formatValue(false, 'en'), 'not achieved');
    assert.equal(formatValue(28, 'en'), '28');
  });
});

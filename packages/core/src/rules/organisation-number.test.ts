import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOrganisationNumber, luhnControlDigit, parseOrganisationNumber } from './organisation-number.js';

/** An independent Luhn: double every other digit from the left, add the digits of the results. */
function referenceControlDigit(nine: string): number {
  const sum = [...nine]
    .map((d, i) => String(Number(d) * (i % 2 === 0 ? 2 : 1)))
    .join('')
    .split('')
    .reduce((a, d) => a + Number(d), 0);
  return (10 - (sum % 10)) % 10;
}

test('luhnControlDigit agrees with an independent computation', () => {
  for (const nine of ['556036079', '802000000', '212000014', '000000000', '999999999', '716420618']) {
    assert.equal(luhnControlDigit(nine), referenceControlDigit(nine), nine);
  }
  assert.equal(referenceControlDigit('556036079'), 3); // so 556036-0793 is valid
});

test('luhnControlDigit throws on non-digits (a programmer error)', () => {
  assert.throws(() => luhnControlDigit('55a'), TypeError);
});

test('a number with its computed control digit is valid, in every accepted form', () => {
  const nine = '556036079';
  const full = nine + String(referenceControlDigit(nine));
  const dashed = `${full.slice(0, 6)}-${full.slice(6)}`;
  for (const form of [dashed, full, `16${full}`, `16${dashed}`, `19${full}`, `20${dashed}`, ` ${dashed} `]) {
    assert.deepEqual(parseOrganisationNumber(form), { success: true, data: dashed }, form);
  }
});

test('every other control digit is rejected with a bilingual message naming the right one', () => {
  const nine = '802000000';
  const right = referenceControlDigit(nine);
  for (let d = 0; d <= 9; d++) {
    const r = parseOrganisationNumber(`${nine.slice(0, 6)}-${nine.slice(6)}${d}`);
    if (d === right) {
      assert.equal(r.success, true);
    } else {
      assert.equal(r.success, false);
      if (!r.success) {
        assert.equal(r.error.code, 'control-digit');
        assert.match(r.error.message.sv, new RegExp(`ska vara ${right}`));
        assert.match(r.error.message.en, new RegExp(`should be ${right}`));
      }
    }
  }
});

test('malformed numbers and bad century prefixes are rejected', () => {
  for (const bad of ['', '556036-079', '556036-07933', '55603-60793', 'abcdef-ghij', '556036 0793', '5560360793x']) {
    const r = parseOrganisationNumber(bad);
    assert.equal(r.success, false, bad);
    if (!r.success) assert.equal(r.error.code, 'format', bad);
  }
  const r = parseOrganisationNumber('185560360793');
  assert.equal(r.success, false);
  if (!r.success) assert.equal(r.error.code, 'century');
  assert.equal(isOrganisationNumber('556036-0793'), true);
  assert.equal(isOrganisationNumber('556036-0794'), false);
});

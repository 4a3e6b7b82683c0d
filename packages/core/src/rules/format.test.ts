import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatKronor,
  formatRuleNumber,
  formatRulePercent,
  joinList,
  placeholders,
  renderReasonTemplate,
} from './format.js';

const S = '\u00a0';

test('numbers and kronor in Swedish and English', () => {
  assert.equal(formatRuleNumber(700000, 'sv'), `700${S}000`);
  assert.equal(formatRuleNumber(700000, 'en'), '700,000');
  assert.equal(formatRuleNumber(6.5, 'sv'), '6,5');
  assert.equal(formatRuleNumber(6.5, 'en'), '6.5');
  assert.equal(formatRuleNumber(1234567.891, 'sv'), `1${S}234${S}567,89`);
  assert.equal(formatRuleNumber(-3, 'en'), '−3');
  assert.equal(formatRuleNumber(0, 'sv'), '0');
  assert.equal(formatKronor(699999, 'sv'), `699${S}999${S}kr`);
  assert.equal(formatKronor(699999, 'en'), `SEK${S}699,999`);
  assert.throws(() => formatRuleNumber(Number.NaN, 'sv'), RangeError);
});

test('percentages: one decimal, more when rounding would hide a miss', () => {
  assert.equal(formatRulePercent(0.35, 'sv'), `35${S}%`);
  assert.equal(formatRulePercent(0.35, 'en'), '35%');
  assert.equal(formatRulePercent(1 / 3, 'en'), '33.3%');
  assert.equal(formatRulePercent(0.2999, 'sv', { near: 0.3 }), `29,99${S}%`);
  assert.equal(formatRulePercent(0.29999, 'en', { near: 0.3 }), '29.999%');
  assert.equal(formatRulePercent(0.5000001, 'en', { near: 0.5 }), '50.00001%');
  assert.equal(formatRulePercent(0.3, 'en', { near: 0.3 }), '30%');
  assert.equal(formatRulePercent(0.2999, 'en'), '30%');
});

test('templates: placeholders filled per language; missing values say so', () => {
  const t = { sv: '{n} av {m} ({share})', en: '{n} of {m} ({share})' };
  assert.deepEqual(placeholders(t.sv), ['n', 'm', 'share']);
  assert.deepEqual(
    renderReasonTemplate(t, {
      n: { sv: '7', en: '7' },
      m: { sv: '20', en: '20' },
      share: { sv: `35${S}%`, en: '35%' },
    }),
    { sv: `7 av 20 (35${S}%)`, en: '7 of 20 (35%)' },
  );
  assert.deepEqual(renderReasonTemplate(t, {}), {
    sv: 'uppgift saknas av uppgift saknas (uppgift saknas)',
    en: 'not stated of not stated (not stated)',
  });
});

test('lists join with "och" / "and"', () => {
  const x = (s: string) => ({ sv: s, en: s });
  assert.deepEqual(joinList([]), { sv: '', en: '' });
  assert.deepEqual(joinList([x('a')]), { sv: 'a', en: 'a' });
  assert.deepEqual(joinList([x('a'), x('b'), x('c')]), { sv: 'a, b och c', en: 'a, b and c' });
});

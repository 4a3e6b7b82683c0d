import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localize, localizedPart, toLanguage } from './text.js';
import { parsePlan } from '../plan/parse-plan.js';

describe('localizedPart', () => {
  it('says a plain string is in the plan language, Swedish by default', () => {
    assert.deepEqual(localizedPart('Utbildning', 'en'), { text: 'Utbildning', lang: 'sv' });
    assert.deepEqual(localizedPart('Training', 'sv', 'en'), { text: 'Training', lang: 'en' });
  });
  it('says which key of a bilingual text was picked, falling back to Swedish', () => {
    assert.deepEqual(localizedPart({ sv: 'Mål', en: 'Goal' }, 'en'), { text: 'Goal', lang: 'en' });
    assert.deepEqual(localizedPart({ sv: 'Mål' }, 'en'), { text: 'Mål', lang: 'sv' });
    assert.deepEqual(localizedPart({ sv: 'Mål', en: 'Goal' }, 'sv'), { text: 'Mål', lang: 'sv' });
  });
  it('agrees with localize on the text', () => {
    for (const t of ['a', { sv: 'b' }, { sv: 'c', en: 'C' }] as const)
      for (const l of ['sv', 'en'] as const) assert.equal(localizedPart(t, l).text, localize(t, l));
  });
  it('normalises language tags', () => {
    assert.equal(toLanguage('en-GB'), 'en');
    assert.equal(toLanguage('fi'), 'sv');
  });
});

describe('plan language', () => {
  const base = { id: 'p', kind: 'policy', title: 'T', organisation: { name: 'Kommun', type: 'municipality' } };
  it('accepts sv and en and leaves it out by default', () => {
    const r = parsePlan(base);
    assert.ok(r.success);
    assert.equal(r.data.language, undefined);
    const en = parsePlan({ ...base, language: 'en' });
    assert.ok(en.success && en.data.language === 'en');
  });
  it('rejects another language with a path', () => {
    const r = parsePlan({ ...base, language: 'fi' });
    assert.ok(!r.success);
    assert.ok(
      r.error.issues.some((i) => i.pointer === '/language'),
      JSON.stringify(r.error.issues),
    );
  });
});

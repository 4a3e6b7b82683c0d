import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod/mini';
import { parsePlan } from '../plan/parse-plan.js';
import { validatePersonFacts } from '../rules/facts.js';
import { translateZodIssues } from './zod.js';
import type { Issue } from './issue.js';

const plan = (extra: Record<string, unknown>) => ({
  id: 'demo',
  kind: 'action-plan',
  title: 'Handlingsplan',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
  goals: [{ id: 'g1', title: 'Mål', ...extra }],
});

function planIssues(input: unknown): Issue[] {
  const r = parsePlan(input);
  assert.equal(r.success, false);
  return r.success ? [] : r.error.issues;
}

function factIssues(input: unknown): Issue[] {
  const r = validatePersonFacts(input);
  assert.equal(r.success, false);
  return r.success ? [] : r.error.issues;
}

/** The message after the path for people ("goals[0].colour: "), in both languages. */
const wording = (i: Issue | undefined) => ({
  sv: i?.message.sv.replace(/^[^:]+: /, ''),
  en: i?.message.en.replace(/^[^:]+: /, ''),
});

describe('one translator from zod issues', () => {
  it('words an unknown field the same in a plan and in facts', () => {
    const inPlan = planIssues(plan({ colour: 'grön' })).find((i) => i.code === 'unknown-field');
    const inFacts = factIssues({ colour: 'grön' }).find((i) => i.code === 'unknown-field');
    assert.equal(inPlan?.pointer, '/goals/0/colour');
    assert.equal(
      inPlan?.message.sv,
      'goals[0].colour: okänt fält "colour" (felstavat?); det skulle annars gå förlorat.',
    );
    assert.equal(inPlan?.message.en, 'goals[0].colour: unknown field "colour" (a typo?); it would otherwise be lost.');
    assert.equal(inFacts?.pointer, '/colour');
    assert.equal(inFacts?.message.sv, 'colour: okänt fält "colour" (felstavat?); det skulle annars gå förlorat.');
    assert.deepEqual(wording(inFacts), wording(inPlan));
  });

  it('words an invalid date the same in a plan and in facts', () => {
    const p = plan({});
    const inPlan = planIssues({ ...p, period: { start: '2018-02-30', end: '2018-12-31' } }).find(
      (i) => i.code === 'invalid-date',
    );
    const inFacts = factIssues({ birthDate: '2018-02-30' }).find((i) => i.code === 'invalid-date');
    assert.ok(inPlan && inFacts);
    assert.equal(wording(inPlan).sv, 'texten "2018-02-30" är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2018-12-31.');
    assert.deepEqual(wording(inFacts), wording(inPlan));
  });

  it('says a positive minimum is not met by zero, in both languages', () => {
    const schema = z.object({ n: z.number().check(z.positive()) });
    const r = schema.safeParse({ n: 0 });
    assert.equal(r.success, false);
    const [issue] = translateZodIssues(r.success ? [] : r.error.issues, { n: 0 });
    assert.equal(issue?.code, 'too-small');
    assert.equal(issue?.message.sv, 'n: talet 0 är för litet (minst 0, ej lika med).');
    assert.equal(issue?.message.en, 'n: the number 0 is too small (more than 0).');
  });

  it('lets a domain override one zod issue and keeps the shared wording for the rest', () => {
    const schema = z.strictObject({ id: z.string().check(z.regex(/^a/)) });
    const input = { id: 'b', extra: 1 };
    const r = schema.safeParse(input);
    const issues = translateZodIssues<'bad-id'>(r.success ? [] : r.error.issues, input, {
      prefix: ['root'],
      override: (z, { path }) =>
        z.code === 'invalid_format'
          ? [{ path, pointer: '/x', code: 'bad-id', message: { sv: 's', en: 'e' } }]
          : undefined,
    });
    assert.deepEqual(issues.map((i) => [i.pointer, i.code]).sort(), [
      ['/root/extra', 'unknown-field'],
      ['/x', 'bad-id'],
    ]);
  });
});

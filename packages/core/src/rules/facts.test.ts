import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDirectAwardFacts, validateEnterpriseFacts, validatePersonFacts } from './facts.js';
import type { FactIssue } from './issues.js';

function issuesOf(r: { success: boolean; error?: { issues: FactIssue[] } }): FactIssue[] {
  return r.success ? [] : (r.error?.issues ?? []);
}

test('valid enterprise facts pass and keep only the facts given', () => {
  const r = validateEnterpriseFacts({
    sellsGoodsOrServices: true,
    staffParticipation: 'agreement',
    profitReinvestedShare: 0.75,
    peopleWorking: 20,
    peopleWorkingFromTargetGroups: 7,
    employeesFromTargetGroups: 2,
    organisationNumber: '556036-0793',
    publicOwnershipShare: null,
  });
  assert.equal(r.success, true);
  if (r.success) {
    assert.equal(r.data.peopleWorking, 20);
    assert.equal('publicOwnershipShare' in r.data, false, 'null is left out: it is unknown');
  }
});

test('each invalid enterprise fact is one issue with its path, code and both languages; the rest is kept', () => {
  const r = validateEnterpriseFacts({
    sellsGoodsOrServices: 'yes',
    staffParticipation: 'members',
    profitReinvestedShare: 60,
    publicOwnershipShare: -0.1,
    peopleWorking: 2.5,
    peopleWorkingFromTargetGroups: -1,
    integrationIsMainPurpose: true,
    organisationNumber: '556036-0794',
    turnover: 1,
  });
  assert.equal(r.success, false);
  if (r.success) return;
  const byPath = Object.fromEntries(r.error.issues.map((i) => [i.pointer, i.code]));
  assert.deepEqual(byPath, {
    '/sellsGoodsOrServices': 'wrong-type',
    '/staffParticipation': 'invalid-value',
    '/profitReinvestedShare': 'share-out-of-range',
    '/publicOwnershipShare': 'negative',
    '/peopleWorking': 'not-integer',
    '/peopleWorkingFromTargetGroups': 'negative',
    '/organisationNumber': 'invalid-organisation-number',
    '/turnover': 'unknown-field',
  });
  for (const i of r.error.issues) {
    assert.ok(i.message.sv.startsWith(`${String(i.path[0])}: `), i.message.sv);
    assert.ok(i.message.en.length > i.message.sv.length / 3, i.message.en);
    assert.doesNotMatch(i.message.sv + i.message.en, /NaN|undefined|\[object/);
  }
  assert.deepEqual(r.partial, { integrationIsMainPurpose: true });
});

test('a number written as text is named as such', () => {
  const [issue] = issuesOf(validateEnterpriseFacts({ peopleWorking: '20' }));
  assert.equal(issue?.code, 'number-as-text');
});

test('parts may not exceed their totals', () => {
  const a = validateEnterpriseFacts({ peopleWorking: 5, peopleWorkingFromTargetGroups: 7 });
  assert.deepEqual(
    issuesOf(a).map((i) => [i.pointer, i.code]),
    [['/peopleWorkingFromTargetGroups', 'exceeds-total']],
  );
  if (!a.success) assert.deepEqual(a.partial, { peopleWorking: 5 });
  const b = validateEnterpriseFacts({
    peopleWorking: 10,
    peopleWorkingFromTargetGroups: 3,
    employeesFromTargetGroups: 4,
  });
  assert.deepEqual(
    issuesOf(b).map((i) => [i.pointer, i.code]),
    [['/employeesFromTargetGroups', 'exceeds-total']],
  );
  const c = validateEnterpriseFacts({ peopleWorking: 3, employeesFromTargetGroups: 4 });
  assert.deepEqual(
    issuesOf(c).map((i) => [i.pointer, i.code]),
    [['/employeesFromTargetGroups', 'exceeds-total']],
  );
  assert.equal(
    validateEnterpriseFacts({ peopleWorking: 3, peopleWorkingFromTargetGroups: 3, employeesFromTargetGroups: 3 })
      .success,
    true,
  );
});

test('facts that are not an object give one issue at the root; none at all is fine', () => {
  assert.equal(validateEnterpriseFacts(undefined).success, true);
  assert.equal(validatePersonFacts(null).success, true);
  for (const input of [42, 'facts', [1, 2], true]) {
    const r = validateEnterpriseFacts(input);
    assert.equal(r.success, false);
    assert.deepEqual(
      issuesOf(r).map((i) => [i.pointer, i.code]),
      [['', 'wrong-type']],
    );
  }
});

test('person facts: support needs from the list, ages whole and sensible, birth date and age agree', () => {
  assert.equal(
    validatePersonFacts({ age: 30, supportNeeds: ['disability', 'homelessness'], monthsUnemployed: 7.5 }).success,
    true,
  );
  assert.deepEqual(
    issuesOf(validatePersonFacts({ supportNeeds: ['disability', 'tired'] })).map((i) => [i.pointer, i.code]),
    [['/supportNeeds/1', 'invalid-value']],
  );
  assert.deepEqual(
    issuesOf(validatePersonFacts({ age: -1 })).map((i) => i.code),
    ['negative'],
  );
  assert.deepEqual(
    issuesOf(validatePersonFacts({ age: 16.5 })).map((i) => i.code),
    ['not-integer'],
  );
  assert.deepEqual(
    issuesOf(validatePersonFacts({ birthDate: '2001-02-29' })).map((i) => i.code),
    ['invalid-date'],
  );
  assert.deepEqual(
    issuesOf(validatePersonFacts({ monthsUnemployed: -2 })).map((i) => i.code),
    ['negative'],
  );
  assert.equal(validatePersonFacts({ age: 30, birthDate: '1994-06-01' }, { asOf: '2024-06-01' }).success, true);
  const mismatch = validatePersonFacts({ age: 31, birthDate: '1994-06-01' }, { asOf: '2024-06-01' });
  assert.deepEqual(
    issuesOf(mismatch).map((i) => i.code),
    ['age-mismatch'],
  );
  if (!mismatch.success) assert.deepEqual(mismatch.partial, {});
  const future = validatePersonFacts({ birthDate: '2030-01-01' }, { asOf: '2024-06-01' });
  assert.deepEqual(
    issuesOf(future).map((i) => i.code),
    ['birth-after-as-of'],
  );
});

test('direct-award facts: a value in kronor and a real date', () => {
  assert.equal(validateDirectAwardFacts({ value: 0, date: '2024-02-29' }).success, true);
  assert.deepEqual(
    issuesOf(validateDirectAwardFacts({ value: -5, date: '2023-02-29' })).map((i) => [i.pointer, i.code]),
    [
      ['/value', 'negative'],
      ['/date', 'invalid-date'],
    ],
  );
  assert.deepEqual(
    issuesOf(validateDirectAwardFacts({ value: Number.NaN })).map((i) => i.code),
    ['wrong-type'],
  );
  assert.deepEqual(
    issuesOf(validateDirectAwardFacts({ value: Number.POSITIVE_INFINITY })).map((i) => i.code),
    ['wrong-type'],
  );
});

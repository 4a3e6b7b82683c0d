import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_CASES, RuleCase } from './cases.js';
import { checkEligibility } from './check.js';
import { CRITERION_IDS, CRITERION_OUTCOMES, type CheckKind } from './result.js';

for (const c of RULE_CASES) {
  test(`case: ${c.name}`, async () => {
    const r = await checkEligibility(c.check, c.facts, c.options);
    assert.equal(r.verdict, c.expected.verdict, 'verdict');
    assert.equal(r.valid, c.expected.valid ?? true, 'valid');
    assert.deepEqual(Object.fromEntries(r.criteria.map((x) => [x.id, x.outcome])), c.expected.criteria);
  });
}

test('every case is well formed and has a unique name', () => {
  for (const c of RULE_CASES) assert.equal(RuleCase.safeParse(c).success, true, c.name);
  assert.equal(new Set(RULE_CASES.map((c) => c.name)).size, RULE_CASES.length);
});

test('the cases cover met, not met and unknown for every criterion of every check', () => {
  const seen = new Set(
    RULE_CASES.flatMap((c) => Object.entries(c.expected.criteria).map(([id, o]) => `${c.check}/${id}/${o}`)),
  );
  for (const [check, ids] of Object.entries(CRITERION_IDS) as [CheckKind, readonly string[]][]) {
    for (const id of ids)
      for (const o of CRITERION_OUTCOMES) assert.ok(seen.has(`${check}/${id}/${o}`), `${check}/${id}/${o}`);
  }
  const verdicts = new Set(RULE_CASES.map((c) => `${c.check}/${c.expected.verdict}`));
  for (const check of Object.keys(CRITERION_IDS)) {
    for (const v of ['eligible', 'not-eligible', 'needs-review'])
      assert.ok(verdicts.has(`${check}/${v}`), `${check}/${v}`);
  }
});

test('the cases cover the boundaries', () => {
  const has = (check: CheckKind, pred: (f: Record<string, unknown>) => boolean) =>
    RULE_CASES.some((c) => c.check === check && pred(c.facts));
  assert.ok(
    has('reserved-contract', (f) => f.peopleWorking === 10 && f.peopleWorkingFromTargetGroups === 3),
    '0.30 exactly',
  );
  assert.ok(
    has('direct-award', (f) => f.value === 700_000),
    '700 000 exactly',
  );
  assert.ok(
    has('direct-award', (f) => f.value === 699_999),
    '699 999',
  );
  for (const age of [15, 16, 64, 65])
    assert.ok(
      has('target-group', (f) => f.age === age),
      `age ${age}`,
    );
  assert.ok(
    has('asf', (f) => f.profitReinvestedShare === 0.5),
    'reinvestment 0.5 exactly',
  );
  assert.ok(
    has('reserved-contract', (f) => f.peopleWorking === 0),
    'nobody working',
  );
});

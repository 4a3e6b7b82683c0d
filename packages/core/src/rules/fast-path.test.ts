// Issue 17: the checks' fast path — quick fact checks that zod backs, the small events the
// engine gets, criteria formatted when read, runs on an idle engine started at once — changes no
// result. The full results are compared with those recorded before in results-golden.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { checkAsfEligibility, checkEligibility } from './check.js';
import { engineRuleJson } from './engine.js';
import { EnterpriseFacts, FAST_ENTERPRISE_CHECKS } from './facts.js';
import { PROFILES } from './parameters.js';
import { ASF_RULES, rulesFor } from './rule-sets.js';
import { CHECK_KINDS } from './result.js';

/** Values around every edge the enterprise facts have, and anything else. */
const edgy = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1.0000001, -1e-9, 2 ** 53, 2 ** 53 - 1, 1.5, NaN, Infinity, -Infinity),
  fc.constantFrom('ownership', 'agreement', 'other-documented', 'none', 'Ownership', ''),
  fc.boolean(),
);

test('a quick fact check says yes only where zod accepts the value and returns it unchanged', () => {
  const shape = EnterpriseFacts.shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean; data?: unknown } }
  >;
  for (const [key, quick] of Object.entries(FAST_ENTERPRISE_CHECKS)) {
    const field = shape[key];
    assert.ok(field, key);
    fc.assert(
      fc.property(edgy, (value) => {
        if (!quick(value)) return true;
        const parsed = field.safeParse(value);
        return parsed.success && Object.is(parsed.data, value);
      }),
      { numRuns: 3000, seed: 17 },
    );
  }
});

test('the quick fact checks take the common values (otherwise they would save nothing)', () => {
  assert.equal(FAST_ENTERPRISE_CHECKS.sellsGoodsOrServices?.(true), true);
  assert.equal(FAST_ENTERPRISE_CHECKS.staffParticipation?.('agreement'), true);
  assert.equal(FAST_ENTERPRISE_CHECKS.profitReinvestedShare?.(0.5), true);
  assert.equal(FAST_ENTERPRISE_CHECKS.peopleWorking?.(20), true);
  assert.equal(FAST_ENTERPRISE_CHECKS.peopleWorking?.(2.5), false);
  assert.equal(FAST_ENTERPRISE_CHECKS.publicOwnershipShare?.(NaN), false);
});

test('the engine gets every rule with its conditions and a small event without the texts', () => {
  for (const check of CHECK_KINDS) {
    const rules = rulesFor(check, PROFILES.skoopi);
    const json = engineRuleJson(rules);
    assert.equal(json.length, rules.length);
    json.forEach((r, i) => {
      assert.equal(r.name, rules[i]?.name);
      assert.deepEqual(r.conditions, rules[i]?.conditions);
      assert.deepEqual(r.event, {
        type: 'criterion',
        params: { check, criterion: rules[i]?.event.params.criterion },
      });
    });
  }
});

test('a bare engine over the small events passes the same rules as over the exported ASF_RULES', async () => {
  const slim = new Engine(engineRuleJson(ASF_RULES), { allowUndefinedFacts: true });
  const full = new Engine(structuredClone(ASF_RULES) as never, { allowUndefinedFacts: true });
  const facts = { sellsGoodsOrServices: true, staffParticipation: 'none', profitReinvestedShare: 0.7 };
  const names = async (e: Engine) => (await e.run(facts)).results.map((r) => r.name).sort();
  assert.deepEqual(await names(slim), await names(full));
});

test('criteria, formatted when first read, behave as data: JSON, spread, structuredClone, deepEqual, assignment', async () => {
  const facts = { sellsGoodsOrServices: true, profitReinvestedShare: 0.4, staffParticipation: 'ownership' } as const;
  const r = await checkAsfEligibility(facts);
  assert.ok(Object.keys(r).includes('criteria'));
  assert.deepEqual(Object.keys(r), ['check', 'profile', 'verdict', 'criteria', 'valid', 'issues']);
  const json = JSON.parse(JSON.stringify(r)) as { criteria: { reason: { sv: string } }[] };
  assert.equal(json.criteria.length, 5);
  assert.match(json.criteria[3]!.reason.sv, /^Bara 40\u00a0% av vinsten/);
  assert.deepEqual({ ...r }, json);
  assert.deepEqual(structuredClone(r), json);
  assert.equal(r.criteria, r.criteria, 'formatted once, then the same array');
  r.criteria = [];
  assert.deepEqual(r.criteria, []);
});

test('checks run together give the results they give one by one', async () => {
  const inputs = Array.from({ length: 60 }, (_, i) => ({
    sellsGoodsOrServices: i % 3 !== 0,
    integrationIsMainPurpose: i % 5 !== 0,
    peopleWorking: i,
    peopleWorkingFromTargetGroups: Math.floor(i / 2),
    ...(i % 7 === 0 ? { profitReinvestedShare: 2 } : { profitReinvestedShare: (i % 10) / 10 }),
  }));
  const together = await Promise.all(
    inputs.map((f, i) =>
      checkEligibility(i % 2 ? 'asf' : 'reserved-contract', f, i % 4 ? undefined : { profile: 'skoopi' }),
    ),
  );
  for (const [i, f] of inputs.entries()) {
    const alone = await checkEligibility(
      i % 2 ? 'asf' : 'reserved-contract',
      f,
      i % 4 ? undefined : { profile: 'skoopi' },
    );
    assert.deepEqual(JSON.parse(JSON.stringify(together[i])), JSON.parse(JSON.stringify(alone)), `input ${i}`);
  }
});

test('the ASF rules never read targetGroupShare (the ASF check does not give it to its engine)', () => {
  const factsOf = (c: unknown): string[] => {
    if (c === null || typeof c !== 'object') return [];
    const o = c as Record<string, unknown>;
    return [...(typeof o.fact === 'string' ? [o.fact] : []), ...Object.values(o).flatMap(factsOf)];
  };
  for (const p of Object.values(PROFILES)) {
    for (const rule of rulesFor('asf', p)) {
      assert.ok(!factsOf(rule.conditions).includes('targetGroupShare'), rule.name);
      assert.ok(!rule.event.params.requiredFacts.includes('targetGroupShare'), rule.name);
    }
  }
  // …while the reserved-contract rules do, so the search above can find it.
  assert.ok(
    rulesFor('reserved-contract', PROFILES.tillvaxtverket).some((r) =>
      factsOf(r.conditions).includes('targetGroupShare'),
    ),
  );
});

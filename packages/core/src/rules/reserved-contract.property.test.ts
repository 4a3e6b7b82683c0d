import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkReservedContract } from './check.js';
import type { Verdict } from './result.js';

const RANK: Record<Verdict, number> = { 'not-eligible': 0, 'needs-review': 1, eligible: 2 };

test('property: the verdict never gets worse as more of the people working come from the target groups', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: 0, max: 500 }),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      async (total, a, b, purpose, minShare) => {
        const [low, high] = [Math.min(a, b, total), Math.min(Math.max(a, b), total)];
        const options = minShare === undefined ? {} : { parameters: { minTargetGroupShare: minShare } };
        const base = { integrationIsMainPurpose: purpose, peopleWorking: total };
        const rLow = await checkReservedContract({ ...base, peopleWorkingFromTargetGroups: low }, options);
        const rHigh = await checkReservedContract({ ...base, peopleWorkingFromTargetGroups: high }, options);
        assert.ok(RANK[rLow.verdict] <= RANK[rHigh.verdict], `${low} → ${rLow.verdict}, ${high} → ${rHigh.verdict}`);
        for (const r of [rLow, rHigh]) {
          assert.equal(r.valid, true);
          const text = JSON.stringify(r.criteria);
          assert.doesNotMatch(text, /NaN|Infinity|undefined/);
        }
        const share = rHigh.criteria.find((c) => c.id === 'target-group-share');
        if (total === 0) assert.equal(share?.outcome, 'unknown');
        else assert.equal(share?.outcome === 'met', high / total >= (minShare ?? 0.3));
      },
    ),
    { numRuns: 200 },
  );
});

test('property: any input resolves, never throws, never gives NaN', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(
        fc.constantFrom(
          'peopleWorking',
          'peopleWorkingFromTargetGroups',
          'employeesFromTargetGroups',
          'integrationIsMainPurpose',
          'shelteredEmploymentProgramme',
          'x',
        ),
        fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.boolean(), fc.constant(null), fc.string()),
      ),
      async (facts) => {
        const r = await checkReservedContract(facts);
        assert.ok(['eligible', 'not-eligible', 'needs-review'].includes(r.verdict));
        assert.doesNotMatch(JSON.stringify(r.criteria), /NaN|Infinity/);
        if (!r.valid) assert.equal(r.verdict, 'needs-review');
      },
    ),
    { numRuns: 200 },
  );
});

// Every result of the checks stays what it was: the full results (verdict, every criterion's
// outcome, reason in both languages and source, every issue) of every rule case and of 5 000
// generated fact sets, valid and invalid, under several option sets, compared with results
// recorded before the checks were made faster (issue 17). Recorded in fixtures/check-results.golden.json as
// SHA-256 digests of the results' JSON: one per case, one per check and option set for the generated ones.
// ASF_WRITE_GOLDEN=1 rewrites the file — only after a deliberate change of a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { RULE_CASES } from './cases.js';
import { checkEligibility, type CheckOptions } from './check.js';
import type { CheckKind } from './result.js';
import { DirectAwardFacts, EnterpriseFacts, PersonFacts, WelfareOrganisationFacts } from './facts.js';

const file = fileURLToPath(new URL('./fixtures/check-results.golden.json', import.meta.url));

/** A value of any kind, to reach every validation message: right types, wrong types, edges. */
const anyValue = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -5, max: 80 }),
  fc.double({ min: -0.5, max: 1.5, noNaN: false }),
  fc.constantFrom(0, 1, 0.3, 0.5, 0.2999, 1e9, -0, Number.NaN, Infinity, 2 ** 53, 10.5),
  fc.constantFrom('ownership', 'agreement', 'other-documented', 'none', 'x', '', '556677-8899', '5566778899'),
  fc.constantFrom('2024-03-01', '2008-05-01', '2022-02-01', '2014-06-01', '2024-13-01', 'tomorrow'),
  fc.constantFrom(null, undefined, [], {}, ['disability'], ['homelessness', 'long-term-unemployment'], ['tired']),
  fc.constantFrom(
    'standard',
    'social-and-other-specific',
    'reinvested',
    'participatory-distribution',
    'other-distribution',
  ),
);

/** The fields of each check's facts, in the schemas' order. */
const FIELDS: Record<CheckKind, string[]> = {
  asf: Object.keys(EnterpriseFacts.shape),
  'reserved-contract': Object.keys(EnterpriseFacts.shape),
  'direct-award': Object.keys(DirectAwardFacts.shape),
  'target-group': Object.keys(PersonFacts.shape),
  'reserved-welfare-contract': Object.keys(WelfareOrganisationFacts.shape),
};

/** Values that are valid for a field, so that complete, valid fact sets (every verdict) come up often. */
const VALID: Record<string, fc.Arbitrary<unknown>> = {
  staffParticipation: fc.constantFrom('ownership', 'agreement', 'other-documented', 'none'),
  profitReinvestedShare: fc.constantFrom(0, 0.2, 0.5, 0.6, 0.8, 1),
  publicOwnershipShare: fc.constantFrom(0, 0, 0, 0.1, 0.5),
  peopleWorking: fc.constantFrom(0, 10, 20, 40),
  peopleWorkingFromTargetGroups: fc.constantFrom(0, 3, 7, 10),
  employeesFromTargetGroups: fc.constantFrom(0, 1, 3),
  organisationNumber: fc.constantFrom('556677-8899', '802456-8723', '5566778899'),
  value: fc.constantFrom(50_000, 699_999, 700_000, 1_000_000, 9_000_000),
  date: fc.constantFrom('2014-06-01', '2021-06-01', '2022-02-01', '2024-03-01', '2025-01-15'),
  services: fc.constantFrom('standard', 'social-and-other-specific'),
  age: fc.constantFrom(15, 16, 30, 64, 65),
  birthDate: fc.constantFrom('1960-01-01', '2008-05-01', '2009-01-01', '2030-01-01'),
  supportNeeds: fc.constantFrom([], ['disability'], ['homelessness'], ['long-term-unemployment']),
  monthsUnemployed: fc.constantFrom(0, 6, 12, 14, 30),
  profitUse: fc.constantFrom('reinvested', 'reinvested', 'participatory-distribution', 'other-distribution'),
  contractDurationYears: fc.constantFrom(1, 2, 3, 3.5, 5),
  awardedUnderRuleInPastThreeYears: fc.constantFrom(false, false, true),
};

/** Facts: the check's own fields, mostly with valid values, sometimes any value, an unknown field or not an object. */
function factsOf(check: CheckKind) {
  const fields = Object.fromEntries(
    FIELDS[check].map((f) => [
      f,
      fc.option(
        fc.oneof(
          { arbitrary: VALID[f] ?? fc.constantFrom(true, true, true, false), weight: 8 },
          { arbitrary: anyValue, weight: 1 },
        ),
        {
          freq: 6,
          nil: undefined,
        },
      ),
    ]),
  );
  const record = fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: anyValue, weight: 1 }),
    )
    .map(([facts, extra]) => (extra === undefined ? facts : { ...facts, unknownField: extra }));
  return fc.oneof({ arbitrary: record, weight: 30 }, { arbitrary: anyValue, weight: 1 });
}

const OPTION_SETS: Record<string, CheckOptions | undefined> = {
  none: undefined,
  skoopi: { profile: 'skoopi' },
  sofisam: { profile: 'sofisam', asOf: '2025-01-01' },
  parameters: { parameters: { minReinvestedShare: 0.6, longTermUnemploymentMonths: 6 }, asOf: '2024-05-01' },
  invalid: { profile: 'nope' as never, parameters: { ageMin: 70, ageMax: 20 }, asOf: 'x' },
};

const CHECKS = Object.keys(FIELDS) as CheckKind[];

async function generated(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const check of CHECKS) {
    const inputs = fc.sample(factsOf(check), { seed: 17, numRuns: 200 });
    for (const [name, options] of Object.entries(OPTION_SETS)) {
      const hash = createHash('sha256');
      for (const facts of inputs) hash.update(JSON.stringify(await checkEligibility(check, facts, options)) + '\n');
      out[`${check}/${name}`] = hash.digest('hex');
    }
  }
  return out;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function cases(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of RULE_CASES) out[c.name] = sha256(JSON.stringify(await checkEligibility(c.check, c.facts, c.options)));
  return out;
}

test('every rule case and 5 000 generated fact sets give the results recorded before (ASF_WRITE_GOLDEN=1 rewrites)', async () => {
  const now = { cases: await cases(), generated: await generated() };
  if (process.env.ASF_WRITE_GOLDEN === '1') writeFileSync(file, JSON.stringify(now, null, 1) + '\n');
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as typeof now;
  assert.deepEqual(Object.keys(now.cases), Object.keys(recorded.cases), 'the same cases');
  for (const name of Object.keys(recorded.cases)) assert.deepEqual(now.cases[name], recorded.cases[name], name);
  assert.deepEqual(now.generated, recorded.generated);
});

test('the generated fact sets reach invalid facts, invalid options and every verdict', async () => {
  const seen = new Set<string>();
  for (const check of CHECKS) {
    for (const facts of fc.sample(factsOf(check), { seed: 17, numRuns: 200 })) {
      for (const options of [undefined, OPTION_SETS.invalid]) {
        const r = await checkEligibility(check, facts, options);
        seen.add(`${check}/${r.verdict}`);
        for (const i of r.issues) seen.add(`${options ? 'options' : 'facts'}/${i.code}`);
      }
    }
  }
  for (const check of CHECKS)
    for (const v of ['eligible', 'not-eligible', 'needs-review']) assert.ok(seen.has(`${check}/${v}`), `${check}/${v}`);
  for (const code of ['wrong-type', 'unknown-field', 'exceeds-total']) assert.ok(seen.has(`facts/${code}`), code);
});

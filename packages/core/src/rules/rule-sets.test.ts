import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from 'json-rules-engine';
import type { RuleProperties } from 'json-rules-engine';
import { deriveDirectAwardFacts, deriveEnterpriseFacts, derivePersonFacts } from './derive.js';
import { placeholders } from './format.js';
import { PROFILES, resolveParameters } from './parameters.js';
import { CHECK_KINDS, CRITERION_IDS } from './result.js';
import {
  ASF_RULES,
  asfRules,
  DIRECT_AWARD_RULES,
  RESERVED_CONTRACT_RULES,
  reservedContractRules,
  rulesFor,
  TARGET_GROUP_RULES,
  targetGroupRules,
  type CriterionRule,
} from './rule-sets.js';
import { RuleSource } from './sources.js';

const ALL_RULE_SETS: CriterionRule[][] = CHECK_KINDS.flatMap((k) => [
  rulesFor(k, PROFILES.tillvaxtverket),
  rulesFor(k, PROFILES.skoopi),
]);

/** Names a reason template may use: facts, derived facts and the values the checks compute. */
const KNOWN_PLACEHOLDERS = new Set([
  'missing',
  'peopleWorking',
  'peopleWorkingFromTargetGroups',
  'employeesFromTargetGroups',
  'profitReinvestedShare',
  'publicOwnershipShare',
  'targetGroupShare',
  'staffParticipation',
  'integrationBasis',
  'value',
  'date',
  'threshold',
  'thresholdFrom',
  'services',
  'passes',
  'fails',
  'rule',
  'profitUse',
  'contractDurationYears',
  'age',
  'supportNeeds',
  'matchedSupportNeeds',
  'monthsUnemployed',
  'unemployment',
]);

test('the rules are plain JSON: a JSON round trip changes nothing', () => {
  for (const rules of ALL_RULE_SETS) assert.deepEqual(JSON.parse(JSON.stringify(rules)), rules);
});

test('every rule is one criterion with a stable id, a valid source and three bilingual reasons', () => {
  for (const rules of ALL_RULE_SETS) {
    for (const r of rules) {
      const { check, criterion, source, reasons, requiredFacts } = r.event.params;
      assert.equal(r.name, `${check}/${criterion}`);
      assert.ok((CRITERION_IDS[check] as readonly string[]).includes(criterion), criterion);
      assert.equal(RuleSource.safeParse(source).success, true, criterion);
      assert.ok(requiredFacts.length > 0);
      for (const outcome of ['met', 'not-met', 'unknown'] as const) {
        for (const lang of ['sv', 'en'] as const) {
          const text = reasons[outcome][lang];
          assert.ok(text.length > 20, `${r.name} ${outcome} ${lang}`);
          for (const name of placeholders(text))
            assert.ok(KNOWN_PLACEHOLDERS.has(name), `${r.name}: unknown placeholder {${name}}`);
        }
        assert.deepEqual(
          placeholders(reasons[outcome].sv).sort(),
          placeholders(reasons[outcome].en).sort(),
          `${r.name} ${outcome}`,
        );
      }
      assert.match(reasons.unknown.sv, /\{missing\}/, `${r.name}: an unknown reason says what is missing`);
    }
  }
});

test('the parameters are written into the rules', () => {
  const strict = asfRules(
    resolveParameters('tillvaxtverket', { minReinvestedShare: 0.6, reinvestedShareInclusive: true }),
  );
  assert.deepEqual(strict.find((r) => r.event.params.criterion === 'profit-reinvestment')?.conditions, {
    all: [{ fact: 'profitReinvestedShare', operator: 'greaterThanInclusive', value: 0.6 }],
  });
  assert.match(
    strict.find((r) => r.event.params.criterion === 'profit-reinvestment')?.event.params.reasons['not-met'].sv ?? '',
    /minst 60\u00a0%/,
  );
  assert.deepEqual(
    reservedContractRules(resolveParameters('tillvaxtverket', { minTargetGroupShare: 0.4 }))[1]?.conditions,
    {
      all: [{ fact: 'targetGroupShare', operator: 'greaterThanInclusive', value: 0.4 }],
    },
  );
  const kolada = targetGroupRules(resolveParameters('tillvaxtverket', { longTermUnemploymentMonths: 6, ageMin: 18 }));
  assert.deepEqual(kolada[0]?.conditions, {
    all: [
      { fact: 'age', operator: 'greaterThanInclusive', value: 18 },
      { fact: 'age', operator: 'lessThanInclusive', value: 64 },
    ],
  });
  assert.deepEqual((kolada[1]?.conditions as { any: unknown[] }).any[1], {
    fact: 'monthsUnemployed',
    operator: 'greaterThanInclusive',
    value: 6,
  });
  assert.deepEqual(
    ASF_RULES.map((r) => r.event.params.criterion),
    CRITERION_IDS.asf.slice(0, 5),
  );
  assert.equal(DIRECT_AWARD_RULES.length, 1);
});

/** What an integrator does: load the shipped JSON into their own engine, add the derived facts. */
async function runVanilla(file: string, facts: Record<string, unknown>): Promise<Record<string, boolean>> {
  const rules = JSON.parse(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')) as RuleProperties[];
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  const { results, failureResults } = await engine.run(facts);
  return Object.fromEntries([
    ...results.map((r) => [r.name, true] as const),
    ...failureResults.map((r) => [r.name, false] as const),
  ]);
}

test('the shipped JSON runs in a plain json-rules-engine with the derived facts', async () => {
  assert.deepEqual(
    await runVanilla(
      'json/reserved-contract.json',
      deriveEnterpriseFacts({ integrationIsMainPurpose: true, peopleWorking: 10, peopleWorkingFromTargetGroups: 3 }),
    ),
    { 'reserved-contract/integration-purpose': true, 'reserved-contract/target-group-share': true },
  );
  assert.deepEqual(
    await runVanilla(
      'json/reserved-contract.json',
      deriveEnterpriseFacts({
        shelteredEmploymentProgramme: false,
        peopleWorking: 10,
        peopleWorkingFromTargetGroups: 2,
      }),
    ),
    { 'reserved-contract/integration-purpose': false, 'reserved-contract/target-group-share': false },
  );
  assert.deepEqual(
    await runVanilla('json/direct-award.json', deriveDirectAwardFacts({ value: 700_000, date: '2023-01-01' })),
    {
      'direct-award/below-threshold': false,
    },
  );
  assert.deepEqual(
    await runVanilla('json/direct-award.json', deriveDirectAwardFacts({ value: 699_999, date: '2023-01-01' })),
    {
      'direct-award/below-threshold': true,
    },
  );
  assert.deepEqual(
    await runVanilla(
      'json/target-group.tillvaxtverket.json',
      derivePersonFacts({ birthDate: '1960-02-29', supportNeeds: ['homelessness'] }, '2025-02-28'),
    ),
    {
      'target-group/age': true,
      'target-group/support-need': true,
    },
  );
  const asf = await runVanilla(
    'json/asf.skoopi.json',
    deriveEnterpriseFacts({ sellsGoodsOrServices: true, profitReinvestedShare: 1, employeesFromTargetGroups: 0 }),
  );
  assert.equal(asf['asf/business'], true);
  assert.equal(asf['asf/profit-reinvestment'], true);
  assert.equal(asf['asf/target-group-employed'], false);
  assert.equal(
    asf['asf/staff-participation'],
    false,
    'a plain engine cannot tell unknown from not met: requiredFacts does',
  );
});

test('exported constants equal the generated defaults', () => {
  assert.deepEqual(RESERVED_CONTRACT_RULES, reservedContractRules());
  assert.deepEqual(TARGET_GROUP_RULES, targetGroupRules());
});

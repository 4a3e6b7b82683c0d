import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SUPPORT_NEEDS } from '../plan/schema.js';
import { checkAsfEligibility, checkDirectAward, checkEligibility, checkReservedContract, checkTargetGroup } from './check.js';
import { clearRuleEngineCache, ENGINE_CACHE_SIZE, ruleEngineStats } from './engine.js';
import type { EnterpriseFacts } from './facts.js';
import { CHECK_KINDS, CRITERION_IDS, verdictOf, type CheckResult } from './result.js';

const S = '\u00a0';
const ASF_OK: EnterpriseFacts = {
  sellsGoodsOrServices: true,
  integrationIsMainPurpose: true,
  staffParticipation: 'ownership',
  profitReinvestedShare: 0.8,
  publicOwnershipShare: 0,
};
const outcomes = (r: CheckResult) => Object.fromEntries(r.criteria.map((c) => [c.id, c.outcome]));
const reason = (r: CheckResult, id: string) => r.criteria.find((c) => c.id === id)?.reason;

test('verdict: any not met → not eligible; otherwise any unknown → needs review; otherwise eligible', () => {
  assert.equal(verdictOf(['met', 'met']), 'eligible');
  assert.equal(verdictOf(['met', 'unknown']), 'needs-review');
  assert.equal(verdictOf(['unknown', 'not-met', 'met']), 'not-eligible');
  assert.equal(verdictOf([]), 'needs-review');
});

test('reasons give the actual figures: "7 av 20 (35 %)"', async () => {
  const r = await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 });
  assert.equal(r.verdict, 'eligible');
  const share = reason(r, 'target-group-share');
  assert.match(share?.sv ?? '', new RegExp(`^7 av 20 \\(35${S}%\\) som arbetar .*minst 30${S}% krävs\\.$`));
  assert.match(share?.en ?? '', /^7 of 20 \(35%\) people working .*at least 30% is required\.$/);
  const low = await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 1000, peopleWorkingFromTargetGroups: 299 });
  assert.match(reason(low, 'target-group-share')?.sv ?? '', new RegExp(`^Bara 299 av 1${S}000 \\(29,9${S}%\\)`));
  const near = await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 10000, peopleWorkingFromTargetGroups: 2999 });
  assert.match(reason(near, 'target-group-share')?.en ?? '', /\(29\.99%\)/, 'never rounds a miss up to the threshold');
});

test('nobody working: the share is unknown and the reason says why, never a division by zero', async () => {
  const r = await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 0, peopleWorkingFromTargetGroups: 0 });
  assert.deepEqual(outcomes(r), { 'integration-purpose': 'met', 'target-group-share': 'unknown' });
  assert.match(reason(r, 'target-group-share')?.sv ?? '', /ingen arbetar i verksamheten/);
  assert.doesNotMatch(JSON.stringify(r), /NaN|Infinity/);
});

test('unknown reasons name the missing facts; invalid facts are named as invalid', async () => {
  const r = await checkAsfEligibility({ ...ASF_OK, staffParticipation: undefined, profitReinvestedShare: 2 } as EnterpriseFacts);
  assert.equal(r.valid, false);
  assert.equal(r.verdict, 'needs-review');
  assert.match(reason(r, 'staff-participation')?.sv ?? '', /uppgift saknas om medarbetarnas delaktighet \(staffParticipation\)/);
  assert.match(reason(r, 'profit-reinvestment')?.en ?? '', /profitReinvestedShare\) is invalid/);
  assert.deepEqual(r.issues.map((i) => [i.pointer, i.code]), [['/profitReinvestedShare', 'share-out-of-range']]);
});

test('an invalid fact that no criterion uses still makes the verdict "needs review"', async () => {
  const r = await checkAsfEligibility({ ...ASF_OK, organisationNumber: '123' });
  assert.deepEqual(Object.values(outcomes(r)), ['met', 'met', 'met', 'met', 'met']);
  assert.equal(r.valid, false);
  assert.equal(r.verdict, 'needs-review');
});

test('every criterion carries its source: Sofisam via seeds 000/003, LOU 4 kap. 18 §, the target-group plans', async () => {
  const asf = await checkAsfEligibility(ASF_OK);
  for (const c of asf.criteria) {
    assert.match(c.source.reference, /Bollnäs/);
    assert.match(c.source.reference, /Region Gotland/);
    assert.equal(c.source.url, 'https://sofisam.se/vad-ar-sociala-foretag/definition.html');
    assert.ok(c.source.quote && c.source.quote.length > 20);
  }
  const rc = await checkReservedContract({});
  for (const c of rc.criteria) assert.match(c.source.reference, /LOU 4 kap\. 18 §.*2014\/24\/EU, artikel 20/);
  const tg = await checkTargetGroup({});
  assert.match(tg.criteria[0]?.source.quote ?? '', /16-64 år/);
});

test('direct award cites the threshold applied, also one the user added', async () => {
  const builtIn = await checkDirectAward({ value: 10, date: '2023-01-01' });
  assert.match(builtIn.criteria[0]?.source.reference ?? '', /700 000 kronor/);
  const own = await checkDirectAward(
    { value: 10, date: '2021-01-01' },
    { thresholds: [{ from: '2020-01-01', amount: 500_000, reference: 'Exempel: egen rad', url: 'https://example.org/gräns' }] },
  );
  assert.equal(own.verdict, 'eligible');
  assert.equal(own.criteria[0]?.source.reference, 'Exempel: egen rad');
  assert.equal(own.criteria[0]?.source.url, 'https://example.org/gräns');
  assert.match(own.criteria[0]?.reason.sv ?? '', new RegExp(`understiger direktupphandlingsgränsen 500${S}000${S}kr, som gäller från 2020-01-01`));
});

test('every support need qualifies; long-term unemployment also from months', async () => {
  for (const need of SUPPORT_NEEDS) {
    const r = await checkTargetGroup({ age: 40, supportNeeds: [need] });
    assert.equal(r.verdict, 'eligible', need);
  }
  const narrowed = await checkTargetGroup({ age: 40, supportNeeds: ['homelessness'] }, { parameters: { acceptedSupportNeeds: ['disability'] } });
  assert.deepEqual(outcomes(narrowed), { age: 'met', 'support-need': 'not-met' });
  const noUnemployment = await checkTargetGroup({ age: 40, supportNeeds: [], monthsUnemployed: 30 }, { parameters: { acceptedSupportNeeds: ['disability'] } });
  assert.equal(noUnemployment.verdict, 'not-eligible');
  const months = await checkTargetGroup({ age: 40, monthsUnemployed: 6 }, { parameters: { longTermUnemploymentMonths: 6 } });
  assert.match(reason(months, 'support-need')?.sv ?? '', /långtidsarbetslöshet \(utan arbete i 6 månader; gränsen är 6\)/);
});

test('profiles: skoopi adds target-group-employed and demands full reinvestment', async () => {
  assert.deepEqual((await checkAsfEligibility(ASF_OK)).criteria.map((c) => c.id), CRITERION_IDS.asf.slice(0, 5));
  const skoopi = await checkAsfEligibility({ ...ASF_OK, profitReinvestedShare: 1, employeesFromTargetGroups: 3 }, { profile: 'skoopi' });
  assert.equal(skoopi.profile, 'skoopi');
  assert.deepEqual(skoopi.criteria.map((c) => c.id), [...CRITERION_IDS.asf]);
  assert.equal(skoopi.verdict, 'eligible');
  assert.match(reason(skoopi, 'profit-reinvestment')?.sv ?? '', /hela vinsten/);
  const rc = await checkReservedContract({}, { profile: 'skoopi' });
  assert.deepEqual(rc.criteria.map((c) => c.id), [...CRITERION_IDS['reserved-contract']]);
});

test('invalid options are issues under "options"; the valid rest still applies', async () => {
  const r = await checkTargetGroup(
    { age: 40, supportNeeds: [], monthsUnemployed: 7 },
    { profile: 'strict', parameters: { longTermUnemploymentMonths: 6, ageMin: 'x', colour: 1 }, asOf: '2024-02-30' } as never,
  );
  assert.deepEqual(r.issues.map((i) => [i.pointer, i.code]), [
    ['/options/profile', 'invalid-value'],
    ['/options/asOf', 'invalid-date'],
    ['/options/parameters/ageMin', 'wrong-type'],
    ['/options/parameters/colour', 'unknown-field'],
  ]);
  assert.equal(r.profile, 'sofisam');
  assert.equal(r.verdict, 'needs-review');
  assert.deepEqual(outcomes(r), { age: 'met', 'support-need': 'met' }, 'the valid override (6 months) applied');
  const range = await checkTargetGroup({ age: 40 }, { parameters: { ageMin: 70, ageMax: 20 } });
  assert.deepEqual(range.issues.map((i) => i.code), ['age-range']);
  assert.equal(reason(range, 'age')?.sv, 'Personen är 40 år, inom målgruppens ålder 16–64 år.');
  const bad = await checkDirectAward({ value: 1, date: '2021-01-01' }, { thresholds: [{ from: '2020-01-01', amount: -5 }] } as never);
  assert.deepEqual(bad.issues.map((i) => [i.pointer, i.code]), [
    ['/options/thresholds/0/amount', 'negative'],
    ['/options/thresholds/0/reference', 'required'],
  ]);
  const notObject = await checkDirectAward({ value: 1, date: '2023-01-01' }, 'fast' as never);
  assert.deepEqual(notObject.issues.map((i) => [i.pointer, i.code]), [['/options', 'wrong-type']]);
});

test('no facts at all (undefined or null) is valid: every criterion unknown', async () => {
  for (const check of CHECK_KINDS) {
    for (const input of [undefined, null, {}]) {
      const r = await checkEligibility(check, input);
      assert.equal(r.valid, true);
      assert.equal(r.verdict, 'needs-review');
      assert.ok(r.criteria.every((c) => c.outcome === 'unknown'));
    }
  }
});

test('nothing throws on any input: every check resolves with a result', async () => {
  const inputs: unknown[] = [0, -1, 'x', [], [1], {}, { a: 1 }, { value: {} }, { age: '16' }, { peopleWorking: 1e308 }];
  for (const check of CHECK_KINDS) {
    for (const input of inputs) {
      const r = await checkEligibility(check, input);
      assert.equal(r.check, check);
      assert.ok(['eligible', 'not-eligible', 'needs-review'].includes(r.verdict));
      assert.ok(r.criteria.length >= 1);
      assert.doesNotMatch(JSON.stringify(r), /NaN|undefined/);
    }
  }
});

test('one engine per parameter set: 100 checks in a row build it once', async () => {
  clearRuleEngineCache();
  assert.deepEqual(ruleEngineStats(), { builds: 0, cached: 0 });
  for (let i = 0; i < 100; i++) {
    await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 100, peopleWorkingFromTargetGroups: i });
  }
  assert.equal(ruleEngineStats().builds, 1);
  for (let i = 0; i < 50; i++) await checkReservedContract({}, { parameters: { minTargetGroupShare: 0.3 } });
  assert.equal(ruleEngineStats().builds, 1, 'the same parameters spelled out reuse the engine');
  await checkReservedContract({}, { parameters: { minTargetGroupShare: 0.4 } });
  await checkReservedContract({}, { profile: 'skoopi' });
  assert.equal(ruleEngineStats().builds, 3);
  for (let i = 0; i < ENGINE_CACHE_SIZE + 5; i++) await checkTargetGroup({}, { parameters: { ageMax: 60 + i } });
  assert.equal(ruleEngineStats().cached, ENGINE_CACHE_SIZE, 'the cache stays bounded');
});

test('concurrent checks on one engine give the same answers as checks one by one', async () => {
  const facts = Array.from({ length: 60 }, (_, i) => ({ integrationIsMainPurpose: i % 3 !== 0, peopleWorking: 20, peopleWorkingFromTargetGroups: i % 21 }));
  const oneByOne: CheckResult[] = [];
  for (const f of facts) oneByOne.push(await checkReservedContract(f));
  const together = await Promise.all(facts.map((f) => checkReservedContract(f)));
  assert.deepEqual(together, oneByOne);
  assert.ok(together.some((r) => r.verdict === 'eligible') && together.some((r) => r.verdict === 'not-eligible'));
});

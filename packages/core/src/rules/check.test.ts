import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SUPPORT_NEEDS } from '../plan/schema.js';
import {
  checkAsfEligibility,
  checkDirectAward,
  checkEligibility,
  checkReservedContract,
  checkReservedWelfareContract,
  checkTargetGroup,
} from './check.js';
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
  const r = await checkReservedContract({
    integrationIsMainPurpose: true,
    peopleWorking: 20,
    peopleWorkingFromTargetGroups: 7,
  });
  assert.equal(r.verdict, 'eligible');
  const share = reason(r, 'target-group-share');
  assert.match(share?.sv ?? '', new RegExp(`^7 av 20 \\(35${S}%\\) som arbetar .*minst 30${S}% krävs\\.$`));
  assert.match(share?.en ?? '', /^7 of 20 \(35%\) people working .*at least 30% is required\.$/);
  const low = await checkReservedContract({
    integrationIsMainPurpose: true,
    peopleWorking: 1000,
    peopleWorkingFromTargetGroups: 299,
  });
  assert.match(reason(low, 'target-group-share')?.sv ?? '', new RegExp(`^Bara 299 av 1${S}000 \\(29,9${S}%\\)`));
  const near = await checkReservedContract({
    integrationIsMainPurpose: true,
    peopleWorking: 10000,
    peopleWorkingFromTargetGroups: 2999,
  });
  assert.match(reason(near, 'target-group-share')?.en ?? '', /\(29\.99%\)/, 'never rounds a miss up to the threshold');
});

test('nobody working: the share is unknown and the reason says why, never a division by zero', async () => {
  const r = await checkReservedContract({
    integrationIsMainPurpose: true,
    peopleWorking: 0,
    peopleWorkingFromTargetGroups: 0,
  });
  assert.deepEqual(outcomes(r), { 'integration-purpose': 'met', 'target-group-share': 'unknown' });
  assert.match(reason(r, 'target-group-share')?.sv ?? '', /ingen arbetar i verksamheten/);
  assert.doesNotMatch(JSON.stringify(r), /NaN|Infinity/);
});

test('unknown reasons name the missing facts; invalid facts are named as invalid', async () => {
  const r = await checkAsfEligibility({
    ...ASF_OK,
    staffParticipation: undefined,
    profitReinvestedShare: 2,
  });
  assert.equal(r.valid, false);
  assert.equal(r.verdict, 'needs-review');
  // Reasons are read by people: the fact in words, never its code name (issue 11, defect 7a).
  assert.match(reason(r, 'staff-participation')?.sv ?? '', /uppgift saknas om medarbetarnas delaktighet\./);
  assert.match(
    reason(r, 'profit-reinvestment')?.en ?? '',
    /the value given for the share of the profit reinvested is invalid/,
  );
  for (const c of r.criteria)
    assert.doesNotMatch(c.reason.sv + c.reason.en, /\([a-z]+[A-Z]\w*\)|profitReinvestedShare|staffParticipation/);
  assert.deepEqual(
    r.issues.map((i) => [i.pointer, i.code]),
    [['/profitReinvestedShare', 'share-out-of-range']],
  );
});

test('an invalid fact that no criterion uses still makes the verdict "needs review"', async () => {
  const r = await checkAsfEligibility({ ...ASF_OK, organisationNumber: '123' });
  assert.deepEqual(Object.values(outcomes(r)), ['met', 'met', 'met', 'met', 'met']);
  assert.equal(r.valid, false);
  assert.equal(r.verdict, 'needs-review');
});

test('every criterion carries its source: Tillväxtverket (not Sofisam, closed 2020), LOU 4 kap. 18 §, the target-group plans', async () => {
  const asf = await checkAsfEligibility(ASF_OK);
  for (const c of asf.criteria) {
    assert.equal(c.source.title, 'Tillväxtverkets kriterier för arbetsintegrerande sociala företag');
    assert.match(c.source.reference, /Tillväxtverket tog fram kriterierna/);
    // sofisam.se is gone: the source is the Internet Archive's copy of the page that printed the criteria.
    assert.match(c.source.url ?? '', /^https:\/\/web\.archive\.org\/web\/\d+\/https:\/\/sofisam\.se\//);
    assert.ok(c.source.quote && c.source.quote.length > 20);
  }
  assert.match(
    asf.criteria[3]?.source.quote ?? '',
    /i den egna eller liknade verksamheter/,
    'quoted as the source prints it',
  );
  const rc = await checkReservedContract({});
  for (const c of rc.criteria) {
    assert.match(c.source.reference, /LOU 4 kap\. 18 §.*2014\/24\/EU, artikel 20/);
    assert.match(c.source.quote ?? '', /Det finns inget krav på att personerna ska vara anställda hos leverantören/);
  }
  const tg = await checkTargetGroup({});
  assert.match(tg.criteria[0]?.source.quote ?? '', /16-64 år/);
});

test('direct award cites the threshold applied, also one the user added', async () => {
  const builtIn = await checkDirectAward({ value: 10, date: '2023-01-01' });
  assert.match(builtIn.criteria[0]?.source.reference ?? '', /700 000 kronor/);
  const own = await checkDirectAward(
    { value: 10, date: '2013-01-01' },
    {
      thresholds: [
        { from: '2012-01-01', amount: 500_000, reference: 'Exempel: egen rad', url: 'https://example.org/gräns' },
      ],
    },
  );
  assert.equal(own.verdict, 'eligible');
  assert.equal(own.criteria[0]?.source.reference, 'Exempel: egen rad');
  assert.equal(own.criteria[0]?.source.url, 'https://example.org/gräns');
  assert.match(
    own.criteria[0]?.reason.sv ?? '',
    new RegExp(
      `understiger direktupphandlingsgränsen 500${S}000${S}kr för varor, tjänster och byggentreprenader, som gäller från 2012-01-01`,
    ),
  );
});

test('direct award of social and other specific services (bilaga 2): 1 000 000 kr on 2024-06-01 passes', async () => {
  const r = await checkDirectAward({ value: 1_000_000, date: '2024-06-01', services: 'social-and-other-specific' });
  assert.equal(r.verdict, 'eligible');
  assert.match(
    r.criteria[0]?.reason.sv ?? '',
    new RegExp(`understiger direktupphandlingsgränsen 8${S}109${S}450${S}kr för sociala tjänster`),
  );
  assert.match(r.criteria[0]?.source.url ?? '', /upphandlingsmyndigheten\.se/);
  const standard = await checkDirectAward({ value: 1_000_000, date: '2024-06-01' });
  assert.equal(standard.verdict, 'not-eligible', 'the default is standard purchases');
});

test('a date after the last verified period is needs-review and says so, never a stale amount', async () => {
  const r = await checkDirectAward({ value: 1_000_000, date: '2026-03-01', services: 'social-and-other-specific' });
  assert.equal(r.verdict, 'needs-review');
  assert.equal(r.criteria[0]?.outcome, 'unknown');
  assert.match(r.criteria[0]?.reason.sv ?? '', /verifierad bara till och med 2025-12-31.*inte verifierat i asf-kit/);
  assert.match(r.criteria[0]?.reason.en ?? '', /verified only up to 2025-12-31.*not verified in asf-kit/);
  const added = await checkDirectAward(
    { value: 1_000_000, date: '2026-03-01', services: 'social-and-other-specific' },
    {
      thresholds: [
        {
          from: '2026-01-01',
          amount: 8_000_000,
          services: 'social-and-other-specific',
          reference: 'Exempel: egen rad för 2026',
        },
      ],
    },
  );
  assert.equal(added.verdict, 'eligible');
});

test('before 2022-02-01 the value may be "högst" the limit; from then on it must be below it', async () => {
  const at = await checkDirectAward({ value: 615_312, date: '2021-06-01' });
  assert.equal(at.verdict, 'eligible');
  assert.match(at.criteria[0]?.reason.sv ?? '', /är högst direktupphandlingsgränsen/);
  const atNew = await checkDirectAward({ value: 700_000, date: '2022-02-01' });
  assert.equal(atNew.verdict, 'not-eligible');
  assert.match(at.criteria[0]?.source.reference ?? '', /19 kap\. 7 §/);
  assert.match(atNew.criteria[0]?.source.reference ?? '', /19 a kap\./);
});

test('a failed value test says so and names the other grounds to check, not that direct award is only allowed below the limit', async () => {
  const r = await checkDirectAward({ value: 900_000, date: '2024-03-01' });
  const { sv, en } = r.criteria[0]!.reason;
  assert.match(sv, /värdegränsen för direktupphandling är inte uppfylld/);
  assert.match(sv, /synnerliga skäl/);
  assert.match(en, /the value test for direct award is not met/);
  assert.doesNotMatch(sv + en, /bara under gränsen|only below/);
});

test('reserved contracts count everyone working, in every profile: skoopi never refuses a supplier the law admits', async () => {
  const facts = {
    integrationIsMainPurpose: true,
    peopleWorking: 10,
    peopleWorkingFromTargetGroups: 4,
    employeesFromTargetGroups: 0,
  };
  for (const profile of ['tillvaxtverket', 'sofisam', 'skoopi'] as const) {
    const r = await checkReservedContract(facts, { profile });
    assert.equal(r.verdict, 'eligible', profile);
    assert.deepEqual(
      r.criteria.map((c) => c.id),
      ['integration-purpose', 'target-group-share'],
    );
  }
  const workshop = await checkReservedContract({
    shelteredWorkshop: true,
    peopleWorking: 10,
    peopleWorkingFromTargetGroups: 3,
  });
  assert.equal(workshop.verdict, 'eligible');
  assert.match(workshop.criteria[0]?.reason.sv ?? '', /^Leverantören är en skyddad verkstad/);
});

test('the profile sofisam is an accepted alias of tillvaxtverket', async () => {
  const r = await checkAsfEligibility(ASF_OK, { profile: 'sofisam' });
  assert.equal(r.valid, true);
  assert.equal(r.profile, 'tillvaxtverket');
  assert.deepEqual(r, await checkAsfEligibility(ASF_OK, { profile: 'tillvaxtverket' }));
});

test('reserved welfare contract (LOU 19 kap. 25 §): six criteria, each explained and sourced', async () => {
  const ok = {
    publicServiceMission: true,
    profitUse: 'reinvested',
    participatoryManagement: true,
    awardedUnderRuleInPastThreeYears: false,
    contractDurationYears: 3,
    servicesListed: true,
  } as const;
  const r = await checkReservedWelfareContract(ok);
  assert.equal(r.verdict, 'eligible');
  assert.deepEqual(
    r.criteria.map((c) => c.id),
    [...CRITERION_IDS['reserved-welfare-contract']],
  );
  for (const c of r.criteria) {
    assert.match(c.source.reference, /LOU 19 kap\. 25 §.*19 kap\. 6 a §.*artikel 77/);
    assert.ok(c.reason.sv.length > 20 && c.reason.en.length > 20);
  }
  const long = await checkReservedWelfareContract({ ...ok, contractDurationYears: 3.5 });
  assert.equal(long.verdict, 'not-eligible');
  assert.match(long.criteria.find((c) => c.id === 'contract-duration')?.reason.sv ?? '', /3,5 år; högst tre år/);
  assert.equal((await checkEligibility('reserved-welfare-contract', ok)).verdict, 'eligible');
});

test('every support need qualifies; long-term unemployment also from months', async () => {
  for (const need of SUPPORT_NEEDS) {
    const r = await checkTargetGroup({ age: 40, supportNeeds: [need] });
    assert.equal(r.verdict, 'eligible', need);
  }
  const narrowed = await checkTargetGroup(
    { age: 40, supportNeeds: ['homelessness'] },
    { parameters: { acceptedSupportNeeds: ['disability'] } },
  );
  assert.deepEqual(outcomes(narrowed), { age: 'met', 'support-need': 'not-met' });
  const noUnemployment = await checkTargetGroup(
    { age: 40, supportNeeds: [], monthsUnemployed: 30 },
    { parameters: { acceptedSupportNeeds: ['disability'] } },
  );
  assert.equal(noUnemployment.verdict, 'not-eligible');
  const months = await checkTargetGroup(
    { age: 40, monthsUnemployed: 6 },
    { parameters: { longTermUnemploymentMonths: 6 } },
  );
  assert.match(
    reason(months, 'support-need')?.sv ?? '',
    /långtidsarbetslöshet \(utan arbete i 6 månader; gränsen är 6\)/,
  );
});

test('profiles: skoopi adds target-group-employed to the ASF check and demands full reinvestment', async () => {
  assert.deepEqual(
    (await checkAsfEligibility(ASF_OK)).criteria.map((c) => c.id),
    CRITERION_IDS.asf.slice(0, 5),
  );
  const skoopi = await checkAsfEligibility(
    { ...ASF_OK, profitReinvestedShare: 1, employeesFromTargetGroups: 3 },
    { profile: 'skoopi' },
  );
  assert.equal(skoopi.profile, 'skoopi');
  assert.deepEqual(
    skoopi.criteria.map((c) => c.id),
    [...CRITERION_IDS.asf],
  );
  assert.equal(skoopi.verdict, 'eligible');
  assert.match(reason(skoopi, 'profit-reinvestment')?.sv ?? '', /hela vinsten/);
  const rc = await checkReservedContract({}, { profile: 'skoopi' });
  assert.deepEqual(
    rc.criteria.map((c) => c.id),
    [...CRITERION_IDS['reserved-contract']],
  );
});

test('invalid options are issues under "options"; the valid rest still applies', async () => {
  const r = await checkTargetGroup({ age: 40, supportNeeds: [], monthsUnemployed: 7 }, {
    profile: 'strict',
    parameters: { longTermUnemploymentMonths: 6, ageMin: 'x', colour: 1 },
    asOf: '2024-02-30',
  } as never);
  assert.deepEqual(
    r.issues.map((i) => [i.pointer, i.code]),
    [
      ['/options/profile', 'invalid-value'],
      ['/options/asOf', 'invalid-date'],
      ['/options/parameters/ageMin', 'wrong-type'],
      ['/options/parameters/colour', 'unknown-field'],
    ],
  );
  assert.equal(r.profile, 'tillvaxtverket');
  assert.equal(r.verdict, 'needs-review');
  assert.deepEqual(outcomes(r), { age: 'met', 'support-need': 'met' }, 'the valid override (6 months) applied');
  const range = await checkTargetGroup({ age: 40 }, { parameters: { ageMin: 70, ageMax: 20 } });
  assert.deepEqual(
    range.issues.map((i) => i.code),
    ['age-range'],
  );
  assert.equal(reason(range, 'age')?.sv, 'Personen är 40 år, inom målgruppens ålder 16–64 år.');
  const bad = await checkDirectAward({ value: 1, date: '2021-01-01' }, {
    thresholds: [{ from: '2020-01-01', amount: -5 }],
  } as never);
  assert.deepEqual(
    bad.issues.map((i) => [i.pointer, i.code]),
    [
      ['/options/thresholds/0/amount', 'negative'],
      ['/options/thresholds/0/reference', 'required'],
    ],
  );
  const notObject = await checkDirectAward({ value: 1, date: '2023-01-01' }, 'fast' as never);
  assert.deepEqual(
    notObject.issues.map((i) => [i.pointer, i.code]),
    [['/options', 'wrong-type']],
  );
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
    await checkReservedContract({
      integrationIsMainPurpose: true,
      peopleWorking: 100,
      peopleWorkingFromTargetGroups: i,
    });
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
  const facts = Array.from({ length: 60 }, (_, i) => ({
    integrationIsMainPurpose: i % 3 !== 0,
    peopleWorking: 20,
    peopleWorkingFromTargetGroups: i % 21,
  }));
  const oneByOne: CheckResult[] = [];
  for (const f of facts) oneByOne.push(await checkReservedContract(f));
  const together = await Promise.all(facts.map((f) => checkReservedContract(f)));
  assert.deepEqual(together, oneByOne);
  assert.ok(together.some((r) => r.verdict === 'eligible') && together.some((r) => r.verdict === 'not-eligible'));
});

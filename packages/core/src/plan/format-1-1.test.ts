// Plan format 1.1 (issue 13): what real project descriptions print and 1.0 could not hold.
// Each feature is accepted in its right form, and each wrong form is reported at its JSON
// pointer, in Swedish and English. A 1.0 document stays valid; a document that declares 1.0
// and uses a 1.1 field is told to declare 1.1.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan } from './parse-plan.js';
import { planJsonSchema } from './json-schema.js';
import { activityLeads, priorityParts } from './read-plan.js';
import { PLAN_FORMAT_VERSION, PLAN_FORMAT_VERSIONS } from './schema.js';

const base = () => ({
  formatVersion: 1.1,
  id: 'projekt',
  kind: 'action-plan',
  title: 'ASF-projekt',
  organisation: { name: 'Region Exempel', type: 'region' },
  period: { start: '2017-02-01', end: '2018-10-31', text: 'februari 2017 – oktober 2018', source: 'projektsida' },
  sources: [{ id: 'projektsida', title: 'Om projektet' }],
  actors: [
    { id: 'region', name: 'Region Exempel', type: 'region' },
    { id: 'coompanion', name: 'Coompanion Exempel' },
    { id: 'tvv', name: 'Tillväxtverket', type: 'agency' },
  ],
  responsibility: {
    owner: 'region',
    partners: ['coompanion'],
    funders: ['tvv', 'region'],
    contacts: [{ name: 'Anna Andersson', role: 'projektledare', organisation: 'region' }],
    text: 'i samverkan mellan stödmottagaren Region Exempel och Coompanion Exempel',
    source: 'projektsida',
  },
  targetGroups: [
    {
      id: 'tg',
      description: 'Personer som står långt från arbetsmarknaden',
      ageMin: 16,
      ageMax: 64,
      priorities: ['utrikesfödda', { text: 'unga mellan 16–29 år', ageMin: 16, ageMax: 29 }],
    },
  ],
  activities: [{ id: 'a1', title: 'Ledarutbildningar', lead: [], involved: [] }],
  indicators: [
    {
      id: 'asf',
      title: 'ASF i länet',
      direction: 'increase',
      baseline: { value: 31, when: 'idag', text: 'idag 31 ASF' },
      target: { type: 'direction', date: '2018-10-31', text: 'fler ASF' },
      outcomes: [{ date: '2018-10-31', value: 35 }],
    },
    {
      id: 'utan-asf',
      title: 'Kommuner utan ASF',
      direction: 'decrease',
      baseline: { share: 0.5, of: 49, approximate: true, when: 'idag', text: 'cirka hälften av regionens 49 kommuner' },
    },
    {
      id: 'fokus',
      title: 'Kommuner med särskilt fokus',
      direction: 'increase',
      target: {
        type: 'range',
        min: 2,
        max: 4,
        date: '2018-12-31',
        perArea: { count: 2, areas: [{ id: 'nord', name: 'Norra delregionen' }, { id: 'syd' }], text: 'delregion' },
      },
      outcomes: [
        { date: '2018-12-31', value: 3, area: 'nord' },
        { date: '2018-12-31', value: 2, area: 'syd' },
      ],
    },
    {
      id: 'andel',
      title: 'Kommuner med stödstruktur',
      direction: 'increase',
      target: { type: 'level', value: 7, of: 10, date: '2018-12-31' },
      outcomes: [{ date: '2018-12-31', value: 7, of: 10 }],
    },
  ],
});

/** A copy of the base plan, changed by `edit` (loosely typed: the edits make it invalid on purpose). */
type Loose = any;
const edited = (edit: (p: Loose) => void): unknown => {
  const p: Loose = structuredClone(base());
  edit(p);
  return p;
};

function issues(input: unknown) {
  const r = parsePlan(input);
  assert.equal(r.success, false, 'expected the plan to be rejected');
  return r.success ? [] : r.error.issues;
}
const codes = (input: unknown) => issues(input).map((i) => `${i.pointer} ${i.code}`);

describe('plan format 1.1', () => {
  it('accepts every 1.1 feature, declared as 1.1 or with no version', () => {
    const r = parsePlan(base());
    assert.ok(r.success, JSON.stringify(!r.success && r.error.issues));
    assert.deepEqual(r.data.period, base().period);
    assert.deepEqual(r.data.responsibility?.funders, ['tvv', 'region']);
    assert.equal(r.data.indicators[0]?.baseline?.date, undefined);
    assert.equal(r.data.indicators[0]?.baseline?.when, 'idag');
    const { formatVersion: _v, ...unversioned } = base();
    assert.ok(parsePlan(unversioned).success);
  });

  it('versions the format as 1 and 1.1, and rejects other versions', () => {
    assert.deepEqual([...PLAN_FORMAT_VERSIONS], [1, 1.1]);
    assert.equal(PLAN_FORMAT_VERSION, 1.1);
    assert.deepEqual(codes(edited((p) => (p.formatVersion = 2))), ['/formatVersion invalid-value']);
  });

  it('tells a document that declares 1.0 and uses 1.1 fields to declare 1.1, at each field', () => {
    const found = issues(edited((p) => (p.formatVersion = 1)));
    assert.ok(found.every((i) => i.code === 'format-version'));
    const pointers = found.map((i) => i.pointer);
    for (const p of [
      '/responsibility',
      '/period/text',
      '/period/source',
      '/targetGroups/0/priorities/1',
      '/indicators/0/baseline/when',
      '/indicators/0/target/type',
      '/indicators/1/baseline/share',
      '/indicators/2/target/perArea',
      '/indicators/2/outcomes/0/area',
      '/indicators/3/target/of',
    ]) {
      assert.ok(pointers.includes(p), `${p} not in ${pointers.join(', ')}`);
    }
    assert.match(found[0]?.message.sv ?? '', /planformat 1\.1.*"formatVersion": 1; skriv 1\.1/);
    assert.match(found[0]?.message.en ?? '', /plan format 1\.1.*write 1\.1/);
  });

  it('keeps a 1.0 document valid as it is', () => {
    const old = {
      formatVersion: 1,
      id: 'gammal',
      kind: 'follow-up',
      title: 'Årsredovisning',
      organisation: { name: 'Samordningsförbund', type: 'coordination-association' },
      period: { start: '2018-01-01', end: '2018-12-31' },
      targetGroups: [{ id: 'tg', description: 'Målgrupp', priorities: ['unga'] }],
      indicators: [
        {
          id: 'asf',
          title: 'Aktiva ASF',
          direction: 'increase',
          baseline: { value: 25, date: '2018-01-01' },
          target: { type: 'level', value: 30, date: '2018-12-31' },
          outcomes: [{ date: '2018-12-31', value: 28 }],
        },
      ],
    };
    assert.ok(parsePlan(old).success);
  });

  it('asks a baseline for a date or the time as printed', () => {
    const found = issues(edited((p) => delete p.indicators[0].baseline.when));
    assert.deepEqual(
      found.map((i) => `${i.pointer} ${i.code}`),
      ['/indicators/0/baseline/date baseline-time'],
    );
    assert.match(found[0]?.message.sv ?? '', /datum.*"when": "idag"/);
  });

  it('asks a share for its total, and not for a value as well', () => {
    assert.deepEqual(codes(edited((p) => delete p.indicators[1].baseline.of)), [
      '/indicators/1/baseline/of share-without-total',
    ]);
    assert.deepEqual(codes(edited((p) => (p.indicators[1].baseline.value = 24))), [
      '/indicators/1/baseline/share value-and-share',
    ]);
    assert.deepEqual(codes(edited((p) => (p.indicators[1].baseline.share = 1.5))), [
      '/indicators/1/baseline/share too-big',
    ]);
  });

  it('rejects a figure larger than its known total', () => {
    assert.deepEqual(codes(edited((p) => (p.indicators[3].target.value = 12))), [
      '/indicators/3/target/value exceeds-total',
    ]);
    assert.deepEqual(codes(edited((p) => (p.indicators[3].outcomes[0].value = 11))), [
      '/indicators/3/outcomes/0/value exceeds-total',
    ]);
  });

  it('rejects a range whose minimum is above its maximum', () => {
    const found = issues(edited((p) => (p.indicators[2].target.min = 5)));
    assert.deepEqual(
      found.map((i) => `${i.pointer} ${i.code}`),
      ['/indicators/2/target range-order'],
    );
    assert.match(found[0]?.message.en ?? '', /minimum \(5\) is above its maximum \(4\)/);
  });

  it('checks the areas of a target per area', () => {
    assert.deepEqual(codes(edited((p) => (p.indicators[2].target.perArea.count = 4))), [
      '/indicators/2/target/perArea/areas area-count',
    ]);
    assert.deepEqual(codes(edited((p) => delete p.indicators[2].outcomes[1].area)), [
      '/indicators/2/outcomes/1/area area-required',
    ]);
    assert.deepEqual(codes(edited((p) => (p.indicators[2].outcomes[1].area = 'öst'))), [
      '/indicators/2/outcomes/1/area unknown-reference',
    ]);
    assert.deepEqual(codes(edited((p) => (p.indicators[3].outcomes[0].area = 'nord'))), [
      '/indicators/3/outcomes/0/area area-required',
    ]);
    const undeclared = edited((p) => {
      delete p.indicators[2].target.perArea.areas;
      p.indicators[2].outcomes.push({ date: '2018-12-31', value: 2, area: 'väst' });
    });
    assert.deepEqual(codes(undeclared), ['/indicators/2/outcomes area-count']);
  });

  it('checks the actors and sources of the plan-level responsibility', () => {
    const found = codes(
      edited((p) => {
        p.responsibility.owner = 'kommunen';
        p.responsibility.partners.push('samarkand');
        p.responsibility.funders = ['esf'];
        p.responsibility.contacts[0].organisation = 'okänd';
        p.responsibility.source = 'webben';
      }),
    );
    assert.deepEqual(found, [
      '/responsibility/owner unknown-reference',
      '/responsibility/partners/1 unknown-reference',
      '/responsibility/funders/0 unknown-reference',
      '/responsibility/source unknown-reference',
      '/responsibility/contacts/0/organisation unknown-reference',
    ]);
    assert.deepEqual(codes(edited((p) => (p.period.source = 'okänd'))), ['/period/source unknown-reference']);
  });

  it('checks the age range of a priority', () => {
    const found = issues(edited((p) => (p.targetGroups[0].priorities[1] = { text: 'unga', ageMin: 29, ageMax: 16 })));
    assert.deepEqual(
      found.map((i) => `${i.pointer} ${i.code}`),
      ['/targetGroups/0/priorities/1 age-range'],
    );
    assert.match(found[0]?.message.sv ?? '', /lägsta ålder \(29\) är högre än högsta \(16\)/);
  });

  it('reads priorities and leads whichever way the document gives them', () => {
    const r = parsePlan(base());
    assert.ok(r.success);
    const [plain, young] = r.data.targetGroups[0]?.priorities ?? [];
    assert.deepEqual(priorityParts(plain as never), { text: 'utrikesfödda', ageMin: null, ageMax: null });
    assert.deepEqual(priorityParts(young as never), { text: 'unga mellan 16–29 år', ageMin: 16, ageMax: 29 });
    assert.deepEqual(activityLeads(r.data, r.data.activities[0] as never), ['region']);
    assert.deepEqual(activityLeads(r.data, { lead: ['coompanion'] }), ['coompanion']);
    assert.deepEqual(activityLeads({}, { lead: [] }), []);
  });

  it('writes the new kinds into the JSON Schema', () => {
    const text = JSON.stringify(planJsonSchema());
    for (const word of ['"direction"', '"range"', '"perArea"', '"when"', '"share"', '"responsibility"', '"funders"']) {
      assert.ok(text.includes(word), word);
    }
    assert.match(text, /"formatVersion":\{[^}]*"enum":\[1,1\.1\]/);
  });
});

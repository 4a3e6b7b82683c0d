import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { PlanInput } from '../plan/schema.js';
import { parsePlan } from '../plan/parse-plan.js';
import { aggregateIndicators } from './aggregate.js';
import { evaluateIndicator, type IndicatorData } from './evaluate-indicator.js';
import { importKoladaOutcomes, isKoladaGroupId } from './kolada.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const gavle = fixture('kolada-illustrative-gavle-2017-2018.json');
const members = fixture('kolada-illustrative-gavleborg-members-2018.json');
const withGroup = fixture('kolada-illustrative-v3-members-and-group-2018.json') as {
  values: { municipality: string }[];
};

const indicator = (id: string, kpi: string, extra: Partial<IndicatorData> = {}): IndicatorData => ({
  id,
  kpi,
  title: id,
  direction: 'increase',
  measure: 'count',
  outcomes: [],
  ...extra,
});

const indicators = (): IndicatorData[] => [
  indicator('asf', 'X90001', {
    baseline: { value: 8, date: '2016-12-31' },
    target: { type: 'level', value: 12, date: '2018-12-31' },
  }),
  indicator('employees', 'X90002'),
  indicator('participants', 'X90003'),
  indicator('withheld', 'X90004'),
  indicator('share', 'X90005', { measure: 'share' }),
  indicator('no-kpi', 'X00000'),
];

describe('importKoladaOutcomes', () => {
  it('adds one outcome per year, dated 31 December, to the indicator with the KPI', () => {
    const r = importKoladaOutcomes(indicators(), gavle);
    assert.ok(r.success, JSON.stringify(!r.success && r.error));
    const asf = r.data.indicators[0];
    assert.deepEqual(
      asf?.outcomes?.map((o) => [o.date, o.value]),
      [
        ['2017-12-31', 9],
        ['2018-12-31', 11],
      ],
    );
    assert.match(JSON.stringify(asf?.outcomes?.[1]?.note), /X90001/);
    const e = evaluateIndicator(asf, { asOf: '2018-12-31' });
    assert.equal(e.progress, 0.75);
    assert.equal(e.trend, 'up');
    assert.equal(e.status, 'not-achieved');
  });

  it('takes women and men as the breakdown of a count', () => {
    const r = importKoladaOutcomes(indicators(), gavle);
    assert.ok(r.success);
    assert.deepEqual(r.data.indicators[1]?.outcomes?.[0]?.breakdown, { women: 38, men: 26 });
  });

  it('leaves missing and withheld values missing, and lists them', () => {
    const r = importKoladaOutcomes(indicators(), gavle);
    assert.ok(r.success);
    assert.deepEqual(r.data.indicators[2]?.outcomes, []);
    assert.deepEqual(r.data.indicators[3]?.outcomes, []);
    assert.deepEqual(
      r.data.report.missing.map((m) => [m.indicator, m.period, m.status]),
      [
        ['participants', 2018, 'Missing'],
        ['withheld', 2018, 'Sekretess'],
      ],
    );
    const e = evaluateIndicator(r.data.indicators[2], { asOf: '2018-12-31' });
    assert.equal(e.outcome, null);
  });

  it('does not take the gender values of a share as parts of the total', () => {
    const r = importKoladaOutcomes(indicators(), gavle);
    assert.ok(r.success);
    const share = r.data.indicators[4]?.outcomes?.[0];
    assert.equal(share?.value, 71.5);
    assert.equal(share?.breakdown, undefined);
    assert.deepEqual(r.data.report.breakdownsLeftOut, [{ indicator: 'share', period: 2018, reason: 'not-a-count' }]);
  });

  it('reports KPIs no indicator has, and leaves unmatched indicators as they were', () => {
    const input = indicators();
    const r = importKoladaOutcomes(input, gavle);
    assert.ok(r.success);
    assert.deepEqual(r.data.report.unmatched, ['X99999']);
    assert.equal(r.data.indicators[5], input[5]);
    assert.deepEqual(input[0]?.outcomes, [], 'the input is not changed');
    assert.equal(r.data.report.imported.length, 4);
    assert.deepEqual(r.data.report.municipalities, ['2180']);
  });

  it('keeps an outcome the document already has at that date, unless asked to overwrite', () => {
    const own = indicators();
    own[0]!.outcomes = [{ date: '2018-12-31', value: 12, text: 'enligt årsredovisningen' }];
    const kept = importKoladaOutcomes(own, gavle);
    assert.ok(kept.success);
    assert.deepEqual(
      kept.data.indicators[0]?.outcomes?.map((o) => o.value),
      [9, 12],
    );
    assert.deepEqual(
      kept.data.report.kept.map((k) => k.value),
      [11],
    );
    const replaced = importKoladaOutcomes(own, gavle, { overwrite: true });
    assert.ok(replaced.success);
    assert.deepEqual(
      replaced.data.indicators[0]?.outcomes?.map((o) => o.value),
      [9, 11],
    );
  });

  it('gives outcomes that parsePlan accepts', () => {
    const r = importKoladaOutcomes(indicators(), gavle);
    assert.ok(r.success);
    const plan: PlanInput = {
      id: 'gavle',
      kind: 'follow-up',
      title: 'Gävle',
      organisation: { name: 'Gävle kommun', type: 'municipality' },
      indicators: r.data.indicators,
    };
    const parsed = parsePlan(plan);
    assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues));
  });

  it('asks which municipality when the data holds several', () => {
    const r = importKoladaOutcomes(indicators(), members);
    assert.equal(r.success, false);
    if (r.success) return;
    assert.equal(r.error.issues[0]?.code, 'ambiguous-municipality');
    assert.match(r.error.issues[0]?.message.sv ?? '', /2180, 2181, 2104, 2101/);
  });

  it('feeds a regional roll-up where a missing value stays missing', () => {
    const codes: Record<string, string> = { Gävle: '2180', Sandviken: '2181', Hofors: '2104', Ockelbo: '2101' };
    const sources = Object.entries(codes).map(([organisation, municipality]) => {
      const r = importKoladaOutcomes([indicator('asf', 'X90001')], members, { municipality });
      assert.ok(r.success);
      return { organisation, evaluations: r.data.indicators.map((i) => evaluateIndicator(i, { asOf: '2018-12-31' })) };
    });
    const [asf] = aggregateIndicators(sources, { by: 'kpi' });
    assert.equal(asf?.outcome, 19);
    assert.equal(asf?.reported, 3);
    assert.deepEqual(asf?.missing, ['Ockelbo']);
  });

  it('reports data that is not Kolada-shaped, with paths', () => {
    const r = importKoladaOutcomes(indicators(), {
      values: [{ kpi: 'X1', municipality: '2180', period: 2018, values: [{ gender: 'X', value: 'tio' }] }],
    });
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual(r.error.issues.map((i) => `${i.pointer} ${i.code}`).sort(), [
      '/values/0/values/0/gender kolada-format',
      '/values/0/values/0/value kolada-format',
    ]);
    assert.equal(importKoladaOutcomes([], null).success, false);
    assert.equal(importKoladaOutcomes([], { values: 'none' }).success, false);
  });

  it('drops parts that exceed the total', () => {
    const data = {
      values: [
        {
          kpi: 'X90002',
          municipality: '2180',
          period: 2018,
          values: [
            { gender: 'T', value: 5, status: '' },
            { gender: 'K', value: 4 },
            { gender: 'M', value: 3 },
          ],
        },
      ],
    };
    const r = importKoladaOutcomes(indicators(), data);
    assert.ok(r.success);
    assert.equal(r.data.indicators[1]?.outcomes?.[0]?.breakdown, undefined);
    assert.deepEqual(r.data.report.breakdownsLeftOut, [
      { indicator: 'employees', period: 2018, reason: 'exceeds-total' },
    ]);
  });
});

describe('importKoladaOutcomes: groups of municipalities', () => {
  const onlyGroup = { values: withGroup.values.filter((p) => p.municipality.startsWith('G')) };
  const gavleAndGroup = {
    values: withGroup.values.filter((p) => p.municipality === '2180' || p.municipality === 'G124026'),
  };

  it('tells group ids from municipality codes', () => {
    assert.deepEqual(['G124026', 'g1', '2180', '0000', 'G', 'GA1'].map(isKoladaGroupId), [
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("never imports a group's value as a municipality's outcome: it keeps it as a group average", () => {
    const r = importKoladaOutcomes([indicator('asf', 'X90001')], onlyGroup);
    assert.ok(r.success, JSON.stringify(!r.success && r.error));
    assert.deepEqual(r.data.indicators[0]?.outcomes, []);
    assert.deepEqual(r.data.report.imported, []);
    assert.deepEqual(r.data.report.municipalities, []);
    assert.deepEqual(r.data.report.groups, [
      {
        kind: 'group-average',
        indicator: 'asf',
        kpi: 'X90001',
        group: 'G124026',
        period: 2018,
        value: 6.333333,
        members: 3,
        label: {
          sv: 'Kolada-kommungrupp G124026, 2018: oviktat medelvärde av 3 kommuner, inte en total.',
          en: 'Kolada group of municipalities G124026, 2018: unweighted average of 3 municipalities, not a total.',
        },
      },
    ]);
    assert.equal(evaluateIndicator(r.data.indicators[0], { asOf: '2018-12-31' }).outcome, null);
  });

  it("does not count a group as a second municipality, and takes the municipality's own value", () => {
    const r = importKoladaOutcomes([indicator('asf', 'X90001')], gavleAndGroup);
    assert.ok(r.success, JSON.stringify(!r.success && r.error));
    assert.deepEqual(
      r.data.indicators[0]?.outcomes?.map((o) => o.value),
      [11],
    );
    assert.deepEqual(r.data.report.municipalities, ['2180']);
    assert.deepEqual(
      r.data.report.groups.map((g) => [g.group, g.value]),
      [['G124026', 6.333333]],
    );
  });

  it('names only municipalities when asking which one, and refuses a group as the municipality', () => {
    const r = importKoladaOutcomes([indicator('asf', 'X90001')], withGroup);
    assert.equal(r.success, false);
    if (r.success) return;
    assert.match(r.error.issues[0]?.message.sv ?? '', /\(2180, 2181, 2104, 2101\)/);
    const group = importKoladaOutcomes([indicator('asf', 'X90001')], withGroup, { municipality: 'G124026' });
    assert.equal(group.success, false);
    if (group.success) return;
    assert.equal(group.error.issues[0]?.code, 'group-not-municipality');
    assert.match(group.error.issues[0]?.message.sv ?? '', /kommungrupp.*oviktade medelvärden/);
    assert.match(group.error.issues[0]?.message.en ?? '', /group of municipalities.*unweighted averages/);
  });

  it('never sums a group into a regional roll-up', () => {
    const sources = ['2180', '2181', '2104', '2101'].map((municipality) => {
      const r = importKoladaOutcomes([indicator('asf', 'X90001')], withGroup, { municipality });
      assert.ok(r.success);
      return {
        organisation: municipality,
        evaluations: r.data.indicators.map((i) => evaluateIndicator(i, { asOf: '2018-12-31' })),
      };
    });
    const [asf] = aggregateIndicators(sources, { by: 'kpi' });
    assert.equal(asf?.outcome, 19, '11 + 6 + 2, not + 6.33');
    assert.deepEqual(asf?.missing, ['2101']);
  });
});

describe('importKoladaOutcomes: unit-level data', () => {
  it('says that unit-level data is not supported, not that a municipality is expected', () => {
    const oudata = {
      values: [
        {
          kpi: 'N15033',
          ou: 'V15E144001301',
          period: 2018,
          values: [{ gender: 'T', value: 12, status: '', count: 1 }],
        },
        {
          kpi: 'N15033',
          ou: 'V15E144001101',
          period: 2018,
          values: [{ gender: 'T', value: 10, status: '', count: 1 }],
        },
      ],
    };
    const r = importKoladaOutcomes([indicator('school', 'N15033')], oudata);
    assert.equal(r.success, false);
    if (r.success) return;
    assert.equal(r.error.issues.length, 1);
    const [issue] = r.error.issues;
    assert.equal(issue?.code, 'unit-level-data');
    assert.equal(issue?.pointer, '/values/0');
    assert.match(issue?.message.sv ?? '', /data på enhetsnivå \("ou": "V15E144001301" \(och 1 till\)\) stöds inte/);
    assert.match(issue?.message.en ?? '', /unit-level data \("ou": "V15E144001301" \(and 1 more\)\) is not supported/);
    assert.doesNotMatch(`${issue?.message.sv} ${issue?.message.en}`, /expected|här ska stå/);
  });

  it('reads a value Kolada marks as deleted (isdeleted) as missing', () => {
    const data = {
      values: [
        {
          kpi: 'X90002',
          municipality: '2180',
          period: 2018,
          values: [{ gender: 'T', value: null, status: '', isdeleted: true }],
        },
      ],
    };
    const r = importKoladaOutcomes(indicators(), data);
    assert.ok(r.success);
    assert.deepEqual(r.data.indicators[1]?.outcomes, []);
    assert.deepEqual(
      r.data.report.missing.map((m) => m.indicator),
      ['employees'],
    );
  });
});

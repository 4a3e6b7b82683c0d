import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateIndicator, type IndicatorData } from '../targets/evaluate-indicator.js';
import { summarizeIndicator } from './summary.js';

// Intl puts a no-break space before "%" in Swedish; "ca" is followed by one too. We compare
// after turning no-break spaces into plain ones so that the sentences stay readable here; the
// exact characters are tested in number.test.ts.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
function summary(indicator: IndicatorData, asOf = '2018-12-31') {
  const s = summarizeIndicator(evaluateIndicator(indicator, { asOf }));
  return { sv: plain(s.sv), en: plain(s.en) };
}

const asf: IndicatorData = {
  id: 'asf',
  title: { sv: 'Antal aktiva ASF', en: 'Number of active WISEs' },
  unit: { sv: 'aktiva ASF', en: 'active WISEs' },
  direction: 'increase',
  baseline: { value: 25, date: '2018-01-01' },
  target: { type: 'level', value: 30, date: '2018-12-31' },
  outcomes: [{ value: 28, date: '2018-12-31' }],
};

describe('summarizeIndicator', () => {
  it('says how far, against what, and whether the target was reached', () => {
    assert.deepEqual(summary(asf), {
      sv: '28 av 30 aktiva ASF — 60 % av den planerade ökningen; målet nåddes inte.',
      en: '28 of 30 active WISEs — 60% of the planned increase; the target was not reached.',
    });
  });

  it('says when the target was reached', () => {
    assert.deepEqual(summary({ ...asf, outcomes: [{ value: 31, date: '2018-12-31' }] }), {
      sv: '31 av 30 aktiva ASF — 120 % av den planerade ökningen; målet nåddes.',
      en: '31 of 30 active WISEs — 120% of the planned increase; the target was reached.',
    });
  });

  it('keeps the "ca" of approximate figures, and of the share computed from them', () => {
    const politicians: IndicatorData = {
      id: 'pol',
      title: 'Antal politiker som fått information om ASF',
      unit: { sv: 'politiker', en: 'politicians' },
      direction: 'increase',
      target: { type: 'level', value: 250, date: '2018-12-31' },
      outcomes: [{ value: 75, date: '2018-12-31', approximate: true }],
    };
    assert.deepEqual(summary(politicians), {
      sv: 'ca 75 av 250 politiker — ca 30 % av målet; målet nåddes inte.',
      en: 'about 75 of 250 politicians — about 30% of the target; the target was not reached.',
    });
  });

  it('speaks of a decrease when less is better', () => {
    const sick: IndicatorData = {
      id: 'sick',
      title: 'Långtidssjukskrivna',
      unit: { sv: 'långtidssjukskrivna', en: 'on long-term sick leave' },
      direction: 'decrease',
      baseline: { value: 100, date: '2018-01-01' },
      target: { type: 'level', value: 80, date: '2018-12-31' },
      outcomes: [{ value: 90, date: '2018-12-31' }],
    };
    assert.deepEqual(summary(sick), {
      sv: '90 långtidssjukskrivna (mål: högst 80) — 50 % av den planerade minskningen; målet nåddes inte.',
      en: '90 on long-term sick leave (target: at most 80) — 50% of the planned decrease; the target was not reached.',
    });
  });

  it('gives the pace before the target date', () => {
    const mid = { ...asf, outcomes: [{ value: 27, date: '2018-07-02' }] };
    assert.deepEqual(summary(mid, '2018-07-02'), {
      sv: '27 av 30 aktiva ASF — 40 % av den planerade ökningen; efter planen (50 % av tiden har gått).',
      en: '27 of 30 active WISEs — 40% of the planned increase; behind plan (50% of the time has passed).',
    });
    const good = { ...asf, outcomes: [{ value: 28, date: '2018-07-02' }] };
    assert.equal(
      summary(good, '2018-07-02').en,
      '28 of 30 active WISEs — 60% of the planned increase; on track (50% of the time has passed).',
    );
  });

  it('uses the title when there is no unit', () => {
    const { unit: _unit, ...noUnit } = asf;
    assert.equal(summary(noUnit).sv, 'Antal aktiva ASF: 28 av 30 — 60 % av den planerade ökningen; målet nåddes inte.');
  });

  it('leaves out the share when no change was planned', () => {
    assert.equal(
      summary({ ...asf, target: { type: 'level', value: 25, date: '2018-12-31' } }).en,
      '28 of 25 active WISEs; the target was reached.',
    );
  });

  it('writes milestones in words', () => {
    const council: IndicatorData = {
      id: 'council',
      title: { sv: 'Regionövergripande råd', en: 'Region-wide council' },
      direction: 'increase',
      start: '2018-01-01',
      target: { type: 'milestone', date: '2018-12-31' },
      outcomes: [{ value: false, date: '2018-12-31', text: 'Ej uppnått' }],
    };
    assert.deepEqual(summary(council), {
      sv: 'Regionövergripande råd: ej uppnått.',
      en: 'Region-wide council: not achieved.',
    });
    assert.equal(
      summary({ ...council, outcomes: [{ value: true, date: '2018-10-01' }] }).sv,
      'Regionövergripande råd: uppnått.',
    );
    assert.deepEqual(summary({ ...council, outcomes: [{ value: false, date: '2018-07-02' }] }, '2018-07-02'), {
      sv: 'Regionövergripande råd: ännu inte uppnått (måldatum 2018-12-31); efter planen (50 % av tiden har gått).',
      en: 'Region-wide council: not achieved yet (target date 2018-12-31); behind plan (50% of the time has passed).',
    });
  });

  it('says why an indicator cannot be assessed', () => {
    assert.deepEqual(summary({ ...asf, outcomes: [] }), {
      sv: 'Antal aktiva ASF: inget utfall har rapporterats; målet är 30 aktiva ASF.',
      en: 'Number of active WISEs: no outcome has been reported; the target is 30 active WISEs.',
    });
    assert.deepEqual(summary({ ...asf, target: undefined }), {
      sv: '28 aktiva ASF; inget mål att jämföra med.',
      en: '28 active WISEs; no target to compare with.',
    });
    assert.equal(
      summary({ ...asf, baseline: { date: '2018-01-01' }, target: { type: 'change', value: 2, date: '2018-12-31' } })
        .en,
      '28 active WISEs; the target is a change but the baseline figure is missing.',
    );
    assert.equal(
      summary({ ...asf, baseline: undefined, outcomes: [{ value: 20, date: '2018-07-02' }] }, '2018-07-02').sv,
      '20 av 30 aktiva ASF — 67 % av målet; takten kan inte bedömas eftersom startdatum saknas.',
    );
  });

  it('marks illustrative figures', () => {
    assert.equal(
      summary({ ...asf, outcomes: [{ value: 28, date: '2018-12-31', illustrative: true }] }).sv,
      '28 av 30 aktiva ASF — 60 % av den planerade ökningen; målet nåddes inte (illustrativa siffror).',
    );
  });

  it('is always one sentence without "NaN", "Infinity" or "undefined"', () => {
    const extremes: IndicatorData[] = [
      { ...asf, baseline: { value: 0, date: '2018-01-01' }, target: { type: 'level', value: 0, date: '2018-12-31' } },
      { ...asf, outcomes: [{ value: true, date: '2018-12-31' }] },
      {
        ...asf,
        target: { type: 'level', value: Number.MAX_VALUE, date: '2018-12-31' },
        baseline: { value: -Number.MAX_VALUE, date: '2018-01-01' },
      },
    ];
    for (const i of extremes) {
      for (const s of Object.values(summary(i))) {
        assert.ok(!/NaN|Infinity|undefined|null/.test(s), s);
        assert.ok(s.endsWith('.'), s);
      }
    }
  });
});

describe('summarizeIndicator: plan format 1.1 targets', () => {
  const more: IndicatorData = {
    id: 'asf',
    title: { sv: 'ASF i länet', en: 'WISEs in the county' },
    unit: { sv: 'ASF', en: 'WISEs' },
    direction: 'increase',
    baseline: { value: 31, when: 'idag' },
    start: '2017-01-01',
    target: { type: 'direction', date: '2018-12-31', text: 'fler ASF' },
    outcomes: [{ value: 35, date: '2018-12-31' }],
  };

  it('says a direction target is met against the undated baseline, with its time as printed', () => {
    assert.deepEqual(summary(more), {
      sv: '35 ASF, över utgångsvärdet 31 (idag); målet nåddes.',
      en: '35 WISEs, above the baseline of 31 (idag); the target was reached.',
    });
    assert.deepEqual(summary({ ...more, outcomes: [{ value: 31, date: '2018-12-31' }] }), {
      sv: '31 ASF, inte över utgångsvärdet 31 (idag); målet nåddes inte.',
      en: '31 WISEs, not above the baseline of 31 (idag); the target was not reached.',
    });
    assert.deepEqual(summary({ ...more, outcomes: [{ value: 30, date: '2018-01-01' }] }, '2018-01-01'), {
      sv: '30 ASF, ännu inte över utgångsvärdet 31 (idag); efter planen (50 % av tiden har gått).',
      en: '30 WISEs, not yet above the baseline of 31 (idag); behind plan (50% of the time has passed).',
    });
  });

  it('says why a direction target without a baseline cannot be assessed', () => {
    assert.deepEqual(summary({ ...more, baseline: undefined }), {
      sv: '35 ASF; målet anger bara en riktning och det finns inget utgångsvärde att jämföra med.',
      en: '35 WISEs; the target gives only a direction and there is no baseline figure to compare with.',
    });
  });

  it('gives a range as printed, and its progress toward the near bound', () => {
    const range: IndicatorData = {
      id: 'kommuner',
      title: 'Kommuner',
      unit: { sv: 'kommuner', en: 'municipalities' },
      direction: 'increase',
      baseline: { value: 0, date: '2017-01-01' },
      target: { type: 'range', min: 2, max: 4, date: '2018-12-31' },
      outcomes: [{ value: 3, date: '2018-12-31' }],
    };
    assert.deepEqual(summary(range), {
      sv: '3 kommuner (mål: 2–4) — 150 % av den planerade ökningen; målet nåddes.',
      en: '3 municipalities (target: 2–4) — 150% of the planned increase; the target was reached.',
    });
    assert.deepEqual(summary({ ...range, outcomes: [{ value: 5, date: '2018-12-31' }] }), {
      sv: '5 kommuner (mål: 2–4); målet nåddes inte.',
      en: '5 municipalities (target: 2–4); the target was not reached.',
    });
  });

  it('counts the areas of a target per area', () => {
    const perArea: IndicatorData = {
      id: 'fokus',
      title: { sv: 'Kommuner med särskilt fokus', en: 'Municipalities with a special focus' },
      unit: { sv: 'kommuner', en: 'municipalities' },
      direction: 'increase',
      target: { type: 'range', min: 2, max: 4, date: '2018-12-31', perArea: { count: 4 } },
      outcomes: [
        { value: 2, date: '2018-12-31', area: 'a' },
        { value: 1, date: '2018-12-31', area: 'b' },
        { value: 3, date: '2018-12-31', area: 'c' },
        { value: 4, date: '2018-12-31', area: 'd' },
      ],
    };
    assert.deepEqual(summary(perArea), {
      sv: 'Kommuner med särskilt fokus: målet gäller vart och ett av 4 områden; 3 av 4 har nått det; målet nåddes inte.',
      en: 'Municipalities with a special focus: the target applies to each of 4 areas; 3 of 4 have reached it; the target was not reached.',
    });
    assert.deepEqual(summary({ ...perArea, outcomes: perArea.outcomes?.slice(0, 1) }), {
      sv: 'Kommuner med särskilt fokus: målet gäller varje område, men alla områden har inte rapporterat (1 av 4 områden har rapporterat).',
      en: 'Municipalities with a special focus: the target applies to each area, but not every area has reported (1 of 4 areas have reported).',
    });
    assert.deepEqual(summary({ ...perArea, outcomes: [] }), {
      sv: 'Kommuner med särskilt fokus: inget utfall har rapporterats; målet är 2–4 kommuner i vart och ett av 4 områden.',
      en: 'Municipalities with a special focus: no outcome has been reported; the target is 2–4 municipalities in each of 4 areas.',
    });
  });

  it('shows an undated share of a known total as a figure', () => {
    const share: IndicatorData = {
      id: 'utan-asf',
      title: 'Kommuner utan ASF',
      unit: { sv: 'kommuner utan ASF', en: 'municipalities without WISEs' },
      direction: 'decrease',
      baseline: { share: 0.5, of: 49, approximate: true, when: 'idag' },
    };
    assert.deepEqual(summary(share), {
      sv: 'ca 50 % av 49 kommuner utan ASF (utgångsvärde, idag); inget mål att jämföra med.',
      en: 'about 50% of 49 municipalities without WISEs (baseline, idag); no target to compare with.',
    });
  });
});

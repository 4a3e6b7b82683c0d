// The acceptance of issue 5: the Uppsala plan's eighteen rows and the Bollnäs plan's ten rows
// give the matrix, workload and validation a reader of the documents would write by hand
// (Uppsala kommun, Handlingsplan för sociala företag 2018–2020; Bollnäs kommun, Handlingsplan ASF 2019–2024), and both round-trip through CSV unchanged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parse-plan.js';
import type { Plan } from '../plan/schema.js';
import { activitiesInYear } from './activities-in-year.js';
import { activitiesToCsv } from './csv-export.js';
import { parseActivitiesCsv } from './csv-import.js';
import { buildResponsibilityMatrix } from './matrix.js';
import { validateResponsibilities } from './validate.js';
import { workloadByActor } from './workload.js';

function load(file: string): Plan {
  const text = readFileSync(new URL(`../../../../examples/plans/${file}.json`, import.meta.url), 'utf8');
  const result = parsePlan(JSON.parse(text));
  assert.ok(result.success, JSON.stringify(!result.success && result.error.issues));
  return result.data;
}

/** The matrix as a reader writes it: one line per row, L = lead, I = involved, . = empty. */
function drawn(plan: Plan): string[] {
  const m = buildResponsibilityMatrix(plan);
  const mark = (cell: string | null | undefined) => (cell === 'lead' ? 'L' : cell === 'involved' ? 'I' : '.');
  return m.rows.map((r) => `${r.activity.id} ${m.actors.map((a) => mark(r.cells[a.id])).join(' ')}`);
}

function workload(plan: Plan): Record<string, [number, number]> {
  return Object.fromEntries(workloadByActor(plan).map((w) => [w.actor.id, [w.lead, w.involved]]));
}

function roundTrip(plan: Plan): void {
  const csv = activitiesToCsv(plan);
  assert.ok(csv.startsWith('\uFEFFId;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan'));
  const back = parseActivitiesCsv(csv, plan);
  assert.ok(back.success, JSON.stringify(!back.success && back.error.issues));
  assert.deepEqual(back.warnings, []);
  assert.deepEqual(back.data, plan.activities);
  const english = parseActivitiesCsv(activitiesToCsv(plan, { language: 'en', bom: false }), plan);
  assert.deepEqual(english.success && english.data, plan.activities);
}

describe('Uppsala kommun, Handlingsplan sociala företag 2018–2020', () => {
  const plan = load('uppsala-handlingsplan-2018-2020');

  it('has eighteen rows in five areas', () => {
    assert.equal(plan.activities.length, 18);
    assert.deepEqual(
      [...new Set(plan.activities.map((a) => a.goal))],
      ['omrade-1', 'omrade-2', 'omrade-3', 'omrade-4', 'omrade-5'],
    );
  });

  it('gives the matrix a reader draws from the tables; "Samtliga" is every other actor of the table', () => {
    const m = buildResponsibilityMatrix(plan);
    assert.deepEqual(
      m.actors.map((a) => a.id),
      ['KS', 'AMN', 'OMN', 'SCN', 'KTN', 'kommunala-forvaltningar'],
    );
    assert.deepEqual(drawn(plan), [
      //   KS AMN OMN SCN KTN förvaltningar
      '1.1 L I I . . .',
      '1.2 L I I I I .',
      '1.3 L I I I I I', // Samtliga
      '2.1 . L L . . .',
      '2.2 . L L . . .',
      '2.3 I L L . . .',
      '3.1 L I I . . .',
      '3.2 I L I I I .',
      '3.3 L I I I I .',
      '4.1 L L I I I .',
      '4.2 I L I I I .',
      '4.3 I L I . . .',
      '5.1 L I I . . .',
      '5.2 L I I . . .',
      '5.3 L I I . . .',
      '5.4 L . . . . I', // "Kommunala förvaltningar när upphandling görs."
      '5.5 L I I I I .',
      '5.6 L . . . . .',
    ]);
    assert.deepEqual(
      m.rows.filter((r) => r.involvedAll).map((r) => r.activity.id),
      ['1.3'],
    );
  });

  it('gives the workload a reader counts: KS leads twelve rows, AMN seven, OMN three', () => {
    assert.deepEqual(workload(plan), {
      KS: [12, 4],
      AMN: [7, 9],
      OMN: [3, 13],
      SCN: [0, 7],
      KTN: [0, 7],
      KF: [0, 0],
      'kommunala-forvaltningar': [0, 2],
      'myndighetsovergripande-arbetsgrupp': [0, 0],
      'region-uppsala': [0, 0],
      AF: [0, 0],
      FK: [0, 0],
      samordningsforbundet: [0, 0],
      representationsgrupp: [0, 0],
    });
  });

  it('reads every tidplan as printed ("Pågå", "2018 -2020", "Pågår\\nkontinuerligt") and finds nothing to report', () => {
    const m = buildResponsibilityMatrix(plan);
    assert.deepEqual(
      m.rows.filter((r) => r.schedule.ongoing).map((r) => [r.activity.id, r.schedule.text]),
      [
        ['1.1', 'Pågå'],
        ['5.3', 'Pågår'],
        ['5.6', 'Pågår\nkontinuerligt'],
      ],
    );
    assert.ok(m.rows.every((r) => r.schedule.recognized));
    assert.deepEqual(
      m.rows.map((r) => r.schedule.startYear ?? '-').join(' '),
      '- 2018 2019 2018 2018 2019 2018 2019 2019 2018 2018 2019 2018 2018 - 2018 2018 -',
    );
    assert.deepEqual(validateResponsibilities(plan), []);
  });

  it('lists the activities of each year, the ongoing ones within the plan period', () => {
    const ids = (year: number) => activitiesInYear(plan, year).map((a) => a.activity.id);
    assert.deepEqual(ids(2018), [
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
    ]);
    assert.equal(ids(2019).length, 18);
    assert.deepEqual(ids(2020), ['1.1', '1.2', '2.3', '3.1', '4.2', '4.3', '5.1', '5.3', '5.4', '5.5', '5.6']);
    assert.deepEqual(ids(2017), []);
    assert.deepEqual(ids(2021), []);
  });

  it('round-trips through CSV unchanged', () => roundTrip(plan));
});

describe('Bollnäs kommun, Handlingsplan ASF 2019–2024', () => {
  const plan = load('bollnas-handlingsplan-2019-2024');

  it('has ten rows under four objectives', () => {
    assert.equal(plan.activities.length, 10);
    assert.equal(new Set(plan.activities.map((a) => a.goal)).size, 4);
  });

  it('gives the matrix a reader draws from the Hur/Ansvarig tables', () => {
    const m = buildResponsibilityMatrix(plan);
    assert.deepEqual(
      m.actors.map((a) => a.id),
      ['KSF', 'NLU', 'AME', 'SOCT', 'SOCF', 'OVRIGA-FORV', 'BOLAG'],
    );
    assert.deepEqual(drawn(plan), [
      //   KSF NLU AME SOCT SOCF övriga bolag
      '1.1 . L L . . . .',
      '1.2 L . . . . . .',
      '1.3 . L L . . . .',
      '2.1 . L . . . . .',
      '2.2 . . L I . . .', // "… i samverkan med socialtjänsten"
      '3.1 L . . . . . .',
      '3.2 . . L . . . .',
      '3.3 . . L . . . .',
      '4.1 L . . . . L L', // "Kommunstyrelseförvaltningen, kommunens övriga förvaltningar samt kommunala bolag."
      '4.2 . . . . L . .',
    ]);
  });

  it('gives the workload a reader counts: Arbetsmarknadsenheten leads five rows', () => {
    assert.deepEqual(workload(plan), {
      KF: [0, 0],
      KS: [0, 0],
      KSF: [3, 0],
      NLU: [3, 0],
      AME: [5, 0],
      SOCT: [0, 1],
      SOCF: [1, 0],
      'OVRIGA-FORV': [1, 0],
      BOLAG: [1, 0],
    });
  });

  it('has no tidplan: nothing to report, and every row runs in every year of 2019–2024', () => {
    assert.deepEqual(validateResponsibilities(plan), []);
    for (const year of [2019, 2020, 2024]) {
      const rows = activitiesInYear(plan, year);
      assert.equal(rows.length, 10);
      assert.ok(rows.every((r) => r.fromPlanPeriod && r.basis === 'plan-period'));
    }
    assert.deepEqual(activitiesInYear(plan, 2018), []);
    assert.deepEqual(activitiesInYear(plan, 2025), []);
  });

  it('round-trips through CSV unchanged', () => roundTrip(plan));
});

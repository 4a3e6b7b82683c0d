import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { asfKit, hasStackTrace, root, tempFiles } from '../testing/run.js';

const UPPSALA = 'examples/plans/uppsala-handlingsplan-2018-2020.json';
const read = (path: string) => readFileSync(path.startsWith('/') ? path : `${root}/${path}`, 'utf8');
/** A plan file, as far as these tests read or change it. */
interface PlanJson {
  activities: { id: string; title: string; lead: unknown; involved: unknown }[];
}

test("csv export: the plan's activities as Excel CSV (BOM, semicolons, Swedish headers); --lang en gives English headers", async () => {
  const r = await asfKit(['csv', 'export', UPPSALA]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\uFEFFId;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan'));
  assert.match(
    r.stdout,
    /\r\n1\.1;Område 1: Förbättrad samverkan;Samverka genom kontinuerliga möten[^\r]*;KS;AMN, OMN;Pågå;/u,
  );
  const en = await asfKit(['csv', 'export', UPPSALA, '--lang', 'en', '--no-bom']);
  assert.ok(en.stdout.startsWith('Id;Goal;Activity;Lead;Other actors involved;Schedule'));
});

test('csv export then import gives the same plan back (all five example plans)', async () => {
  for (const plan of [
    'bollnas-handlingsplan-2019-2024',
    'gotland-policy-2015',
    'partner-policy-overview',
    'uppsala-handlingsplan-2018-2020',
  ]) {
    const tmp = tempFiles({});
    try {
      const file = `examples/plans/${plan}.json`;
      const out = await asfKit(['csv', 'export', file, '-o', tmp.path('a.csv')]);
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stderr, /åtgärder skrivna\.\n$/u);
      const back = await asfKit(['csv', 'import', tmp.path('a.csv'), '--plan', file, '-o', tmp.path('plan.json')]);
      assert.equal(back.code, 0, back.stderr);
      assert.deepEqual(JSON.parse(read(tmp.path('plan.json'))), JSON.parse(read(file)), plan);
    } finally {
      tmp.cleanup();
    }
  }
});

test("csv import reads Excel's Windows-1252 CSV (with a warning) and writes the plan to standard output", async () => {
  const r = await asfKit([
    'csv',
    'import',
    'packages/core/src/responsibility/fixtures/uppsala-activities-windows-1252.csv',
    '--plan',
    UPPSALA,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /varning: Rad 1: filen är sparad som Windows-1252/u);
  const plan = JSON.parse(r.stdout) as PlanJson;
  assert.equal(
    plan.activities[0]?.title,
    'Samverka genom kontinuerliga möten med de sociala företagens representationsgrupp och i andra forum.',
  );
  assert.equal(plan.activities.length, 18);
});

test('csv import: a broken row is named by its row; nothing is written without --partial (exit 1); --partial keeps the good rows', async () => {
  const csv =
    '\uFEFFId;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan\r\n' +
    '1.1;Område 1: Förbättrad samverkan;Samverka genom möten.;KS;AMN, OMN;Pågå\r\n' +
    '1.2;Område 1: Förbättrad samverkan;Rad med för få fält;KS\r\n' +
    '1.3;Område 1: Förbättrad samverkan;Tydliggöra ansvaret.;KS;Samtliga;2019\r\n';
  const tmp = tempFiles({ 'broken.csv': csv });
  try {
    const r = await asfKit(['csv', 'import', tmp.path('broken.csv'), '--plan', UPPSALA, '-o', tmp.path('out.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /broken\.csv: fel: Rad 3: raden har 4 fält men rubrikraden 6/u);
    assert.match(r.stderr, /1 fel; ingenting skrevs/u);
    assert.throws(() => read(tmp.path('out.json')), /ENOENT/u);
    const partial = await asfKit([
      'csv',
      'import',
      tmp.path('broken.csv'),
      '--plan',
      UPPSALA,
      '-o',
      tmp.path('out.json'),
      '--partial',
      '--lang',
      'en',
    ]);
    assert.equal(partial.code, 1);
    assert.match(partial.stderr, /error: Row 3: the row has 4 fields but the header 6/u);
    const plan = JSON.parse(read(tmp.path('out.json'))) as PlanJson;
    assert.deepEqual(
      plan.activities.map((a) => a.id),
      ['1.1', '1.3'],
    );
    assert.equal(plan.activities[1]?.involved, 'all');
  } finally {
    tmp.cleanup();
  }
});

test('csv: a missing file, invalid JSON and an invalid plan are one line naming the file (exit 2)', async () => {
  const plan = JSON.parse(read(UPPSALA)) as PlanJson;
  plan.activities[0]!.lead = 'KS';
  const tmp = tempFiles({
    'broken.json': '{ "id": ',
    'invalid.json': JSON.stringify(plan),
    'a.csv': 'Åtgärd\r\nNågot\r\n',
  });
  try {
    const missing = await asfKit(['csv', 'export', 'saknas.json']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'asf-kit: saknas.json: filen finns inte.\n');
    const json = await asfKit(['csv', 'export', tmp.path('broken.json'), '--lang', 'en']);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /^asf-kit: .*broken\.json: is not valid JSON: value expected at line 1, column 9\.\n$/u);
    const invalid = await asfKit(['csv', 'import', tmp.path('a.csv'), '--plan', tmp.path('invalid.json')]);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /invalid\.json \/activities\/0\/lead: /u);
    assert.match(invalid.stderr, /asf-kit: .*invalid\.json: planen är inte giltig \(1 problem/u);
    const noCsv = await asfKit(['csv', 'import', 'saknas.csv', '--plan', UPPSALA]);
    assert.equal(noCsv.code, 2);
    assert.equal(noCsv.stderr, 'asf-kit: saknas.csv: filen finns inte.\n');
    const noPlan = await asfKit(['csv', 'import', tmp.path('a.csv')]);
    assert.equal(noPlan.code, 2);
    assert.equal(noPlan.stderr, "asf-kit: flaggan '--plan <plan.json>' måste anges (se asf-kit --help)\n");
    for (const r of [missing, json, invalid, noCsv, noPlan]) assert.ok(!hasStackTrace(r.stderr));
  } finally {
    tmp.cleanup();
  }
});

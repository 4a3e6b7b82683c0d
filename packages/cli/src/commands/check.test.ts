import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { asfKit, hasStackTrace, tempFiles } from '../testing/run.js';
import { CHECKS } from '../checks.js';
import { cellToFact } from '../facts-csv.js';
import { CHECK_KINDS, EnterpriseFacts, PersonFacts } from '@asf-kit/core';

/** One row of `check --json` output, as far as these tests read it. */
interface CheckRow {
  row: number;
  verdict?: string;
  valid?: boolean;
  errors?: { sv: string; en: string }[];
  issues?: { pointer: string }[];
  criteria?: { id: string; outcome: string }[];
}

// Illustrative suppliers (made up for the test): one eligible, one below 30 %, one broken row,
// one without facts, one with a number written as a word.
const SUPPLIERS =
  'Namn;Integration är huvudsyftet;Antal som arbetar;Antal som arbetar ur målgrupperna;Skyddad anställning\r\n' +
  'Exempel AB;ja;20;7;nej\r\n' +
  'Annan AB;ja;20;3;\r\n' +
  'Trasig rad;ja;20\r\n' +
  'Okänd AB;;;;\r\n' +
  'Ordet AB;ja;tjugo;7;nej\r\n';

const parseCsv = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { delimiter: ';', skipEmptyLines: true }).data;

test('check: the table covers every check core has', () => {
  assert.deepEqual(CHECKS.map((c) => c.kind).sort(), [...CHECK_KINDS].sort());
});

test("check reserved-contract on a CSV: a CSV with the verdict and each criterion's outcome and reason; a bad row gets its errors and the rest go on (exit 1)", async () => {
  const tmp = tempFiles({ 'leverantorer.csv': SUPPLIERS });
  try {
    const r = await asfKit(['check', 'reserved-contract', tmp.path('leverantorer.csv')]);
    assert.equal(r.code, 1);
    const rows = parseCsv(r.stdout);
    assert.deepEqual(rows[0], [
      'Namn',
      'Integration är huvudsyftet',
      'Antal som arbetar',
      'Antal som arbetar ur målgrupperna',
      'Skyddad anställning',
      'Bedömning',
      'Social och yrkesmässig integrering som huvudsyfte: utfall',
      'Social och yrkesmässig integrering som huvudsyfte: skäl',
      'Andel som arbetar och tillhör grupperna: utfall',
      'Andel som arbetar och tillhör grupperna: skäl',
      'Fel',
    ]);
    assert.equal(rows.length, 6);
    const [, ok, low, broken, unknown, word] = rows;
    assert.deepEqual(
      [ok?.[0], ok?.[5], ok?.[6], ok?.[8], ok?.[10]],
      ['Exempel AB', 'Uppfyller kriterierna', 'Uppfyllt', 'Uppfyllt', ''],
    );
    assert.match(ok?.[9] ?? '', /7 av 20 \(35\s%\)/u);
    assert.deepEqual([low?.[5], low?.[8]], ['Uppfyller inte kriterierna', 'Inte uppfyllt']);
    assert.equal(broken?.[5], 'Ej prövad');
    assert.match(broken?.[10] ?? '', /^Rad 4: raden har 3 fält men rubrikraden 5/u);
    assert.deepEqual(
      [unknown?.[5], unknown?.[6], unknown?.[8]],
      ['Behöver utredas', 'Går inte att avgöra', 'Går inte att avgöra'],
    );
    assert.equal(word?.[5], 'Behöver utredas');
    assert.match(word?.[10] ?? '', /peopleWorking: ska vara ett tal, men är texten "tjugo"/u);
    assert.match(r.stderr, /kolumnerna "Namn" är inga uppgifter för reserved-contract; de förs över oförändrade/u);
    assert.match(r.stderr, /5 fall: 1 uppfyller, 1 uppfyller inte, 2 behöver utredas; 2 med fel i uppgifterna\./u);
  } finally {
    tmp.cleanup();
  }
});

test("check: a row with a broken quote is reported and the rows after it are still checked; Excel's Windows-1252 is read", async () => {
  const text =
    'Namn;Integration är huvudsyftet;Antal som arbetar;Antal som arbetar ur målgrupperna\r\n' +
    '"Citat AB;ja;20;7\r\n' +
    'Ärlig AB;ja;20;7\r\n' +
    'Öst AB;ja;20;3\r\n';
  // Windows-1252, as Excel on Swedish Windows saves "CSV (semikolonavgränsad)": å, ä, ö are one byte each.
  const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
  const tmp = tempFiles({ 'cp1252.csv': bytes });
  try {
    const r = await asfKit(['check', 'reserved-contract', tmp.path('cp1252.csv'), '--json']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as CheckRow[];
    assert.deepEqual(
      out.map((c) => [c.row, c.verdict ?? null]),
      [
        [2, null],
        [3, 'eligible'],
        [4, 'not-eligible'],
      ],
    );
    assert.match(
      out[0]?.errors?.[0]?.sv ?? '',
      /^Rad 2: raden är felaktig \(.*citattecken saknas\?\) och prövas inte; läsningen fortsätter på nästa rad\.$/u,
    );
    const csv = await asfKit(['check', 'reserved-contract', tmp.path('cp1252.csv')]);
    const rows = parseCsv(csv.stdout);
    assert.deepEqual(
      rows.map((row) => [row[0], row[4]]),
      [
        ['Namn', 'Bedömning'],
        ['', 'Ej prövad'],
        ['Ärlig AB', 'Uppfyller kriterierna'],
        ['Öst AB', 'Uppfyller inte kriterierna'],
      ],
    );
  } finally {
    tmp.cleanup();
  }
});

test('check on a JSON object: the verdict and every criterion with outcome and reason; exit 0 when eligible', async () => {
  const tmp = tempFiles({
    'one.json': JSON.stringify({ integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 }),
  });
  try {
    const r = await asfKit(['check', 'reserved-contract', tmp.path('one.json'), '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], 'Meets the criteria (Reserved contract (LOU chapter 4 section 18), profile tillvaxtverket)');
    assert.match(lines[1] ?? '', /^ {2}✓ Social and vocational integration as the main purpose: met – /u);
    assert.match(lines[2] ?? '', /^ {2}✓ Share of the people working from the groups: met – 7 of 20 \(35%\)/u);
    const json = await asfKit(['check', 'reserved-contract', tmp.path('one.json'), '--json']);
    const result = JSON.parse(json.stdout) as CheckRow;
    assert.equal(result.verdict, 'eligible');
    assert.deepEqual(
      result.criteria?.map((c) => [c.id, c.outcome]),
      [
        ['integration-purpose', 'met'],
        ['target-group-share', 'met'],
      ],
    );
  } finally {
    tmp.cleanup();
  }
});

test('check direct-award on a JSON list: one verdict per case, named by its JSON Pointer; 700 000 kr is not below the threshold (exit 1)', async () => {
  const tmp = tempFiles({
    'inkop.json': JSON.stringify([
      { value: 699999, date: '2024-03-01' },
      { value: 700000, date: '2024-03-01' },
    ]),
  });
  try {
    const r = await asfKit(['check', 'direct-award', tmp.path('inkop.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^\/0: Uppfyller kriterierna/mu);
    assert.match(r.stdout, /^\/1: Uppfyller inte kriterierna/mu);
    assert.match(r.stdout, /✗ Under beloppsgränsen: inte uppfyllt – Värdet 700\s000\skr/u);
    const csv = await asfKit(['check', 'direct-award', tmp.path('inkop.json'), '--format', 'csv', '--lang', 'en']);
    assert.equal(csv.code, 1);
    const rows = parseCsv(csv.stdout);
    assert.deepEqual(rows[0], ['Verdict', 'Below the threshold: outcome', 'Below the threshold: reason', 'Errors']);
    assert.deepEqual(
      rows.slice(1).map((row) => [row[0], row[1]]),
      [
        ['Meets the criteria', 'Met'],
        ['Does not meet the criteria', 'Not met'],
      ],
    );
  } finally {
    tmp.cleanup();
  }
});

test('check target-group on a CSV of people with --as-of, Swedish support needs and --json', async () => {
  const people =
    'Person;Födelsedatum;Stödbehov;Månader utan arbete\r\nA;1990-05-01;hemlöshet, tidigare missbruk;\r\nB;1950-01-01;;\r\nC;1990-05-01;trött;\r\n';
  const tmp = tempFiles({ 'personer.csv': people });
  try {
    const r = await asfKit(['check', 'target-group', tmp.path('personer.csv'), '--as-of', '2026-12-02', '--json']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as CheckRow[];
    assert.deepEqual(
      out.map((c) => [c.row, c.verdict]),
      [
        [2, 'eligible'],
        [3, 'not-eligible'],
        [4, 'needs-review'],
      ],
    );
    assert.equal(out[2]?.valid, false);
    assert.equal(out[2]?.issues?.[0]?.pointer, '/supportNeeds/0');
    const bad = await asfKit(['check', 'target-group', tmp.path('personer.csv'), '--as-of', '2026-13-40']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^asf-kit: --as-of: "2026-13-40" är inget giltigt datum/u);
  } finally {
    tmp.cleanup();
  }
});

test('check reserved-welfare-contract (LOU 19 kap. 25 §) from a CSV with Swedish headers', async () => {
  const csv =
    'Namn;Uppdrag av allmännyttig karaktär;Vinstens användning;Delaktighet i ledning eller ägande;Tilldelad enligt regeln senaste tre åren;Kontraktstid (år);Tjänsterna omfattas av regeln\r\n' +
    'Välfärd ek. för.;ja;återinvesteras;ja;nej;3;ja\r\n' +
    'Lång AB;ja;reinvested;ja;nej;4;ja\r\n';
  const tmp = tempFiles({ 'valfard.csv': csv });
  try {
    const r = await asfKit(['check', 'reserved-welfare-contract', tmp.path('valfard.csv'), '--json']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as CheckRow[];
    assert.deepEqual(
      out.map((c) => c.verdict),
      ['eligible', 'not-eligible'],
    );
    assert.equal(out[1]?.criteria?.find((c) => c.id === 'contract-duration')?.outcome, 'not-met');
  } finally {
    tmp.cleanup();
  }
});

test('check: bad input is one line (exit 2): missing file, invalid JSON, unknown check, a CSV without fact columns', async () => {
  const tmp = tempFiles({ 'broken.json': '[{"value": 5,}]', 'other.csv': 'Namn;Kommentar\r\nA;B\r\n' });
  try {
    const missing = await asfKit(['check', 'asf', 'saknas.csv']);
    assert.deepEqual([missing.code, missing.stderr], [2, 'asf-kit: saknas.csv: filen finns inte.\n']);
    const json = await asfKit(['check', 'direct-award', tmp.path('broken.json'), '--lang', 'en']);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /broken\.json: is not valid JSON: property name expected at line 1, column 14\.\n$/u);
    const kind = await asfKit(['check', 'asf-light', tmp.path('broken.json')]);
    assert.equal(kind.code, 2);
    assert.match(
      kind.stderr,
      /'asf-light' är inte ett tillåtet värde för 'check'; välj ett av asf, reserved-contract, direct-award, target-group, reserved-welfare-contract/u,
    );
    const other = await asfKit(['check', 'asf', tmp.path('other.csv')]);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /other\.csv: ingen kolumn är en uppgift som asf prövar/u);
    for (const r of [missing, json, kind, other]) assert.ok(!hasStackTrace(r.stderr));
  } finally {
    tmp.cleanup();
  }
});

test('cells become facts by the schema: ja/nej, Swedish decimals and percentages, labels of enumerations, "vet ej" as unknown', () => {
  assert.equal(cellToFact(EnterpriseFacts, 'sellsGoodsOrServices', 'Ja'), true);
  assert.equal(cellToFact(EnterpriseFacts, 'sellsGoodsOrServices', 'nej'), false);
  assert.equal(cellToFact(EnterpriseFacts, 'sellsGoodsOrServices', 'vet ej'), undefined);
  assert.equal(cellToFact(EnterpriseFacts, 'sellsGoodsOrServices', 'kanske'), 'kanske');
  assert.equal(cellToFact(EnterpriseFacts, 'profitReinvestedShare', '0,8'), 0.8);
  assert.equal(cellToFact(EnterpriseFacts, 'profitReinvestedShare', '35 %'), 0.35);
  assert.equal(cellToFact(EnterpriseFacts, 'peopleWorking', '1 200'), 1200);
  assert.equal(cellToFact(EnterpriseFacts, 'staffParticipation', 'Ägande'), 'ownership');
  assert.equal(cellToFact(EnterpriseFacts, 'organisationNumber', ' 556677-8899 '), '556677-8899');
  assert.deepEqual(cellToFact(PersonFacts, 'supportNeeds', 'hemlöshet, disability'), ['homelessness', 'disability']);
  assert.deepEqual(cellToFact(PersonFacts, 'supportNeeds', 'inga'), []);
});

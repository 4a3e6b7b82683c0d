import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Activity, Actor, Goal } from '../plan/schema.js';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parse-plan.js';
import { activitiesToCsv } from './csv-export.js';
import { csvColumnOf, decodeCsvBytes, escapeCsvCell, unescapeCsvCell } from './csv-format.js';
import { parseActivitiesCsv, type ActivitiesCsvResult } from './csv-import.js';

const actors: Actor[] = [
  { id: 'KS', name: { sv: 'Kommunstyrelsen', en: 'Municipal Executive Board' }, abbreviation: 'KS' },
  { id: 'AMN', name: 'Arbetsmarknadsnämnden', abbreviation: 'AMN' },
  { id: 'OMN', name: 'Omsorgsnämnden', abbreviation: 'OMN' },
  { id: 'NLU', name: 'Näringsliv och utveckling' },
  { id: 'FORV', name: 'Förvaltningar, bolag' },
];
const goals: Goal[] = [
  { id: 'g1', title: 'Förbättrad samverkan' },
  { id: 'g2', title: { sv: 'Upphandling', en: 'Procurement' } },
];
const activities: Activity[] = [
  { id: '1.1', goal: 'g1', title: 'Samverka; i forum', lead: ['KS'], involved: ['AMN', 'OMN'], schedule: 'Pågå' },
  {
    id: '1.3',
    goal: 'g1',
    title: 'Tydliggöra "nämndernas" ansvar',
    lead: ['KS'],
    involved: 'all',
    schedule: '2019',
    responsibilityText: 'Samtliga',
  },
  { id: '2.1', title: 'Definiera behov', lead: ['AMN', 'OMN'], involved: [], schedule: '2018 - 2019' },
  { id: '5.6', goal: 'g2', title: 'Informera', lead: ['KS'], involved: [], schedule: 'Pågår\nkontinuerligt' },
  { id: 'b1', title: 'Sprida kunskap', lead: ['NLU', 'FORV'], involved: [] },
];
const plan = { actors, goals, activities };

const ok = (r: ActivitiesCsvResult): Activity[] => {
  assert.ok(r.success, JSON.stringify(!r.success && r.error.issues.map((i) => i.message.en)));
  return r.data;
};
const issues = (r: ActivitiesCsvResult): string[] =>
  r.success ? [] : r.error.issues.map((i) => `${i.row}:${i.line} ${i.code}`);

describe('activitiesToCsv', () => {
  it('writes Excel CSV: BOM, semicolons, CRLF, Swedish headers, codes and names, Samtliga, quoted line breaks', () => {
    const csv = activitiesToCsv(plan);
    assert.ok(
      csv.startsWith('\uFEFFId;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan;Ansvar enligt dokumentet\r\n'),
    );
    assert.ok(csv.endsWith('\r\n'));
    assert.deepEqual(csv.slice(1).split('\r\n'), [
      'Id;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan;Ansvar enligt dokumentet',
      '1.1;Förbättrad samverkan;"Samverka; i forum";KS;AMN, OMN;Pågå;',
      '1.3;Förbättrad samverkan;"Tydliggöra ""nämndernas"" ansvar";KS;Samtliga;2019;Samtliga',
      '2.1;;Definiera behov;AMN, OMN;;2018 - 2019;',
      '5.6;Upphandling;Informera;KS;;"Pågår\nkontinuerligt";',
      'b1;;Sprida kunskap;Näringsliv och utveckling, FORV;;;',
      '',
    ]);
  });

  it('writes English headers, "All" and English names on request, and leaves out the BOM on request', () => {
    const csv = activitiesToCsv(
      {
        actors: [{ id: 'x', name: { sv: 'Kommunstyrelsen', en: 'Executive Board' } }],
        activities: [{ id: 'a', title: { sv: 'Samverka', en: 'Cooperate' }, lead: ['x'], involved: 'all' }],
      },
      { language: 'en', bom: false },
    );
    assert.equal(
      csv,
      'Id;Goal;Activity;Lead;Other actors involved;Schedule;Activity (English)\r\na;;Samverka;Executive Board;All;;Cooperate\r\n',
    );
  });

  it('writes every column on request', () => {
    const header = activitiesToCsv(plan, { columns: 'all' }).split('\r\n')[0];
    assert.equal(
      header,
      '\uFEFFId;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan;Åtgärd (engelska);Beskrivning;Beskrivning (engelska);Ansvar enligt dokumentet;Källa',
    );
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    const csv = activitiesToCsv(
      {
        actors,
        activities: [{ id: 'a', title: '=HYPERLINK("http://x")', lead: ['KS'], involved: [], schedule: '-2020' }],
      },
      { bom: false },
    );
    assert.equal(csv.split('\r\n')[1], 'a;;"\'=HYPERLINK(""http://x"")";KS;;\'-2020');
  });
});

describe('parseActivitiesCsv', () => {
  it('gives back the same activities (export → import)', () => {
    assert.deepEqual(ok(parseActivitiesCsv(activitiesToCsv(plan), plan)), activities);
    assert.deepEqual(
      ok(parseActivitiesCsv(activitiesToCsv(plan, { language: 'en', columns: 'all', bom: false }), plan)),
      activities,
    );
  });

  it('reads a table as an officer keeps it: document headers, names, no BOM, LF, no Id column', () => {
    const csv =
      'Hur;Ansvarig;Tidplan för genomförande\nSprida kunskap om ASF;Näringsliv och utveckling, amn.;2019-2024\nUtbildning;kommunstyrelsen;\n';
    const r = parseActivitiesCsv(csv, plan);
    assert.deepEqual(ok(r), [
      { id: '1', title: 'Sprida kunskap om ASF', lead: ['NLU', 'AMN'], involved: [], schedule: '2019-2024' },
      { id: '2', title: 'Utbildning', lead: ['KS'], involved: [] },
    ]);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['generated-id'],
    );
    assert.deepEqual(ok(parseActivitiesCsv(csv.replace(/\n/g, '\r'), plan)), ok(r), 'old Mac line ends (CR)');
  });

  it("reads comma- and tab-separated files, and Excel's sep= line", () => {
    const expected = [{ id: 'a', title: 'Samverka', lead: ['KS'], involved: ['AMN', 'OMN'] }];
    assert.deepEqual(
      ok(parseActivitiesCsv('Id,Åtgärd,Huvudansvarig,Andra berörda aktörer\r\na,Samverka,KS,"AMN, OMN"\r\n', plan)),
      expected,
    );
    assert.deepEqual(
      ok(parseActivitiesCsv('Id\tActivity\tLead\tInvolved\na\tSamverka\tKS\tAMN, OMN\n', plan)),
      expected,
    );
    const r = parseActivitiesCsv(
      '\uFEFFsep=;\r\nId;Åtgärd;Huvudansvarig;Andra berörda aktörer\r\na;Samverka;KS;AMN, OMN\r\nb;;KS;\r\n',
      plan,
    );
    assert.deepEqual(r.success ? [] : r.partial, expected);
    assert.deepEqual(issues(r), ['3:4 missing-title'], 'rows are counted after the sep= line, lines from the top');
  });

  it('names the line of a row with an unknown actor, keeps that row without it, and reads the others', () => {
    const csv =
      'Id;Åtgärd;Huvudansvarig;Andra berörda aktörer\r\na;Samverka;KS;AMN, Skatteverket\r\nb;Informera;KS;OMN\r\n';
    const r = parseActivitiesCsv(csv, plan);
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual(issues(r), ['2:2 unknown-actor']);
    assert.deepEqual(r.error.issues[0]?.message, {
      sv: 'Rad 2, kolumn "Andra berörda aktörer": aktören "Skatteverket" finns inte i planen; raden läses in utan den.',
      en: 'Row 2, column "Andra berörda aktörer": the actor "Skatteverket" is not in the plan; the row is read without it.',
    });
    assert.equal(r.error.issues[0]?.column, 'Andra berörda aktörer');
    assert.deepEqual(r.partial, [
      { id: 'a', title: 'Samverka', lead: ['KS'], involved: ['AMN'] },
      { id: 'b', title: 'Informera', lead: ['KS'], involved: ['OMN'] },
    ]);
  });

  it('reports a broken quote by its line and reads on from the next line', () => {
    const csv =
      'Id;Åtgärd;Huvudansvarig\r\na;"Samverka\r\nvidare";KS\r\nb;"Trasig"x;KS\r\nc;Informera;KS\r\nd;"Aldrig stängd;KS\r\ne;Sist;OMN\r\n';
    const r = parseActivitiesCsv(csv, plan);
    assert.deepEqual(issues(r), ['3:4 malformed-row', '5:6 malformed-row']);
    assert.deepEqual(r.success ? [] : r.partial.map((a) => a.id), ['a', 'c', 'e']);
    assert.match(r.success ? '' : (r.error.issues[0]?.message.sv ?? ''), /^Rad 3 \(rad 4 i filen\): raden är felaktig/);
  });

  it('reports rows with the wrong number of fields (an unquoted line break)', () => {
    const csv =
      'Id;Åtgärd;Huvudansvarig;Tidplan\r\na;Samverka;KS;Pågår\r\nkontinuerligt\r\nb;Informera;KS;2019;;\r\nc;x;KS;2019;extra\r\n';
    const r = parseActivitiesCsv(csv, plan);
    assert.deepEqual(issues(r), ['3:3 field-count', '5:5 field-count']);
    assert.deepEqual(r.success ? [] : r.partial.map((a) => a.id), ['a', 'b'], 'empty trailing fields are forgiven');
  });

  it('reports missing titles, bad and repeated ids, unknown goals and ambiguous names', () => {
    const csv = [
      'Id;Område;Åtgärd;Huvudansvarig',
      'a;;;KS',
      'b c;;x;KS',
      'd;Förbättrad samverkan;x;KS',
      'd;;y;KS',
      'e;Okänt område;z;KS',
      'f;procurement;w;X',
      '',
      ';;;',
    ].join('\r\n');
    const twins = [...actors, { id: 'X1', name: 'X' }, { id: 'X2', name: 'X' }];
    const r = parseActivitiesCsv(csv, { actors: twins, goals });
    assert.deepEqual(issues(r), [
      '2:2 missing-title',
      '3:3 invalid-id',
      '5:5 duplicate-id',
      '6:6 unknown-goal',
      '7:7 ambiguous-actor',
    ]);
    assert.deepEqual(r.success ? [] : r.partial, [
      { id: 'd', goal: 'g1', title: 'x', lead: ['KS'], involved: [] },
      { id: 'e', title: 'z', lead: ['KS'], involved: [] },
      { id: 'f', goal: 'g2', title: 'w', lead: [], involved: [] },
    ]);
  });

  it('resolves registry names the plan lacks, with a warning', () => {
    const r = parseActivitiesCsv(
      'Åtgärd;Huvudansvarig;Andra berörda aktörer\r\nSamverka;KS;SKL, Försäkringskassan\r\n',
      plan,
    );
    assert.deepEqual(ok(r), [{ id: '1', title: 'Samverka', lead: ['KS'], involved: ['skr', 'forsakringskassan'] }]);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['generated-id', 'registry-actor', 'registry-actor'],
    );
    assert.equal(
      parseActivitiesCsv('Åtgärd;Andra berörda aktörer\r\nx;SKL\r\n', plan, { registry: [] }).success,
      false,
    );
  });

  it('warns about unknown columns and refuses a file without the Åtgärd column or with a column twice', () => {
    const r = parseActivitiesCsv('Id;Åtgärd;Kommentar\r\na;x;hej\r\n', plan);
    assert.deepEqual(ok(r), [{ id: 'a', title: 'x', lead: [], involved: [] }]);
    assert.deepEqual(
      r.warnings.map((w) => `${w.code} ${w.column}`),
      ['unknown-column Kommentar'],
    );
    assert.deepEqual(issues(parseActivitiesCsv('Id;Tidplan\r\na;2019\r\n', plan)), ['1:1 missing-column']);
    assert.deepEqual(issues(parseActivitiesCsv('Id;Åtgärd;Hur\r\na;x;y\r\n', plan)), ['1:1 duplicate-column']);
    assert.deepEqual(issues(parseActivitiesCsv('', plan)), ['1:1 empty-file']);
    assert.deepEqual(issues(parseActivitiesCsv('\uFEFF\r\n;;\r\n', plan)), ['1:1 empty-file']);
  });
});

describe('csv format helpers', () => {
  it('knows the headers of both languages and of the documents', () => {
    assert.equal(csvColumnOf('Huvudansvarig för åtgärd'), 'lead');
    assert.equal(csvColumnOf(' tidplan '), 'schedule');
    assert.equal(csvColumnOf('Andra berörda aktörer'), 'involved');
    assert.equal(csvColumnOf('Lead'), 'lead');
    assert.equal(csvColumnOf('Kommentar'), undefined);
  });

  it('escapes formulas so that unescaping gives back the text', () => {
    assert.equal(escapeCsvCell('@SUM(1)'), "'@SUM(1)");
    assert.equal(escapeCsvCell("'Nya vägar'"), "'Nya vägar'");
    assert.equal(escapeCsvCell("'=x"), "''=x");
    fc.assert(fc.property(fc.string(), (s) => assert.equal(unescapeCsvCell(escapeCsvCell(s)), s)));
  });
});

describe('CSV round-trip of arbitrary activities', () => {
  const unit = fc.constantFrom(
    'a',
    'K',
    'S',
    'x',
    '1',
    ' ',
    ';',
    ',',
    '"',
    "'",
    '\n',
    '\r\n',
    '\r',
    '\t',
    'å',
    'ä',
    'ö',
    'Å',
    'Ö',
    'é',
    '\uFEFF',
    '=',
    '-',
    '+',
    '@',
    '–',
    '😀',
    'Samtliga',
  );
  const text = fc.string({ unit, minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
  const localized = fc.oneof(text, fc.record({ sv: text, en: text }));
  const id = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9][A-Za-z0-9_.-]{0,6}$/);
  const actorPool: Actor[] = [
    ...actors,
    { id: 'semi', name: 'Semi;kolon' },
    { id: 'same1', name: 'Samma namn' },
    { id: 'same2', name: 'Samma namn' },
    { id: 'line', name: 'Rad\nbrytning' },
    { id: 'sp', name: ' mellanslag ' },
    { id: 'AMN2', name: 'AMN' },
  ];
  const ids = actorPool.map((a) => a.id);
  const activity = fc.record(
    {
      id,
      goal: fc.constantFrom('g1', 'g2'),
      title: localized,
      description: localized,
      lead: fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
      involved: fc.oneof(fc.array(fc.constantFrom(...ids), { maxLength: 4 }), fc.constant('all' as const)),
      responsibilityText: text,
      schedule: fc.oneof(text, fc.constantFrom('2018 - 2020', 'Pågå', 'Pågår\nkontinuerligt', '2018 -2020')),
      source: fc.constantFrom('handlingsplan-2018', 'src.1'),
    },
    { requiredKeys: ['id', 'title', 'lead', 'involved'] },
  );
  const list = fc.uniqueArray(activity, { selector: (a) => a.id, maxLength: 8 });

  it('export → import gives back the same activities, in both languages', () => {
    fc.assert(
      fc.property(list, fc.constantFrom('sv' as const, 'en' as const), fc.boolean(), (generated, language, bom) => {
        const acts = JSON.parse(JSON.stringify(generated)) as Activity[]; // plain objects, as a plan has
        const context = { actors: actorPool, goals };
        const csv = activitiesToCsv({ ...context, activities: acts }, { language, bom });
        assert.deepEqual(ok(parseActivitiesCsv(csv, context)), acts);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV files as Excel on Swedish Windows saves them (Windows-1252)', () => {
  const loaded = parsePlan(
    JSON.parse(
      readFileSync(new URL('../../../../examples/plans/uppsala-handlingsplan-2018-2020.json', import.meta.url), 'utf8'),
    ),
  );
  assert.ok(loaded.success);
  const uppsala = loaded.data;
  const fixture = (name: string): Uint8Array =>
    new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
  // Made with `iconv -f utf-8 -t cp1252` from the UTF-8 file beside it, which is
  // activitiesToCsv(uppsala, { bom: false }) as of this commit: a real Windows-1252 file.
  const cp1252File = fixture('uppsala-activities-windows-1252.csv');
  const utf8File = fixture('uppsala-activities-utf-8.csv');

  /** Windows-1252 encoding of a text, written here so that the test does not lean on the decoder under test. */
  const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const encodeCp1252 = (text: string): Uint8Array =>
    Uint8Array.from([...text], (c) => {
      const code = c.codePointAt(0) as number;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const i = HIGH.indexOf(c);
      if (i < 0) throw new Error(`not in Windows-1252: ${c}`);
      return 0x80 + i;
    });

  it('the fixture is a real Windows-1252 file: not UTF-8, with å, ä, ö, Å, Ö, "–" and "…" as single bytes', () => {
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(cp1252File));
    for (const byte of [0xe5, 0xe4, 0xf6, 0xc5, 0xd6, 0x96, 0x85])
      assert.ok(cp1252File.includes(byte), byte.toString(16));
    assert.deepEqual(
      encodeCp1252(new TextDecoder().decode(utf8File)),
      cp1252File,
      'the test encoder agrees with iconv',
    );
  });

  it('decodes the Windows-1252 file to exactly the text of the UTF-8 file: every letter survives', () => {
    const decoded = decodeCsvBytes(cp1252File);
    assert.equal(decoded.encoding, 'windows-1252');
    const expected = new TextDecoder().decode(utf8File);
    assert.equal(decoded.text, expected);
    const letters = (t: string) => [...t].filter((c) => /[^\p{ASCII}]/u.test(c)).join('');
    assert.equal(letters(decoded.text), letters(expected));
    assert.equal(letters(expected).length, 184);
  });

  it('reads every row of the Windows-1252 file of the Uppsala plan, with a warning that names the encoding', () => {
    const r = parseActivitiesCsv(cp1252File, uppsala);
    assert.deepEqual(ok(r), ok(parseActivitiesCsv(utf8File, uppsala)));
    assert.equal(ok(r).length, 18);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['legacy-encoding'],
    );
    assert.match(r.warnings[0]?.message.sv ?? '', /Windows-1252/);
  });

  it("reads the Uppsala plan's own export, encoded to Windows-1252, back to the same activities", () => {
    const bytes = encodeCp1252(activitiesToCsv(uppsala, { bom: false }));
    assert.deepEqual(ok(parseActivitiesCsv(bytes, uppsala)), uppsala.activities);
    assert.deepEqual(
      ok(parseActivitiesCsv(bytes.buffer as ArrayBuffer, uppsala)),
      uppsala.activities,
      'an ArrayBuffer, as file.arrayBuffer() gives',
    );
  });

  it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one, from bytes', () => {
    const text = activitiesToCsv(uppsala, { bom: false });
    const utf8 = new TextEncoder().encode(text);
    const withBom = new TextEncoder().encode(`\uFEFF${text}`);
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    assert.deepEqual(
      [decodeCsvBytes(utf8).encoding, decodeCsvBytes(withBom).encoding, decodeCsvBytes(utf16).encoding],
      ['utf-8', 'utf-8-bom', 'utf-16le'],
    );
    for (const bytes of [utf8, withBom, utf16]) {
      const r = parseActivitiesCsv(bytes, uppsala);
      assert.deepEqual(ok(r), uppsala.activities);
      assert.deepEqual(r.warnings, []);
    }
  });

  it('decodes the bytes 0x80–0x9F as Windows-1252 does ("–", "’", "€"), not as control characters', () => {
    assert.deepEqual(decodeCsvBytes(new Uint8Array([0x96, 0x80, 0x92, 0x93, 0x94, 0x85, 0xe5])), {
      text: '–€’“”…å',
      encoding: 'windows-1252',
    });
  });

  it('says that a file read as UTF-8 text was read with the wrong encoding, where, and how to save it as CSV UTF-8', () => {
    const misread = new TextDecoder('utf-8').decode(cp1252File); // what file.text() gives
    assert.ok(misread.includes('\uFFFD'));
    const r = parseActivitiesCsv(misread, uppsala);
    assert.equal(r.success, false);
    if (r.success) return;
    const first = r.error.issues[0];
    assert.equal(first?.code, 'wrong-encoding');
    assert.equal(first?.row, 1);
    assert.match(first?.message.sv ?? '', /^Rad 1: filen har lästs med fel teckenkodning/);
    assert.match(first?.message.sv ?? '', /"CSV UTF-8 \(kommaavgränsad\) \(\*\.csv\)"/);
    assert.match(
      first?.message.en ?? '',
      /read with the wrong text encoding.*"CSV UTF-8 \(Comma delimited\) \(\*\.csv\)"/s,
    );
    assert.ok(
      r.error.issues.some((i) => i.code === 'missing-column'),
      'the header "\uFFFDtg\uFFFDrd" is still reported',
    );
  });

  it('names the row where a replacement character first stands when the header reads', () => {
    const r = parseActivitiesCsv('Id;Åtgärd;Huvudansvarig\r\na;Samverka;KS\r\nb;F\uFFFDrb\uFFFDttra;KS\r\n', plan);
    assert.deepEqual(issues(r), ['3:3 wrong-encoding']);
    assert.deepEqual(
      r.success ? [] : r.partial.map((a) => a.id),
      ['a', 'b'],
      'the rows are still read, so that nothing else is lost',
    );
  });
});

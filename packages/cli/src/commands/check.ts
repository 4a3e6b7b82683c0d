/**
 * `asf-kit check <kind> <facts.json|facts.csv>`: one case or many, with the verdict and each
 * criterion's outcome and reason. A CSV (one supplier or person a row, Swedish headers) gives
 * a CSV with the verdict and every criterion's outcome and reason added; a bad row gets its
 * errors, and the other rows go on.
 * @module
 */
import { Argument, Option } from 'commander';
import Papa from 'papaparse';
import {
  CheckOptions,
  criterionLabel,
  decodeCsvBytes,
  escapeCsvCell,
  OUTCOME_LABELS,
  PROFILE_INPUT_NAMES,
  PROFILE_NAMES,
  unescapeCsvCell,
  VERDICT_LABELS,
  type Bilingual,
  type CheckResult,
} from '@asf-kit/core';
import type { CliCommand } from '../command.js';
import { optionsOf } from '../command.js';
import { CHECKS, type CheckSpec } from '../checks.js';
import { CliError, EXIT } from '../errors.js';
import { readCsvRecords } from '../csv-records.js';
import { cellToFact, factHeader, factOfHeader } from '../facts-csv.js';
import { note, parseJson, progress, readBytes, writeOutput, type Io } from '../io.js';
import { both, withoutPath } from '../text.js';

/** One case: where it came from, and its result (or why it could not be checked). */
interface Case {
  /** JSON Pointer ("/0") for JSON input, the row number (header = 1) for CSV. */
  at: string;
  row?: number;
  /** The row's cells, for the CSV written back. */
  cells?: string[];
  result?: CheckResult;
  /** Problems with the row itself (a wrong number of fields, broken quotes). */
  errors: Bilingual[];
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** Reads the cases of a CSV file, one a row. */
function casesFromCsv(
  io: Io,
  file: string,
  bytes: Uint8Array,
  spec: CheckSpec,
): { header: string[]; cases: Case[]; facts: unknown[] } {
  const { text } = decodeCsvBytes(bytes);
  const firstLine = text.split(/\r\n|\r|\n/u)[0] ?? '';
  const sep = /^sep=(.)$/iu.exec(firstLine);
  const body = sep ? text.slice(firstLine.length).replace(/^\r?\n|^\r/u, '') : text;
  const headerLine = sep ? (body.split(/\r\n|\r|\n/u)[0] ?? '') : firstLine;
  const delimiter = sep?.[1] ?? (headerLine.includes(';') ? ';' : headerLine.includes('\t') ? '\t' : ',');
  const records = readCsvRecords(body, delimiter);
  const headerIndex = records.findIndex((r) => !isBlank(r.fields));
  const rows = records.slice(Math.max(0, headerIndex));
  const header = (rows[0]?.fields ?? []).map((h) => unescapeCsvCell(h).trim());
  if (headerIndex < 0 || rows[0]?.malformed || header.every((h) => h === '')) {
    throw new CliError(both(`${file}: filen har ingen rubrikrad.`, `${file}: the file has no header row.`));
  }
  const factOf = factOfHeader(spec.facts);
  const columns = header.map((h) => factOf(h));
  if (columns.every((c) => c === undefined)) {
    const expected = Object.keys(spec.facts.shape)
      .map((f) => `"${factHeader(f, io.lang)}"`)
      .join(', ');
    throw new CliError(
      both(
        `${file}: ingen kolumn är en uppgift som ${spec.kind} prövar (rubrikerna är ${header.map((h) => `"${h}"`).join(', ')}; väntade t.ex. ${expected}).`,
        `${file}: no column is a fact that ${spec.kind} checks (the headers are ${header.map((h) => `"${h}"`).join(', ')}; expected e.g. ${expected}).`,
      ),
    );
  }
  const other = header.filter((h, i) => h !== '' && columns[i] === undefined);
  if (other.length > 0) {
    note(
      io,
      both(
        `${file}: kolumnerna ${other.map((h) => `"${h}"`).join(', ')} är inga uppgifter för ${spec.kind}; de förs över oförändrade.`,
        `${file}: the columns ${other.map((h) => `"${h}"`).join(', ')} are not facts for ${spec.kind}; they are passed through unchanged.`,
      ),
    );
  }
  const cases: Case[] = [];
  const facts: unknown[] = [];
  rows.slice(1).forEach((record, i) => {
    const { fields: cells, malformed } = record;
    if (isBlank(cells)) return;
    // The row as a spreadsheet numbers it: the header's row + 1 + i.
    const row = headerIndex + i + 2 + (sep ? 1 : 0);
    const c: Case = { at: String(row), row, cells, errors: [] };
    if (malformed !== undefined) {
      c.errors.push(
        both(
          `Rad ${row}: raden är felaktig (${malformed}; ett citattecken saknas?) och prövas inte; läsningen fortsätter på nästa rad.`,
          `Row ${row}: the row is malformed (${malformed}; a missing quote?) and is not checked; reading goes on with the next line.`,
        ),
      );
      c.cells = [];
      facts.push(undefined);
    } else if (cells.length !== header.length) {
      c.errors.push(
        both(
          `Rad ${row}: raden har ${cells.length} fält men rubrikraden ${header.length} (ett semikolon för mycket eller för lite?); raden prövas inte.`,
          `Row ${row}: the row has ${cells.length} fields but the header ${header.length} (a semicolon too many or too few?); the row is not checked.`,
        ),
      );
      facts.push(undefined);
    } else {
      const f: Record<string, unknown> = {};
      columns.forEach((fact, col) => {
        if (fact === undefined) return;
        const value = cellToFact(spec.facts, fact, unescapeCsvCell(cells[col] ?? ''));
        if (value !== undefined) f[fact] = value;
      });
      facts.push(f);
    }
    cases.push(c);
  });
  return { header, cases, facts };
}

function resultCsv(io: Io, kind: string, header: string[], cases: readonly Case[]): string {
  const t = (b: Bilingual) => b[io.lang];
  const ids: string[] = [];
  for (const c of cases) for (const cr of c.result?.criteria ?? []) if (!ids.includes(cr.id)) ids.push(cr.id);
  const head = [
    ...header,
    t(both('Bedömning', 'Verdict')),
    ...ids.flatMap((id) => [
      `${t(criterionLabel(kind, id))}: ${t(both('utfall', 'outcome'))}`,
      `${t(criterionLabel(kind, id))}: ${t(both('skäl', 'reason'))}`,
    ]),
    t(both('Fel', 'Errors')),
  ];
  const rows = cases.map((c) => {
    const r = c.result;
    const errors = [...c.errors.map(t), ...(r?.issues ?? []).map((i) => t(i.message))];
    return [
      ...header.map((_, i) => c.cells?.[i] ?? ''),
      ...[
        r && c.errors.length === 0
          ? t(VERDICT_LABELS[r.verdict] ?? both(r.verdict, r.verdict))
          : t(both('Ej prövad', 'Not checked')),
        ...ids.flatMap((id) => {
          const cr = r?.criteria.find((x) => x.id === id);
          return cr ? [t(OUTCOME_LABELS[cr.outcome] ?? both(cr.outcome, cr.outcome)), t(cr.reason)] : ['', ''];
        }),
        errors.join(' | '),
      ].map(escapeCsvCell),
    ];
  });
  return `\uFEFF${Papa.unparse([head, ...rows], { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

function printText(io: Io, spec: CheckSpec, cases: readonly Case[]): void {
  const t = (b: Bilingual) => b[io.lang];
  const mark: Record<string, string> = { met: '✓', 'not-met': '✗', unknown: '?' };
  for (const c of cases) {
    const where = c.row !== undefined ? `${t(both(`Rad ${c.row}`, `Row ${c.row}`))}: ` : c.at === '' ? '' : `${c.at}: `;
    const r = c.result;
    if (!r || c.errors.length > 0) {
      io.stdout.write(`${where}${t(both('ej prövad', 'not checked'))}\n`);
      for (const e of c.errors) io.stdout.write(`  ${t(both('fel', 'error'))}: ${t(e)}\n`);
      continue;
    }
    io.stdout.write(
      `${where}${t(VERDICT_LABELS[r.verdict] ?? both(r.verdict, r.verdict))} (${t(spec.title)}, ${t(both('profil', 'profile'))} ${r.profile})\n`,
    );
    for (const cr of r.criteria) {
      io.stdout.write(
        `  ${mark[cr.outcome] ?? ' '} ${t(criterionLabel(r.check, cr.id))}: ${t(OUTCOME_LABELS[cr.outcome] ?? both(cr.outcome, cr.outcome)).toLocaleLowerCase(io.lang)} – ${t(cr.reason)}\n`,
      );
    }
    for (const i of r.issues)
      io.stdout.write(`  ${t(both('fel', 'error'))} ${i.pointer || '/'}: ${withoutPath(t(i.message), i.path)}\n`);
  }
}

export const check: CliCommand = {
  name: 'check',
  summary: both(
    'pröva behörighet: ASF, reserverat kontrakt, direktupphandling, målgrupp',
    'check eligibility: ASF, reserved contract, direct award, target group',
  ),
  define(command, { io, t }, run) {
    const kinds = CHECKS.map((c) => c.kind);
    command
      .addArgument(new Argument('<check>', t(both('vilken prövning', 'which check'))).choices(kinds))
      .argument(
        '<facts>',
        t(
          both(
            'uppgifterna: en JSON-fil (ett objekt = ett fall, en lista = flera) eller en CSV-fil (en rad per leverantör eller person); "-" läser standard in',
            'the facts: a JSON file (an object = one case, a list = several) or a CSV file (one row per supplier or person); "-" reads standard input',
          ),
        ),
      )
      .addOption(
        new Option('--profile <profile>', t(both('regelprofil', 'rule profile')))
          .choices([...PROFILE_INPUT_NAMES])
          .default(PROFILE_NAMES[0]),
      )
      .option(
        '--as-of <date>',
        t(
          both(
            'datum (ÅÅÅÅ-MM-DD) då ålder räknas från födelsedatum (target-group)',
            'date (YYYY-MM-DD) on which an age is computed from a birth date (target-group)',
          ),
        ),
      )
      .addOption(
        new Option(
          '--format <format>',
          t(
            both(
              'utdata: text eller csv; csv är standard för CSV-indata',
              'output: text or csv; csv is the default for CSV input',
            ),
          ),
        ).choices(['text', 'csv']),
      )
      .option(
        '-o, --output <file>',
        t(
          both(
            'skriv resultatet till en fil i stället för standard ut',
            'write the result to a file instead of standard output',
          ),
        ),
      )
      .addHelpText('after', t(checkHelp()));
    run(command, async (kind: unknown, file: unknown, ...rest: unknown[]) => {
      const options = optionsOf<{
        profile: (typeof PROFILE_INPUT_NAMES)[number];
        asOf?: string;
        format?: 'text' | 'csv';
        output?: string;
      }>(rest);
      const spec = CHECKS.find((c) => c.kind === kind) as CheckSpec;
      const checkOptions = { profile: options.profile, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) };
      if (!CheckOptions.safeParse(checkOptions).success) {
        throw new CliError(
          both(
            `--as-of: "${options.asOf}" är inget giltigt datum; skriv ÅÅÅÅ-MM-DD.`,
            `--as-of: "${options.asOf}" is not a valid date; write YYYY-MM-DD.`,
          ),
        );
      }
      const path = file as string;
      const bytes = readBytes(path);
      const head = new TextDecoder()
        .decode(bytes.subarray(0, 64))
        .replace(/^\uFEFF/u, '')
        .trimStart();
      const isCsv =
        /\.csv$/iu.test(path) || (!/\.json$/iu.test(path) && !head.startsWith('{') && !head.startsWith('['));

      let cases: Case[];
      let facts: unknown[];
      let header: string[] = [];
      let single = false;
      if (isCsv) {
        ({ header, cases, facts } = casesFromCsv(io, path, bytes, spec));
      } else {
        const input = parseJson(path, new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ''));
        if (Array.isArray(input)) {
          facts = input;
          cases = input.map((_, i) => ({ at: `/${i}`, errors: [] }));
        } else {
          facts = [input];
          single = true;
          cases = [{ at: '', errors: [] }];
        }
      }
      const bar = progress(io);
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i] as Case;
        if (c.errors.length > 0) continue;
        if (cases.length > 20 && i % 10 === 0)
          bar.update(both(`Prövar ${i + 1} av ${cases.length} …`, `Checking ${i + 1} of ${cases.length} …`));
        c.result = await spec.run(facts[i], checkOptions);
      }
      bar.done();

      const format = options.format ?? (isCsv ? 'csv' : 'text');
      if (options.json) {
        const json = cases.map((c) => ({
          ...(c.row !== undefined ? { row: c.row } : { pointer: c.at }),
          errors: c.errors,
          ...(c.result ?? {}),
        }));
        writeOutput(io, options.output, `${JSON.stringify(single ? json[0] : json, null, 2)}\n`);
      } else if (format === 'csv') {
        if (!isCsv) header = [];
        writeOutput(io, options.output, resultCsv(io, spec.kind, header, cases));
      } else if (options.output !== undefined) {
        const lines: string[] = [];
        printText({ ...io, stdout: { write: (s: string) => lines.push(s) } }, spec, cases);
        writeOutput(io, options.output, lines.join(''));
      } else {
        printText(io, spec, cases);
      }

      const count = (v: string) => cases.filter((c) => c.errors.length === 0 && c.result?.verdict === v).length;
      const invalid = cases.filter((c) => c.errors.length > 0 || c.result?.valid === false).length;
      if (cases.length > 1 || options.output !== undefined) {
        note(
          io,
          both(
            `${cases.length} fall: ${count('eligible')} uppfyller, ${count('not-eligible')} uppfyller inte, ${count('needs-review')} behöver utredas${invalid ? `; ${invalid} med fel i uppgifterna` : ''}.`,
            `${cases.length} cases: ${count('eligible')} eligible, ${count('not-eligible')} not eligible, ${count('needs-review')} need review${invalid ? `; ${invalid} with errors in the facts` : ''}.`,
          ),
        );
      }
      const allEligible =
        cases.length > 0 && cases.every((c) => c.errors.length === 0 && c.result?.verdict === 'eligible');
      return allEligible ? EXIT.ok : EXIT.findings;
    });
  },
};

function checkHelp(): Bilingual {
  const columns = (lang: 'sv' | 'en') =>
    CHECKS.map(
      (c) =>
        `  ${c.kind}: ${Object.keys(c.facts.shape)
          .map((f) => factHeader(f, lang))
          .join('; ')}`,
    ).join('\n');
  return both(
    `
CSV: en rad per leverantör eller person, semikolon- eller kommaavgränsad, rubriker på svenska
(engelska eller fältnamnen går också). Tom cell eller "vet ej" = okänt; ja/nej; andelar som
0,35 eller 35 %; stödbehov kommaseparerade. Övriga kolumner (t.ex. Namn) förs över oförändrade.
Kolumner per prövning:
${columns('sv')}

Slutstatus: 0 alla fall uppfyller kriterierna, 1 något fall uppfyller inte, behöver utredas
eller har fel i uppgifterna (övriga rader prövas ändå), 2 filen saknas eller går inte att läsa.

Exempel:
  asf-kit check asf foretag.json
  asf-kit check reserved-contract leverantorer.csv -o resultat.csv
  asf-kit check target-group personer.csv --as-of 2026-12-31 --json`,
    `
CSV: one row per supplier or person, semicolon- or comma-separated, headers in Swedish
(English or the field names work too). Empty cell or "vet ej" = unknown; ja/nej (yes/no);
shares as 0.35 or 35 %; support needs comma-separated. Other columns (e.g. a name) are passed
through unchanged. Columns per check:
${columns('en')}

Exit status: 0 every case meets the criteria, 1 some case does not, needs review or has errors
in its facts (the other rows are still checked), 2 the file is missing or cannot be read.

Examples:
  asf-kit check asf enterprise.json
  asf-kit check reserved-contract suppliers.csv -o result.csv
  asf-kit check target-group people.csv --as-of 2026-12-31 --json`,
  );
}

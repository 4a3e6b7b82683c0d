/**
 * Reading a plan's activities from CSV, as Excel writes it, with every problem named by its
 * row and no good row lost.
 * @module
 */
import Papa from 'papaparse';
import type { Bilingual } from '../i18n/text.js';
import { Activity, Id, type Actor, type Goal } from '../plan/schema.js';
import { actorLookup, isSamtliga } from './actor-lookup.js';
import { csvColumnOf, decodeCsvBytes, unescapeCsvCell, type CsvColumn, type CsvInput } from './csv-format.js';
import { ACTOR_REGISTRY, foldActorName, type RegistryActor } from './registry.js';
import type { IssueMessage } from '../issues/issue.js';

/** What kind of problem a {@link CsvIssue} is. */
export const CSV_ISSUE_CODES = [
  'empty-file',
  'wrong-encoding',
  'legacy-encoding',
  'missing-column',
  'duplicate-column',
  'unknown-column',
  'malformed-row',
  'field-count',
  'missing-title',
  'invalid-id',
  'duplicate-id',
  'generated-id',
  'unknown-actor',
  'ambiguous-actor',
  'registry-actor',
  'unknown-goal',
  'invalid-source',
  'invalid-row',
] as const;
export type CsvIssueCode = (typeof CSV_ISSUE_CODES)[number];

/** One problem in a CSV file, named by its row and column (a row has no JSON path, so this has the issue model's code and message only). */
export interface CsvIssue extends IssueMessage<CsvIssueCode> {
  /** The row as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** The line of the file where the row starts (differs from `row` after cells with line breaks). */
  line: number;
  /** The header of the column concerned, as written in the file. */
  column?: string;
}

/**
 * The result of {@link parseActivitiesCsv}. On failure, `partial` holds every activity that
 * could be read — rows with an unknown actor or goal are kept without it — and `error.issues`
 * names each problem row.
 */
export type ActivitiesCsvResult =
  | { success: true; data: Activity[]; warnings: CsvIssue[] }
  | { success: false; error: { issues: CsvIssue[] }; partial: Activity[]; warnings: CsvIssue[] };

/** What the names in the file refer to: the plan's actors and goals. */
export interface ActivitiesCsvContext {
  actors: readonly Actor[];
  goals?: readonly Goal[] | undefined;
}

/** Options of {@link parseActivitiesCsv}. */
export interface ParseActivitiesCsvOptions {
  /** Where to look for an actor name the plan does not have. `[]` to accept only the plan's actors. */
  registry?: readonly RegistryActor[];
}

interface CsvRecord {
  fields: string[];
  /** Offset in the text where the record starts. */
  start: number;
  /** Papaparse found malformed quotes in this record. */
  malformed?: string;
}

/** Offsets where each line of the text starts (CRLF, LF and CR all end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/gu)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Splits the text into records with papaparse. A record with malformed quotes is reported,
 * and reading starts again on the next line, so that one bad quote does not swallow the rest.
 */
function readRecords(text: string, from: number, delimiter: string, starts: readonly number[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let offset = from;
  let linebreak: string | undefined;
  while (offset < text.length) {
    let failed: number | undefined;
    let cursor = 0;
    const base = offset;
    Papa.parse<string[]>(text.slice(offset), {
      delimiter,
      ...(linebreak ? { newline: linebreak as '\r\n' } : {}),
      step: (result, parser) => {
        linebreak ??= result.meta.linebreak;
        const start = base + cursor;
        cursor = result.meta.cursor;
        const quoteError = result.errors.find((e) => e.type === 'Quotes');
        if (quoteError) {
          records.push({ fields: result.data, start, malformed: quoteError.message });
          failed = start;
          parser.abort();
          return;
        }
        records.push({ fields: result.data, start });
      },
    });
    if (failed === undefined) break;
    const next = starts[lineAt(starts, failed)];
    if (next === undefined) break;
    offset = next;
  }
  return records;
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

function detectDelimiter(headerLine: string): string {
  if (headerLine.includes(';')) return ';';
  if (headerLine.includes('\t')) return '\t';
  if (headerLine.includes(',')) return ',';
  return ';';
}

const quoteList = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/**
 * Reads activities from CSV — the format {@link activitiesToCsv} writes, or a table an officer
 * keeps in Excel: semicolon-separated (a comma- or tab-separated file and Excel's `sep=` line
 * are recognized from the header), with or without a byte-order mark, any line ends, quoted
 * fields with line breaks.
 *
 * Takes the file's text or, better, its bytes (`Uint8Array`, `ArrayBuffer`): bytes are decoded
 * by {@link decodeCsvBytes}, which tells UTF-8 from the Windows-1252 that Excel on Swedish
 * Windows saves ("CSV (semikolonavgränsad)"); such a file is read correctly, with a
 * `legacy-encoding` warning. Text that already holds U+FFFD replacement characters (a file
 * read in the wrong encoding, e.g. with `file.text()`) is reported as `wrong-encoding`, saying
 * how to save the file as "CSV UTF-8". Headers may be Swedish or English or as the documents print them
 * ("Huvudansvarig för åtgärd", "Tidplan för genomförande", "Hur", "Ansvarig"), in any order;
 * only `Åtgärd` is required. Without an `Id` column, ids are numbered 1, 2, 3, ….
 *
 * Actors are written comma-separated by id, abbreviation or name (of the plan, then of the
 * registry); "Samtliga" is `"all"`; an empty Tidplan is an absent schedule. Goals by id or
 * title.
 *
 * Never throws. A malformed row (broken quotes, a wrong number of fields, no title, a bad or
 * repeated id) is reported by its row and left out; a row naming an unknown actor or goal is
 * reported and kept without it; every other row is read.
 *
 * @example
 * const result = parseActivitiesCsv(await file.arrayBuffer(), plan); // bytes: any encoding Excel saves
 * if (result.success) plan = { ...plan, activities: result.data };
 * else for (const i of result.error.issues) console.log(i.row, i.message.sv);
 */
export function parseActivitiesCsv(
  input: CsvInput,
  context: ActivitiesCsvContext,
  options: ParseActivitiesCsvOptions = {},
): ActivitiesCsvResult {
  const registry = options.registry ?? ACTOR_REGISTRY;
  const issues: CsvIssue[] = [];
  const warnings: CsvIssue[] = [];
  const { text: source, encoding } = decodeCsvBytes(input);
  const starts = lineStarts(source);

  // Excel's "sep=;" line names the delimiter and is not a row.
  const firstLine = source.slice(0, (starts[1] ?? source.length + 1) - 1).replace(/\r$/u, '');
  const sep = /^sep=(.)$/iu.exec(firstLine);
  const from = sep ? (starts[1] ?? source.length) : 0;
  const headerLine = sep ? (source.slice(from).split(/\r\n|\r|\n/u)[0] ?? '') : firstLine;
  const delimiter = sep?.[1] ?? detectDelimiter(headerLine);

  const records = readRecords(source, from, delimiter, starts);
  const at = (index: number) => {
    const record = records[index];
    return { row: index + 1, line: lineAt(starts, record?.start ?? 0) };
  };
  const say = (list: CsvIssue[], index: number, code: CsvIssueCode, sv: string, en: string, column?: string) => {
    const { row, line } = at(index);
    const where: Bilingual =
      line === row
        ? { sv: `Rad ${row}`, en: `Row ${row}` }
        : { sv: `Rad ${row} (rad ${line} i filen)`, en: `Row ${row} (line ${line} of the file)` };
    const col: Bilingual =
      column === undefined ? { sv: '', en: '' } : { sv: `, kolumn "${column}"`, en: `, column "${column}"` };
    const issue: CsvIssue = {
      row,
      line,
      code,
      message: { sv: `${where.sv}${col.sv}: ${sv}`, en: `${where.en}${col.en}: ${en}` },
    };
    if (column !== undefined) issue.column = column;
    list.push(issue);
  };
  const fail = (partial: Activity[]): ActivitiesCsvResult => ({ success: false, error: { issues }, partial, warnings });

  // U+FFFD stands where a decoder met bytes it could not read: the file's text was read in the
  // wrong encoding before it came here (a Windows-1252 file read as UTF-8, `file.text()`), and
  // its letters are lost. Say so, where, and how to save the file so that it reads.
  const replaced = source.indexOf('\uFFFD');
  if (replaced >= 0) {
    let at = 0;
    records.forEach((r, i) => {
      if (r.start <= replaced) at = i;
    });
    say(
      issues,
      at,
      'wrong-encoding',
      'filen har lästs med fel teckenkodning: tecknet "\uFFFD" står där en bokstav (t.ex. å, ä, ö) inte kunde läsas, och bokstaven är förlorad. Excel på svenska Windows sparar "CSV (semikolonavgränsad)" som Windows-1252. Spara filen i Excel med Arkiv > Spara som > filformatet "CSV UTF-8 (kommaavgränsad) (*.csv)" och läs in den igen (eller läs in filens byte, inte text, så känns kodningen igen).',
      'the file was read with the wrong text encoding: the character "\uFFFD" stands where a letter (e.g. å, ä, ö) could not be read, and the letter is lost. Excel on Swedish Windows saves "CSV (semikolonavgränsad)" (CSV, semicolon-separated) in Windows-1252. In Excel, save the file with File > Save As > the file format "CSV UTF-8 (Comma delimited) (*.csv)" and read it again (or read the file\'s bytes, not text, so that the encoding is recognized).',
    );
  }
  if (encoding === 'windows-1252') {
    say(
      warnings,
      0,
      'legacy-encoding',
      'filen är sparad som Windows-1252 (Excels "CSV (semikolonavgränsad)") och har lästs som sådan. Tecken som inte finns i Windows-1252 kan inte sparas i den; välj "CSV UTF-8" när du sparar.',
      'the file is saved in Windows-1252 (Excel\'s "CSV (semikolonavgränsad)", semicolon-separated) and was read as such. Characters that Windows-1252 lacks cannot be saved in it; choose "CSV UTF-8" when saving.',
    );
  }

  // The header: the first row that is not blank.
  const headerIndex = records.findIndex((r) => !isBlank(r.fields));
  const header = records[headerIndex];
  if (header === undefined) {
    say(issues, 0, 'empty-file', 'filen har inga rader.', 'the file has no rows.');
    return fail([]);
  }
  if (header.malformed) {
    say(
      issues,
      headerIndex,
      'malformed-row',
      `rubrikraden är felaktig (${header.malformed}).`,
      `the header row is malformed (${header.malformed}).`,
    );
    return fail([]);
  }
  const headers = header.fields.map((h) => unescapeCsvCell(h).trim());
  const columnAt = new Map<CsvColumn, number>();
  headers.forEach((name, i) => {
    if (name === '') return;
    const column = csvColumnOf(name);
    if (column === undefined) {
      say(
        warnings,
        headerIndex,
        'unknown-column',
        'okänd kolumn; den läses inte in.',
        'unknown column; it is not read.',
        name,
      );
    } else if (columnAt.has(column)) {
      say(
        issues,
        headerIndex,
        'duplicate-column',
        `kolumnen finns redan som "${headers[columnAt.get(column) ?? 0]}".`,
        `the column is already there as "${headers[columnAt.get(column) ?? 0]}".`,
        name,
      );
    } else columnAt.set(column, i);
  });
  if (!columnAt.has('title')) {
    say(
      issues,
      headerIndex,
      'missing-column',
      `kolumnen "Åtgärd" saknas (rubrikerna är ${quoteList(headers)}).`,
      `the column "Åtgärd" (Activity) is missing (the headers are ${quoteList(headers)}).`,
    );
  }
  if (issues.some((i) => i.code !== 'wrong-encoding')) return fail([]);
  if (!columnAt.has('id')) {
    say(
      warnings,
      headerIndex,
      'generated-id',
      'kolumnen "Id" saknas; åtgärderna numreras 1, 2, 3, ….',
      'there is no "Id" column; the activities are numbered 1, 2, 3, ….',
    );
  }

  const findActor = actorLookup(context.actors, registry);
  const goals = context.goals ?? [];
  const findGoal = (name: string): string | undefined => {
    const exact = goals.find((g) => g.id === name);
    if (exact) return exact.id;
    const key = foldActorName(name);
    const hits = goals.filter((g) =>
      [
        g.id,
        typeof g.title === 'string' ? g.title : g.title.sv,
        typeof g.title === 'string' ? '' : (g.title.en ?? ''),
      ].some((t) => t !== '' && foldActorName(t) === key),
    );
    return hits.length === 1 ? hits[0]?.id : undefined;
  };

  const activities: Activity[] = [];
  const ids = new Map<string, number>();
  let number = 0;
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index] as CsvRecord;
    if (record.malformed) {
      say(
        issues,
        index,
        'malformed-row',
        `raden är felaktig och läses inte in (${record.malformed}); läsningen fortsätter på nästa rad.`,
        `the row is malformed and is not read (${record.malformed}); reading goes on with the next line.`,
      );
      continue;
    }
    if (isBlank(record.fields)) continue;
    number++;
    const { fields } = record;
    const extra = fields.slice(headers.length);
    if (fields.length < headers.length || !isBlank(extra)) {
      say(
        issues,
        index,
        'field-count',
        `raden har ${fields.length} fält men rubrikraden ${headers.length}; ett radbyte eller semikolon utan citattecken?`,
        `the row has ${fields.length} fields but the header ${headers.length}; a line break or semicolon without quotes?`,
      );
      continue;
    }
    const get = (column: CsvColumn): string => {
      const i = columnAt.get(column);
      return i === undefined ? '' : unescapeCsvCell(fields[i] ?? '');
    };
    const header = (column: CsvColumn): string => headers[columnAt.get(column) ?? 0] ?? column;

    const titleSv = get('title');
    if (titleSv.trim() === '') {
      say(
        issues,
        index,
        'missing-title',
        'åtgärden saknas; raden läses inte in.',
        'the activity (title) is missing; the row is not read.',
        header('title'),
      );
      continue;
    }
    const id = columnAt.has('id') ? get('id').trim() : String(number);
    if (id === '') {
      say(
        issues,
        index,
        'invalid-id',
        'id saknas; raden läses inte in.',
        'the id is missing; the row is not read.',
        header('id'),
      );
      continue;
    }
    if (!Id.safeParse(id).success) {
      say(
        issues,
        index,
        'invalid-id',
        `"${id}" är ingen giltig id (bokstäver, siffror, "-", "_", "."); raden läses inte in.`,
        `"${id}" is not a valid id (letters, digits, "-", "_", "."); the row is not read.`,
        header('id'),
      );
      continue;
    }
    const seen = ids.get(id);
    if (seen !== undefined) {
      say(
        issues,
        index,
        'duplicate-id',
        `id "${id}" finns redan på rad ${at(seen).row}; raden läses inte in.`,
        `the id "${id}" is already used in row ${at(seen).row}; the row is not read.`,
        header('id'),
      );
      continue;
    }
    const sourceId = get('source').trim();
    if (sourceId !== '' && !Id.safeParse(sourceId).success) {
      say(
        issues,
        index,
        'invalid-source',
        `"${sourceId}" är ingen giltig käll-id; raden läses inte in.`,
        `"${sourceId}" is not a valid source id; the row is not read.`,
        header('source'),
      );
      continue;
    }
    ids.set(id, index);

    const actorsIn = (column: 'lead' | 'involved'): string[] => {
      const out: string[] = [];
      for (const name of get(column)
        .split(/[,\r\n]/u)
        .map((n) => n.trim())
        .filter((n) => n !== '')) {
        const match = findActor(name);
        if (match.kind === 'plan' || match.kind === 'registry') {
          out.push(match.id);
          if (match.kind === 'registry') {
            say(
              warnings,
              index,
              'registry-actor',
              `"${name}" är inte med bland planens aktörer; registrets "${match.id}" används (lägg till den i planen, t.ex. med withRegistryActors).`,
              `"${name}" is not among the plan's actors; the registry's "${match.id}" is used (add it to the plan, e.g. with withRegistryActors).`,
              header(column),
            );
          }
        } else if (match.kind === 'ambiguous') {
          say(
            issues,
            index,
            'ambiguous-actor',
            `"${name}" kan vara flera aktörer (${quoteList(match.ids)}); skriv id.`,
            `"${name}" could be several actors (${quoteList(match.ids)}); write the id.`,
            header(column),
          );
        } else {
          say(
            issues,
            index,
            'unknown-actor',
            `aktören "${name}" finns inte i planen; raden läses in utan den.`,
            `the actor "${name}" is not in the plan; the row is read without it.`,
            header(column),
          );
        }
      }
      return out;
    };
    const localized = (sv: string, en: string) => (en.trim() === '' ? sv : { sv, en });

    const activity: Record<string, unknown> = { id };
    const goalName = get('goal').trim();
    if (goalName !== '') {
      const goal = findGoal(goalName);
      if (goal === undefined) {
        say(
          issues,
          index,
          'unknown-goal',
          `området "${goalName}" finns inte i planen; raden läses in utan det.`,
          `the goal "${goalName}" is not in the plan; the row is read without it.`,
          header('goal'),
        );
      } else activity.goal = goal;
    }
    activity.title = localized(titleSv, get('titleEn'));
    const description = get('description');
    if (description.trim() !== '') activity.description = localized(description, get('descriptionEn'));
    activity.lead = actorsIn('lead');
    activity.involved = isSamtliga(get('involved')) ? 'all' : actorsIn('involved');
    const responsibilityText = get('responsibilityText');
    if (responsibilityText.trim() !== '') activity.responsibilityText = responsibilityText;
    const schedule = get('schedule');
    if (schedule.trim() !== '') activity.schedule = schedule;
    if (sourceId !== '') activity.source = sourceId;

    const parsed = Activity.safeParse(activity);
    if (!parsed.success) {
      say(
        issues,
        index,
        'invalid-row',
        'raden kan inte läsas in som en åtgärd.',
        'the row cannot be read as an activity.',
      );
      continue;
    }
    activities.push(parsed.data);
  }
  return issues.length > 0 ? fail(activities) : { success: true, data: activities, warnings };
}

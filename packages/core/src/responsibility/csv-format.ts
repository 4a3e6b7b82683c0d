/**
 * The CSV format of a plan's activities: its columns and their Swedish and English headers,
 * and the guard against spreadsheet formulas. Excel-compatible: semicolon-separated, UTF-8
 * with a byte-order mark, CRLF line ends.
 * @module
 */
import type { Language } from '../i18n/text.js';

/**
 * The columns, in the order they are written. The first six are always written; the others
 * only when some activity uses them (or on request), so that nothing is lost on the way back.
 */
export const CSV_COLUMNS = [
  'id',
  'goal',
  'title',
  'lead',
  'involved',
  'schedule',
  'titleEn',
  'description',
  'descriptionEn',
  'responsibilityText',
  'source',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns every export has. */
export const CSV_BASIC_COLUMNS: readonly CsvColumn[] = ['id', 'goal', 'title', 'lead', 'involved', 'schedule'];

/** The headers written on export, per language. */
export const CSV_HEADERS: Record<Language, Record<CsvColumn, string>> = {
  sv: {
    id: 'Id',
    goal: 'Område',
    title: 'Åtgärd',
    lead: 'Huvudansvarig',
    involved: 'Andra berörda aktörer',
    schedule: 'Tidplan',
    titleEn: 'Åtgärd (engelska)',
    description: 'Beskrivning',
    descriptionEn: 'Beskrivning (engelska)',
    responsibilityText: 'Ansvar enligt dokumentet',
    source: 'Källa',
  },
  en: {
    id: 'Id',
    goal: 'Goal',
    title: 'Activity',
    lead: 'Lead',
    involved: 'Other actors involved',
    schedule: 'Schedule',
    titleEn: 'Activity (English)',
    description: 'Description',
    descriptionEn: 'Description (English)',
    responsibilityText: 'Responsibility as printed',
    source: 'Source',
  },
};

/** Further headers accepted on import: the documents' own column names, and common variants. */
const HEADER_ALIASES: Record<CsvColumn, readonly string[]> = {
  id: ['nr', 'nummer', 'id-nummer', 'ref'],
  goal: ['målsättning', 'mål', 'strategiskt område', 'area', 'objective'],
  title: ['åtgärder', 'aktivitet', 'aktiviteter', 'hur', 'action', 'title'],
  lead: ['huvudansvarig för åtgärd', 'huvudansvarig för aktivitet', 'ansvarig', 'ansvariga', 'responsible'],
  involved: ['berörda aktörer', 'övriga berörda aktörer', 'andra aktörer', 'involved', 'other actors'],
  schedule: ['tidplan för genomförande', 'tidsplan', 'tid', 'när', 'timeline', 'when'],
  titleEn: ['title (english)'],
  description: ['beskrivning (svenska)'],
  descriptionEn: [],
  responsibilityText: ['ansvar', 'ansvar (text)', 'responsibility'],
  source: ['källa (id)'],
};

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('sv');

const HEADER_INDEX = new Map<string, CsvColumn>();
for (const column of CSV_COLUMNS) {
  for (const name of [CSV_HEADERS.sv[column], CSV_HEADERS.en[column], ...HEADER_ALIASES[column]]) {
    if (!HEADER_INDEX.has(fold(name))) HEADER_INDEX.set(fold(name), column);
  }
}

/**
 * The column a header names, in Swedish or English or as the documents print it
 * ("Huvudansvarig för åtgärd", "Hur"), ignoring case and spaces.
 *
 * @example
 * csvColumnOf('Tidplan för genomförande'); // 'schedule'
 * csvColumnOf('Other actors involved');    // 'involved'
 * csvColumnOf('Kommentar');                // undefined
 */
export function csvColumnOf(header: string): CsvColumn | undefined {
  return HEADER_INDEX.get(fold(header));
}

/** A cell that a spreadsheet would run as a formula starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Guards a cell against being run as a formula when the file is opened in a spreadsheet
 * (CSV injection): a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets an
 * apostrophe in front, and so does a text that already starts with an apostrophe followed by
 * one of those or by another apostrophe, so that {@link unescapeCsvCell} gives back exactly
 * the original.
 *
 * @example
 * escapeCsvCell('=SUMMA(A1)'); // "'=SUMMA(A1)"
 * escapeCsvCell('KS');         // 'KS'
 */
export function escapeCsvCell(text: string): string {
  return FORMULA_START.test(text) || /^'[=+\-@\t\r']/u.test(text) ? `'${text}` : text;
}

/**
 * Undoes {@link escapeCsvCell}: drops an apostrophe in front of a formula character or of
 * another apostrophe.
 *
 * @example
 * unescapeCsvCell("'=SUMMA(A1)"); // '=SUMMA(A1)'
 * unescapeCsvCell("'Nya vägar'"); // "'Nya vägar'"
 */
export function unescapeCsvCell(text: string): string {
  return /^'[=+\-@\t\r']/u.test(text) ? text.slice(1) : text;
}

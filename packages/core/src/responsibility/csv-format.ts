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

/** The text encodings that {@link decodeCsvBytes} tells apart. */
export const CSV_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** What a CSV reader is given: the file's text, or its bytes (`await file.arrayBuffer()`, `readFileSync(path)`). */
export type CsvInput = string | Uint8Array | ArrayBuffer;

/** A CSV file's text, and the encoding its bytes were read in (`undefined` when given text). */
export interface DecodedCsv {
  /** The text, without a byte-order mark. */
  text: string;
  encoding: CsvEncoding | undefined;
}

/**
 * Windows-1252's bytes 0x80–0x9F. The WHATWG Encoding Standard maps them to these characters,
 * and browsers do; Node 20's `TextDecoder('windows-1252')` decodes them as the C1 control
 * characters U+0080–U+009F instead (checked on Node 20.20), which would turn Excel's "–", "’",
 * "”" and "€" into invisible controls. A CSV file has no use for C1 controls, so they are mapped
 * here after decoding; where the platform already decodes correctly this changes nothing.
 * The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

const decode = (label: string, bytes: Uint8Array, fatal = false): string =>
  new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);

/**
 * Reads a CSV file's bytes into text, telling the encodings apart that spreadsheets save:
 * UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), UTF-8 without one, UTF-16 with a
 * byte-order mark (Excel's "Unicode-text"), and otherwise Windows-1252 — what Excel on Swedish
 * Windows writes for "CSV (semikolonavgränsad)". Bytes that are valid UTF-8 are read as UTF-8
 * (a Windows-1252 file with "å", "ä" or "ö" is practically never valid UTF-8); the rest as
 * Windows-1252, in which every byte is a character, so nothing is lost. Uses the platform's
 * `TextDecoder`; no library. Given text, gives it back without its byte-order mark.
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0xc5, 0x74, 0x67, 0xe4, 0x72, 0x64])); // { text: 'Åtgärd', encoding: 'windows-1252' }
 * decodeCsvBytes(readFileSync('plan.csv'));                             // { text: '…', encoding: 'utf-8-bom' }
 */
export function decodeCsvBytes(input: CsvInput): DecodedCsv {
  if (typeof input === 'string')
    return { text: input.startsWith('\uFEFF') ? input.slice(1) : input, encoding: undefined };
  // `isView` rather than `instanceof`: bytes from another realm (an iframe, a worker) count too.
  const bytes = ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    const text = decode('windows-1252', bytes).replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
    return { text, encoding: 'windows-1252' };
  }
}

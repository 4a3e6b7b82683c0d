/**
 * Reading CSV records so that one bad row does not take the rest with it: a record with
 * broken quotes is reported, and reading starts again on the next line of the file (papaparse
 * alone would read everything after an unclosed quote as one field).
 * @module
 */
import Papa from 'papaparse';

export interface CsvRecord {
  fields: string[];
  /** Why the record could not be read (broken quotes). */
  malformed?: string;
}

const LINE_BREAK = /\r\n|\r|\n/u;

/**
 * The records of a CSV text, in order, blank lines included (as `['']`), so that a record's
 * index + 1 is its row as a spreadsheet numbers it.
 *
 * @example
 * readCsvRecords('a;b\r\n"x;1\r\nc;d\r\n', ';');
 * // [{ fields: ['a', 'b'] }, { fields: [...], malformed: 'Quoted field unterminated' }, { fields: ['c', 'd'] }]
 */
export function readCsvRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let offset = 0;
  let newline: string | undefined;
  while (offset < text.length) {
    const base = offset;
    let cursor = 0;
    let failedAt: number | undefined;
    Papa.parse<string[]>(text.slice(offset), {
      delimiter,
      ...(newline ? { newline: newline as '\r\n' } : {}),
      step: (result, parser) => {
        newline ??= result.meta.linebreak;
        const start = base + cursor;
        cursor = result.meta.cursor;
        const quotes = result.errors.find((e) => e.type === 'Quotes');
        if (quotes) {
          records.push({ fields: result.data, malformed: quotes.message });
          failedAt = start;
          parser.abort();
          return;
        }
        records.push({ fields: result.data });
      },
    });
    if (failedAt === undefined) break;
    const rest = text.slice(failedAt);
    const end = LINE_BREAK.exec(rest);
    if (!end) break;
    offset = failedAt + end.index + end[0].length;
  }
  // A final line break gives no record; an empty text none at all.
  return records;
}

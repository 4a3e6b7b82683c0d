/**
 * Reading input files and writing output, with one-line errors that name the file and the
 * problem; progress on a terminal only.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import jsonc from 'jsonc-parser';
import type { Bilingual, Language } from '@asf-kit/core';
import { CliError } from './errors.js';

/** Where a command writes, and how it speaks. */
export interface Io {
  lang: Language;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** Picks the text in the language spoken. */
export const say = (io: Pick<Io, 'lang'>, text: Bilingual): string => text[io.lang];

function fileError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new CliError({ sv: `${file}: filen finns inte.`, en: `${file}: no such file.` });
    case 'EISDIR':
      return new CliError({ sv: `${file}: är en mapp, inte en fil.`, en: `${file}: is a folder, not a file.` });
    case 'EACCES':
    case 'EPERM':
      return new CliError({ sv: `${file}: saknar behörighet att läsa filen.`, en: `${file}: permission denied.` });
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new CliError({ sv: `${file}: kan inte läsas (${detail}).`, en: `${file}: cannot be read (${detail}).` });
    }
  }
}

/** A file's bytes; `-` is standard input. */
export function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw fileError(file === '-' ? '(stdin)' : file, error);
  }
}

/** A file's text, read as UTF-8 without a byte-order mark. */
export function readText(file: string): string {
  const text = new TextDecoder('utf-8').decode(readBytes(file));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Line and column (from 1) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/u);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** jsonc-parser's error codes, said for people. */
const JSON_ERRORS: Record<string, Bilingual> = {
  InvalidSymbol: { sv: 'ogiltigt tecken', en: 'invalid character' },
  InvalidNumberFormat: { sv: 'ogiltigt tal', en: 'invalid number' },
  PropertyNameExpected: { sv: 'fältnamn väntades', en: 'property name expected' },
  ValueExpected: { sv: 'ett värde väntades', en: 'value expected' },
  ColonExpected: { sv: 'kolon väntades', en: 'colon expected' },
  CommaExpected: { sv: 'komma väntades', en: 'comma expected' },
  CloseBraceExpected: { sv: '"}" väntades', en: '"}" expected' },
  CloseBracketExpected: { sv: '"]" väntades', en: '"]" expected' },
  EndOfFileExpected: { sv: 'filens slut väntades', en: 'end of file expected' },
  InvalidCommentToken: { sv: 'kommentarer är inte tillåtna i JSON', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { sv: 'kommentaren tar inte slut', en: 'unexpected end of comment' },
  UnexpectedEndOfString: {
    sv: 'texten tar inte slut (citattecken saknas)',
    en: 'unexpected end of string (a quote is missing)',
  },
  UnexpectedEndOfNumber: { sv: 'talet tar inte slut', en: 'unexpected end of number' },
  InvalidUnicode: { sv: 'ogiltig Unicode-sekvens', en: 'invalid Unicode sequence' },
  InvalidEscapeCharacter: { sv: 'ogiltig escape-sekvens', en: 'invalid escape character' },
  InvalidCharacter: { sv: 'ogiltigt tecken i texten', en: 'invalid character in string' },
};

/** The first syntax error in JSON text, with its line and column, found by jsonc-parser in strict mode. */
function jsonSyntaxError(text: string): { line: number; column: number; what: Bilingual } | undefined {
  const errors: jsonc.ParseError[] = [];
  jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const code = jsonc.printParseErrorCode(first.error);
  return { ...lineColumn(text, first.offset), what: JSON_ERRORS[code] ?? { sv: code, en: code } };
}

/** The line (from 1) where the value at a JSON path starts, or where its nearest present parent does. */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  const tree = jsonc.parseTree(text);
  if (!tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = jsonc.findNodeAtLocation(tree, path.slice(0, n));
    if (node) return lineColumn(text, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
  }
  return undefined;
}

/** Parses JSON text; malformed JSON is a one-line error naming the file, line and column. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (text.trim() === '') {
      return failJson(file, {
        sv: 'filen är tom; den ska innehålla JSON.',
        en: 'the file is empty; it should hold JSON.',
      });
    }
    const at = jsonSyntaxError(text);
    if (at) {
      return failJson(file, {
        sv: `är inte giltig JSON: ${at.what.sv} på rad ${at.line}, kolumn ${at.column}.`,
        en: `is not valid JSON: ${at.what.en} at line ${at.line}, column ${at.column}.`,
      });
    }
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ');
    return failJson(file, { sv: `är inte giltig JSON: ${detail}`, en: `is not valid JSON: ${detail}` });
  }
}

function failJson(file: string, text: Bilingual): never {
  throw new CliError({ sv: `${file}: ${text.sv}`, en: `${file}: ${text.en}` });
}

/** Reads and parses a JSON file. */
export function readJson(file: string): unknown {
  return parseJson(file, readText(file));
}

/** Writes the output to a file, or to standard output when there is no file (or `-`). */
export function writeOutput(io: Io, file: string | undefined, text: string): void {
  if (file === undefined || file === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (error) {
    const detail =
      (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError({ sv: `${file}: kan inte skrivas (${detail}).`, en: `${file}: cannot be written (${detail}).` });
  }
}

/** A note for a person (progress, what was kept): to standard error, so that standard output stays data. */
export function note(io: Io, text: Bilingual): void {
  io.stderr.write(`${say(io, text)}\n`);
}

/**
 * Progress for long work: shown on a terminal (standard error is a TTY), quiet when piped or
 * redirected, so that logs and pipelines get only results. Overwrites its own line.
 */
export function progress(io: Io): { update(text: Bilingual): void; done(): void } {
  const on = io.stderr.isTTY === true && io.env.CI === undefined;
  let shown = false;
  return {
    update(text) {
      if (!on) return;
      io.stderr.write(`\r\u001b[2K${say(io, text)}`);
      shown = true;
    },
    done() {
      if (on && shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}

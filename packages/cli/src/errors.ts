/**
 * Exit codes and the one error type the commands throw for what a user got wrong.
 * @module
 */
import type { Bilingual } from '@asf-kit/core';

/**
 * The exit codes, the same for every command:
 * - `0` everything is fine (a valid plan, every case eligible, the file written);
 * - `1` findings: the input was read, and something in it needs a person (an invalid plan,
 *   a case that is not eligible or needs review, a CSV row that could not be read);
 * - `2` usage or input error: a wrong flag or command, a missing or unreadable file, JSON that
 *   does not parse, Kolada not answering — nothing could be checked.
 */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem the user can fix: a wrong flag, a missing file, unreadable JSON. Printed as one
 * line (no stack trace unless `--debug`) and ends the command with exit code 2.
 */
export class CliError extends Error {
  readonly text: Bilingual;
  readonly exitCode: ExitCode;
  constructor(text: Bilingual, exitCode: ExitCode = EXIT.error) {
    super(text.en);
    this.name = 'CliError';
    this.text = text;
    this.exitCode = exitCode;
  }
}

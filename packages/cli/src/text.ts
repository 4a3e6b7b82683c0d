/**
 * Small text helpers shared by the commands.
 * @module
 */
import { formatPath, type Bilingual } from '@asf-kit/core';

/**
 * An issue's message without the leading "path: " that core puts in front, for when the place
 * is printed separately (as a JSON Pointer or a row number).
 */
export function withoutPath(message: string, path: readonly (string | number)[]): string {
  if (path.length === 0) return message;
  const prefix = `${formatPath(path)}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** Both languages of a message at once. */
export const both = (sv: string, en: string): Bilingual => ({ sv, en });

/**
 * GitHub Actions workflow command escaping: data escapes `%`, CR and LF; property values
 * also `:` and `,` (as @actions/core does).
 */
export const escapeData = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

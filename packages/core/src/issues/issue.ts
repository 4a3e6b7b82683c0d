/**
 * The one issue model of the core: every problem found in a document (a plan, facts, Kolada
 * data, a responsibility table) says where (`path`, `pointer`), what kind (`code`) and what is
 * wrong in Swedish and English (`message`). Each domain narrows `code` to its own list.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import { formatPath } from '../plan/paths.js';
import { toPointer } from '../plan/issue-text.js';

/** A path of keys and indexes from a document's root: `['indicators', 2, 'target']`. */
export type IssuePath = (string | number)[];

/**
 * What every issue has, whether or not its place is a JSON path: the kind and the message. A CSV
 * issue names a row and a column instead of a path, so it extends this alone.
 */
export interface IssueMessage<Code extends string = string> {
  code: Code;
  /** What is wrong, in Swedish and English. */
  message: Bilingual;
}

/** One problem in a document, at a JSON path. */
export interface Issue<Code extends string = string> extends IssueMessage<Code> {
  /** Where: the path of keys and indexes from the document root. */
  path: IssuePath;
  /** The same place as a JSON Pointer (RFC 6901), e.g. `/indicators/2/target/value`. */
  pointer: string;
}

/**
 * Builds an issue whose message starts with the path for people (`indicators[2].target: …`);
 * an issue at the root (empty path) keeps the message as given.
 */
export function pathIssue<Code extends string>(path: IssuePath, code: Code, sv: string, en: string): Issue<Code> {
  if (path.length === 0) return { path, pointer: '', code, message: { sv, en } };
  const at = formatPath(path);
  return { path, pointer: toPointer(path), code, message: { sv: `${at}: ${sv}`, en: `${at}: ${en}` } };
}

/** Builds an issue with the message exactly as given. */
export function plainIssue<Code extends string>(path: IssuePath, code: Code, sv: string, en: string): Issue<Code> {
  return { path, pointer: toPointer(path), code, message: { sv, en } };
}

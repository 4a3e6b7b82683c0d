/**
 * Paths of problems in documents, for people. Kept apart from the parser so that code which
 * only shows problems does not pull in the schemas.
 * @module
 */

/**
 * Formats a path for people: `indicators[2].target.value`.
 *
 * @example
 * formatPath(['indicators', 2, 'target', 'value']); // 'indicators[2].target.value'
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(dokumentet / the document)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

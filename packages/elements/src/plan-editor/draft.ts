/**
 * The plan being edited, as plain JSON: reading and writing at a path without ever mutating a
 * value (each edit makes a new object that shares what did not change, so that the undo
 * history can keep every state cheaply). The draft may be invalid at any time; `parsePlan` says
 * where.
 * @module
 */

/** A JSON value as the editor holds it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** A plan document being edited: a JSON object that need not be a valid plan yet. */
export type Draft = { [key: string]: Json };
/** A path of keys and indexes from the root of the draft: `['indicators', 2, 'target']`. */
export type DraftPath = readonly (string | number)[];

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `path`, or `undefined` when the path leads nowhere. */
export function getAt(root: Json | undefined, path: DraftPath): Json | undefined {
  let here: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(here) && typeof key === 'number') here = here[key];
    else if (isObject(here) && typeof key === 'string') here = here[key];
    else return undefined;
  }
  return here;
}

/**
 * A copy of `root` with `value` at `path` (objects and lists on the way are created as
 * needed); `undefined` removes the key, or the item of a list. An object left empty by a removal
 * is removed too, except the root and lists.
 */
export function setAt<T extends Json>(root: T, path: DraftPath, value: Json | undefined): T {
  if (path.length === 0) return (value ?? root) as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const child = getAt(root, [key]);
  const next =
    rest.length === 0 ? value : setAt((child ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
  const emptyObject = rest.length > 0 && isObject(next) && Object.keys(next).length === 0;
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = root.slice();
    if (next === undefined) copy.splice(key, 1);
    else copy[key] = next;
    return copy as T;
  }
  const copy: { [key: string]: Json } = isObject(root) ? { ...root } : {};
  if (next === undefined || emptyObject) delete copy[String(key)];
  else copy[String(key)] = next;
  return copy as T;
}

/** A copy of `root` with `item` appended to the list at `path` (created when absent). */
export function appendAt<T extends Json>(root: T, path: DraftPath, item: Json): T {
  const list = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** A copy of `root` with item `from` of the list at `path` moved to index `to`. */
export function moveAt<T extends Json>(root: T, path: DraftPath, from: number, to: number): T {
  const list = getAt(root, path);
  if (!Array.isArray(list) || from < 0 || to < 0 || from >= list.length || to >= list.length) return root;
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as Json);
  return setAt(root, path, copy);
}

/** A JSON Pointer (RFC 6901) for a path: `['indicators', 2]` → `/indicators/2`. */
export function pointerOf(path: DraftPath): string {
  return path.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * An id that no item of `items` has yet: `base-1`, `base-2`, … (ids of new goals, activities
 * and indicators; the user may change them).
 */
export function freshId(items: Json | undefined, base: string): string {
  const taken = new Set(
    (Array.isArray(items) ? items : []).map((i) => (isObject(i) && typeof i['id'] === 'string' ? i['id'] : '')),
  );
  let n = (Array.isArray(items) ? items.length : 0) + 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Whether `value` is a JSON object (not a list, not null). */
export { isObject };

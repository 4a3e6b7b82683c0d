/**
 * Autosave: the draft kept in the browser's IndexedDB through idb-keyval (a small, well-kept
 * wrapper), one entry per `storage-key`, offered back after a reload or a crash. Every call
 * settles: where IndexedDB is missing or refuses (private mode, a full disk) the draft is not
 * kept, and the editor says so instead of failing.
 * @module
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Draft } from './draft.js';

/** What is kept: the draft and when it was saved (ISO date-time). */
export interface StoredDraft {
  draft: Draft;
  savedAt: string;
}

let store: UseStore | undefined;
function drafts(): UseStore {
  store ??= createStore('asf-plan-editor', 'drafts');
  return store;
}

const isStoredDraft = (v: unknown): v is StoredDraft =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as StoredDraft).savedAt === 'string' &&
  typeof (v as StoredDraft).draft === 'object' &&
  (v as StoredDraft).draft !== null;

/** Saves the draft under `key`; resolves `false` when the browser would not keep it. */
export async function saveDraft(key: string, draft: Draft, now = new Date()): Promise<boolean> {
  try {
    await set(key, { draft, savedAt: now.toISOString() } satisfies StoredDraft, drafts());
    return true;
  } catch {
    return false;
  }
}

/** The draft saved under `key`, or `undefined` when there is none (or it cannot be read). */
export async function loadDraft(key: string): Promise<StoredDraft | undefined> {
  try {
    const value: unknown = await get(key, drafts());
    return isStoredDraft(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the draft saved under `key`. */
export async function clearDraft(key: string): Promise<void> {
  try {
    await del(key, drafts());
  } catch {
    // Nothing kept, nothing to forget.
  }
}

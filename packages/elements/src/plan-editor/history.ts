/**
 * Undo and redo over whole drafts. Typing in one field is one step: edits with the same `key`
 * in a row (the field being typed in) replace the newest step instead of adding one, until
 * {@link EditHistory.seal} is called (the field lost focus, or another kind of edit came).
 * @module
 */
import type { Draft } from './draft.js';

/** How many steps are kept; older steps are forgotten. */
export const HISTORY_LIMIT = 500;

export class EditHistory {
  private past: Draft[] = [];
  private future: Draft[] = [];
  private openKey: string | undefined;

  /** Records that `before` was the draft before an edit; `key` names the field being typed in. */
  record(before: Draft, key?: string): void {
    this.future = [];
    if (key !== undefined && key === this.openKey) return;
    this.past.push(before);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.openKey = key;
  }

  /** Ends the current typing step: the next edit of the same field is a step of its own. */
  seal(): void {
    this.openKey = undefined;
  }

  /** The draft before the newest step, or `undefined` when there is nothing to undo. */
  undo(current: Draft): Draft | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    this.openKey = undefined;
    return previous;
  }

  /** The draft after the step undone last, or `undefined` when there is nothing to redo. */
  redo(current: Draft): Draft | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    this.openKey = undefined;
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Forgets every step (a plan set from outside starts a new history). */
  clear(): void {
    this.past = [];
    this.future = [];
    this.openKey = undefined;
  }
}

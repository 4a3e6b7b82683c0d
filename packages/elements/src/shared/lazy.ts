/**
 * A module downloaded on first use: the plan parser, the rules engine, the welfare questions.
 * Bundlers put what it imports in a lazy chunk, so that a page downloads it only when needed.
 * @internal
 * @module
 */

/**
 * One lazily imported module, shared by every element on the page.
 *
 * `value` is the module once loaded (read it synchronously in `willUpdate`); `load()` starts the
 * import once and resolves to the module. A failed import is forgotten, so that the next `load()`
 * (a retry button) tries again. `importer` is the test seam: a test replaces it to simulate a
 * failed or slow download (before the first `load()`).
 *
 * @example
 * const rules = new LazyModule(() => import('./rules-loader.js'));
 * if (!rules.value) void rules.load().then(() => this.requestUpdate());
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  value: T | undefined;
  /** Whether the last import failed (until the next `load()`). */
  failed = false;
  private pending: Promise<T> | undefined;

  constructor(public importer: () => Promise<T>) {}

  /** Imports the module (once; again after a failure). */
  load(): Promise<T> {
    if (!this.pending) this.failed = false;
    return (this.pending ??= this.importer().then(
      (m) => {
        this.failed = false;
        return (this.value = m);
      },
      (e: unknown) => {
        this.pending = undefined;
        this.failed = true;
        throw e;
      },
    ));
  }
}

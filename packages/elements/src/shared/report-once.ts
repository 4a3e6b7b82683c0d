import type { ReactiveControllerHost } from 'lit';
import { AsfErrorEvent, type AsfLoadError } from './events.js';

/**
 * Fires one `asf-error` per problem an element shows: after each update it asks `problem` what
 * the element shows now, and fires when that is a problem other than the last one reported. A
 * problem that stays is not reported again; one that goes away and comes back is. Call it once,
 * in the element's constructor.
 * @internal
 *
 * @example
 * constructor() {
 *   super();
 *   reportOnce(this, () => problemOf(this.view));
 * }
 */
export function reportOnce(host: ReactiveControllerHost & HTMLElement, problem: () => AsfLoadError | undefined): void {
  let last = '';
  host.addController({
    hostUpdated() {
      const p = problem();
      const key = p ? p.message.en + (p.issues ?? []).map((i) => i.pointer).join() : '';
      if (key && key !== last) host.dispatchEvent(new AsfErrorEvent(p!));
      last = key;
    },
  });
}

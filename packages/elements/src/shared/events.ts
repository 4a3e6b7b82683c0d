import type { Bilingual, PlanIssue } from '@asf-kit/core';

/** Why an element could not show its data. */
export interface AsfLoadError {
  /** `network`: the request failed; `http`: the server answered with an error status;
   * `invalid`: the document is not a valid plan (see `issues`), or an attribute's value is not
   * understood (see `attribute`). */
  kind: 'network' | 'http' | 'invalid';
  /** The URL that was loaded. */
  url: string;
  /** The HTTP status, for `http`. */
  status?: number;
  /** The attribute (or property) whose value the element does not understand, for `invalid`. */
  attribute?: string;
  /** The validation issues, for `invalid`. */
  issues?: PlanIssue[];
  message: Bilingual;
}

/**
 * Fired when an element fails to load or validate its `src`, so that the host page can log or
 * report it. The element shows the problem itself too.
 */
export class AsfErrorEvent extends Event {
  static readonly eventName = 'asf-error';
  constructor(readonly error: AsfLoadError) {
    super(AsfErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asf-error': AsfErrorEvent;
  }
}

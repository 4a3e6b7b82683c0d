import type { CheckResult, EnterpriseFacts, WelfareOrganisationFacts } from '@asf-kit/core';

/** The facts the form asks for: an enterprise's, or (reserved welfare contract) an organisation's. */
export type EligibilityFacts = EnterpriseFacts & WelfareOrganisationFacts;

/** What `<asf-eligibility-check>` computed from the answers. */
export interface EligibilityResult {
  /** The answers as facts: "Vet inte" and empty fields are left out. */
  facts: EligibilityFacts;
  /** One result per check, in the order of the form: `asf`, then `reserved-contract` (or `reserved-welfare-contract` alone). */
  checks: CheckResult[];
}

/**
 * Fired by `<asf-eligibility-check>` when the user changes an answer and the new result has
 * been computed. Never fired for a change made by code (`.facts`, `check`, `profile`).
 */
export class AsfEligibilityChangeEvent extends Event {
  static readonly eventName = 'asf-eligibility-change';
  constructor(readonly result: EligibilityResult) {
    super(AsfEligibilityChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asf-eligibility-change': AsfEligibilityChangeEvent;
  }
}

import { AsfEligibilityCheck } from './eligibility-check.js';

export { AsfEligibilityCheck };

if (!customElements.get('asf-eligibility-check')) customElements.define('asf-eligibility-check', AsfEligibilityCheck);

declare global {
  interface HTMLElementTagNameMap {
    'asf-eligibility-check': AsfEligibilityCheck;
  }
}

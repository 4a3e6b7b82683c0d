/**
 * Test support for `<asf-eligibility-check>` (not built, not published): its parts, and answering
 * the form as a user does.
 */
import { oneEvent } from '@open-wc/testing';
import type { AsfEligibilityCheck, AsfEligibilityChangeEvent } from '../eligibility-check/eligibility-check.js';

/** The next asf-eligibility-change event (oneEvent is typed for CustomEvent). */
export const nextChange = (el: HTMLElement) => oneEvent<AsfEligibilityChangeEvent>(el, 'asf-eligibility-change');
export const root = (el: AsfEligibilityCheck) => el.shadowRoot!;
export const part = (el: AsfEligibilityCheck, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: AsfEligibilityCheck, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
export const radio = (el: AsfEligibilityCheck, name: string, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`)!;
export const field = (el: AsfEligibilityCheck, name: string) =>
  root(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

/** Clicks a radio button, as a user would, and waits for the new result. */
export async function choose(el: AsfEligibilityCheck, name: string, value: string): Promise<AsfEligibilityChangeEvent> {
  const changed = nextChange(el);
  radio(el, name, value).click();
  const event = await changed;
  await el.updateComplete;
  return event;
}

/** Types into a field (input and change, as a user leaving the field) and waits for the new result. */
export async function fill(el: AsfEligibilityCheck, name: string, value: string): Promise<AsfEligibilityChangeEvent> {
  const changed = nextChange(el);
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const event = await changed;
  await el.updateComplete;
  return event;
}

/**
 * The form of `<asf-plan-editor>`: every part of the plan, in the order of the plan format.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormFields } from './form-fields.js';
import {
  renderAdoption,
  renderNotes,
  renderOrganisation,
  renderPeriod,
  renderPlanPart,
  renderSources,
} from './form-plan.js';
import { renderActivities, renderActors, renderGoals, renderTargetGroups, type RegistryChoice } from './form-work.js';
import { renderIndicators } from './form-indicators.js';

/** The parts of the plan format that the editor does not show as fields, but keeps. */
const SHOWN_KEPT = ['responsibility', 'definitions'];

export function renderForm(f: FormFields, registry: RegistryChoice): TemplateResult {
  const kept = SHOWN_KEPT.filter((k) => {
    const v = f.draft[k];
    return v !== undefined && !(Array.isArray(v) && v.length === 0);
  });
  return html`
    ${renderPlanPart(f)} ${renderOrganisation(f)} ${renderPeriod(f)} ${renderAdoption(f)}
    ${renderSources(f)} ${renderNotes(f)} ${renderTargetGroups(f)} ${renderActors(f, registry)} ${renderGoals(f)}
    ${renderActivities(f)} ${renderIndicators(f)}
    ${kept.length > 0 ? html`<p class="hint">${f.tx('keptParts', kept.join(', '))}</p>` : nothing}
  `;
}

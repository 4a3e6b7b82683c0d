/**
 * The form of `<asf-plan-editor>`: every part of the plan, in the order of the plan format.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { FormFields } from './form-fields.js';
import {
  renderAdoption,
  renderDefinitions,
  renderNotes,
  renderOrganisation,
  renderPeriod,
  renderPlanPart,
  renderResponsibility,
  renderSources,
} from './form-plan.js';
import { renderActivities, renderActors, renderGoals, renderTargetGroups, type RegistryChoice } from './form-work.js';
import { renderIndicators } from './form-indicators.js';

export function renderForm(f: FormFields, registry: RegistryChoice): TemplateResult {
  return html`
    ${renderPlanPart(f)} ${renderOrganisation(f)} ${renderPeriod(f)} ${renderAdoption(f)} ${renderResponsibility(f)}
    ${renderSources(f)} ${renderDefinitions(f)} ${renderNotes(f)} ${renderTargetGroups(f)} ${renderActors(f, registry)}
    ${renderGoals(f)} ${renderActivities(f)} ${renderIndicators(f)}
  `;
}

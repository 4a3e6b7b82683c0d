import { AsfPlanEditor } from './plan-editor.js';

export { AsfPlanEditor };
export { AsfPlanExportEvent, type PlanExportFormat } from './events.js';

if (!customElements.get('asf-plan-editor')) customElements.define('asf-plan-editor', AsfPlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'asf-plan-editor': AsfPlanEditor;
  }
}

import { AsfPlanEditor } from './plan-editor.js';

export { AsfPlanEditor };
export { AsfPlanExportEvent, type PlanExportFormat } from './events.js';

// The preview shows the plan being edited with these elements, downloaded when it is opened.
AsfPlanEditor.loadPreview ??= () =>
  Promise.all([
    import('../scorecard/asf-scorecard.js'),
    import('../activity-table/asf-activity-table.js'),
    import('../responsibility-matrix/asf-responsibility-matrix.js'),
  ]);

if (!customElements.get('asf-plan-editor')) customElements.define('asf-plan-editor', AsfPlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'asf-plan-editor': AsfPlanEditor;
  }
}

/** What the user exported: the plan as JSON, its activities as CSV, or the plan (or the empty template) as an Excel workbook. */
export type PlanExportFormat = 'json' | 'csv' | 'xlsx';

/**
 * Fired when the user exports the plan (or its activities), before the file is downloaded.
 * Cancelable: a page that stores the plan itself calls `preventDefault()` and no file is
 * downloaded. `file` is the file, `text` its text (empty for a workbook), `fileName` the name
 * it would be saved under.
 */
export class AsfPlanExportEvent extends Event {
  static readonly eventName = 'asf-plan-export';
  constructor(
    readonly format: PlanExportFormat,
    readonly text: string,
    readonly fileName: string,
    readonly file: Blob,
  ) {
    super(AsfPlanExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asf-plan-export': AsfPlanExportEvent;
  }
}

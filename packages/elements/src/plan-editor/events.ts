/** What the user exported: the format and the file's text (a workbook's bytes for `xlsx`). */
export type PlanExportFormat = 'json' | 'csv';

/**
 * Fired when the user exports the plan (or its activities), before the file is downloaded.
 * Cancelable: a page that stores the plan itself calls `preventDefault()` and no file is
 * downloaded. `text` is the file's content, `fileName` the name it would be saved under.
 */
export class AsfPlanExportEvent extends Event {
  static readonly eventName = 'asf-plan-export';
  constructor(
    readonly format: PlanExportFormat,
    readonly text: string,
    readonly fileName: string,
  ) {
    super(AsfPlanExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asf-plan-export': AsfPlanExportEvent;
  }
}

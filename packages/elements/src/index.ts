/**
 * @asf-kit/elements — Lit web components for ASF plans. Importing this module registers
 * nothing; import `@asf-kit/elements/<element>/asf-<element>.js` (or the CDN bundle) to
 * define the tags.
 * @packageDocumentation
 */
export { AsfProgress } from './progress/progress.js';
export { AsfScorecard } from './scorecard/scorecard.js';
export { AsfStatusFilterChangeEvent, type StatusFilter } from './scorecard/events.js';
export {
  AsfEligibilityCheck,
  AsfEligibilityChangeEvent,
  type EligibilityResult,
  type EligibilityCheckKind,
} from './eligibility-check/eligibility-check.js';
export {
  AsfActivityTable,
  AsfSortChangeEvent,
  AsfFilterChangeEvent,
  ACTIVITY_TABLE_SORT_KEYS,
  type ActivityTableSortKey,
  type ActivityTableFilter,
  type SortDirection,
} from './activity-table/activity-table.js';
export { AsfResponsibilityMatrix } from './responsibility-matrix/responsibility-matrix.js';
export { AsfErrorEvent, type AsfLoadError } from './shared/events.js';
// The plan editor has its own entry (`plan-editor/asf-plan-editor.js`); its types only, so that
// nothing of it is bundled with the elements that show a gauge or a table.
export type { AsfPlanEditor } from './plan-editor/plan-editor.js';
export type { AsfPlanExportEvent, PlanExportFormat } from './plan-editor/events.js';

/**
 * @asf-kit/elements — Lit web components for ASF plans. Importing this module registers
 * nothing; import `@asf-kit/elements/<element>/asf-<element>.js` (or the CDN bundle) to
 * define the tags.
 *
 * The public names, grouped by concept. Every change here is a change of the public API: the
 * report packages/elements/api/elements.api.md must be updated with it, on purpose
 * (`UPDATE_API=1 node --import tsx --test scripts/test/elements-api.test.mjs`).
 * @packageDocumentation
 */

// The elements (classes, for typing and subclassing; the asf-*.js modules define the tags).
export { AsfProgress } from './progress/progress.js';
export { AsfScorecard } from './scorecard/scorecard.js';
export { AsfActivityTable } from './activity-table/activity-table.js';
export { AsfResponsibilityMatrix } from './responsibility-matrix/responsibility-matrix.js';
export { AsfEligibilityCheck } from './eligibility-check/eligibility-check.js';

// The events the elements fire, and what they carry.
export { AsfErrorEvent, type AsfLoadError } from './shared/events.js';
export { AsfStatusFilterChangeEvent } from './scorecard/events.js';
export { AsfSortChangeEvent, AsfFilterChangeEvent, type ActivityTableFilter } from './activity-table/events.js';
export {
  AsfEligibilityChangeEvent,
  type EligibilityFacts,
  type EligibilityResult,
} from './eligibility-check/events.js';

// The values attributes take (variants, kinds, sort keys), as lists and as union types.
export { PROGRESS_VARIANTS, type ProgressVariant } from './progress/progress.js';
export type { StatusFilter } from './scorecard/events.js';
export {
  ACTIVITY_TABLE_SORT_KEYS,
  SORT_DIRECTIONS,
  type ActivityTableSortKey,
  type SortDirection,
} from './activity-table/events.js';
export {
  ELIGIBILITY_CHECKS,
  ELIGIBILITY_PROFILES,
  type EligibilityCheckKind,
} from './eligibility-check/eligibility-check.texts.js';

// Server rendering: load the plan parser first, and a plan given as a property renders at once.
export { loadPlanParser } from './shared/plan-controller.js';

// The plan editor has its own entry (`plan-editor/asf-plan-editor.js`): its types only here, so
// that nothing of it is bundled with the elements that show a gauge or a table.
export type { AsfPlanEditor } from './plan-editor/plan-editor.js';
export type { AsfPlanExportEvent, PlanExportFormat } from './plan-editor/events.js';

/**
 * @asf-kit/elements — Lit web components for ASF plans. Importing this module registers
 * nothing; import `@asf-kit/elements/<element>/asf-<element>.js` (or the CDN bundle) to
 * define the tags.
 * @packageDocumentation
 */
export { AsfProgress } from './progress/progress.js';
export { AsfScorecard } from './scorecard/scorecard.js';
export { AsfStatusFilterChangeEvent, type StatusFilter } from './scorecard/events.js';
export { AsfEligibilityCheck, AsfEligibilityChangeEvent, type EligibilityResult, type EligibilityCheckKind } from './eligibility-check/eligibility-check.js';

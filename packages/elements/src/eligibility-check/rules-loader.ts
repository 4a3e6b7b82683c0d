/**
 * The rules engine for `<asf-eligibility-check>`, loaded on demand.
 *
 * The element never imports this module statically: it calls `import('./rules-loader.js')`
 * when the rules are first needed (the first answer, or preset facts). Bundlers then put
 * json-rules-engine and the rule sets in a lazy chunk, so that a page that only shows the form
 * downloads them when someone starts to answer.
 * @module
 */
export {
  checkAsfEligibility,
  checkReservedContract,
  checkReservedWelfareContract,
  // The names of criteria, verdicts and outcomes are needed only with a result: they come here.
  criterionLabel,
  OUTCOME_LABELS,
  VERDICT_LABELS,
} from '@asf-kit/core';
export { FIELD_NAMES, invalidVerdictReason } from './eligibility-check.result-texts.js';

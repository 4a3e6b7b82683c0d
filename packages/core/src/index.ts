/**
 * @asf-kit/core — plan data, eligibility rules, target-versus-outcome calculations and
 * responsibility matrices for arbetsintegrerande sociala företag (ASF). Pure TypeScript:
 * no DOM, no Lit.
 * @packageDocumentation
 */
export * from './plan/schema.js';
export * from './plan/parse-plan.js';
export * from './plan/json-schema.js';
export * from './plan/read-plan.js';
export * from './i18n/text.js';
export * from './responsibility/types.js';
export * from './responsibility/schedule.js';
export * from './responsibility/registry.js';
export * from './responsibility/resolve-actors.js';
export * from './responsibility/matrix.js';
export * from './responsibility/workload.js';
export * from './responsibility/activities-in-year.js';
export * from './responsibility/validate.js';
export * from './responsibility/actor-lookup.js';
export * from './responsibility/csv-format.js';
export * from './responsibility/csv-export.js';
export * from './responsibility/csv-import.js';
export * from './targets/index.js';
export * from './targets/kolada-client.js';
export * from './format/index.js';
export * from './rules/index.js';

/**
 * @asf-kit/core — plan data, eligibility rules, target-versus-outcome calculations and
 * responsibility matrices for arbetsintegrerande sociala företag (ASF). Pure TypeScript:
 * no DOM, no Lit.
 * @packageDocumentation
 */
export * from './plan/schema.js';
export * from './plan/parse-plan.js';
export * from './plan/json-schema.js';
export * from './i18n/text.js';

/**
 * Targets versus outcomes: evaluating indicators and plans at a date, rolling indicators up over
 * organisations, gender breakdowns and Kolada import. See `README.md` in this folder for what
 * the numbers mean.
 * @module
 */
export * from './status.js';
export * from './arithmetic.js';
export * from './evaluate-indicator.js';
export * from './evaluate-plan.js';
export * from './aggregate.js';
export * from './breakdown.js';
export * from './kolada.js';

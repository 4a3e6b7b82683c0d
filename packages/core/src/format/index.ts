/**
 * Formatting for people: numbers, percentages and one-sentence summaries, in Swedish and English.
 * @module
 */
export * from './number.js';
export * from './summary.js';

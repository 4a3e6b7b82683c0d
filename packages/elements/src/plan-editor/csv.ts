// Loaded on demand by <asf-plan-editor>: the activities CSV (papaparse) is only downloaded when
// the user exports or imports a CSV file.
export { activitiesToCsv, parseActivitiesCsv } from '@asf-kit/core';

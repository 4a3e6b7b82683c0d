// Loaded on demand by PlanController: the plan parser (zod/mini and the bilingual messages)
// is only downloaded by pages that load plans, not by a gauge fed by attributes.
export { parsePlan, parsePlanJson } from '@asf-kit/core';

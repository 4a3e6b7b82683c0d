/**
 * The check of an indicator object given to `<asf-progress>`, with the plan format's rules.
 * Part of the lazy plan parser chunk (parse-plan-loader.ts).
 * @internal
 * @module
 */
import { parsePlan, type IndicatorData, type PlanIssue } from '@asf-kit/core';

/** The result of {@link checkIndicator}: the indicator, or its problems with paths from the indicator. */
export type IndicatorCheck = { success: true; data: IndicatorData } | { success: false; issues: PlanIssue[] };

const checked = new WeakMap<object, IndicatorCheck>();

/**
 * Checks an indicator object with the plan format's rules (types, dates, outcome kinds, a
 * change target's baseline). References to the plan (`goal`, `source`) are not checked: there
 * is no plan to look them up in. The result is kept per object.
 */
export function checkIndicator(input: unknown): IndicatorCheck {
  if (input !== null && typeof input === 'object' && checked.has(input)) return checked.get(input)!;
  const bare =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? { ...input, goal: undefined, source: undefined }
      : input;
  const result = parsePlan({
    id: 'indicator',
    kind: 'follow-up',
    title: '–',
    organisation: { name: '–', type: 'other' },
    indicators: [bare],
  });
  let out: IndicatorCheck;
  if (result.success) {
    const goal = (input as { goal?: unknown }).goal;
    const source = (input as { source?: unknown }).source;
    // The parsed indicator (defaults filled in), with the references it was checked without.
    const data: IndicatorData = { ...result.data.indicators[0]! };
    if (typeof goal === 'string') data.goal = goal;
    if (typeof source === 'string') data.source = source;
    out = { success: true, data };
  } else {
    out = {
      success: false,
      issues: result.error.issues.map((i) => {
        const inside = i.path[0] === 'indicators' && i.path[1] === 0;
        const path = inside ? i.path.slice(2) : i.path;
        return { ...i, path, pointer: inside ? i.pointer.replace(/^\/indicators\/0/, '') : i.pointer };
      }),
    };
  }
  if (input !== null && typeof input === 'object') checked.set(input, out);
  return out;
}

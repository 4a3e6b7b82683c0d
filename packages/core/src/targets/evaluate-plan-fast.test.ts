// Issue 17: evaluatePlan groups indicators by goal in one pass and remembers day numbers; the
// results are those of the definition (each goal's indicators filtered from the plan's, in order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStatuses, evaluatePlan, groupProgress } from './evaluate-plan.js';
import { dayNumber } from './dates.js';
import type { PlanInput } from '../plan/schema.js';
// @ts-expect-error a plain .mjs module without types
import { regionPlan } from '../../../../bench/lib/plans.mjs';

/** The goals as defined: for each goal, the plan's indicators with its id, filtered in order. */
function goalsByDefinition(plan: PlanInput, asOf: string) {
  const r = evaluatePlan(plan, { asOf });
  const goals = (plan.goals ?? []).map((g) => {
    const indicators = r.indicators.filter((e) => e.goal === g.id);
    return {
      id: g.id,
      title: g.title,
      indicators,
      counts: countStatuses(indicators),
      progress: groupProgress(indicators),
    };
  });
  const known = new Set((plan.goals ?? []).map((g) => g.id));
  const rest = r.indicators.filter((e) => e.goal === null || !known.has(e.goal));
  if (rest.length > 0)
    goals.push({
      id: null as never,
      title: null as never,
      indicators: rest,
      counts: countStatuses(rest),
      progress: groupProgress(rest),
    });
  return goals;
}

test('the goals of the region and of a plan with a repeated goal id and unknown goals are as defined', () => {
  const region = regionPlan() as PlanInput;
  for (const asOf of ['2019-06-30', '2022-06-30', '2030-01-01'])
    assert.deepStrictEqual(evaluatePlan(region, { asOf }).goals, goalsByDefinition(region, asOf));
  const odd: PlanInput = {
    id: 'p',
    kind: 'action-plan',
    title: 'T',
    organisation: { name: 'O', type: 'municipality' },
    goals: [
      { id: 'g1', title: 'A' },
      { id: 'g2', title: 'B' },
      { id: 'g1', title: 'A again' },
    ],
    indicators: [
      { id: 'i1', goal: 'g1', title: 'x', direction: 'increase', outcomes: [{ date: '2020-01-01', value: 1 }] },
      { id: 'i2', goal: 'nope', title: 'y', direction: 'increase', outcomes: [] },
      { id: 'i3', title: 'z', direction: 'decrease', outcomes: [] },
      { id: 'i4', goal: 'g1', title: 'w', direction: 'increase', outcomes: [] },
    ],
  };
  const r = evaluatePlan(odd, { asOf: '2021-01-01' });
  assert.deepStrictEqual(r.goals, goalsByDefinition(odd, '2021-01-01'));
  assert.notEqual(r.goals[0]?.indicators, r.goals[2]?.indicators, 'each goal has its own list');
});

test('day numbers are the same the first time and after, for real and impossible dates, beyond the memory', () => {
  const fresh = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return undefined;
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const d = new Date(t);
    return d.getUTCFullYear() === Number(m[1]) &&
      d.getUTCMonth() === Number(m[2]) - 1 &&
      d.getUTCDate() === Number(m[3])
      ? t / 86_400_000
      : undefined;
  };
  const dates: string[] = ['2018-02-30', '2024-02-29', '2023-02-29', 'x', '1970-01-01'];
  for (let i = 0; i < 6000; i++) dates.push(new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10));
  for (let round = 0; round < 2; round++) for (const d of dates) assert.equal(dayNumber(d), fresh(d), d);
  assert.equal(dayNumber('2018-02-30'), undefined);
  assert.equal(dayNumber('1970-01-02'), 1);
});

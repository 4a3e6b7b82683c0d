import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PlanInput } from '../plan/schema.js';
import { countStatuses, evaluatePlan, groupProgress } from './evaluate-plan.js';

const plan = (): PlanInput => ({
  id: 'demo',
  kind: 'follow-up',
  title: 'Uppföljning',
  organisation: { name: 'Exempel', type: 'municipality' },
  period: { start: '2018-01-01', end: '2018-12-31' },
  goals: [
    { id: 'g1', title: 'Fler ASF' },
    { id: 'g2', title: 'Kunskap' },
    { id: 'g3', title: 'Tomt mål' },
  ],
  indicators: [
    {
      id: 'asf',
      goal: 'g1',
      title: 'Aktiva ASF',
      direction: 'increase',
      baseline: { value: 25, date: '2018-01-01' },
      target: { type: 'level', value: 30, date: '2018-12-31' },
      outcomes: [{ value: 28, date: '2018-12-31' }],
    },
    {
      id: 'emp',
      goal: 'g1',
      title: 'Anställda',
      direction: 'increase',
      baseline: { value: 190, date: '2018-01-01' },
      target: { type: 'level', value: 200, date: '2018-12-31' },
      outcomes: [{ value: 209, date: '2018-12-31' }],
    },
    {
      id: 'pol',
      goal: 'g2',
      title: 'Politiker',
      direction: 'increase',
      target: { type: 'level', value: 250, date: '2018-12-31' },
      outcomes: [{ value: 75, date: '2018-12-31', approximate: true }],
    },
    {
      id: 'edu',
      goal: 'g2',
      title: 'Utbildningar',
      direction: 'increase',
      outcomes: [{ value: 3, date: '2018-12-31' }],
    },
    {
      id: 'mid',
      title: 'Halvvägs',
      direction: 'increase',
      target: { type: 'level', value: 10, date: '2019-12-31' },
      outcomes: [{ value: 9, date: '2018-12-31' }],
    },
  ],
});

describe('evaluatePlan', () => {
  it('evaluates every indicator in order', () => {
    const r = evaluatePlan(plan(), { asOf: '2018-12-31' });
    assert.equal(r.planId, 'demo');
    assert.equal(r.asOf, '2018-12-31');
    assert.deepEqual(
      r.indicators.map((e) => [e.id, e.status]),
      [
        ['asf', 'not-achieved'],
        ['emp', 'achieved'],
        ['pol', 'not-achieved'],
        ['edu', 'not-assessable'],
        ['mid', 'on-track'],
      ],
    );
  });

  it('counts statuses for the plan and per goal', () => {
    const r = evaluatePlan(plan(), { asOf: '2018-12-31' });
    assert.deepEqual(r.counts, {
      achieved: 1,
      'on-track': 1,
      behind: 0,
      'not-achieved': 2,
      'not-assessable': 1,
      total: 5,
    });
    assert.deepEqual(
      r.goals.map((g) => [g.id, g.counts.total, g.counts.achieved]),
      [
        ['g1', 2, 1],
        ['g2', 2, 0],
        ['g3', 0, 0],
        [null, 1, 0],
      ],
    );
  });

  it('gives goal progress as the mean of progress capped at 1', () => {
    const r = evaluatePlan(plan(), { asOf: '2018-12-31' });
    const [g1, g2, g3, rest] = r.goals;
    assert.equal(g1?.progress.value, (0.6 + 1) / 2);
    assert.equal(g1?.progress.included, 2);
    assert.equal(g1?.progress.approximate, false);
    assert.ok(g1?.progress.method.sv.includes('högst 100 %'));
    assert.equal(g2?.progress.value, 0.3);
    assert.equal(g2?.progress.included, 1);
    assert.equal(g2?.progress.of, 2);
    assert.equal(g2?.progress.approximate, true);
    assert.equal(g3?.progress.value, null);
    assert.equal(rest?.progress.value, 0.9);
  });

  it('counts the elapsed time from the plan period when an indicator has no baseline date', () => {
    const r = evaluatePlan(plan(), { asOf: '2018-06-30' });
    const mid = r.indicators.find((e) => e.id === 'mid');
    assert.equal(mid?.outcome, null);
    const p = plan();
    p.indicators![4]!.outcomes = [{ value: 1, date: '2018-06-30' }];
    const late = evaluatePlan(p, { asOf: '2018-06-30' }).indicators[4];
    assert.equal(late?.start, '2018-01-01');
    assert.equal(late?.status, 'behind');
  });

  it('passes the tolerance on', () => {
    const p = plan();
    p.indicators![4]!.outcomes = [{ value: 2, date: '2018-12-31' }];
    assert.equal(evaluatePlan(p, { asOf: '2018-12-31' }).indicators[4]?.status, 'behind');
    assert.equal(evaluatePlan(p, { asOf: '2018-12-31', tolerance: 0.4 }).indicators[4]?.status, 'on-track');
  });

  it('puts indicators with an unknown goal with those without one', () => {
    const p = plan();
    p.indicators![0]!.goal = 'nope';
    const r = evaluatePlan(p, { asOf: '2018-12-31' });
    assert.deepEqual(
      r.goals.at(-1)?.indicators.map((e) => e.id),
      ['asf', 'mid'],
    );
  });

  it('handles a plan without indicators or goals', () => {
    const r = evaluatePlan(
      { id: 'x', kind: 'policy', title: 'P', organisation: { name: 'O', type: 'region' } },
      { asOf: '2020-01-01' },
    );
    assert.equal(r.counts.total, 0);
    assert.equal(r.progress.value, null);
    assert.deepEqual(r.goals, []);
  });
});

describe('groupProgress and countStatuses', () => {
  it('clips each progress to 0–1', () => {
    assert.equal(
      groupProgress([
        { progress: -2, approximate: false },
        { progress: 3, approximate: false },
      ]).value,
      0.5,
    );
  });
  it('counts', () => {
    assert.equal(countStatuses([{ status: 'behind' }, { status: 'behind' }]).behind, 2);
  });
});

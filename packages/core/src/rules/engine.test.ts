import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearRuleEngineCache, criteriaOf, evaluateRules, ruleEngineStats } from './engine.js';
import { PROFILES } from './parameters.js';

const hops = (n: number) => {
  let p: Promise<void> = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => undefined);
  return p;
};

test('overlapping runs on one engine each evaluate every rule (json-rules-engine keeps its run status on the engine)', async () => {
  // Without the queue, a run that starts just as another finishes sees the engine "finished"
  // and skips all its rules; some offset in this range hits that moment.
  for (let delay = 0; delay < 80; delay++) {
    const a = evaluateRules('reserved-contract', PROFILES.tillvaxtverket, { integrationIsMainPurpose: true });
    const b = hops(delay).then(() =>
      evaluateRules('reserved-contract', PROFILES.tillvaxtverket, { targetGroupShare: 0.5 }),
    );
    const [ra, rb] = await Promise.all([a, b]);
    assert.deepEqual(
      ra.map((e) => e.passed),
      [true, false],
      `run A, delay ${delay}`,
    );
    assert.deepEqual(
      rb.map((e) => e.passed),
      [false, true],
      `run B, delay ${delay}`,
    );
  }
});

test('criteriaOf lists the criteria in order and reuses the cached engine', () => {
  clearRuleEngineCache();
  assert.deepEqual(criteriaOf('target-group', PROFILES.tillvaxtverket), ['age', 'support-need']);
  assert.deepEqual(criteriaOf('target-group', { ...PROFILES.tillvaxtverket }), ['age', 'support-need']);
  assert.deepEqual(ruleEngineStats(), { builds: 1, cached: 1 });
});

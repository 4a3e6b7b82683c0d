// Runs the declarative cases in a real browser (web-test-runner, mocha globals): the rules,
// json-rules-engine (CommonJS, pre-bundled by the test server) and zod/mini all work there.
import { expect } from '@open-wc/testing';
import { RULE_CASES } from './cases.js';
import { checkEligibility } from './check.js';
import { clearRuleEngineCache, ruleEngineStats } from './engine.js';

describe('eligibility rules: declarative cases in the browser', () => {
  for (const c of RULE_CASES) {
    it(c.name, async () => {
      const r = await checkEligibility(c.check, c.facts, c.options);
      expect(r.verdict).to.equal(c.expected.verdict);
      expect(r.valid).to.equal(c.expected.valid ?? true);
      expect(Object.fromEntries(r.criteria.map((x) => [x.id, x.outcome]))).to.deep.equal(c.expected.criteria);
    });
  }

  it('reuses one engine for many checks', async () => {
    clearRuleEngineCache();
    for (let i = 0; i < 100; i++) {
      await checkEligibility('reserved-contract', {
        integrationIsMainPurpose: true,
        peopleWorking: 20,
        peopleWorkingFromTargetGroups: i % 21,
      });
    }
    expect(ruleEngineStats().builds).to.equal(1);
  });
});

/**
 * The JSON files that ship beside the code (`json/*.json`, `cases.json`) and what each must
 * contain. The tests compare every file with its source here; run them with
 * `ASF_WRITE_JSON=1` to rewrite the files after changing a rule or a case.
 * @module
 * @internal
 */
import { RULE_CASES } from './cases.js';
import { PROFILES } from './parameters.js';
import { asfRules, directAwardRules, reservedContractRules, targetGroupRules } from './rule-sets.js';
import { DIRECT_AWARD_THRESHOLDS } from './thresholds.js';

/** File path (relative to this folder) → the value it holds. */
export function jsonFiles(): Record<string, unknown> {
  return {
    'json/asf.sofisam.json': asfRules(PROFILES.sofisam),
    'json/asf.skoopi.json': asfRules(PROFILES.skoopi),
    'json/reserved-contract.sofisam.json': reservedContractRules(PROFILES.sofisam),
    'json/reserved-contract.skoopi.json': reservedContractRules(PROFILES.skoopi),
    'json/direct-award.json': directAwardRules(),
    'json/target-group.sofisam.json': targetGroupRules(PROFILES.sofisam),
    'json/direct-award-thresholds.json': DIRECT_AWARD_THRESHOLDS,
    'json/parameters.json': PROFILES,
    'cases.json': RULE_CASES,
  };
}

/** The text of a JSON file: two-space indent and a final newline. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * The JSON files that ship beside the code (`json/*.json`, `cases.json`) and what each must
 * contain. The tests compare every file with its source here; run them with
 * `ASF_WRITE_JSON=1` to rewrite the files after changing a rule or a case.
 * @module
 * @internal
 */
import { RULE_CASES } from './cases.js';
import { PROFILES } from './parameters.js';
import {
  asfRules,
  directAwardRules,
  reservedContractRules,
  reservedWelfareContractRules,
  targetGroupRules,
} from './rule-sets.js';
import { DIRECT_AWARD_THRESHOLDS } from './thresholds.js';

/** File path (relative to this folder) → the value it holds. */
export function jsonFiles(): Record<string, unknown> {
  return {
    'json/asf.tillvaxtverket.json': asfRules(PROFILES.tillvaxtverket),
    'json/asf.skoopi.json': asfRules(PROFILES.skoopi),
    'json/reserved-contract.json': reservedContractRules(PROFILES.tillvaxtverket),
    'json/reserved-welfare-contract.json': reservedWelfareContractRules(),
    'json/direct-award.json': directAwardRules(),
    'json/target-group.tillvaxtverket.json': targetGroupRules(PROFILES.tillvaxtverket),
    'json/direct-award-thresholds.json': DIRECT_AWARD_THRESHOLDS,
    'json/parameters.json': PROFILES,
    'cases.json': RULE_CASES,
  };
}

/** The text of a JSON file: two-space indent and a final newline. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

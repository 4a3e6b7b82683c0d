/**
 * Eligibility rules as data, with explanations: ASF (Sofisam), reserved contracts (LOU 4 kap.
 * 18 §), direct award (LOU) and the target group. See README.md in this folder.
 * @module
 */
export { ageOn } from './age.js';
export { checkAsfEligibility, checkDirectAward, checkEligibility, checkReservedContract, checkTargetGroup, CheckOptions } from './check.js';
export {
  deriveDirectAwardFacts,
  deriveEnterpriseFacts,
  derivePersonFacts,
  targetGroupShare,
} from './derive.js';
export { clearRuleEngineCache, ENGINE_CACHE_SIZE, ruleEngineStats } from './engine.js';
export {
  DirectAwardFacts,
  EnterpriseFacts,
  OrganisationNumber,
  PersonFacts,
  STAFF_PARTICIPATION,
  StaffParticipation,
  validateDirectAwardFacts,
  validateEnterpriseFacts,
  validatePersonFacts,
  type FactError,
  type FactValidation,
} from './facts.js';
export { renderReasonTemplate, type TemplateValues } from './format.js';
export { FACT_ISSUE_CODES, type FactIssue, type FactIssueCode } from './issues.js';
export { FACT_LABELS, STAFF_PARTICIPATION_LABELS, SUPPORT_NEED_LABELS } from './labels.js';
export {
  isOrganisationNumber,
  luhnControlDigit,
  ORGANISATION_NUMBER_ERRORS,
  parseOrganisationNumber,
  type OrganisationNumberError,
  type ParseOrganisationNumberResult,
} from './organisation-number.js';
export {
  DEFAULT_PARAMETERS,
  PROFILE_NAMES,
  PROFILES,
  ProfileName,
  resolveParameters,
  RuleParameterOverrides,
  RuleParameters,
} from './parameters.js';
export {
  CHECK_KINDS,
  CheckKind,
  CRITERION_IDS,
  CRITERION_OUTCOMES,
  CriterionOutcome,
  Verdict,
  VERDICTS,
  verdictOf,
  type CheckResult,
  type CriterionId,
  type CriterionResult,
} from './result.js';
export {
  ASF_RULES,
  ASF_RULES_SKOOPI,
  asfRules,
  DIRECT_AWARD_RULES,
  directAwardRules,
  RESERVED_CONTRACT_RULES,
  RESERVED_CONTRACT_RULES_SKOOPI,
  reservedContractRules,
  rulesFor,
  TARGET_GROUP_RULES,
  targetGroupRules,
  type CriterionEventParams,
  type CriterionRule,
  type RuleCondition,
} from './rule-sets.js';
export { RULE_SOURCES, RuleSource, type RuleSourceId } from './sources.js';
export { DIRECT_AWARD_THRESHOLDS, DirectAwardThreshold, mergeThresholds, thresholdOn } from './thresholds.js';
export { RULE_CASES, type RuleCase } from './cases.js';

/**
 * Eligibility rules as data, with explanations: ASF (Tillväxtverket's criteria), reserved
 * contracts (LOU 4 kap. 18 §), reserved welfare contracts (LOU 19 kap. 25 §), direct award (LOU)
 * and the target group. See README.md in this folder.
 * @module
 */
export { ageOn } from './age.js';
export {
  checkAsfEligibility,
  checkDirectAward,
  checkEligibility,
  checkReservedContract,
  checkReservedWelfareContract,
  checkTargetGroup,
  CheckOptions,
} from './check.js';
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
  PROFIT_USES,
  ProfitUse,
  STAFF_PARTICIPATION,
  StaffParticipation,
  validateDirectAwardFacts,
  validateEnterpriseFacts,
  validatePersonFacts,
  validateWelfareOrganisationFacts,
  WelfareOrganisationFacts,
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
  canonicalProfile,
  DEFAULT_PARAMETERS,
  PROFILE_ALIASES,
  PROFILE_INPUT_NAMES,
  PROFILE_NAMES,
  type CanonicalProfileName,
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
  RESERVED_WELFARE_CONTRACT_RULES,
  reservedContractRules,
  reservedWelfareContractRules,
  rulesFor,
  TARGET_GROUP_RULES,
  targetGroupRules,
  type CriterionEventParams,
  type CriterionRule,
  type RuleCondition,
} from './rule-sets.js';
export { RULE_SOURCES, RuleSource, type RuleSourceId } from './sources.js';
export {
  DIRECT_AWARD_SERVICES,
  DIRECT_AWARD_THRESHOLDS,
  DirectAwardServices,
  DirectAwardThreshold,
  lookupThreshold,
  mergeThresholds,
  THRESHOLD_COMPARISONS,
  ThresholdComparison,
  thresholdOn,
  type ThresholdLookup,
} from './thresholds.js';
export { RULE_CASES, type RuleCase } from './cases.js';

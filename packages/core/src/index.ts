/**
 * @asf-kit/core — plan data, eligibility rules, target-versus-outcome calculations and
 * responsibility matrices for arbetsintegrerande sociala företag (ASF). Pure TypeScript:
 * no DOM, no Lit.
 *
 * The public API is this explicit list, grouped by concept. Helpers that are not listed here are
 * internal: import them from their module inside the package. Any change to this list changes
 * `packages/core/api/core.api.md` and fails `src/public-api.test.ts` until the report is updated
 * deliberately (`UPDATE_API=1`).
 * @packageDocumentation
 */

// Texts in Swedish and English, and the language of a page.
export {
  type Bilingual,
  type Language,
  LANGUAGES,
  localize,
  localizedPart,
  type LocalizedPart,
  toLanguage,
} from './i18n/text.js';

// Issues: the one shape of every problem found in a document (path, pointer, code, message).
export { type Issue, type IssueMessage, type IssuePath } from './issues/issue.js';

// The plan format: zod schemas of every part and the types they infer.
export {
  Activity,
  Actor,
  ACTOR_TYPES,
  ActorType,
  Adoption,
  Baseline,
  Breakdown,
  ChangeTarget,
  Contact,
  Definition,
  Direction,
  DIRECTIONS,
  DirectionTarget,
  Goal,
  Id,
  Indicator,
  IsoDate,
  LevelTarget,
  LocalizedText,
  Measure,
  MEASURES,
  MilestoneTarget,
  Organisation,
  ORGANISATION_TYPES,
  OrganisationType,
  Outcome,
  PerArea,
  Period,
  Plan,
  PLAN_FORMAT_VERSION,
  PLAN_FORMAT_VERSIONS,
  PLAN_KINDS,
  type PlanFormatVersion,
  type PlanInput,
  PlanKind,
  Priority,
  RangeTarget,
  Responsibility,
  Source,
  SUPPORT_NEEDS,
  SupportNeed,
  Target,
  TARGET_TYPES,
  TargetGroup,
} from './plan/schema.js';

// Parsing plans: never throws; every problem as a bilingual issue with its path.
export {
  formatPlanIssues,
  parsePlan,
  parsePlanJson,
  type ParsePlanResult,
  PLAN_ISSUE_CODES,
  type PlanError,
  type PlanIssue,
  type PlanIssueCode,
} from './plan/parse-plan.js';
export { formatPath } from './plan/paths.js';
export { SENSIBLE_DATE_RANGE } from './plan/date-range.js';
export { planJsonSchema } from './plan/json-schema.js';
export { activityLeads, priorityParts, type PriorityParts } from './plan/read-plan.js';

// Targets versus outcomes: statuses, evaluation of indicators and plans, roll-ups, gender breakdowns.
export {
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUSES,
  type IndicatorStatus,
  NOT_ASSESSABLE_REASON_LABELS,
  NOT_ASSESSABLE_REASONS,
  type NotAssessableReason,
  type Trend,
  TREND_LABELS,
  TRENDS,
} from './targets/status.js';
export { computeAttainment, computeProgress, meetsTarget } from './targets/arithmetic.js';
export {
  type AreaEvaluation,
  type EvaluatedBaseline,
  type EvaluatedOutcome,
  type EvaluatedTarget,
  evaluateIndicator,
  type EvaluateOptions,
  type IndicatorData,
  type IndicatorEvaluation,
} from './targets/evaluate-indicator.js';
// Plain figures (a gauge's attributes) as one indicator, evaluated exactly as evaluateIndicator
// would, with only the code that case needs.
export { evaluateFigures, figuresToIndicator, type IndicatorFigures } from './targets/figures.js';
export {
  evaluatePlan,
  type EvaluatePlanOptions,
  type GoalEvaluation,
  GROUP_PROGRESS_METHOD,
  type GroupProgress,
  type PlanEvaluation,
  type StatusCounts,
} from './targets/evaluate-plan.js';
export {
  type AggregatedIndicator,
  aggregateIndicators,
  type AggregateOptions,
  type AggregateSource,
} from './targets/aggregate.js';
export { genderBreakdown, type GenderBreakdownResult, type GenderShares } from './targets/breakdown.js';

// Kolada: importing outcomes from Kolada data, and fetching it.
export {
  importKoladaOutcomes,
  isKoladaGroupId,
  KOLADA_ISSUE_CODES,
  KoladaData,
  KoladaDataPoint,
  type KoladaGroupValue,
  type KoladaImported,
  type KoladaImportOptions,
  type KoladaImportReport,
  type KoladaImportResult,
  type KoladaIssue,
  type KoladaIssueCode,
  type KoladaMissing,
  KoladaValue,
} from './targets/kolada.js';
export {
  type FetchKoladaOptions,
  fetchKoladaValues,
  KOLADA_API_V3,
  KOLADA_FETCH_ERROR_CODES,
  type KoladaFetchData,
  type KoladaFetchError,
  type KoladaFetchErrorCode,
  type KoladaFetchResult,
  type KoladaHttpResponse,
} from './targets/kolada-client.js';

// Formatting figures and summaries for people.
export {
  APPROXIMATE_PREFIX,
  formatNumber,
  type FormatNumberOptions,
  formatPercent,
  formatValue,
  MILESTONE_VALUE_LABELS,
  MISSING_NUMBER,
} from './format/number.js';
export { summarizeIndicator } from './format/summary.js';

// Responsibility: schedules, the actor registry, the matrix, workload and validation.
export { type ResponsibilityPlan } from './responsibility/types.js';
export {
  describeSchedule,
  type ParsedSchedule,
  parseSchedule,
  SCHEDULE_KINDS,
  SCHEDULE_PROBLEMS,
  type ScheduleKind,
  type ScheduleProblem,
} from './responsibility/schedule.js';
export {
  ACTOR_REGISTRY,
  findRegistryActor,
  type RegistryActor,
  registryActorToActor,
} from './responsibility/registry.js';
export { resolveActors, withRegistryActors } from './responsibility/resolve-actors.js';
export { actorLabeler, actorLookup, type ActorMatch, isSamtliga } from './responsibility/actor-lookup.js';
export {
  activityRoles,
  buildResponsibilityMatrix,
  RESPONSIBILITY_ROLES,
  type ResponsibilityMatrix,
  type ResponsibilityMatrixOptions,
  type ResponsibilityRole,
  type ResponsibilityRow,
  samtligaActorIds,
} from './responsibility/matrix.js';
export { type ActorWorkload, workloadByActor } from './responsibility/workload.js';
export {
  activitiesInYear,
  type ActivityInYear,
  scheduleYears,
  type ScheduleYearSpan,
  YEAR_BASES,
  type YearBasis,
} from './responsibility/activities-in-year.js';
export {
  RESPONSIBILITY_ISSUE_CODES,
  type ResponsibilityIssue,
  type ResponsibilityIssueCode,
  validateResponsibilities,
  type ValidateResponsibilitiesOptions,
} from './responsibility/validate.js';

// Responsibility tables as CSV: the format, export and import.
export {
  CSV_BASIC_COLUMNS,
  CSV_COLUMNS,
  CSV_ENCODINGS,
  CSV_HEADERS,
  type CsvColumn,
  type CsvEncoding,
  type CsvInput,
  decodeCsvBytes,
  type DecodedCsv,
  escapeCsvCell,
  unescapeCsvCell,
} from './responsibility/csv-format.js';
export { activitiesToCsv, type ActivitiesToCsvOptions } from './responsibility/csv-export.js';
export {
  type ActivitiesCsvContext,
  type ActivitiesCsvResult,
  CSV_ISSUE_CODES,
  type CsvIssue,
  type CsvIssueCode,
  parseActivitiesCsv,
  type ParseActivitiesCsvOptions,
} from './responsibility/csv-import.js';

// Eligibility checks: ASF, reserved contracts, direct award and the target group, with their results.
export {
  checkAsfEligibility,
  checkDirectAward,
  checkEligibility,
  CheckOptions,
  checkReservedContract,
  checkReservedWelfareContract,
  checkTargetGroup,
} from './rules/check.js';
export {
  CHECK_KINDS,
  CheckKind,
  type CheckResult,
  CRITERION_IDS,
  CRITERION_OUTCOMES,
  type CriterionId,
  CriterionOutcome,
  type CriterionResult,
  Verdict,
  VERDICTS,
} from './rules/result.js';
export { clearRuleEngineCache, ruleEngineStats } from './rules/engine.js';

// Facts for the checks: schemas, validation, derivation and labels.
export {
  DirectAwardFacts,
  EnterpriseFacts,
  type FactError,
  type FactValidation,
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
} from './rules/facts.js';
export { FACT_ISSUE_CODES, type FactIssue, type FactIssueCode } from './rules/issues.js';
export { deriveDirectAwardFacts, deriveEnterpriseFacts, derivePersonFacts, targetGroupShare } from './rules/derive.js';
export { ageOn } from './rules/age.js';
export {
  CRITERION_LABELS,
  criterionLabel,
  FACT_LABELS,
  OUTCOME_LABELS,
  STAFF_PARTICIPATION_LABELS,
  SUPPORT_NEED_LABELS,
  VERDICT_LABELS,
} from './rules/labels.js';
export {
  isOrganisationNumber,
  luhnControlDigit,
  ORGANISATION_NUMBER_ERRORS,
  type OrganisationNumberError,
  parseOrganisationNumber,
  type ParseOrganisationNumberResult,
} from './rules/organisation-number.js';
export { renderReasonTemplate, type TemplateValues } from './rules/format.js';

// Rules as data: rule sets, parameters and profiles, thresholds, sources and the declarative cases.
export {
  ASF_RULES,
  ASF_RULES_SKOOPI,
  asfRules,
  type CriterionEventParams,
  type CriterionRule,
  DIRECT_AWARD_RULES,
  directAwardRules,
  RESERVED_CONTRACT_RULES,
  RESERVED_WELFARE_CONTRACT_RULES,
  reservedContractRules,
  reservedWelfareContractRules,
  type RuleCondition,
  rulesFor,
  TARGET_GROUP_RULES,
  targetGroupRules,
} from './rules/rule-sets.js';
export {
  canonicalProfile,
  type CanonicalProfileName,
  DEFAULT_PARAMETERS,
  PROFILE_ALIASES,
  PROFILE_INPUT_NAMES,
  PROFILE_NAMES,
  ProfileName,
  PROFILES,
  resolveParameters,
  RuleParameterOverrides,
  RuleParameters,
} from './rules/parameters.js';
export {
  DIRECT_AWARD_SERVICES,
  DIRECT_AWARD_THRESHOLDS,
  DirectAwardServices,
  DirectAwardThreshold,
  lookupThreshold,
  THRESHOLD_COMPARISONS,
  ThresholdComparison,
  type ThresholdLookup,
  thresholdOn,
} from './rules/thresholds.js';
export { RULE_SOURCES, RuleSource, type RuleSourceId } from './rules/sources.js';
export { RULE_CASES, RuleCase } from './rules/cases.js';

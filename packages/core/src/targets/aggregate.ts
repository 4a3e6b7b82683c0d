/**
 * Rolling the same indicator up over several organisations — a region's or a
 * samordningsförbund's member municipalities: sums of counts, who reported and who did not.
 * A missing value is reported as missing, never counted as 0.
 * @module
 */
import type { Direction, LocalizedText, Measure, PlanInput } from '../plan/schema.js';
import { computeAttainment as attainmentOf, computeProgress as progressOf } from './arithmetic.js';
import type { IndicatorEvaluation } from './evaluate-indicator.js';
import { countStatuses, evaluatePlan, type StatusCounts } from './evaluate-plan.js';

/** One organisation's contribution: its evaluations, or its plan (then `asOf` is needed). */
export type AggregateSource =
  { organisation: string; evaluations: readonly IndicatorEvaluation[] } | { organisation?: string; plan: PlanInput };

/** Options of {@link aggregateIndicators}. */
export interface AggregateOptions {
  /** The evaluation date for sources given as plans. */
  asOf?: string | Date;
  /** See `EvaluateOptions.tolerance`. */
  tolerance?: number;
  /**
   * What makes indicators "the same": their `id` (default), or their Kolada `kpi` (indicators
   * without one are then left out).
   */
  by?: 'id' | 'kpi';
}

/** One indicator summed over organisations. */
export interface AggregatedIndicator {
  /** The indicator id or KPI id the organisations share. */
  key: string;
  /** Title, unit, direction and measure as the first organisation having the indicator gives them. */
  title: LocalizedText;
  unit: LocalizedText | null;
  direction: Direction;
  measure: Measure | null;
  /**
   * Whether figures are summed: counts and amounts (or no measure given). Shares and other
   * measures are not; their sums are `null`, and `reported`/`missing`/`counts` still apply.
   */
  additive: boolean;
  /**
   * Whether every organisation gives the indicator the same direction and kind of target (a
   * level and a change count as one kind: both are a level to reach); if not, progress and
   * attainment are `null`.
   */
  consistent: boolean;
  /** Every organisation in the roll-up, in input order. */
  organisations: string[];
  /** How many organisations have an outcome. */
  reported: number;
  reportedBy: string[];
  /** Organisations without an outcome, including those whose plan lacks the indicator. */
  missing: string[];
  /** Of `missing`: the organisations whose plan lacks the indicator altogether. */
  notInPlan: string[];
  /**
   * The sum of the reported outcomes; for a milestone, how many organisations reached it.
   * `null` when nobody reported, or the measure is not additive.
   */
  outcome: number | null;
  /**
   * The organisations whose figures progress and attainment are computed from: those with an
   * outcome and a level or change target. Range, direction and per-area targets are not summed
   * (a sum of "2–4" or "more than before" is no target); their outcomes still are.
   */
  basis: string[];
  /** The sum of the basis organisations' outcomes (equal to `outcome` when all reporters have a target). */
  basisOutcome: number | null;
  /** The sum of the basis organisations' target levels. */
  target: number | null;
  /** The sum of their baselines; `null` unless every basis organisation has a baseline figure. */
  baseline: number | null;
  /** Progress of the sums, as for one indicator (attainment when `baseline` is `null`). */
  progress: number | null;
  /** Attainment of the sums. */
  attainment: number | null;
  /** Whether any figure summed is approximate. */
  approximate: boolean;
  /** Whether any outcome summed is illustrative. */
  illustrative: boolean;
  /** The statuses of the organisations' own evaluations (of those that have the indicator). */
  counts: StatusCounts;
}

interface Entry {
  organisation: string;
  evaluation: IndicatorEvaluation;
}

const ADDITIVE: ReadonlySet<Measure | null> = new Set<Measure | null>([null, 'count', 'amount']);

/** A sum that is `null` when it is not a finite number. */
function sum(values: readonly number[]): number | null {
  const s = values.reduce((a, b) => a + b, 0);
  return Number.isFinite(s) ? s : null;
}

function numeric(e: IndicatorEvaluation): number | null {
  return typeof e.outcome?.value === 'number' ? e.outcome.value : null;
}

function resolveSources(sources: readonly AggregateSource[], options: AggregateOptions) {
  return sources.map((s) => {
    if ('evaluations' in s) return { organisation: s.organisation, evaluations: s.evaluations };
    if (options.asOf === undefined)
      throw new TypeError('aggregateIndicators: asOf is required when a source is a plan');
    const evaluations = evaluatePlan(s.plan, {
      asOf: options.asOf,
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    }).indicators;
    return { organisation: s.organisation ?? s.plan.organisation.name, evaluations };
  });
}

/** The kind of target, for consistency: a level and a change are both a level to reach. */
function kindOf(e: IndicatorEvaluation): string {
  const type = e.target?.type ?? 'none';
  return type === 'change' ? 'level' : e.target?.perArea ? `${type}-per-area` : type;
}

/** Whether the target is a level that can be summed over organisations. */
const summable = (e: IndicatorEvaluation): boolean =>
  e.target?.value != null && (e.target.type === 'level' || e.target.type === 'change') && e.target.perArea === null;

function aggregateOne(key: string, entries: readonly Entry[], organisations: string[]): AggregatedIndicator {
  const first = (entries[0] as Entry).evaluation;
  const milestone = first.target?.type === 'milestone';
  const targeted = entries.filter(({ evaluation: e }) => e.target !== null);
  const consistent =
    entries.every(
      ({ evaluation: e }) => e.direction === first.direction && (e.target?.type === 'milestone') === milestone,
    ) && targeted.every(({ evaluation: e }) => kindOf(e) === kindOf((targeted[0] as Entry).evaluation));
  const additive = ADDITIVE.has(first.measure) && entries.every(({ evaluation: e }) => ADDITIVE.has(e.measure));
  const having = new Set(entries.map((x) => x.organisation));
  const reporting = entries.filter(({ evaluation: e }) => e.outcome !== null);
  const reportedBy = reporting.map((x) => x.organisation);
  const reportedSet = new Set(reportedBy);

  let outcome: number | null = null;
  let basis: Entry[] = [];
  let basisOutcome: number | null = null;
  let target: number | null = null;
  let baseline: number | null = null;
  let progress: number | null = null;
  let attainment: number | null = null;
  let approximate = false;

  if (milestone && consistent) {
    outcome = reporting.length === 0 ? null : reporting.filter(({ evaluation: e }) => e.outcome?.value === true).length;
  } else if (!milestone && additive) {
    const numbers = reporting.filter(({ evaluation: e }) => numeric(e) !== null);
    outcome = numbers.length === 0 ? null : sum(numbers.map(({ evaluation: e }) => numeric(e) as number));
    approximate = numbers.some(({ evaluation: e }) => e.outcome?.approximate === true);
    basis = numbers.filter(({ evaluation: e }) => summable(e));
    if (basis.length > 0) {
      basisOutcome = sum(basis.map(({ evaluation: e }) => numeric(e) as number));
      target = sum(basis.map(({ evaluation: e }) => e.target?.value as number));
      const withBaseline = basis.every(({ evaluation: e }) => e.baseline?.value != null);
      baseline = withBaseline ? sum(basis.map(({ evaluation: e }) => e.baseline?.value as number)) : null;
      approximate ||= basis.some(
        ({ evaluation: e }) => e.target?.approximate === true || (withBaseline && e.baseline?.approximate === true),
      );
      if (consistent && basisOutcome !== null && target !== null && !(withBaseline && baseline === null)) {
        const direction = first.direction;
        progress = progressOf({ baseline: baseline ?? undefined, target, outcome: basisOutcome, direction });
        attainment = attainmentOf({ target, outcome: basisOutcome, direction });
      }
    }
  }

  return {
    key,
    title: first.title,
    unit: first.unit,
    direction: first.direction,
    measure: first.measure,
    additive,
    consistent,
    organisations,
    reported: reportedBy.length,
    reportedBy,
    missing: organisations.filter((o) => !reportedSet.has(o)),
    notInPlan: organisations.filter((o) => !having.has(o)),
    outcome,
    basis: basis.map((x) => x.organisation),
    basisOutcome,
    target,
    baseline,
    progress,
    attainment,
    approximate,
    illustrative: reporting.some(({ evaluation: e }) => e.illustrative),
    counts: countStatuses(entries.map((x) => x.evaluation)),
  };
}

/**
 * Rolls the same indicator up over several organisations. Counts and amounts are summed over
 * the organisations that reported; `reported` says how many did and `missing` which did not —
 * a missing value is never counted as 0. Progress and attainment are those of the sums, taken
 * over the organisations that have both an outcome and a target level (`basis`), so that like
 * is compared with like.
 *
 * Sources are evaluations, or plans with `options.asOf`. Throws a `TypeError` (a programmer
 * error) when a plan is given without `asOf`.
 *
 * @example
 * const rollup = aggregateIndicators(
 *   [
 *     { plan: gavlePlan },
 *     { plan: sandvikenPlan },
 *     { organisation: 'Hofors kommun', evaluations: hoforsEvaluations },
 *   ],
 *   { asOf: '2018-12-31' },
 * );
 * rollup[0]?.outcome;  // 41 (the sum of those that reported)
 * rollup[0]?.missing;  // ['Hofors kommun']
 */
export function aggregateIndicators(
  sources: readonly AggregateSource[],
  options: AggregateOptions = {},
): AggregatedIndicator[] {
  const by = options.by ?? 'id';
  const resolved = resolveSources(sources, options);
  const organisations = resolved.map((s) => s.organisation);
  const groups = new Map<string, Entry[]>();
  for (const { organisation, evaluations } of resolved) {
    const seen = new Set<string>();
    for (const evaluation of evaluations) {
      const key = by === 'kpi' ? evaluation.kpi : evaluation.id;
      // One value per organisation and key: a second indicator with the same KPI is not counted twice.
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      const list = groups.get(key) ?? [];
      list.push({ organisation, evaluation });
      groups.set(key, list);
    }
  }
  return [...groups].map(([key, entries]) => aggregateOne(key, entries, organisations));
}

/**
 * The plan's cross-reference and consistency checks: unique ids, references that resolve,
 * sensible dates, counts and totals, and what format 1.1 added. They read the raw input
 * defensively, so that they also run when the shape is wrong somewhere else, and every problem
 * is reported at once.
 *
 * Both of `parsePlan`'s paths run this pass over every document, so it is written for speed
 * (issue 17): plain loops, and a problem's path and message are built only when there is a
 * problem to report.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import { formatPath } from './paths.js';
import { SENSIBLE_DATE_RANGE } from './date-range.js';
import { planIssue as issue, type PlanIssue } from './issues.js';

type Path = (string | number)[];
/** Ids of one collection, or of a target's areas. */
type Ids = { has(id: string): boolean };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const NONE: readonly unknown[] = [];
const items = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const COLLECTIONS = ['sources', 'definitions', 'targetGroups', 'actors', 'goals', 'activities', 'indicators'] as const;

function idsOf(plan: Obj, key: (typeof COLLECTIONS)[number], out: PlanIssue[]): Ids {
  const seen = new Map<string, number>();
  const list = items(plan[key]);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const id = isObj(item) ? str(item.id) : undefined;
    if (id === undefined) continue;
    if (seen.has(id)) {
      out.push(
        issue(
          [key, i, 'id'],
          'duplicate-id',
          `${key}[${i}].id: id "${id}" finns redan (${key}[${seen.get(id)}]); varje id måste vara unik.`,
          `${key}[${i}].id: id "${id}" is already used (${key}[${seen.get(id)}]); every id must be unique.`,
        ),
      );
    } else seen.set(id, i);
  }
  return seen;
}

/** A string that is not among `ids` (only such a value is reported). */
const unknownId = (ids: Ids, value: unknown): value is string => typeof value === 'string' && !ids.has(value);

function referenceIssue(kind: Bilingual, id: string, path: Path): PlanIssue {
  return issue(
    path,
    'unknown-reference',
    `${formatPath(path)}: ${kind.sv} "${id}" finns inte i planen.`,
    `${formatPath(path)}: ${kind.en} "${id}" is not in the plan.`,
  );
}

function checkRef(ids: Ids, kind: Bilingual, value: unknown, path: Path, out: PlanIssue[]): void {
  if (unknownId(ids, value)) out.push(referenceIssue(kind, value, path));
}

/** Every item of a list of ids that is not among `ids`, with its path `[...at, j]`. */
function checkRefs(ids: Ids, kind: Bilingual, list: unknown, at: Path, out: PlanIssue[]): void {
  const values = items(list);
  for (let j = 0; j < values.length; j++) {
    const value = values[j];
    if (unknownId(ids, value)) out.push(referenceIssue(kind, value, [...at, j]));
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date (YYYY-MM-DD) outside the sensible range. */
const dateOutOfRange = (value: unknown): value is string =>
  typeof value === 'string' &&
  (value < SENSIBLE_DATE_RANGE.min || value > SENSIBLE_DATE_RANGE.max) &&
  ISO_DATE.test(value);

function dateIssue(date: string, path: Path): PlanIssue {
  return issue(
    path,
    'date-out-of-range',
    `${formatPath(path)}: datumet ${date} ligger utanför ${SENSIBLE_DATE_RANGE.min}–${SENSIBLE_DATE_RANGE.max}; är året rätt?`,
    `${formatPath(path)}: the date ${date} is outside ${SENSIBLE_DATE_RANGE.min} to ${SENSIBLE_DATE_RANGE.max}; is the year right?`,
  );
}

function checkDate(value: unknown, path: Path, out: PlanIssue[]): void {
  if (dateOutOfRange(value)) out.push(dateIssue(value, path));
}

/** A finite number below zero. */
const negative = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value < 0;

function negativeIssue(n: number, path: Path): PlanIssue {
  return issue(
    path,
    'negative-count',
    `${formatPath(path)}: ett antal kan inte vara negativt (${n}).`,
    `${formatPath(path)}: a count cannot be negative (${n}).`,
  );
}

function checkNonNegative(value: unknown, path: Path, out: PlanIssue[]): void {
  if (negative(value)) out.push(negativeIssue(value, path));
}

/** A figure larger than the known total it is part of ("30 av 25"). */
const exceeds = (value: unknown, of: unknown): boolean => {
  const v = num(value);
  const total = num(of);
  return v !== undefined && total !== undefined && v > total;
};

function totalIssue(value: unknown, of: unknown, path: Path): PlanIssue {
  const v = value as number;
  const total = of as number;
  return issue(
    path,
    'exceeds-total',
    `${formatPath(path)}: ${v} är mer än totalen (${total}).`,
    `${formatPath(path)}: ${v} is more than the total (${total}).`,
  );
}

function checkTotal(value: unknown, of: unknown, path: Path, out: PlanIssue[]): void {
  if (exceeds(value, of)) out.push(totalIssue(value, of, path));
}

function checkAgeRange(node: Obj, path: Path, out: PlanIssue[]): void {
  const min = num(node.ageMin);
  const max = num(node.ageMax);
  if (min !== undefined && max !== undefined && min > max) {
    const at = formatPath(path);
    out.push(
      issue(
        path,
        'age-range',
        `${at}: lägsta ålder (${min}) är högre än högsta (${max}).`,
        `${at}: the minimum age (${min}) is above the maximum (${max}).`,
      ),
    );
  }
}

const has = (node: unknown, key: string): boolean => isObj(node) && node[key] !== undefined;

/**
 * The places where a document uses what format 1.1 added, for a document that declares
 * `"formatVersion": 1`.
 */
function featuresOf11(input: Obj): Path[] {
  const found: Path[] = [];
  if (input.responsibility !== undefined) found.push(['responsibility']);
  for (const key of ['text', 'source']) if (has(input.period, key)) found.push(['period', key]);
  const groups = items(input.targetGroups);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (!isObj(g)) continue;
    const priorities = items(g.priorities);
    for (let j = 0; j < priorities.length; j++) {
      const p = priorities[j];
      if (isObj(p) && p.text !== undefined) found.push(['targetGroups', i, 'priorities', j]);
    }
  }
  const indicators = items(input.indicators);
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    if (!isObj(ind)) continue;
    const baseline = ind.baseline;
    for (const key of ['when', 'share', 'of']) if (has(baseline, key)) found.push(['indicators', i, 'baseline', key]);
    if (isObj(baseline) && baseline.date === undefined && baseline.when !== undefined)
      found.push(['indicators', i, 'baseline', 'date']);
    const t = isObj(ind.target) ? ind.target : undefined;
    if (t && (t.type === 'direction' || t.type === 'range')) found.push(['indicators', i, 'target', 'type']);
    for (const key of ['of', 'perArea']) if (has(t, key)) found.push(['indicators', i, 'target', key]);
    const outcomes = items(ind.outcomes);
    for (let j = 0; j < outcomes.length; j++) {
      const o = outcomes[j];
      if (!isObj(o)) continue;
      if (o.of !== undefined) found.push(['indicators', i, 'outcomes', j, 'of']);
      if (o.area !== undefined) found.push(['indicators', i, 'outcomes', j, 'area']);
    }
  }
  return found;
}

const ACTOR: Bilingual = { sv: 'aktören', en: 'actor' };
const GOAL: Bilingual = { sv: 'målet/området', en: 'goal' };
const SOURCE: Bilingual = { sv: 'källan', en: 'source' };
const AREA: Bilingual = { sv: 'området', en: 'area' };

/** Every cross-reference and consistency problem of a plan document (shape problems aside). */
export function checkReferences(input: unknown): PlanIssue[] {
  const out: PlanIssue[] = [];
  if (!isObj(input)) return out;
  const ids = {} as Record<(typeof COLLECTIONS)[number], Ids>;
  for (const key of COLLECTIONS) ids[key] = idsOf(input, key, out);

  const period = isObj(input.period) ? input.period : undefined;
  if (period) {
    checkDate(period.start, ['period', 'start'], out);
    checkDate(period.end, ['period', 'end'], out);
    const start = str(period.start);
    const end = str(period.end);
    if (start && end && start > end) {
      out.push(
        issue(
          ['period'],
          'period-order',
          `period: slutet (${end}) ligger före början (${start}).`,
          `period: the end (${end}) is before the start (${start}).`,
        ),
      );
    }
  }
  if (period?.source !== undefined) checkRef(ids.sources, SOURCE, period.source, ['period', 'source'], out);
  const organisation = isObj(input.organisation) ? input.organisation : undefined;
  checkRefs(ids.actors, ACTOR, organisation?.members, ['organisation', 'members'], out);

  if (input.formatVersion === 1) {
    for (const path of featuresOf11(input)) {
      const at = formatPath(path);
      out.push(
        issue(
          path,
          'format-version',
          `${at}: detta finns från planformat 1.1, men dokumentet anger "formatVersion": 1; skriv 1.1.`,
          `${at}: this exists from plan format 1.1, but the document says "formatVersion": 1; write 1.1.`,
        ),
      );
    }
  }

  const responsibility = isObj(input.responsibility) ? input.responsibility : undefined;
  if (responsibility) {
    const r = (...rest: Path): Path => ['responsibility', ...rest];
    if (responsibility.owner !== undefined) checkRef(ids.actors, ACTOR, responsibility.owner, r('owner'), out);
    for (const key of ['partners', 'funders'] as const) checkRefs(ids.actors, ACTOR, responsibility[key], r(key), out);
    if (responsibility.source !== undefined) checkRef(ids.sources, SOURCE, responsibility.source, r('source'), out);
    items(responsibility.contacts).forEach((c, i) => {
      if (!isObj(c)) return;
      if (c.organisation !== undefined)
        checkRef(ids.actors, ACTOR, c.organisation, r('contacts', i, 'organisation'), out);
      if (c.source !== undefined) checkRef(ids.sources, SOURCE, c.source, r('contacts', i, 'source'), out);
    });
  }

  // Every `source` field anywhere in the collections must name a source of the plan.
  for (const key of COLLECTIONS) {
    if (key === 'sources') continue;
    const list = items(input[key]);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (isObj(item) && unknownId(ids.sources, item.source))
        out.push(referenceIssue(SOURCE, item.source, [key, i, 'source']));
    }
  }

  items(input.targetGroups).forEach((g, i) => {
    if (!isObj(g)) return;
    checkAgeRange(g, ['targetGroups', i], out);
    items(g.priorities).forEach((p, j) => {
      if (isObj(p)) checkAgeRange(p, ['targetGroups', i, 'priorities', j], out);
    });
  });

  const activities = items(input.activities);
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (!isObj(a)) continue;
    if (unknownId(ids.goals, a.goal)) out.push(referenceIssue(GOAL, a.goal, ['activities', i, 'goal']));
    checkRefs(ids.actors, ACTOR, a.lead, ['activities', i, 'lead'], out);
    checkRefs(ids.actors, ACTOR, a.involved, ['activities', i, 'involved'], out);
  }

  const indicators = items(input.indicators);
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    if (isObj(ind)) checkIndicator(ind, i, ids.goals, out);
  }
  return out;
}

/** The checks of one indicator, `indicators[i]`. */
function checkIndicator(ind: Obj, i: number, goals: Ids, out: PlanIssue[]): void {
  const at = (...rest: Path): Path => ['indicators', i, ...rest];
  if (unknownId(goals, ind.goal)) out.push(referenceIssue(GOAL, ind.goal, at('goal')));
  const counts = ind.measure === undefined || ind.measure === 'count' || ind.measure === 'amount';
  const baseline = isObj(ind.baseline) ? ind.baseline : undefined;
  const target = isObj(ind.target) ? ind.target : undefined;
  if (dateOutOfRange(ind.start)) out.push(dateIssue(ind.start, at('start')));
  if (baseline) {
    if (dateOutOfRange(baseline.date)) out.push(dateIssue(baseline.date, at('baseline', 'date')));
    if (counts && negative(baseline.value)) out.push(negativeIssue(baseline.value, at('baseline', 'value')));
    if (baseline.date === undefined && baseline.when === undefined) {
      out.push(
        issue(
          at('baseline', 'date'),
          'baseline-time',
          `${formatPath(at('baseline'))}: utgångsvärdet behöver ett datum ("date", ÅÅÅÅ-MM-DD) eller, om dokumentet inte anger något, tiden som den skrivs ("when": "idag", "2017").`,
          `${formatPath(at('baseline'))}: the baseline needs a date ("date", YYYY-MM-DD) or, when the document gives none, its time as printed ("when": "idag", "2017").`,
        ),
      );
    }
    if (baseline.share !== undefined && baseline.of === undefined) {
      out.push(
        issue(
          at('baseline', 'of'),
          'share-without-total',
          `${formatPath(at('baseline'))}: en andel ("share") behöver totalen den är en andel av ("of").`,
          `${formatPath(at('baseline'))}: a share needs the total it is a share of ("of").`,
        ),
      );
    }
    if (baseline.share !== undefined && baseline.value !== undefined) {
      out.push(
        issue(
          at('baseline', 'share'),
          'value-and-share',
          `${formatPath(at('baseline'))}: ange antingen ett tal ("value") eller en andel ("share"), inte båda.`,
          `${formatPath(at('baseline'))}: give either a number ("value") or a share ("share"), not both.`,
        ),
      );
    }
    if (exceeds(baseline.value, baseline.of))
      out.push(totalIssue(baseline.value, baseline.of, at('baseline', 'value')));
  }
  if (target) checkTarget(target, baseline, counts, at, out);
  const milestone = target?.type === 'milestone';
  const perArea = isObj(target?.perArea) ? target.perArea : undefined;
  const count = num(perArea?.count);
  const declared =
    perArea && Array.isArray(perArea.areas)
      ? items(perArea.areas).map((a) => (isObj(a) ? str(a.id) : undefined))
      : undefined;
  if (declared && count !== undefined && declared.length !== count) {
    out.push(
      issue(
        at('target', 'perArea', 'areas'),
        'area-count',
        `${formatPath(at('target', 'perArea'))}: ${declared.length} områden namnges, men målet gäller ${count}.`,
        `${formatPath(at('target', 'perArea'))}: ${declared.length} areas are named, but the target applies to ${count}.`,
      ),
    );
  }
  const areaIds = perArea ? new Set(declared?.filter((a): a is string => a !== undefined)) : undefined;
  const reportedAreas = perArea ? new Set<string>() : undefined;
  const outcomes = items(ind.outcomes);
  for (let j = 0; j < outcomes.length; j++) {
    const o = outcomes[j];
    if (!isObj(o)) continue;
    const op = (...rest: Path): Path => at('outcomes', j, ...rest);
    if (dateOutOfRange(o.date)) out.push(dateIssue(o.date, op('date')));
    if (exceeds(o.value, o.of)) out.push(totalIssue(o.value, o.of, op('value')));
    if (perArea && o.area === undefined) {
      out.push(
        issue(
          op('area'),
          'area-required',
          `${formatPath(op())}: målet gäller varje område; ange vilket område utfallet gäller ("area").`,
          `${formatPath(op())}: the target applies to each area; say which area the outcome is for ("area").`,
        ),
      );
    }
    if (perArea && declared && areaIds && unknownId(areaIds, o.area))
      out.push(referenceIssue(AREA, o.area, op('area')));
    if (!perArea && o.area !== undefined) {
      out.push(
        issue(
          op('area'),
          'area-required',
          `${formatPath(op('area'))}: utfallet anger ett område, men målet gäller inte per område ("target.perArea").`,
          `${formatPath(op('area'))}: the outcome names an area, but the target does not apply per area ("target.perArea").`,
        ),
      );
    }
    if (reportedAreas && typeof o.area === 'string') reportedAreas.add(o.area);
    if (target && (typeof o.value === 'boolean' || typeof o.value === 'number')) {
      if (milestone && typeof o.value === 'number') {
        out.push(
          issue(
            op('value'),
            'outcome-type',
            `${formatPath(op('value'))}: målet är en milstolpe; utfallet ska vara true (uppnått) eller false (ej uppnått).`,
            `${formatPath(op('value'))}: the target is a milestone; the outcome must be true (achieved) or false (not achieved).`,
          ),
        );
      }
      if (!milestone && typeof o.value === 'boolean') {
        out.push(
          issue(
            op('value'),
            'outcome-type',
            `${formatPath(op('value'))}: målet är ett tal; utfallet ska vara ett tal, inte ${o.value}.`,
            `${formatPath(op('value'))}: the target is a number; the outcome must be a number, not ${o.value}.`,
          ),
        );
      }
    }
    if (counts && negative(o.value)) out.push(negativeIssue(o.value, op('value')));
    if (o.breakdown !== undefined && isObj(o.breakdown)) checkBreakdown(o.breakdown, o.value, op, out);
  }
  if (perArea && !declared && count !== undefined && reportedAreas && reportedAreas.size > count) {
    out.push(
      issue(
        at('outcomes'),
        'area-count',
        `${formatPath(at('outcomes'))}: utfallen gäller ${reportedAreas.size} olika områden, men målet gäller ${count}.`,
        `${formatPath(at('outcomes'))}: the outcomes are for ${reportedAreas.size} different areas, but the target applies to ${count}.`,
      ),
    );
  }
}

/** The checks of an indicator's target; `at` makes a path inside the indicator. */
function checkTarget(
  target: Obj,
  baseline: Obj | undefined,
  counts: boolean,
  at: (...rest: Path) => Path,
  out: PlanIssue[],
): void {
  checkDate(target.date, at('target', 'date'), out);
  if (target.type === 'change' && !baseline) {
    out.push(
      issue(
        at('target'),
        'change-without-baseline',
        `${formatPath(at('target'))}: ett mål om förändring ("öka med ${String(target.value)}") behöver ett utgångsvärde (baseline).`,
        `${formatPath(at('target'))}: a change target ("increase by ${String(target.value)}") needs a baseline.`,
      ),
    );
  }
  if (target.type === 'level' && counts) checkNonNegative(target.value, at('target', 'value'), out);
  checkTotal(target.value, target.of, at('target', 'value'), out);
  if (target.type === 'range') {
    if (counts) checkNonNegative(target.min, at('target', 'min'), out);
    checkTotal(target.max, target.of, at('target', 'max'), out);
    const min = num(target.min);
    const max = num(target.max);
    if (min !== undefined && max !== undefined && min > max) {
      out.push(
        issue(
          at('target'),
          'range-order',
          `${formatPath(at('target'))}: intervallets lägsta värde (${min}) är högre än dess högsta (${max}).`,
          `${formatPath(at('target'))}: the range's minimum (${min}) is above its maximum (${max}).`,
        ),
      );
    }
  }
  if (target.type === 'change' && counts && baseline) {
    const b = num(baseline.value);
    const c = num(target.value);
    if (b !== undefined && c !== undefined && b + c < 0) {
      out.push(
        issue(
          at('target', 'value'),
          'negative-count',
          `${formatPath(at('target', 'value'))}: målet (${b} + ${c}) blir ett negativt antal.`,
          `${formatPath(at('target', 'value'))}: the target (${b} + ${c}) is a negative count.`,
        ),
      );
    }
  }
}

/** The checks of an outcome's breakdown; `op` makes a path inside the outcome. */
function checkBreakdown(breakdown: Obj, value: unknown, op: (...rest: Path) => Path, out: PlanIssue[]): void {
  const women = num(breakdown.women);
  const men = num(breakdown.men);
  checkNonNegative(breakdown.women, op('breakdown', 'women'), out);
  checkNonNegative(breakdown.men, op('breakdown', 'men'), out);
  const total = num(value);
  const parts = (women ?? 0) + (men ?? 0);
  if (total !== undefined && parts > total) {
    out.push(
      issue(
        op('breakdown'),
        'breakdown-exceeds-total',
        `${formatPath(op('breakdown'))}: kvinnor och män (${parts}) är fler än totalen (${total}).`,
        `${formatPath(op('breakdown'))}: women and men (${parts}) exceed the total (${total}).`,
      ),
    );
  }
}

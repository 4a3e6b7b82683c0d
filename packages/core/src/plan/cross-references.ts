/**
 * The plan's cross-reference and consistency checks: unique ids, references that resolve,
 * sensible dates, counts and totals, and what format 1.1 added. They read the raw input
 * defensively, so that they also run when the shape is wrong somewhere else, and every problem
 * is reported at once.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import { formatPath } from './paths.js';
import { SENSIBLE_DATE_RANGE } from './date-range.js';
import { planIssue as issue, type PlanIssue } from './issues.js';

type Path = (string | number)[];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const COLLECTIONS = ['sources', 'definitions', 'targetGroups', 'actors', 'goals', 'activities', 'indicators'] as const;

function idsOf(plan: Obj, key: (typeof COLLECTIONS)[number], out: PlanIssue[]): Set<string> {
  const seen = new Map<string, number>();
  items(plan[key]).forEach((item, i) => {
    const id = isObj(item) ? str(item.id) : undefined;
    if (id === undefined) return;
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
  });
  return new Set(seen.keys());
}

function checkRef(ids: Set<string>, kind: Bilingual, value: unknown, path: Path, out: PlanIssue[]): void {
  const id = str(value);
  if (id === undefined || ids.has(id)) return;
  out.push(
    issue(
      path,
      'unknown-reference',
      `${formatPath(path)}: ${kind.sv} "${id}" finns inte i planen.`,
      `${formatPath(path)}: ${kind.en} "${id}" is not in the plan.`,
    ),
  );
}

function checkDate(value: unknown, path: Path, out: PlanIssue[]): void {
  const date = str(value);
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  if (date < SENSIBLE_DATE_RANGE.min || date > SENSIBLE_DATE_RANGE.max) {
    out.push(
      issue(
        path,
        'date-out-of-range',
        `${formatPath(path)}: datumet ${date} ligger utanför ${SENSIBLE_DATE_RANGE.min}–${SENSIBLE_DATE_RANGE.max}; är året rätt?`,
        `${formatPath(path)}: the date ${date} is outside ${SENSIBLE_DATE_RANGE.min} to ${SENSIBLE_DATE_RANGE.max}; is the year right?`,
      ),
    );
  }
}

function checkNonNegative(value: unknown, path: Path, out: PlanIssue[]): void {
  const n = num(value);
  if (n !== undefined && n < 0) {
    out.push(
      issue(
        path,
        'negative-count',
        `${formatPath(path)}: ett antal kan inte vara negativt (${n}).`,
        `${formatPath(path)}: a count cannot be negative (${n}).`,
      ),
    );
  }
}

/** A figure larger than the known total it is part of ("30 av 25"). */
function checkTotal(value: unknown, of: unknown, path: Path, out: PlanIssue[]): void {
  const v = num(value);
  const total = num(of);
  if (v !== undefined && total !== undefined && v > total) {
    out.push(
      issue(
        path,
        'exceeds-total',
        `${formatPath(path)}: ${v} är mer än totalen (${total}).`,
        `${formatPath(path)}: ${v} is more than the total (${total}).`,
      ),
    );
  }
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

/**
 * The places where a document uses what format 1.1 added, for a document that declares
 * `"formatVersion": 1`.
 */
function featuresOf11(input: Obj): Path[] {
  const found: Path[] = [];
  const has = (node: unknown, key: string): boolean => isObj(node) && node[key] !== undefined;
  if (input.responsibility !== undefined) found.push(['responsibility']);
  for (const key of ['text', 'source']) if (has(input.period, key)) found.push(['period', key]);
  items(input.targetGroups).forEach((g, i) => {
    if (isObj(g))
      items(g.priorities).forEach((p, j) => {
        if (isObj(p) && p.text !== undefined) found.push(['targetGroups', i, 'priorities', j]);
      });
  });
  items(input.indicators).forEach((ind, i) => {
    if (!isObj(ind)) return;
    for (const key of ['when', 'share', 'of'])
      if (has(ind.baseline, key)) found.push(['indicators', i, 'baseline', key]);
    if (isObj(ind.baseline) && ind.baseline.date === undefined && ind.baseline.when !== undefined)
      found.push(['indicators', i, 'baseline', 'date']);
    const t = isObj(ind.target) ? ind.target : undefined;
    if (t && (t.type === 'direction' || t.type === 'range')) found.push(['indicators', i, 'target', 'type']);
    for (const key of ['of', 'perArea']) if (has(t, key)) found.push(['indicators', i, 'target', key]);
    items(ind.outcomes).forEach((o, j) => {
      for (const key of ['of', 'area']) if (has(o, key)) found.push(['indicators', i, 'outcomes', j, key]);
    });
  });
  return found;
}

const ACTOR: Bilingual = { sv: 'aktören', en: 'actor' };
const GOAL: Bilingual = { sv: 'målet/området', en: 'goal' };
const SOURCE: Bilingual = { sv: 'källan', en: 'source' };

/** Every cross-reference and consistency problem of a plan document (shape problems aside). */
export function checkReferences(input: unknown): PlanIssue[] {
  const out: PlanIssue[] = [];
  if (!isObj(input)) return out;
  const ids = Object.fromEntries(COLLECTIONS.map((k) => [k, idsOf(input, k, out)])) as Record<
    (typeof COLLECTIONS)[number],
    Set<string>
  >;

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
  items(organisation?.members).forEach((m, i) => checkRef(ids.actors, ACTOR, m, ['organisation', 'members', i], out));

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
    for (const key of ['partners', 'funders'] as const) {
      items(responsibility[key]).forEach((id, i) => checkRef(ids.actors, ACTOR, id, r(key, i), out));
    }
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
    items(input[key]).forEach((item, i) => {
      if (isObj(item) && item.source !== undefined) checkRef(ids.sources, SOURCE, item.source, [key, i, 'source'], out);
    });
  }

  items(input.targetGroups).forEach((g, i) => {
    if (!isObj(g)) return;
    checkAgeRange(g, ['targetGroups', i], out);
    items(g.priorities).forEach((p, j) => {
      if (isObj(p)) checkAgeRange(p, ['targetGroups', i, 'priorities', j], out);
    });
  });

  items(input.activities).forEach((a, i) => {
    if (!isObj(a)) return;
    if (a.goal !== undefined) checkRef(ids.goals, GOAL, a.goal, ['activities', i, 'goal'], out);
    items(a.lead).forEach((id, j) => checkRef(ids.actors, ACTOR, id, ['activities', i, 'lead', j], out));
    items(a.involved).forEach((id, j) => checkRef(ids.actors, ACTOR, id, ['activities', i, 'involved', j], out));
  });

  items(input.indicators).forEach((ind, i) => {
    if (!isObj(ind)) return;
    const at = (...rest: Path): Path => ['indicators', i, ...rest];
    if (ind.goal !== undefined) checkRef(ids.goals, GOAL, ind.goal, at('goal'), out);
    const counts = ind.measure === undefined || ind.measure === 'count' || ind.measure === 'amount';
    const baseline = isObj(ind.baseline) ? ind.baseline : undefined;
    const target = isObj(ind.target) ? ind.target : undefined;
    checkDate(ind.start, at('start'), out);
    if (baseline) {
      checkDate(baseline.date, at('baseline', 'date'), out);
      if (counts) checkNonNegative(baseline.value, at('baseline', 'value'), out);
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
      checkTotal(baseline.value, baseline.of, at('baseline', 'value'), out);
    }
    if (target) {
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
    const areaIds = new Set(declared?.filter((a): a is string => a !== undefined));
    const reportedAreas = new Set<string>();
    items(ind.outcomes).forEach((o, j) => {
      if (!isObj(o)) return;
      const op = (...rest: Path): Path => at('outcomes', j, ...rest);
      checkDate(o.date, op('date'), out);
      checkTotal(o.value, o.of, op('value'), out);
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
      if (perArea && declared && o.area !== undefined)
        checkRef(areaIds, { sv: 'området', en: 'area' }, o.area, op('area'), out);
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
      const area = str(o.area);
      if (area !== undefined) reportedAreas.add(area);
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
      if (counts) checkNonNegative(o.value, op('value'), out);
      const breakdown = isObj(o.breakdown) ? o.breakdown : undefined;
      if (breakdown) {
        const women = num(breakdown.women);
        const men = num(breakdown.men);
        checkNonNegative(breakdown.women, op('breakdown', 'women'), out);
        checkNonNegative(breakdown.men, op('breakdown', 'men'), out);
        const total = num(o.value);
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
    });
    if (perArea && !declared && count !== undefined && reportedAreas.size > count) {
      out.push(
        issue(
          at('outcomes'),
          'area-count',
          `${formatPath(at('outcomes'))}: utfallen gäller ${reportedAreas.size} olika områden, men målet gäller ${count}.`,
          `${formatPath(at('outcomes'))}: the outcomes are for ${reportedAreas.size} different areas, but the target applies to ${count}.`,
        ),
      );
    }
  });
  return out;
}

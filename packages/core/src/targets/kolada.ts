/**
 * Importing outcomes from Kolada (the Swedish municipal statistics database, kolada.se):
 * JSON shaped as the Kolada API's data answers,
 * `{ values: [{ kpi, municipality, period, values: [{ gender: "T"|"K"|"M", value, status, count }] }] }`,
 * mapped onto indicators by their `kpi` id. A value that is missing or withheld stays missing:
 * no outcome is made up for it, and the report lists it. Values of Kolada's groups of
 * municipalities (ids like `G124026`) are unweighted averages of their members: they are kept
 * apart as group averages, never taken as a municipality's outcome. Unit-level data (`ou`) is
 * refused with a message that says so. The answers of API v3 and v2 have this shape; see
 * `kolada-client.ts` for fetching them.
 *
 * This module parses data at the boundary, so it uses zod; the calculations do not import it.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';
import type { IndicatorData } from './evaluate-indicator.js';
import { formatPath } from '../plan/paths.js';
import { toPointer } from '../plan/issue-text.js';
import type { Issue } from '../issues/issue.js';

/** One value of a Kolada data point: total (`T`), women (`K`, kvinnor) or men (`M`, män). */
export const KoladaValue = z.object({
  gender: z.enum(['T', 'K', 'M']),
  /** `null` (or absent) when Kolada has no value. */
  value: z.optional(z.nullable(z.number())),
  /** Empty when the value is fine; otherwise why it is missing or withheld (e.g. "Missing"). */
  status: z.optional(z.nullable(z.string())),
  /** How many municipalities contributed: 1 for a municipality, the members counted for a group. */
  count: z.optional(z.nullable(z.number())),
  /** API v3 with `from_date`: the value was deleted (and `value` is `null`). */
  isdeleted: z.optional(z.nullable(z.boolean())),
});
export type KoladaValue = z.infer<typeof KoladaValue>;

/** The values of one KPI for one municipality and year. */
export const KoladaDataPoint = z.object({
  kpi: z.string().check(z.minLength(1)),
  municipality: z.string().check(z.minLength(1)),
  /** The year. */
  period: z.union([z.int(), z.string().check(z.regex(/^\d{4}$/))]),
  values: z.array(KoladaValue),
});
export type KoladaDataPoint = z.infer<typeof KoladaDataPoint>;

/** A Kolada data answer. Other fields (`count`, `next_page`, …) are allowed and ignored. */
export const KoladaData = z.object({ values: z.array(KoladaDataPoint) });
export type KoladaData = z.infer<typeof KoladaData>;

/** What kind of problem a {@link KoladaIssue} is. */
export const KOLADA_ISSUE_CODES = [
  'kolada-format',
  'ambiguous-municipality',
  'unit-level-data',
  'group-not-municipality',
] as const;
export type KoladaIssueCode = (typeof KOLADA_ISSUE_CODES)[number];

/** One problem with Kolada data, in the style of `PlanIssue`. */
export interface KoladaIssue extends Issue<KoladaIssueCode> {}

/** Options of {@link importKoladaOutcomes}. */
export interface KoladaImportOptions {
  /**
   * The municipality code (e.g. "2180" Gävle) whose values to take. Needed when the data holds
   * more than one municipality.
   */
  municipality?: string;
  /** The outcome date of a year. Default: 31 December of it. */
  dateOf?: (year: number) => string;
  /** Replace an outcome the indicator already has at the same date. Default `false`: the document wins. */
  overwrite?: boolean;
}

/** One outcome taken from Kolada. */
export interface KoladaImported {
  indicator: string;
  kpi: string;
  municipality: string;
  period: number;
  date: string;
  value: number;
}

/** A Kolada value that stays missing. */
export interface KoladaMissing {
  indicator: string;
  kpi: string;
  municipality: string;
  period: number;
  /** Kolada's status text, when it gave one ("Missing", …); `null` when the value was simply empty. */
  status: string | null;
}

/**
 * A value of one of Kolada's groups of municipalities (`G124026`, …): the unweighted average of
 * its members' values, not a total. Kept as what it is — never an outcome, never summed.
 */
export interface KoladaGroupValue {
  kind: 'group-average';
  /** The indicator with this KPI. */
  indicator: string;
  kpi: string;
  /** The group's id, e.g. "G124026". */
  group: string;
  period: number;
  /** The group's average (`T`); `null` when Kolada has none. */
  value: number | null;
  /** How many members contributed to the average (Kolada's `count`), when given. */
  members: number | null;
  /** What the value is, for people. */
  label: Bilingual;
}

/** Whether a Kolada id names a group of municipalities (`G` and digits, e.g. "G124026") rather than a municipality. */
export const isKoladaGroupId = (id: string): boolean => /^G\d+$/iu.test(id.trim());

/** What an import did. */
export interface KoladaImportReport {
  /** The municipalities found in the data (groups not included: see `groups`). */
  municipalities: string[];
  /** Values of groups of municipalities: unweighted averages, kept apart, never imported as outcomes. */
  groups: KoladaGroupValue[];
  imported: KoladaImported[];
  missing: KoladaMissing[];
  /** Values not taken because the indicator has an outcome at that date (see `overwrite`). */
  kept: KoladaImported[];
  /** Gender values left out: not counts, or together larger than the total. */
  breakdownsLeftOut: { indicator: string; period: number; reason: 'not-a-count' | 'exceeds-total' }[];
  /** KPI ids in the data that no indicator has. */
  unmatched: string[];
}

/** The result of {@link importKoladaOutcomes}: the indicators with their new outcomes, and a report. */
export type KoladaImportResult<T extends IndicatorData> =
  | { success: true; data: { indicators: T[]; report: KoladaImportReport } }
  | { success: false; error: { issues: KoladaIssue[] } };

function fromZod(issue: z.core.$ZodIssue): KoladaIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = formatPath(path);
  const expected = 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : null;
  const sv = expected
    ? `${at}: följer inte Kolada-formatet; här ska stå ${expected === 'number' ? 'ett tal' : expected === 'string' ? 'en text' : expected === 'array' ? 'en lista' : expected === 'object' ? 'ett objekt' : expected}.`
    : `${at}: följer inte Kolada-formatet.`;
  const en = expected
    ? `${at}: does not follow the Kolada format; expected ${expected}.`
    : `${at}: does not follow the Kolada format.`;
  return { path, pointer: toPointer(path), code: 'kolada-format', message: { sv, en } };
}

/**
 * Unit-level data (Kolada's `oudata`: items with `ou`, an organisational unit such as a school,
 * instead of `municipality`) is not supported: the outcomes of a plan are a municipality's.
 * Says so, rather than "municipality: expected a text".
 */
function unitLevelIssue(input: unknown): KoladaIssue | undefined {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { values?: unknown }).values))
    return undefined;
  const values = (input as { values: unknown[] }).values;
  const units = values.flatMap((item, i) =>
    typeof item === 'object' && item !== null && 'ou' in item && !('municipality' in item)
      ? [[i, String(item.ou)] as const]
      : [],
  );
  const first = units[0];
  if (first === undefined) return undefined;
  const path = ['values', first[0]];
  const at = formatPath(path);
  const more =
    units.length > 1
      ? { sv: ` (och ${units.length - 1} till)`, en: ` (and ${units.length - 1} more)` }
      : { sv: '', en: '' };
  return {
    path,
    pointer: toPointer(path),
    code: 'unit-level-data',
    message: {
      sv: `${at}: data på enhetsnivå ("ou": "${first[1]}"${more.sv}) stöds inte; importen tar en kommuns värden. Hämta kommundata (/v3/data/kpi/…/municipality/…) i stället för enhetsdata (/v3/oudata/…).`,
      en: `${at}: unit-level data ("ou": "${first[1]}"${more.en}) is not supported; the import takes a municipality's values. Fetch municipality data (/v3/data/kpi/…/municipality/…) instead of unit data (/v3/oudata/…).`,
    },
  };
}

/** Whether Kolada's status marks a value as missing or withheld. An empty status is a usable value. */
function isUsable(v: KoladaValue | undefined): v is KoladaValue & { value: number } {
  return (
    v !== undefined &&
    typeof v.value === 'number' &&
    Number.isFinite(v.value) &&
    !(v.status ?? '').trim() &&
    v.isdeleted !== true
  );
}

const COUNTS = new Set([undefined, 'count', 'amount']);

/**
 * Takes outcomes from Kolada-shaped JSON and adds them to the indicators whose `kpi` matches,
 * one outcome per year (dated 31 December), with the total (`T`) as the value and, for counts,
 * women (`K`) and men (`M`) as the breakdown. Indicators are not changed in place.
 *
 * A value that is `null`, absent, or has a non-empty `status` (Kolada's mark for a missing or
 * withheld value) stays missing: it is listed in `report.missing`, never turned into 0. A
 * group of municipalities (`G124026`) is never taken as a municipality: its values are listed in
 * `report.groups` as unweighted averages, it does not count as a municipality for
 * `ambiguous-municipality`, and `municipality: 'G…'` is refused. Unit-level data (`ou`) is
 * refused with a `unit-level-data` issue. Gender
 * values of shares are left out (women's share and men's share are not parts of the total), as
 * are parts that exceed the total.
 *
 * @example
 * const r = importKoladaOutcomes(plan.indicators, await (await fetch(url)).json(), { municipality: '2180' });
 * if (r.success) {
 *   const updated = { ...plan, indicators: r.data.indicators };
 *   r.data.report.missing; // [{ indicator: 'asf', kpi: 'N00000', municipality: '2180', period: 2018, status: 'Missing' }]
 * }
 */
export function importKoladaOutcomes<T extends IndicatorData>(
  indicators: readonly T[],
  input: unknown,
  options: KoladaImportOptions = {},
): KoladaImportResult<T> {
  const unitLevel = unitLevelIssue(input);
  if (unitLevel) return { success: false, error: { issues: [unitLevel] } };
  const parsed = KoladaData.safeParse(input);
  if (!parsed.success) return { success: false, error: { issues: parsed.error.issues.map(fromZod) } };
  if (options.municipality !== undefined && isKoladaGroupId(options.municipality)) {
    const id = options.municipality;
    return {
      success: false,
      error: {
        issues: [
          {
            path: [],
            pointer: '',
            code: 'group-not-municipality',
            message: {
              sv: `"${id}" är en kommungrupp i Kolada, inte en kommun. Gruppens värden är oviktade medelvärden av medlemmarnas värden, inte en kommuns total, och importeras inte som utfall; ange en kommunkod (t.ex. "2180").`,
              en: `"${id}" is a group of municipalities in Kolada, not a municipality. A group's values are unweighted averages of its members' values, not a municipality's total, and are not imported as outcomes; give a municipality code (e.g. "2180").`,
            },
          },
        ],
      },
    };
  }
  const points = parsed.data.values.filter((p) => !isKoladaGroupId(p.municipality));
  const groupPoints = parsed.data.values.filter((p) => isKoladaGroupId(p.municipality));
  const municipalities = [...new Set(points.map((p) => p.municipality))];
  if (options.municipality === undefined && municipalities.length > 1) {
    const list = municipalities.join(', ');
    return {
      success: false,
      error: {
        issues: [
          {
            path: ['values'],
            pointer: '/values',
            code: 'ambiguous-municipality',
            message: {
              sv: `values: data för flera kommuner (${list}); ange vilken kommuns värden som ska användas.`,
              en: `values: data for several municipalities (${list}); say which municipality's values to use.`,
            },
          },
        ],
      },
    };
  }
  const dateOf = options.dateOf ?? ((year: number) => `${String(year).padStart(4, '0')}-12-31`);
  const report: KoladaImportReport = {
    municipalities,
    groups: [],
    imported: [],
    missing: [],
    kept: [],
    breakdownsLeftOut: [],
    unmatched: [],
  };
  const byKpi = new Map<string, number[]>();
  indicators.forEach((ind, i) => {
    if (ind.kpi === undefined) return;
    byKpi.set(ind.kpi, [...(byKpi.get(ind.kpi) ?? []), i]);
  });
  const outcomes = indicators.map((ind) => [...(ind.outcomes ?? [])]);
  const unmatched = new Set<string>();

  for (const point of points) {
    if (options.municipality !== undefined && point.municipality !== options.municipality) continue;
    const targets = byKpi.get(point.kpi);
    if (!targets) {
      unmatched.add(point.kpi);
      continue;
    }
    const period = Number(point.period);
    const date = dateOf(period);
    const total = point.values.find((v) => v.gender === 'T');
    for (const i of targets) {
      const ind = indicators[i] as T;
      const list = outcomes[i] as NonNullable<IndicatorData['outcomes']>;
      const where = { indicator: ind.id, kpi: point.kpi, municipality: point.municipality, period };
      if (!isUsable(total)) {
        report.missing.push({ ...where, status: total?.status?.trim() || null });
        continue;
      }
      const entry = { ...where, date, value: total.value };
      const existing = list.findIndex((o) => o.date === date);
      if (existing >= 0 && !options.overwrite) {
        report.kept.push(entry);
        continue;
      }
      let breakdown: { women?: number; men?: number } | undefined;
      const women = point.values.find((v) => v.gender === 'K');
      const men = point.values.find((v) => v.gender === 'M');
      if (isUsable(women) || isUsable(men)) {
        const parts = {
          ...(isUsable(women) ? { women: women.value } : {}),
          ...(isUsable(men) ? { men: men.value } : {}),
        };
        if (!COUNTS.has(ind.measure))
          report.breakdownsLeftOut.push({ indicator: ind.id, period, reason: 'not-a-count' });
        else if ((parts.women ?? 0) + (parts.men ?? 0) > total.value)
          report.breakdownsLeftOut.push({ indicator: ind.id, period, reason: 'exceeds-total' });
        else breakdown = parts;
      }
      const outcome = {
        date,
        value: total.value,
        ...(breakdown ? { breakdown } : {}),
        note: {
          sv: `Från Kolada: nyckeltal ${point.kpi}, kommun ${point.municipality}, ${period}.`,
          en: `From Kolada: KPI ${point.kpi}, municipality ${point.municipality}, ${period}.`,
        },
      };
      if (existing >= 0) list.splice(existing, 1, outcome);
      else list.push(outcome);
      report.imported.push(entry);
    }
  }
  for (const point of groupPoints) {
    const targets = byKpi.get(point.kpi);
    if (!targets) {
      unmatched.add(point.kpi);
      continue;
    }
    const period = Number(point.period);
    const total = point.values.find((v) => v.gender === 'T');
    const value = isUsable(total) ? total.value : null;
    const members = typeof total?.count === 'number' && Number.isFinite(total.count) ? total.count : null;
    const of: Bilingual =
      members === null ? { sv: '', en: '' } : { sv: ` av ${members} kommuner`, en: ` of ${members} municipalities` };
    for (const i of targets) {
      report.groups.push({
        kind: 'group-average',
        indicator: (indicators[i] as T).id,
        kpi: point.kpi,
        group: point.municipality,
        period,
        value,
        members,
        label: {
          sv: `Kolada-kommungrupp ${point.municipality}, ${period}: oviktat medelvärde${of.sv}, inte en total.`,
          en: `Kolada group of municipalities ${point.municipality}, ${period}: unweighted average${of.en}, not a total.`,
        },
      });
    }
  }
  report.unmatched = [...unmatched];
  const updated = indicators.map((ind, i) => {
    const list = outcomes[i] as NonNullable<IndicatorData['outcomes']>;
    const changed = list.length !== (ind.outcomes ?? []).length || list.some((o, j) => o !== ind.outcomes?.[j]);
    return changed ? { ...ind, outcomes: list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) } : ind;
  });
  return { success: true, data: { indicators: updated, report } };
}

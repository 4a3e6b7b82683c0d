/**
 * Importing outcomes from Kolada (the Swedish municipal statistics database, kolada.se):
 * JSON shaped as the Kolada API's data answers,
 * `{ values: [{ kpi, municipality, period, values: [{ gender: "T"|"K"|"M", value, status, count }] }] }`,
 * mapped onto indicators by their `kpi` id. A value that is missing or withheld stays missing:
 * no outcome is made up for it, and the report lists it.
 *
 * This module parses data at the boundary, so it uses zod; the calculations do not import it.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';
import type { IndicatorData } from './evaluate-indicator.js';
import { formatPath } from '../plan/paths.js';
import { toPointer } from '../plan/issue-text.js';

/** One value of a Kolada data point: total (`T`), women (`K`, kvinnor) or men (`M`, män). */
export const KoladaValue = z.object({
  gender: z.enum(['T', 'K', 'M']),
  /** `null` (or absent) when Kolada has no value. */
  value: z.optional(z.nullable(z.number())),
  /** Empty when the value is fine; otherwise why it is missing or withheld (e.g. "Missing"). */
  status: z.optional(z.nullable(z.string())),
  count: z.optional(z.nullable(z.number())),
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
export const KOLADA_ISSUE_CODES = ['kolada-format', 'ambiguous-municipality'] as const;
export type KoladaIssueCode = (typeof KOLADA_ISSUE_CODES)[number];

/** One problem with Kolada data, in the style of `PlanIssue`. */
export interface KoladaIssue {
  path: (string | number)[];
  pointer: string;
  code: KoladaIssueCode;
  message: Bilingual;
}

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

/** What an import did. */
export interface KoladaImportReport {
  /** The municipalities found in the data. */
  municipalities: string[];
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
  const en = expected ? `${at}: does not follow the Kolada format; expected ${expected}.` : `${at}: does not follow the Kolada format.`;
  return { path, pointer: toPointer(path), code: 'kolada-format', message: { sv, en } };
}

/** Whether Kolada's status marks a value as missing or withheld. An empty status is a usable value. */
function isUsable(v: KoladaValue | undefined): v is KoladaValue & { value: number } {
  return v !== undefined && typeof v.value === 'number' && Number.isFinite(v.value) && !(v.status ?? '').trim();
}

const COUNTS = new Set([undefined, 'count', 'amount']);

/**
 * Takes outcomes from Kolada-shaped JSON and adds them to the indicators whose `kpi` matches,
 * one outcome per year (dated 31 December), with the total (`T`) as the value and, for counts,
 * women (`K`) and men (`M`) as the breakdown. Indicators are not changed in place.
 *
 * A value that is `null`, absent, or has a non-empty `status` (Kolada's mark for a missing or
 * withheld value) stays missing: it is listed in `report.missing`, never turned into 0. Gender
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
  const parsed = KoladaData.safeParse(input);
  if (!parsed.success) return { success: false, error: { issues: parsed.error.issues.map(fromZod) } };
  const points = parsed.data.values;
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
  const report: KoladaImportReport = { municipalities, imported: [], missing: [], kept: [], breakdownsLeftOut: [], unmatched: [] };
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
        if (!COUNTS.has(ind.measure)) report.breakdownsLeftOut.push({ indicator: ind.id, period, reason: 'not-a-count' });
        else if ((parts.women ?? 0) + (parts.men ?? 0) > total.value) report.breakdownsLeftOut.push({ indicator: ind.id, period, reason: 'exceeds-total' });
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
  report.unmatched = [...unmatched];
  const updated = indicators.map((ind, i) => {
    const list = outcomes[i] as NonNullable<IndicatorData['outcomes']>;
    const changed = list.length !== (ind.outcomes ?? []).length || list.some((o, j) => o !== ind.outcomes?.[j]);
    return changed ? { ...ind, outcomes: list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) } : ind;
  });
  return { success: true, data: { indicators: updated, report } };
}

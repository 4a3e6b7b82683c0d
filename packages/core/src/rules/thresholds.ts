/**
 * The direct-award limits (direktupphandlingsgränser) as dated periods. Each entry is in force
 * from its `from` date, until the day before the next entry of the same kind of services or
 * until its own `to` date. A date before the first entry, after the last entry's `to`, or in a
 * gap is not covered, and a check on it needs review rather than a guess: asf-kit never applies
 * a stale amount as if it were current.
 *
 * Every built-in value carries its source; `rules/README.md` lists them with the date they
 * were checked and says which could not be verified.
 * @module
 */
import * as z from 'zod/mini';
import { IsoDate } from '../plan/schema.js';

/**
 * What is bought: `standard` (goods, services and works) or `social-and-other-specific`
 * (sociala tjänster och andra särskilda tjänster, LOU bilaga 2), which since 2022-02-01 may be
 * directly awarded below their own, much higher, threshold.
 */
export const DIRECT_AWARD_SERVICES = ['standard', 'social-and-other-specific'] as const;
export const DirectAwardServices = z.enum(DIRECT_AWARD_SERVICES);
export type DirectAwardServices = z.infer<typeof DirectAwardServices>;

/**
 * How the value is compared with the limit: before 2022-02-01 LOU let the value be "högst" the
 * limit (`at-most`, ≤); from then on it must be below it ("understiger", `below`, <).
 */
export const THRESHOLD_COMPARISONS = ['below', 'at-most'] as const;
export const ThresholdComparison = z.enum(THRESHOLD_COMPARISONS);
export type ThresholdComparison = z.infer<typeof ThresholdComparison>;

/** One limit in force for a period. */
export const DirectAwardThreshold = z.strictObject({
  /** The first day the limit is in force, `YYYY-MM-DD`. */
  from: IsoDate,
  /** The last day asf-kit knows it to be in force, `YYYY-MM-DD`; left out when the law sets it until changed. */
  to: z.optional(IsoDate),
  /** Kronor, excluding VAT. */
  amount: z.number().check(z.gt(0)),
  /** Which purchases it applies to; `standard` when left out. */
  services: z.optional(DirectAwardServices),
  /** `below` (<, the default) or `at-most` (≤). */
  comparison: z.optional(ThresholdComparison),
  /** The law or decision that sets it, and where the amount is published. */
  reference: z.string().check(z.minLength(1)),
  url: z.optional(z.url()),
});
export type DirectAwardThreshold = z.infer<typeof DirectAwardThreshold>;

const LOU_2007 = 'LOU (2007:1091) 15 kap. 3 §';
const LOU_2016_PRE_2022 = 'LOU (2016:1145) 19 kap. 7 § (i lydelse före 2022-02-01)';
const KKV_OLD = 'https://www.konkurrensverket.se/upphandling/lagar-och-regler/troskelvarden/gamla-troskelvarden/';
const KKV_2018 =
  'https://www.konkurrensverket.se/upphandling/om-lagstiftningen/troskelvarden/troskelvarden-och-direktupphandlingsgranser-1-januari-201831-december-2019/';
const UHM_CURRENT =
  'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/troskelvarden-och-direktupphandlingsgranser';
const UHM_2024 =
  'https://www.upphandlingsmyndigheten.se/frageportalen/2904774/nya-beloppsgranser-for-2024-har-ar-listan/';

/**
 * The built-in limits under LOU. Standard purchases: 505 800 kr (2014-07-01), 534 890 kr
 * (2016), 586 907 kr (2018), 615 312 kr (2020–2021), 626 284 kr (January 2022) — each "högst" —
 * then 700 000 kr from 2022-02-01, "understiger", set in the law until it is changed. Social and
 * other specific services (bilaga 2): 7 802 550 kr (2022-02-01–2023-12-31) and 8 109 450 kr
 * (2024-01-01–2025-12-31); no amount for 2026 could be verified, so later dates need review.
 */
export const DIRECT_AWARD_THRESHOLDS: readonly DirectAwardThreshold[] = Object.freeze(
  [
    {
      from: '2014-07-01',
      to: '2015-12-31',
      amount: 505_800,
      comparison: 'at-most',
      reference: `${LOU_2007}: direktupphandling fick användas om kontraktets värde uppgick till högst 28 procent av tröskelvärdet, från 2014-07-01 högst 505 800 kronor (Byggvärlden, "Höjd gräns för direktupphandling", 2014)`,
      url: 'https://www.byggvarlden.se/hojd-grans-for-direktupphandling/',
    },
    {
      from: '2016-01-01',
      to: '2017-12-31',
      amount: 534_890,
      comparison: 'at-most',
      reference: `${LOU_2007}, från 2017-01-01 ${LOU_2016_PRE_2022}: högst 534 890 kronor (28 % av 1 910 323 kronor), gällande från 2016-01-01 (Sjöbo kommun, "Nya tröskelvärden från och med 2016-01-01")`,
      url: 'http://www.sjobo.se/naringsliv-och-arbete/foretag-stod-och-radgivning/upphandling-och-inkop/upphandlingsnyheter/nya-troskelvarden-fran-och-med-2016-01-01/',
    },
    {
      from: '2018-01-01',
      to: '2019-12-31',
      amount: 586_907,
      comparison: 'at-most',
      reference: `${LOU_2016_PRE_2022}: högst 586 907 kronor (Konkurrensverket, "Tröskelvärden och direktupphandlingsgränser 1 januari 2018–31 december 2019")`,
      url: KKV_2018,
    },
    {
      from: '2020-01-01',
      to: '2021-12-31',
      amount: 615_312,
      comparison: 'at-most',
      reference: `${LOU_2016_PRE_2022}: högst 615 312 kronor (Konkurrensverket, "Tröskelvärden och direktupphandlingsgränser 1 januari 2020–31 december 2021")`,
      url: KKV_OLD,
    },
    {
      from: '2022-01-01',
      to: '2022-01-31',
      amount: 626_284,
      comparison: 'at-most',
      reference: `${LOU_2016_PRE_2022}: högst 28 procent av tröskelvärdet 2 236 731 kronor, det vill säga 626 284 kronor, under januari 2022 (beräknat från Konkurrensverkets tröskelvärde för 2022–2023; beloppet är inte verifierat mot en publicerad källa)`,
      url: KKV_OLD,
    },
    {
      from: '2022-02-01',
      amount: 700_000,
      comparison: 'below',
      reference:
        'LOU (2016:1145) 19 a kap., i lydelse från 2022-02-01: direktupphandling får användas när kontraktets värde understiger 700 000 kronor; beloppet står i lagen och gäller tills lagen ändras (Upphandlingsmyndigheten, "Tröskelvärden och direktupphandlingsgränser")',
      url: UHM_CURRENT,
    },
    {
      from: '2022-02-01',
      to: '2023-12-31',
      amount: 7_802_550,
      services: 'social-and-other-specific',
      comparison: 'below',
      reference:
        'LOU (2016:1145) 19 a kap., i lydelse från 2022-02-01: sociala tjänster och andra särskilda tjänster (bilaga 2) får direktupphandlas under tröskelvärdet för sådana tjänster, 7 802 550 kronor 2022–2023 (Konkurrensverket, "Tröskelvärden och direktupphandlingsgränser 1 januari 2022–31 december 2023")',
      url: KKV_OLD,
    },
    {
      from: '2024-01-01',
      to: '2025-12-31',
      amount: 8_109_450,
      services: 'social-and-other-specific',
      comparison: 'below',
      reference:
        'LOU (2016:1145) 19 a kap.: sociala tjänster och andra särskilda tjänster (bilaga 2) får direktupphandlas under tröskelvärdet för sådana tjänster, 8 109 450 kronor från 2024-01-01 (Upphandlingsmyndigheten, "Nya beloppsgränser för 2024 – här är listan", 2023-11-20)',
      url: UHM_2024,
    },
  ].map((t) => Object.freeze(t as DirectAwardThreshold)),
);

/** The services an entry applies to. */
export const servicesOf = (t: DirectAwardThreshold): DirectAwardServices => t.services ?? 'standard';

/**
 * Merges a user's limits into a table: an entry with the same `from` date and the same services
 * replaces the table's; the result is sorted by services, then date.
 *
 * @example
 * mergeThresholds(DIRECT_AWARD_THRESHOLDS, [{ from: '2026-01-01', amount: 8300000, services: 'social-and-other-specific', reference: 'Källa' }]);
 */
export function mergeThresholds(
  table: readonly DirectAwardThreshold[],
  extra: readonly DirectAwardThreshold[] = [],
): DirectAwardThreshold[] {
  const byKey = new Map<string, DirectAwardThreshold>();
  for (const t of [...table, ...extra]) byKey.set(`${servicesOf(t)}|${t.from}`, t);
  return [...byKey.values()].sort((a, b) => {
    const s = servicesOf(a).localeCompare(servicesOf(b));
    return s !== 0 ? s : a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
  });
}

/** Where a date falls in the table: a limit in force, or why there is none. */
export type ThresholdLookup =
  | { found: true; threshold: DirectAwardThreshold }
  | { found: false; why: 'empty' }
  | { found: false; why: 'before-table'; first: DirectAwardThreshold }
  | { found: false; why: 'after-last-period'; last: DirectAwardThreshold & { to: string } };

/**
 * Finds the limit in force on a date for some services: the latest entry whose `from` is on or
 * before the date, provided its `to` (if any) is not before it.
 *
 * @example
 * lookupThreshold('2021-06-01').found;                                  // true (615 312 kr)
 * lookupThreshold('2026-03-01', undefined, 'social-and-other-specific'); // { found: false, why: 'after-last-period', … }
 */
export function lookupThreshold(
  date: string,
  table: readonly DirectAwardThreshold[] = DIRECT_AWARD_THRESHOLDS,
  services: DirectAwardServices = 'standard',
): ThresholdLookup {
  const rows = mergeThresholds(table).filter((t) => servicesOf(t) === services);
  if (rows.length === 0) return { found: false, why: 'empty' };
  let latest: DirectAwardThreshold | undefined;
  for (const t of rows) if (t.from <= date) latest = t;
  if (!latest) return { found: false, why: 'before-table', first: rows[0]! };
  if (latest.to !== undefined && latest.to < date)
    return { found: false, why: 'after-last-period', last: latest as DirectAwardThreshold & { to: string } };
  return { found: true, threshold: latest };
}

/**
 * The limit in force on a date, or `undefined` when the table does not cover it.
 *
 * @example
 * thresholdOn('2023-05-01')?.amount;                               // 700000
 * thresholdOn('2021-12-31')?.amount;                               // 615312
 * thresholdOn('2024-06-01', undefined, 'social-and-other-specific')?.amount; // 8109450
 * thresholdOn('2014-06-30');                                       // undefined
 */
export function thresholdOn(
  date: string,
  table: readonly DirectAwardThreshold[] = DIRECT_AWARD_THRESHOLDS,
  services: DirectAwardServices = 'standard',
): DirectAwardThreshold | undefined {
  const found = lookupThreshold(date, table, services);
  return found.found ? found.threshold : undefined;
}

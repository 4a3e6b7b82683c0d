/**
 * Tidplan: reading the schedule column of an action plan ("2018 - 2020", "Pågår",
 * "Pågår kontinuerligt") into years and ISO dates, without ever losing the printed text.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import type { IsoDate } from '../plan/schema.js';
import { SENSIBLE_DATE_RANGE } from '../plan/date-range.js';

/**
 * What a schedule says:
 * - `period`: at least one bound is known ("2018 - 2020", "2019", "från 2019", "Q1 2019");
 * - `ongoing`: it runs on with no bound ("Pågår", "Löpande", "Årligen");
 * - `absent`: the document gives no schedule (Bollnäs);
 * - `unrecognized`: text that this parser does not understand, kept as printed.
 */
export const SCHEDULE_KINDS = ['period', 'ongoing', 'absent', 'unrecognized'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** Why a schedule that looks like dates was still not recognized. */
export const SCHEDULE_PROBLEMS = ['reversed', 'out-of-range', 'invalid-date'] as const;
export type ScheduleProblem = (typeof SCHEDULE_PROBLEMS)[number];

/** A tidplan, read. The printed text is always kept. */
export interface ParsedSchedule {
  /** The schedule exactly as printed; `''` when the document gives none. */
  text: string;
  kind: ScheduleKind;
  /** Whether the text was understood (kind `period` or `ongoing`). */
  recognized: boolean;
  /**
   * Whether the activity runs on or recurs: "Pågår", "Pågå", "Löpande", "Kontinuerligt",
   * "Årligen", "Tills vidare", "från 2019". An ongoing schedule may still have bounds.
   */
  ongoing: boolean;
  /** The first day covered, e.g. `2018-01-01` for "2018 - 2020". */
  start?: IsoDate;
  /** The last day covered, e.g. `2020-12-31` for "2018 - 2020". */
  end?: IsoDate;
  startYear?: number;
  endYear?: number;
  /** Why a date-like text was not recognized: a reversed range, an implausible year, … */
  problem?: ScheduleProblem;
}

const MIN_YEAR = Number(SENSIBLE_DATE_RANGE.min.slice(0, 4));
const MAX_YEAR = Number(SENSIBLE_DATE_RANGE.max.slice(0, 4));

/** Words that make a schedule ongoing or recurring. */
const ONGOING_WORD =
  /^(?:pågå\p{L}*|kontinuerlig\p{L}*|löpande|fortlöpande|fortgående|årlig\p{L}*|återkommande|ständigt|varje|tillsvidare|hela|ongoing|continuous\p{L}*|annual\p{L}*|yearly)$/u;
/** Words that add nothing to the dates ("under 2019", "löpande under hela perioden"). */
const FILLER_WORD = /^(?:under|och|samt|år|året|perioden|planperioden|vidare|i|in|during|and)$/u;

const MONTHS = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['mars', 'mar'],
  ['april', 'apr'],
  ['maj'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augusti', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;
const MONTH_NAMES = MONTHS.flat().sort((a, b) => b.length - a.length).join('|');

// One point or stretch of time. Longer alternatives first.
const ATOM = [
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{4}-(?:0[1-9]|1[0-2])`,
  String.raw`(?:q|kv\.?|kvartal) ?[1-4] \d{4}`,
  String.raw`\d{4} ?(?:q|kv\.?|kvartal) ?[1-4]`,
  String.raw`(?:våren|vårterminen|vår|vt|sommaren|hösten|höstterminen|höst|ht) ?\d{4}`,
  String.raw`(?:${MONTH_NAMES}) \d{4}`,
  String.raw`\d{4}`,
].join('|');
const TO = String.raw`(?:-|/|till|to|t\.? ?o\.? ?m\.?|tom)`;
const FROM = String.raw`(?:från|fr\.? ?o\.? ?m\.?|from|fom|start|startar|med start|starting)`;
const UNTIL = String.raw`(?:senast|till|t\.? ?o\.? ?m\.?|tom|by|until)`;

const SINGLE = new RegExp(`^(${ATOM})$`, 'u');
const RANGE = new RegExp(`^(${ATOM}) ?${TO} ?(${ATOM})$`, 'u');
const SHORT_RANGE = /^(\d{4}) ?([-/]) ?(\d{2})$/u;
const OPEN_START = new RegExp(`^(?:${FROM} ?(${ATOM})(?: ?-| framåt)?|(${ATOM}) ?(?:-|framåt))$`, 'u');
const OPEN_END = new RegExp(`^${UNTIL} ?(${ATOM})$`, 'u');

interface Bounds {
  start: IsoDate;
  end: IsoDate;
}
type AtomResult = Bounds | ScheduleProblem;

const pad = (n: number): string => String(n).padStart(2, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const day = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;
const months = (y: number, from: number, to: number): Bounds => ({ start: day(y, from, 1), end: day(y, to, daysIn(y, to)) });
const yearOk = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;

/** Reads one point or stretch of time into its first and last day. */
function atom(s: string): AtomResult | undefined {
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/u))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!yearOk(y)) return 'out-of-range';
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return 'invalid-date';
    return { start: day(y, mo, d), end: day(y, mo, d) };
  }
  const year = Number(s.match(/\d{4}/u)?.[0]);
  if (!Number.isInteger(year)) return undefined;
  if (!yearOk(year)) return 'out-of-range';
  if ((m = s.match(/^\d{4}-(\d{2})$/u))) return months(year, Number(m[1]), Number(m[1]));
  if ((m = s.match(/(?:q|kv\.?|kvartal) ?([1-4])/u))) {
    const q = Number(m[1]);
    return months(year, q * 3 - 2, q * 3);
  }
  if (/^(?:vår|vt)/u.test(s)) return months(year, 1, 6);
  if (/^sommar/u.test(s)) return months(year, 6, 8);
  if (/^(?:höst|ht)/u.test(s)) return months(year, 7, 12);
  const name = s.match(/^(\p{L}+) /u)?.[1];
  if (name !== undefined) {
    const index = MONTHS.findIndex((names) => (names as readonly string[]).includes(name));
    if (index < 0) return undefined;
    return months(year, index + 1, index + 1);
  }
  if (/^\d{4}$/u.test(s)) return months(year, 1, 12);
  return undefined;
}

function unrecognized(text: string, problem?: ScheduleProblem): ParsedSchedule {
  return problem === undefined
    ? { text, kind: 'unrecognized', recognized: false, ongoing: false }
    : { text, kind: 'unrecognized', recognized: false, ongoing: false, problem };
}

function period(text: string, ongoing: boolean, start: IsoDate | undefined, end: IsoDate | undefined): ParsedSchedule {
  if (start !== undefined && end !== undefined && start > end) return unrecognized(text, 'reversed');
  const out: ParsedSchedule = { text, kind: 'period', recognized: true, ongoing };
  if (start !== undefined) {
    out.start = start;
    out.startYear = Number(start.slice(0, 4));
  }
  if (end !== undefined) {
    out.end = end;
    out.endYear = Number(end.slice(0, 4));
  }
  return out;
}

/** Reads the dates left after the ongoing and filler words are taken out. */
function dates(text: string, rest: string, ongoing: boolean): ParsedSchedule {
  let m: RegExpMatchArray | null;
  const both = (a: string | undefined, b: string | undefined, open: boolean): ParsedSchedule => {
    const first = atom(a ?? '');
    const last = atom(b ?? '');
    if (first === undefined || last === undefined) return unrecognized(text);
    if (typeof first === 'string') return unrecognized(text, first);
    if (typeof last === 'string') return unrecognized(text, last);
    return period(text, ongoing || open, first.start, last.end);
  };
  if ((m = rest.match(SINGLE))) return both(m[1], m[1], false);
  if ((m = rest.match(SHORT_RANGE))) {
    // "2018/19", "2018-19": the second year in short. "2018-12" is a month (ISO), read below.
    const [first, sep, short] = [Number(m[1]), m[2], Number(m[3])];
    const end = Math.floor(first / 100) * 100 + short;
    if ((sep === '/' || short > 12) && end > first) return both(String(first), String(end), false);
  }
  if ((m = rest.match(RANGE))) return both(m[1], m[2], false);
  if ((m = rest.match(OPEN_START))) {
    const a = atom(m[1] ?? m[2] ?? '');
    if (a === undefined) return unrecognized(text);
    if (typeof a === 'string') return unrecognized(text, a);
    return period(text, true, a.start, undefined);
  }
  if ((m = rest.match(OPEN_END))) {
    const a = atom(m[1] ?? '');
    if (a === undefined) return unrecognized(text);
    if (typeof a === 'string') return unrecognized(text, a);
    return period(text, ongoing, undefined, a.end);
  }
  return unrecognized(text);
}

/**
 * Reads a tidplan as printed in an action plan. Total: never throws, never drops the text.
 *
 * Recognized: years and year ranges with any dash, spaces or a line break ("2018-2020",
 * "2018 - 2019", "2018 -2020", "2018–2020", "2018\n-2020", "2018/2019", "2018/19"), single
 * years ("2019", "under 2019"), ISO dates and months ("2019-06-30", "2019-06"), quarters
 * ("Q1 2019", "kvartal 1 2019"), half years ("våren 2019" = January–June, "hösten 2019" =
 * July–December, "vt"/"ht"), months ("mars 2019"), open starts ("från 2019", "2019 och
 * framåt") and deadlines ("senast 2019"). "Pågår", "Pågå" (as printed), "Pågår
 * kontinuerligt", "Löpande", "Kontinuerligt", "Årligen", "Tills vidare" are ongoing, with no
 * bounds unless the text gives years too ("Årligen 2018-2020").
 *
 * Anything else comes back with `recognized: false` and the text kept; a reversed range
 * ("2020-2018") or an implausible year is not recognized and says why in `problem`. No
 * text, or only white space, is `absent`.
 *
 * @example
 * parseSchedule('2018 - 2020');
 * // { text: '2018 - 2020', kind: 'period', recognized: true, ongoing: false,
 * //   start: '2018-01-01', end: '2020-12-31', startYear: 2018, endYear: 2020 }
 * parseSchedule('Pågår\nkontinuerligt'); // { kind: 'ongoing', recognized: true, ongoing: true, … }
 * parseSchedule('När budget finns');     // { kind: 'unrecognized', recognized: false, text: 'När budget finns', … }
 */
export function parseSchedule(text: string | null | undefined): ParsedSchedule {
  const printed = typeof text === 'string' ? text : '';
  const normal = printed
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.!,;:]+$/u, '')
    .trim()
    // Phrases whose "och" or "vidare" must not be read as filler words.
    .replace(/(?<!\p{L})från och med(?!\p{L})/gu, 'fom')
    .replace(/(?<!\p{L})till och med(?!\p{L})/gu, 'tom')
    .replace(/(?<!\p{L})tills vidare(?!\p{L})/gu, 'tillsvidare');
  if (normal === '') return { text: printed, kind: 'absent', recognized: false, ongoing: false };
  const words = normal.split(' ');
  const ongoing = words.some((w) => ONGOING_WORD.test(w));
  const rest = words.filter((w) => !ONGOING_WORD.test(w) && !FILLER_WORD.test(w)).join(' ');
  if (rest === '') {
    return ongoing ? { text: printed, kind: 'ongoing', recognized: true, ongoing: true } : unrecognized(printed);
  }
  return dates(printed, rest, ongoing);
}

/**
 * A schedule for people: the years as a range ("2018–2020"), "Pågår"/"Ongoing", or the
 * printed text when it was not recognized; `''` when the document gives none.
 *
 * @example
 * describeSchedule(parseSchedule('2018 -2020')); // { sv: '2018–2020', en: '2018–2020' }
 * describeSchedule(parseSchedule('Pågå'));       // { sv: 'Pågår', en: 'Ongoing' }
 */
export function describeSchedule(schedule: ParsedSchedule): Bilingual {
  const { kind, startYear: a, endYear: b } = schedule;
  if (kind === 'absent') return { sv: '', en: '' };
  if (kind === 'ongoing') return { sv: 'Pågår', en: 'Ongoing' };
  if (kind === 'unrecognized') return { sv: schedule.text.trim(), en: schedule.text.trim() };
  // A schedule finer than whole years keeps its printed form.
  const wholeYears =
    (schedule.start === undefined || schedule.start.endsWith('-01-01')) &&
    (schedule.end === undefined || schedule.end.endsWith('-12-31'));
  if (!wholeYears) return { sv: schedule.text.trim(), en: schedule.text.trim() };
  if (a !== undefined && b !== undefined) {
    const years = a === b ? String(a) : `${a}–${b}`;
    return { sv: years, en: years };
  }
  if (a !== undefined) return { sv: `Från ${a}`, en: `From ${a}` };
  return { sv: `Senast ${b}`, en: `By ${b}` };
}

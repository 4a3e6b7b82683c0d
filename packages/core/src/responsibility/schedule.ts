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
  /**
   * The years named one by one, when they leave a gap ("2018 och 2020"): the activity runs in
   * these years only, not in the years between. Absent when the schedule covers every year
   * from `startYear` to `endYear` ("2017 och 2018", "2014, 2015 och 2016" are plain periods).
   */
  years?: number[];
  /** Why a date-like text was not recognized: a reversed range, an implausible year, … */
  problem?: ScheduleProblem;
}

const MIN_YEAR = Number(SENSIBLE_DATE_RANGE.min.slice(0, 4));
const MAX_YEAR = Number(SENSIBLE_DATE_RANGE.max.slice(0, 4));

/** Words that make a schedule ongoing or recurring. */
const ONGOING_WORD =
  /^(?:pågå\p{L}*|kontinuerlig\p{L}*|löpande|fortlöpande|fortgående|årlig\p{L}*|återkommande|ständigt|varje|tillsvidare|hela|ongoing|continuous\p{L}*|annual\p{L}*|yearly)$/u;
/** Words that add nothing to the dates ("under 2019", "löpande under hela perioden"). */
const FILLER_WORD = /^(?:under|år|året|åren|perioden|planperioden|vidare|i|in|during)$/u;
/** Words that join the items of a list ("2017 och 2018", "2014, 2015 och 2016"). */
const AND_WORD = /^(?:och|samt|and|&)$/u;
/** Words that make an ongoing schedule a recurring one ("Årligen", "Varje år"). */
const RECURRING_WORD = /^(?:årlig\p{L}*|varje|annual\p{L}*|yearly)$/u;

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
const MONTH_NAMES = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');

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

/** What one point or stretch of time was printed as; used to describe it in both languages. */
type Unit =
  | { unit: 'date' }
  | { unit: 'year' }
  | { unit: 'month'; month: number }
  | { unit: 'quarter'; quarter: number }
  | { unit: 'season'; season: 'spring' | 'summer' | 'autumn' }
  | { unit: 'term'; term: 'spring' | 'autumn' };

interface Bounds {
  start: IsoDate;
  end: IsoDate;
  what: Unit;
}
type AtomResult = Bounds | ScheduleProblem;

const pad = (n: number): string => String(n).padStart(2, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const day = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;
const months = (y: number, from: number, to: number, what: Unit): Bounds => ({
  start: day(y, from, 1),
  end: day(y, to, daysIn(y, to)),
  what,
});
const yearOk = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;

/** Reads one point or stretch of time into its first and last day. */
function atom(s: string): AtomResult | undefined {
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/u))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!yearOk(y)) return 'out-of-range';
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return 'invalid-date';
    return { start: day(y, mo, d), end: day(y, mo, d), what: { unit: 'date' } };
  }
  const year = Number(s.match(/\d{4}/u)?.[0]);
  if (!Number.isInteger(year)) return undefined;
  if (!yearOk(year)) return 'out-of-range';
  if ((m = s.match(/^\d{4}-(\d{2})$/u)))
    return months(year, Number(m[1]), Number(m[1]), { unit: 'month', month: Number(m[1]) });
  if ((m = s.match(/(?:q|kv\.?|kvartal) ?([1-4])/u))) {
    const q = Number(m[1]);
    return months(year, q * 3 - 2, q * 3, { unit: 'quarter', quarter: q });
  }
  // Terms and seasons are read as half years (summer: June–August), as plans use them.
  if (/^(?:vårtermin|vt)/u.test(s)) return months(year, 1, 6, { unit: 'term', term: 'spring' });
  if (/^(?:hösttermin|ht)/u.test(s)) return months(year, 7, 12, { unit: 'term', term: 'autumn' });
  if (/^vår/u.test(s)) return months(year, 1, 6, { unit: 'season', season: 'spring' });
  if (/^sommar/u.test(s)) return months(year, 6, 8, { unit: 'season', season: 'summer' });
  if (/^höst/u.test(s)) return months(year, 7, 12, { unit: 'season', season: 'autumn' });
  const name = s.match(/^(\p{L}+) /u)?.[1];
  if (name !== undefined) {
    const index = MONTHS.findIndex((names) => (names as readonly string[]).includes(name));
    if (index < 0) return undefined;
    return months(year, index + 1, index + 1, { unit: 'month', month: index + 1 });
  }
  if (/^\d{4}$/u.test(s)) return months(year, 1, 12, { unit: 'year' });
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

/** A schedule as read, with what its bounds were printed as (for {@link describeSchedule}). */
interface Reading {
  schedule: ParsedSchedule;
  first?: Unit;
  last?: Unit;
  /** "Årligen", "Varje år": ongoing and recurring every year. */
  recurring?: boolean;
}

const plain = (schedule: ParsedSchedule): Reading => ({ schedule });

/** A list of whole years, "2017 och 2018", "2014, 2015 och 2016", "2018 och 2020". */
function yearList(text: string, items: readonly string[], ongoing: boolean): Reading {
  const years: number[] = [];
  for (const item of items) {
    if (!/^\d{4}$/u.test(item)) return plain(unrecognized(text));
    const year = Number(item);
    if (!yearOk(year)) return plain(unrecognized(text, 'out-of-range'));
    const before = years[years.length - 1];
    if (before !== undefined && year <= before) return plain(unrecognized(text, 'reversed'));
    years.push(year);
  }
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const schedule = period(text, ongoing, day(first, 1, 1), day(last, 12, 31));
  if (last - first + 1 !== years.length) schedule.years = years;
  return { schedule, first: { unit: 'year' }, last: { unit: 'year' } };
}

/** Reads the dates left after the ongoing and filler words are taken out. */
function dates(text: string, rest: string, ongoing: boolean): Reading {
  let m: RegExpMatchArray | null;
  const both = (a: string | undefined, b: string | undefined): Reading => {
    const first = atom(a ?? '');
    const last = atom(b ?? '');
    if (first === undefined || last === undefined) return plain(unrecognized(text));
    if (typeof first === 'string') return plain(unrecognized(text, first));
    if (typeof last === 'string') return plain(unrecognized(text, last));
    return { schedule: period(text, ongoing, first.start, last.end), first: first.what, last: last.what };
  };
  const one = (a: string | undefined, open: 'start' | 'end'): Reading => {
    const read = atom(a ?? '');
    if (read === undefined) return plain(unrecognized(text));
    if (typeof read === 'string') return plain(unrecognized(text, read));
    return open === 'start'
      ? { schedule: period(text, true, read.start, undefined), first: read.what }
      : { schedule: period(text, ongoing, undefined, read.end), last: read.what };
  };
  const items = rest.split(/ ?& ?/u);
  if (items.length > 1) return items.some((i) => i === '') ? plain(unrecognized(text)) : yearList(text, items, ongoing);
  if ((m = rest.match(SINGLE))) return both(m[1], m[1]);
  if ((m = rest.match(SHORT_RANGE))) {
    // "2018/19", "2018-19": the second year in short. "2018-12" is a month (ISO), read below.
    const [first, sep, short] = [Number(m[1]), m[2], Number(m[3])];
    const end = Math.floor(first / 100) * 100 + short;
    if ((sep === '/' || short > 12) && end > first) return both(String(first), String(end));
  }
  if ((m = rest.match(RANGE))) return both(m[1], m[2]);
  if ((m = rest.match(OPEN_START))) return one(m[1] ?? m[2], 'start');
  if ((m = rest.match(OPEN_END))) return one(m[1], 'end');
  return plain(unrecognized(text));
}

function read(text: string | null | undefined): Reading {
  const printed = typeof text === 'string' ? text : '';
  const normal = printed
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.!,;:]+$/u, '')
    .trim()
    // Phrases whose "och" or "vidare" must not be read as a list or a filler word.
    .replace(/(?<!\p{L})från och med(?!\p{L})/gu, 'fom')
    .replace(/(?<!\p{L})till och med(?!\p{L})/gu, 'tom')
    .replace(/(?<!\p{L})tills vidare(?!\p{L})/gu, 'tillsvidare')
    .replace(/(?<!\p{L})(?:och|and) (framåt|onwards)(?!\p{L})/gu, '$1')
    // A comma between items of a list is an "och": "2014, 2015 och 2016".
    .replace(/ ?, ?/gu, ' & ');
  if (normal === '') return plain({ text: printed, kind: 'absent', recognized: false, ongoing: false });
  const words = normal.split(' ').map((w) => (AND_WORD.test(w) ? '&' : w));
  const ongoing = words.some((w) => ONGOING_WORD.test(w));
  const recurring = words.some((w) => RECURRING_WORD.test(w));
  // An "och" next to an ongoing word joins it, not dates: "Pågår och löpande", "Löpande, 2019 och framåt".
  const nextToOngoing = (i: number) => ONGOING_WORD.test(words[i - 1] ?? '') || ONGOING_WORD.test(words[i + 1] ?? '');
  const kept = words.filter(
    (w, i) => !ONGOING_WORD.test(w) && !FILLER_WORD.test(w) && !(w === '&' && nextToOngoing(i)),
  );
  const rest = kept.join(' ');
  if (rest === '') {
    return ongoing
      ? { schedule: { text: printed, kind: 'ongoing', recognized: true, ongoing: true }, recurring }
      : plain(unrecognized(printed));
  }
  return { ...dates(printed, rest, ongoing), recurring };
}

/**
 * Reads a tidplan as printed in an action plan. Total: never throws, never drops the text.
 *
 * Recognized: years and year ranges with any dash, spaces or a line break ("2018-2020",
 * "2018 - 2019", "2018 -2020", "2018–2020", "2018\n-2020", "2018/2019", "2018/19", "Under åren
 * 2016-2018"), single years ("2019", "under 2019"), lists of years ("Under 2017 och 2018",
 * "2014, 2015 och 2016"; a list with a gap, "2018 och 2020", keeps its `years`), ISO dates and
 * months ("2019-06-30", "2019-06"), quarters ("Q1 2019", "kvartal 1 2019"), half years,
 * seasons and terms ("våren 2019", "vårterminen 2020", "vt 2020" = January–June; "hösten
 * 2019", "höstterminen 2019", "ht 2019" = July–December; "sommaren 2019" = June–August),
 * months and spans of months ("mars 2019", "februari 2017 – oktober 2018"), open starts
 * ("från 2019", "2019 och framåt") and deadlines ("senast 2019"). "Pågår", "Pågå" (as
 * printed), "Pågår kontinuerligt", "Löpande", "Kontinuerligt", "Årligen", "Tills vidare" are
 * ongoing, with no bounds unless the text gives years too ("Årligen 2018-2020").
 *
 * Anything else comes back with `recognized: false` and the text kept; a reversed range
 * ("2020-2018") or an implausible year is not recognized and says why in `problem`. No
 * text, or only white space, is `absent`.
 *
 * @example
 * parseSchedule('2018 - 2020');
 * // { text: '2018 - 2020', kind: 'period', recognized: true, ongoing: false,
 * //   start: '2018-01-01', end: '2020-12-31', startYear: 2018, endYear: 2020 }
 * parseSchedule('2018 och 2020');        // { kind: 'period', …, startYear: 2018, endYear: 2020, years: [2018, 2020] }
 * parseSchedule('Pågår\nkontinuerligt'); // { kind: 'ongoing', recognized: true, ongoing: true, … }
 * parseSchedule('När budget finns');     // { kind: 'unrecognized', recognized: false, text: 'När budget finns', … }
 */
export function parseSchedule(text: string | null | undefined): ParsedSchedule {
  return read(text).schedule;
}

const MONTH_WORDS: Bilingual[] = [
  { sv: 'januari', en: 'January' },
  { sv: 'februari', en: 'February' },
  { sv: 'mars', en: 'March' },
  { sv: 'april', en: 'April' },
  { sv: 'maj', en: 'May' },
  { sv: 'juni', en: 'June' },
  { sv: 'juli', en: 'July' },
  { sv: 'augusti', en: 'August' },
  { sv: 'september', en: 'September' },
  { sv: 'oktober', en: 'October' },
  { sv: 'november', en: 'November' },
  { sv: 'december', en: 'December' },
];
const SEASON_WORDS: Record<'spring' | 'summer' | 'autumn', Bilingual> = {
  spring: { sv: 'våren', en: 'spring' },
  summer: { sv: 'sommaren', en: 'summer' },
  autumn: { sv: 'hösten', en: 'autumn' },
};
const TERM_WORDS: Record<'spring' | 'autumn', Bilingual> = {
  spring: { sv: 'vårterminen', en: 'spring term' },
  autumn: { sv: 'höstterminen', en: 'autumn term' },
};

/** One bound in words, lower case: "februari 2017" / "February 2017", "hösten 2019" / "autumn 2019". */
function boundWords(what: Unit, date: IsoDate): Bilingual {
  const year = date.slice(0, 4);
  switch (what.unit) {
    case 'date':
      return { sv: date, en: date };
    case 'year':
      return { sv: year, en: year };
    case 'month': {
      const m = MONTH_WORDS[what.month - 1] as Bilingual;
      return { sv: `${m.sv} ${year}`, en: `${m.en} ${year}` };
    }
    case 'quarter':
      return { sv: `kvartal ${what.quarter} ${year}`, en: `Q${what.quarter} ${year}` };
    case 'season':
      return { sv: `${SEASON_WORDS[what.season].sv} ${year}`, en: `${SEASON_WORDS[what.season].en} ${year}` };
    case 'term':
      return { sv: `${TERM_WORDS[what.term].sv} ${year}`, en: `${TERM_WORDS[what.term].en} ${year}` };
  }
}

const capital = (s: string): string => (s === '' ? s : (s[0] as string).toUpperCase() + s.slice(1));
const both = (sv: string, en: string): Bilingual => ({ sv: capital(sv), en: capital(en) });
const joinList = (items: readonly string[], and: string): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/**
 * A schedule for people, in Swedish and English: the years as a range ("2018–2020"), a list of
 * years ("2018 och 2020" / "2018 and 2020"), months, quarters, seasons and terms in words
 * ("Februari 2017 – oktober 2018" / "February 2017 – October 2018", "Kvartal 2 2019" / "Q2
 * 2019", "Hösten 2019" / "Autumn 2019"), "Från 2019" / "From 2019", "Senast 2019" / "By
 * 2019", "Pågår" / "Ongoing", "Årligen" / "Every year"; the printed text when it was not
 * recognized; `''` when the document gives none.
 *
 * @example
 * describeSchedule(parseSchedule('2018 -2020'));                  // { sv: '2018–2020', en: '2018–2020' }
 * describeSchedule(parseSchedule('februari 2017 – oktober 2018')); // { sv: 'Februari 2017 – oktober 2018', en: 'February 2017 – October 2018' }
 * describeSchedule(parseSchedule('Pågå'));                        // { sv: 'Pågår', en: 'Ongoing' }
 */
export function describeSchedule(schedule: ParsedSchedule): Bilingual {
  const { kind, startYear: a, endYear: b } = schedule;
  if (kind === 'absent') return { sv: '', en: '' };
  if (kind === 'unrecognized') return { sv: schedule.text.trim(), en: schedule.text.trim() };
  const reading = read(schedule.text);
  if (kind === 'ongoing')
    return reading.recurring ? { sv: 'Årligen', en: 'Every year' } : { sv: 'Pågår', en: 'Ongoing' };
  if (schedule.years !== undefined && schedule.years.length > 0) {
    const years = schedule.years.map(String);
    return { sv: joinList(years, 'och'), en: joinList(years, 'and') };
  }
  // What the bounds were printed as, when the text still reads to the same bounds.
  const same = reading.schedule.start === schedule.start && reading.schedule.end === schedule.end;
  const first = same ? reading.first : undefined;
  const last = same ? reading.last : undefined;
  const wholeYears =
    (schedule.start === undefined || schedule.start.endsWith('-01-01')) &&
    (schedule.end === undefined || schedule.end.endsWith('-12-31'));
  const yearly = (first === undefined || first.unit === 'year') && (last === undefined || last.unit === 'year');
  if (wholeYears && (yearly || !same)) {
    if (a !== undefined && b !== undefined) {
      const years = a === b ? String(a) : `${a}–${b}`;
      return { sv: years, en: years };
    }
    if (a !== undefined) return { sv: `Från ${a}`, en: `From ${a}` };
    return { sv: `Senast ${b}`, en: `By ${b}` };
  }
  const startWords = first && schedule.start !== undefined ? boundWords(first, schedule.start) : undefined;
  const endWords = last && schedule.end !== undefined ? boundWords(last, schedule.end) : undefined;
  if (startWords && endWords) {
    if (startWords.sv === endWords.sv) return both(startWords.sv, startWords.en);
    return both(`${startWords.sv} – ${endWords.sv}`, `${startWords.en} – ${endWords.en}`);
  }
  if (startWords && schedule.end === undefined) return both(`från ${startWords.sv}`, `from ${startWords.en}`);
  if (endWords && schedule.start === undefined) return both(`senast ${endWords.sv}`, `by ${endWords.en}`);
  // Bounds that this module did not read from the text (built by hand): say them as dates.
  const from = schedule.start ?? '';
  const to = schedule.end ?? '';
  if (from !== '' && to !== '')
    return from === to ? { sv: from, en: from } : { sv: `${from} – ${to}`, en: `${from} – ${to}` };
  return from !== '' ? { sv: `Från ${from}`, en: `From ${from}` } : { sv: `Senast ${to}`, en: `By ${to}` };
}

/**
 * A plan as an Excel workbook and back, without loss: sheets `Plan`, `Aktörer`, `Mål`,
 * `Aktiviteter`, `Indikatorer` and `Resultat` with the Swedish headers officers use (those of the
 * activities CSV where they are the same). Pure: cells in, cells out; the .xlsx file itself is
 * written and read by `xlsx.ts`, loaded only when Excel is used.
 *
 * Lossless by construction: each row's fields that have a column go there, and whatever a column
 * cannot say as it is (a text with only a Swedish key, `false`, an empty list, a target per area,
 * a field the editor does not know) goes as JSON into the row's last column, `Övrigt (JSON)`,
 * and is merged back on import. The `Plan` sheet keeps the plan's other fields, in their order.
 * @module
 */
import { LANGUAGES, type Bilingual } from '@asf-kit/core';
import { getAt, isObject, setAt, type Draft, type Json } from './draft.js';

/** A cell as the Excel libraries take and give it. */
export type Cell = string | number | boolean | Date | null;
export interface Sheet {
  sheet: string;
  data: Cell[][];
}

/** One problem in a workbook, by sheet, row (the header is row 1) and column. */
export interface WorkbookIssue {
  sheet: string;
  row: number;
  column?: string;
  message: Bilingual;
}

export type WorkbookResult = { success: true; draft: Draft } | { success: false; issues: WorkbookIssue[] };

type Kind = 'text' | 'number' | 'bool' | 'ids' | 'involved' | 'localized' | 'translation' | 'enum';
interface Column {
  header: string;
  path: string[];
  kind: Kind;
  /** For `enum`: the words written for each value (any of them, or the value itself, is read back). */
  words?: Record<string, string>;
}

const EXTRA = 'Övrigt (JSON)';
/** The keys of a text in both languages, `{ sv, en }`. */
const LANGUAGE_KEYS = new Set<string>(LANGUAGES);
const SAMTLIGA = 'Samtliga';
const YES = 'ja';

const text = (header: string, ...path: string[]): Column => ({ header, path, kind: 'text' });
const number = (header: string, ...path: string[]): Column => ({ header, path, kind: 'number' });
const bool = (header: string, ...path: string[]): Column => ({ header, path, kind: 'bool' });
const localized = (header: string, ...path: string[]): Column[] => [
  { header, path, kind: 'localized' },
  { header: `${header} (engelska)`, path, kind: 'translation' },
];
const choice = (header: string, words: Record<string, string>, ...path: string[]): Column => ({
  header,
  path,
  kind: 'enum',
  words,
});

const ACTOR_COLUMNS: Column[] = [
  text('Id', 'id'),
  ...localized('Namn', 'name'),
  text('Förkortning', 'abbreviation'),
  text('Typ', 'type'),
  ...localized('Roll', 'role'),
  text('Källa', 'source'),
];
const GOAL_COLUMNS: Column[] = [
  text('Id', 'id'),
  ...localized('Mål', 'title'),
  ...localized('Beskrivning', 'description'),
  text('Källa', 'source'),
];
const ACTIVITY_COLUMNS: Column[] = [
  text('Id', 'id'),
  text('Område', 'goal'),
  ...localized('Åtgärd', 'title'),
  ...localized('Beskrivning', 'description'),
  { header: 'Huvudansvarig', path: ['lead'], kind: 'ids' },
  { header: 'Andra berörda aktörer', path: ['involved'], kind: 'involved' },
  text('Tidplan', 'schedule'),
  text('Ansvar enligt dokumentet', 'responsibilityText'),
  text('Källa', 'source'),
];
const TARGET_WORDS = {
  level: 'nivå',
  change: 'förändring',
  milestone: 'milstolpe',
  direction: 'riktning',
  range: 'intervall',
};
const INDICATOR_COLUMNS: Column[] = [
  text('Id', 'id'),
  text('Mål', 'goal'),
  ...localized('Indikator', 'title'),
  ...localized('Enhet', 'unit'),
  choice('Riktning', { increase: 'öka', decrease: 'minska' }, 'direction'),
  choice('Mått', { count: 'antal', amount: 'belopp', share: 'andel', other: 'annat' }, 'measure'),
  number('Utgångsvärde', 'baseline', 'value'),
  text('Utgångsvärde datum', 'baseline', 'date'),
  text('Utgångsvärde tidpunkt', 'baseline', 'when'),
  bool('Utgångsvärde ca', 'baseline', 'approximate'),
  number('Utgångsvärde andel', 'baseline', 'share'),
  number('Utgångsvärde av totalt', 'baseline', 'of'),
  text('Utgångsvärde som det står', 'baseline', 'text'),
  ...localized('Utgångsvärde anteckning', 'baseline', 'note'),
  choice('Målbild typ', TARGET_WORDS, 'target', 'type'),
  number('Målvärde', 'target', 'value'),
  number('Målbild lägst', 'target', 'min'),
  number('Målbild högst', 'target', 'max'),
  text('Målbild datum', 'target', 'date'),
  bool('Målbild ca', 'target', 'approximate'),
  number('Målbild av totalt', 'target', 'of'),
  text('Målbild som det står', 'target', 'text'),
  text('Start', 'start'),
  text('Kolada-nyckeltal', 'kpi'),
  ...localized('Anteckning', 'note'),
  text('Källa', 'source'),
];
const OUTCOME_COLUMNS: Column[] = [
  text('Datum', 'date'),
  { header: 'Värde', path: ['value'], kind: 'number' },
  bool('Ca', 'approximate'),
  number('Av totalt', 'of'),
  text('Område', 'area'),
  text('Som det står', 'text'),
  ...localized('Anteckning', 'note'),
  number('Kvinnor', 'breakdown', 'women'),
  number('Män', 'breakdown', 'men'),
  bool('Illustrativ', 'illustrative'),
];
const OUTCOME_INDICATOR = 'Indikator';
const MILESTONE_WORDS: Record<string, boolean> = { uppnått: true, 'ej uppnått': false, true: true, false: false };

/** The list sheets: the plan's key, the sheet's name and its columns. */
const LISTS = [
  { key: 'actors', sheet: 'Aktörer', columns: ACTOR_COLUMNS },
  { key: 'goals', sheet: 'Mål', columns: GOAL_COLUMNS },
  { key: 'activities', sheet: 'Aktiviteter', columns: ACTIVITY_COLUMNS },
  { key: 'indicators', sheet: 'Indikatorer', columns: INDICATOR_COLUMNS },
] as const;
const PLAN_SHEET = 'Plan';
const OUTCOME_SHEET = 'Resultat';
const PLAN_HEADERS = ['Fält', 'Värde', 'Format'];
/** Formats of the Plan sheet's values: plain text, JSON, or "the list is on its own sheet". */
const AS_TEXT = 'text';
const AS_JSON = 'JSON';
const AS_SHEET = 'blad';

/** The names of the sheets, in order. */
export const SHEET_NAMES = [PLAN_SHEET, ...LISTS.map((l) => l.sheet), OUTCOME_SHEET];

/** Removes objects that a column emptied (`{}` left behind), never the row itself. */
function prune(value: Json, keep = true): Json | undefined {
  if (!isObject(value)) return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v, false);
    if (p !== undefined) out[k] = p;
  }
  return Object.keys(out).length === 0 && !keep ? undefined : out;
}

/** Writes one item into cells; what no column can say stays in `rest`. */
function toCells(item: Json, columns: Column[]): Cell[] {
  let rest: Json = structuredClone(item);
  const cells: Cell[] = columns.map(() => null);
  const take = (path: string[]) => {
    rest = setAt(rest, path, undefined);
  };
  columns.forEach((c, i) => {
    const v = getAt(item, c.path);
    if (v === undefined) return;
    switch (c.kind) {
      case 'text':
        if (typeof v === 'string' && v !== '') {
          cells[i] = v;
          take(c.path);
        }
        break;
      case 'number':
        if (typeof v === 'number') {
          cells[i] = v;
          take(c.path);
        } else if (typeof v === 'boolean' && c.path[0] === 'value') {
          cells[i] = v ? 'Uppnått' : 'Ej uppnått';
          take(c.path);
        }
        break;
      case 'bool':
        if (v === true) {
          cells[i] = YES;
          take(c.path);
        }
        break;
      case 'enum':
        if (typeof v === 'string' && c.words?.[v] !== undefined) {
          cells[i] = c.words[v]!;
          take(c.path);
        }
        break;
      case 'ids':
      case 'involved':
        if (c.kind === 'involved' && v === 'all') {
          cells[i] = SAMTLIGA;
          take(c.path);
        } else if (
          Array.isArray(v) &&
          v.every((id) => typeof id === 'string' && id !== '' && !/[,\s]/.test(id) && id !== SAMTLIGA)
        ) {
          cells[i] = (v as string[]).join(', ');
          take(c.path);
        }
        break;
      case 'localized': {
        const simple = typeof v === 'string' && v !== '';
        const pair =
          isObject(v) &&
          Object.keys(v).every((k) => LANGUAGE_KEYS.has(k)) &&
          typeof v['sv'] === 'string' &&
          v['sv'] !== '' &&
          typeof v['en'] === 'string' &&
          v['en'] !== '';
        if (simple) {
          cells[i] = v;
          take(c.path);
        } else if (pair) {
          cells[i] = v['sv'] as string;
          cells[i + 1] = v['en'] as string;
          take(c.path);
        }
        break;
      }
      case 'translation':
        break;
    }
  });
  const left = prune(rest);
  cells.push(isObject(left) && Object.keys(left).length > 0 ? JSON.stringify(left) : null);
  return cells;
}

/**
 * The workbook of a plan: a `Plan` sheet with the plan's other fields, a sheet per list, and the
 * outcomes of every indicator on `Resultat`, one row each with the indicator's id.
 */
export function planToSheets(draft: Draft): Sheet[] {
  const planRows: Cell[][] = [PLAN_HEADERS];
  for (const [key, value] of Object.entries(draft)) {
    if (LISTS.some((l) => l.key === key) && Array.isArray(value)) planRows.push([key, null, AS_SHEET]);
    else if (typeof value === 'string' && value !== '') planRows.push([key, value, AS_TEXT]);
    else planRows.push([key, JSON.stringify(value), AS_JSON]);
  }
  const sheets: Sheet[] = [{ sheet: PLAN_SHEET, data: planRows }];
  const outcomes: Cell[][] = [[OUTCOME_INDICATOR, ...OUTCOME_COLUMNS.map((c) => c.header), EXTRA]];
  for (const list of LISTS) {
    const items = draft[list.key];
    const rows: Cell[][] = [[...list.columns.map((c) => c.header), EXTRA]];
    for (const item of Array.isArray(items) ? items : []) {
      let row = item;
      if (
        list.key === 'indicators' &&
        isObject(item) &&
        Array.isArray(item['outcomes']) &&
        item['outcomes'].length > 0
      ) {
        for (const outcome of item['outcomes']) {
          outcomes.push([typeof item['id'] === 'string' ? item['id'] : '', ...toCells(outcome, OUTCOME_COLUMNS)]);
        }
        row = setAt(item, ['outcomes'], undefined);
      }
      rows.push(toCells(row, list.columns));
    }
    sheets.push({ sheet: list.sheet, data: rows });
  }
  sheets.push({ sheet: OUTCOME_SHEET, data: outcomes });
  return sheets;
}

const say = (sheet: string, row: number, column: string | undefined, sv: string, en: string): WorkbookIssue => ({
  sheet,
  row,
  column,
  message: {
    sv: `Bladet ${sheet}, rad ${row}${column ? `, kolumn "${column}"` : ''}: ${sv}`,
    en: `Sheet ${sheet}, row ${row}${column ? `, column "${column}"` : ''}: ${en}`,
  },
});

/** A cell as text: numbers as written, dates as `YYYY-MM-DD` (Excel may have turned a typed date into one). */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Deep merge of the JSON column into the row read from the other columns. */
function merge(into: Json, extra: Json): Json {
  if (!isObject(into) || !isObject(extra)) return extra;
  const out: { [key: string]: Json } = { ...into };
  for (const [k, v] of Object.entries(extra)) out[k] = k in out ? merge(out[k]!, v) : v;
  return out;
}

/** Reads one row into an item; problems name the sheet, row and column. */
function fromCells(
  row: Cell[],
  headers: string[],
  columns: Column[],
  sheet: string,
  rowNumber: number,
  issues: WorkbookIssue[],
): Json {
  let item: Json = {};
  const at = (header: string) => {
    const index = headers.indexOf(header);
    return index < 0 ? null : (row[index] ?? null);
  };
  for (const c of columns) {
    const cell = at(c.header);
    if (c.kind === 'translation') continue;
    if (cell === null || cell === '') {
      if (c.kind === 'ids' || c.kind === 'involved') item = setAt(item, c.path, []);
      if (c.kind === 'localized') {
        const en = at(`${c.header} (engelska)`);
        if (en !== null && en !== '') item = setAt(item, c.path, { sv: '', en: cellText(en) });
      }
      continue;
    }
    switch (c.kind) {
      case 'text':
        item = setAt(item, c.path, cellText(cell));
        break;
      case 'number': {
        if (typeof cell === 'number') item = setAt(item, c.path, cell);
        else if (typeof cell === 'boolean') item = setAt(item, c.path, cell);
        else {
          const t = cellText(cell).trim();
          const milestone = MILESTONE_WORDS[t.toLowerCase()];
          const n = Number(t.replace(/\s/g, '').replace(',', '.'));
          if (c.path[0] === 'value' && milestone !== undefined) item = setAt(item, c.path, milestone);
          else if (t !== '' && Number.isFinite(n)) item = setAt(item, c.path, n);
          else issues.push(say(sheet, rowNumber, c.header, `"${t}" är inte ett tal.`, `"${t}" is not a number.`));
        }
        break;
      }
      case 'bool': {
        const t = cellText(cell).trim().toLowerCase();
        if (cell === true || t === YES || t === 'true' || t === 'x') item = setAt(item, c.path, true);
        else if (cell === false || t === 'nej' || t === 'false') item = setAt(item, c.path, false);
        else
          issues.push(
            say(
              sheet,
              rowNumber,
              c.header,
              `skriv "ja" eller lämna tomt, inte "${t}".`,
              `write "ja" (yes) or leave it empty, not "${t}".`,
            ),
          );
        break;
      }
      case 'enum': {
        const t = cellText(cell).trim().toLowerCase();
        const value = Object.entries(c.words ?? {}).find(([v, w]) => w === t || v === t)?.[0];
        // An unknown word stays as written: parsePlan then says what the field accepts.
        item = setAt(item, c.path, value ?? cellText(cell));
        break;
      }
      case 'ids':
      case 'involved': {
        const t = cellText(cell).trim();
        if (c.kind === 'involved' && t.toLowerCase() === SAMTLIGA.toLowerCase()) item = setAt(item, c.path, 'all');
        else
          item = setAt(
            item,
            c.path,
            t.split(/\s*,\s*/).filter((s) => s !== ''),
          );
        break;
      }
      case 'localized': {
        const en = at(`${c.header} (engelska)`);
        const sv = cellText(cell);
        item = setAt(item, c.path, en === null || en === '' ? sv : { sv, en: cellText(en) });
        break;
      }
    }
  }
  const extra = at(EXTRA);
  if (extra !== null && extra !== '') {
    try {
      item = merge(item, JSON.parse(cellText(extra)) as Json);
    } catch {
      issues.push(say(sheet, rowNumber, EXTRA, 'texten är inte giltig JSON.', 'the text is not valid JSON.'));
    }
  }
  return item;
}

const isEmptyRow = (row: Cell[]) => row.every((c) => c === null || c === '');

/**
 * The plan of a workbook written by {@link planToSheets} (or filled in from its template). A
 * workbook with problems gives no plan, only the problems, each by sheet and row.
 */
export function sheetsToPlan(sheets: readonly Sheet[]): WorkbookResult {
  const issues: WorkbookIssue[] = [];
  const find = (name: string) => sheets.find((s) => s.sheet === name);
  const planSheet = find(PLAN_SHEET);
  if (!planSheet) {
    return {
      success: false,
      issues: [
        {
          sheet: PLAN_SHEET,
          row: 0,
          message: {
            sv: `Arbetsboken saknar bladet ${PLAN_SHEET}: använd mallen.`,
            en: `The workbook has no sheet ${PLAN_SHEET}: use the template.`,
          },
        },
      ],
    };
  }
  let draft: Draft = {};
  planSheet.data.slice(1).forEach((row, i) => {
    if (isEmptyRow(row)) return;
    const key = cellText(row[0] ?? null).trim();
    const value = row[1] ?? null;
    const format = cellText(row[2] ?? null).trim();
    if (key === '') return;
    if (format === AS_SHEET) draft = setAt(draft, [key], []);
    else if (format === AS_JSON) {
      try {
        draft = setAt(draft, [key], JSON.parse(cellText(value)) as Json);
      } catch {
        issues.push(say(PLAN_SHEET, i + 2, 'Värde', 'texten är inte giltig JSON.', 'the text is not valid JSON.'));
      }
    } else if (typeof value === 'number' && key === 'formatVersion') draft = setAt(draft, [key], value);
    else if (value !== null && value !== '') draft = setAt(draft, [key], cellText(value));
  });
  const outcomesByIndicator = new Map<string, Json[]>();
  const outcomeSheet = find(OUTCOME_SHEET);
  if (outcomeSheet && outcomeSheet.data.length > 0) {
    const headers = outcomeSheet.data[0]!.map((h) => cellText(h));
    outcomeSheet.data.slice(1).forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const id = cellText(row[headers.indexOf(OUTCOME_INDICATOR)] ?? null).trim();
      const outcome = fromCells(row, headers, OUTCOME_COLUMNS, OUTCOME_SHEET, i + 2, issues);
      outcomesByIndicator.set(id, [...(outcomesByIndicator.get(id) ?? []), outcome]);
    });
  }
  for (const list of LISTS) {
    const sheet = find(list.sheet);
    if (!sheet || sheet.data.length === 0) continue;
    const headers = sheet.data[0]!.map((h) => cellText(h));
    const items = sheet.data
      .slice(1)
      .map((row, i) => ({ row, number: i + 2 }))
      .filter(({ row }) => !isEmptyRow(row))
      .map(({ row, number }) => {
        let item = fromCells(row, headers, list.columns, list.sheet, number, issues);
        if (list.key === 'indicators' && isObject(item) && typeof item['id'] === 'string') {
          const outcomes = outcomesByIndicator.get(item['id']);
          if (outcomes) {
            item = setAt(item, ['outcomes'], outcomes);
            outcomesByIndicator.delete(item['id'] as string);
          }
        }
        return item;
      });
    if (items.length > 0 || list.key in draft) draft = setAt(draft, [list.key], items);
  }
  // Outcomes of an indicator that is not on the Indikatorer sheet are not dropped silently.
  for (const [id] of outcomesByIndicator) {
    issues.push({
      sheet: OUTCOME_SHEET,
      row: 0,
      column: OUTCOME_INDICATOR,
      message: {
        sv: `Bladet ${OUTCOME_SHEET}: indikatorn "${id}" finns inte på bladet Indikatorer.`,
        en: `Sheet ${OUTCOME_SHEET}: the indicator "${id}" is not on the sheet Indikatorer.`,
      },
    });
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, draft };
}

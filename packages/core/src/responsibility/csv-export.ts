/**
 * Writing a plan's activities as CSV that Excel opens as it is.
 * @module
 */
import Papa from 'papaparse';
import type { Language } from '../i18n/text.js';
import type { Activity, Goal, LocalizedText } from '../plan/schema.js';
import { actorLabeler } from './actor-lookup.js';
import { CSV_BASIC_COLUMNS, CSV_COLUMNS, CSV_HEADERS, escapeCsvCell, type CsvColumn } from './csv-format.js';
import { ACTOR_REGISTRY, foldActorName, type RegistryActor } from './registry.js';
import type { ResponsibilityPlan } from './types.js';

/** Options of {@link activitiesToCsv}. */
export interface ActivitiesToCsvOptions {
  /** Headers, "Samtliga"/"All" and actor names in this language. Default Swedish. */
  language?: Language;
  /** Start with a UTF-8 byte-order mark, so that Excel reads å, ä, ö. Default `true`. */
  bom?: boolean;
  /** `'auto'` (default): the six basic columns plus those some activity uses; `'all'`: every column. */
  columns?: 'auto' | 'all';
  /** Where to find names for actor ids that the plan does not list. */
  registry?: readonly RegistryActor[];
}

const sv = (text: LocalizedText | undefined): string =>
  text === undefined ? '' : typeof text === 'string' ? text : text.sv;
const en = (text: LocalizedText | undefined): string =>
  text === undefined || typeof text === 'string' ? '' : (text.en ?? '');

/** The name to write for a goal: its title when that finds it back unambiguously, else its id. */
function goalLabeler(goals: readonly Goal[], lang: Language): (id: string) => string {
  return (id) => {
    const goal = goals.find((g) => g.id === id);
    if (!goal) return id;
    const title = lang === 'en' ? en(goal.title) || sv(goal.title) : sv(goal.title);
    const key = foldActorName(title);
    const clash = goals.some(
      (g) =>
        g.id === title || (g !== goal && [sv(g.title), en(g.title)].some((t) => t !== '' && foldActorName(t) === key)),
    );
    return title !== '' && title === title.trim() && !clash ? title : id;
  };
}

/**
 * Writes a plan's activities as CSV for Excel: semicolon-separated, UTF-8 with a byte-order
 * mark, CRLF line ends, Swedish headers `Id;Område;Åtgärd;Huvudansvarig;Andra berörda
 * aktörer;Tidplan` (plus `Åtgärd (engelska)`, `Beskrivning`, `Beskrivning (engelska)`,
 * `Ansvar enligt dokumentet`, `Källa` when an activity uses them). Several actors go in one
 * cell, comma-separated, by the abbreviation or name the document prints; "Samtliga" for
 * `"all"`; an absent tidplan is an empty cell. Fields with semicolons, quotes or line breaks
 * are quoted by papaparse; cells that a spreadsheet would run as formulas get an apostrophe
 * (see `escapeCsvCell`). {@link parseActivitiesCsv} reads it back to the same activities.
 *
 * @example
 * activitiesToCsv(plan);
 * // '\uFEFFId;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan\r\n'
 * // + '1.1;Område 1: Förbättrad samverkan;Samverka genom …;KS;AMN, OMN;Pågå\r\n' + …
 */
export function activitiesToCsv(
  plan: Pick<ResponsibilityPlan, 'actors' | 'activities' | 'goals'>,
  options: ActivitiesToCsvOptions = {},
): string {
  const { language = 'sv', bom = true, columns = 'auto', registry = ACTOR_REGISTRY } = options;
  const actor = actorLabeler(plan.actors, registry, language);
  const goal = goalLabeler(plan.goals ?? [], language);
  const all = language === 'en' ? 'All' : 'Samtliga';

  const cell: Record<CsvColumn, (a: Activity) => string> = {
    id: (a) => a.id,
    goal: (a) => (a.goal === undefined ? '' : goal(a.goal)),
    title: (a) => sv(a.title),
    lead: (a) => a.lead.map(actor).join(', '),
    involved: (a) => (a.involved === 'all' ? all : a.involved.map(actor).join(', ')),
    schedule: (a) => a.schedule ?? '',
    titleEn: (a) => en(a.title),
    description: (a) => sv(a.description),
    descriptionEn: (a) => en(a.description),
    responsibilityText: (a) => a.responsibilityText ?? '',
    source: (a) => a.source ?? '',
  };
  const used = CSV_COLUMNS.filter(
    (c) => columns === 'all' || CSV_BASIC_COLUMNS.includes(c) || plan.activities.some((a) => cell[c](a) !== ''),
  );
  const rows = [
    used.map((c) => CSV_HEADERS[language][c]),
    ...plan.activities.map((a) => used.map((c) => escapeCsvCell(cell[c](a)))),
  ];
  const body = Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false });
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}

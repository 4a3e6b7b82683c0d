/**
 * The rows of `<asf-activity-table>`: what each row shows, its search text and sort keys,
 * computed once per plan and language; and the pure filter and sort over them.
 * @module
 */
import {
  buildResponsibilityMatrix,
  describeSchedule,
  localizedPart,
  type Language,
  type ParsedSchedule,
  type Plan,
} from '@asf-kit/core';
import { actorNameMap, foldForSearch, namesOf, type ActorNames } from '../shared/actor-names.js';
import type { ActivityTableFilter, ActivityTableSortKey, SortDirection } from './events.js';

/** One activity as the table shows it. */
export interface TableRow {
  id: string;
  /** The activity's place in the plan. */
  index: number;
  title: string;
  /** The language the title is written in (WCAG 3.1.2: the view marks it where it differs). */
  titleLang: Language;
  description: string;
  descriptionLang: Language;
  goalId: string;
  goal: string;
  goalLang: Language;
  /** The goal's place among the plan's goals; after all of them when the row has none. */
  goalOrder: number;
  lead: ActorNames[];
  involved: ActorNames[];
  /** The document says "Samtliga". */
  involvedAll: boolean;
  /** Every actor that leads or is involved, "Samtliga" expanded as in the matrix. */
  actorIds: ReadonlySet<string>;
  /** The tidplan as printed, line breaks as spaces ("Pågår kontinuerligt"). */
  scheduleText: string;
  schedule: ParsedSchedule;
  leadText: string;
  involvedText: string;
  /** Everything a search looks in, folded (see `foldForSearch`). */
  search: string;
}

/** What the element derives from a plan in one language. */
export interface TableModel {
  rows: TableRow[];
  /** Actors that lead or take part in some activity, in plan order: the actor filter. */
  actors: ActorNames[];
  /** Actors with a printed code that differs from their name: the abbreviation list. */
  abbreviations: ActorNames[];
  goals: { id: string; title: string; lang: Language }[];
  /** The language of the plan's plain-string texts and printed schedules. */
  planLanguage: Language;
  hasGoals: boolean;
  hasSchedules: boolean;
}

export const ALL_LABEL: Record<Language, string> = { sv: 'Samtliga', en: 'All' };

/**
 * Builds the rows of a plan. "Samtliga" is expanded with core's `buildResponsibilityMatrix`,
 * so that the actor filter and the responsibility matrix agree.
 */
export function buildTableModel(plan: Plan, lang: Language, { descriptions = true } = {}): TableModel {
  const matrix = buildResponsibilityMatrix(plan);
  const planLanguage = plan.language ?? 'sv';
  const names = actorNameMap(matrix.actors, lang, planLanguage);
  const goalOrder = new Map(plan.goals.map((g, i) => [g.id, i]));
  const goals = plan.goals.map((g) => {
    const { text, lang: goalLang } = localizedPart(g.title, lang, planLanguage);
    return { id: g.id, title: text, lang: goalLang };
  });
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const used = new Set<string>();
  const rows = matrix.rows.map(({ index, cells, schedule }): TableRow => {
    const activity = plan.activities[index]!;
    const involvedAll = activity.involved === 'all';
    const lead = activity.lead.map((id) => namesOf(names, id));
    const involved = activity.involved === 'all' ? [] : activity.involved.map((id) => namesOf(names, id));
    for (const a of [...lead, ...involved]) used.add(a.id);
    const actorIds = new Set(Object.keys(cells).filter((id) => cells[id] !== null && cells[id] !== undefined));
    const goalId = activity.goal ?? '';
    const goal = goalById.get(goalId)?.title ?? '';
    const title = localizedPart(activity.title, lang, planLanguage);
    const description = descriptions ? localizedPart(activity.description, lang, planLanguage) : { text: '', lang };
    const scheduleText = (activity.schedule ?? '').replace(/\s+/gu, ' ').trim();
    const leadText = lead.map((a) => a.short).join(', ');
    const involvedText = involvedAll ? ALL_LABEL[lang] : involved.map((a) => a.short).join(', ');
    const search = foldForSearch(
      [
        activity.id,
        title.text,
        description.text,
        goal,
        ...lead.flatMap((a) => [a.short, a.full]),
        ...involved.flatMap((a) => [a.short, a.full]),
        involvedAll ? ALL_LABEL[lang] : '',
        scheduleText,
        describeSchedule(schedule)[lang],
      ].join(' \u241f '),
    );
    return {
      id: activity.id,
      index,
      title: title.text,
      titleLang: title.lang,
      description: description.text,
      descriptionLang: description.lang,
      goalId,
      goal,
      goalLang: goalById.get(goalId)?.lang ?? lang,
      goalOrder: goalOrder.get(goalId) ?? plan.goals.length,
      lead,
      involved,
      involvedAll,
      actorIds,
      scheduleText,
      schedule,
      leadText,
      involvedText,
      search,
    };
  });
  const actors = matrix.actors.map((a) => namesOf(names, a.id));
  return {
    rows,
    actors,
    abbreviations: actors.filter((a) => a.abbreviated && used.has(a.id)),
    goals,
    planLanguage,
    hasGoals: rows.some((r) => r.goal !== ''),
    hasSchedules: rows.some((r) => r.schedule.kind !== 'absent'),
  };
}

/**
 * The rows that pass the filters, in the order given. The search text is split into words;
 * each must occur in the row, ignoring case and diacritics.
 */
export function filterRows(rows: readonly TableRow[], filter: ActivityTableFilter): readonly TableRow[] {
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  const { filterActor: actor, filterGoal: goal } = filter;
  if (!actor && !goal && words.length === 0) return rows;
  return rows.filter(
    (r) =>
      (!actor || r.actorIds.has(actor)) && (!goal || r.goalId === goal) && words.every((w) => r.search.includes(w)),
  );
}

/**
 * The group of a schedule when sorting: "Pågår" without years is already running, so it comes
 * before dated schedules; text that cannot be read comes after them. No schedule is empty.
 */
function scheduleGroup(s: ParsedSchedule): number {
  if (s.kind === 'ongoing') return 0;
  if (s.kind === 'period') return 1;
  return 2;
}

type Compare = (a: TableRow, b: TableRow) => number;

function comparators(collator: Intl.Collator): Record<ActivityTableSortKey, Compare> {
  return {
    title: (a, b) => collator.compare(a.title, b.title),
    goal: (a, b) => a.goalOrder - b.goalOrder,
    lead: (a, b) => collator.compare(a.leadText, b.leadText),
    involved: (a, b) => collator.compare(a.involvedText, b.involvedText),
    schedule: (a, b) => {
      const ga = scheduleGroup(a.schedule);
      const gb = scheduleGroup(b.schedule);
      if (ga !== gb) return ga - gb;
      if (ga === 1) {
        const sa = a.schedule.start ?? a.schedule.end ?? '';
        const sb = b.schedule.start ?? b.schedule.end ?? '';
        if (sa !== sb) return sa < sb ? -1 : 1;
        const ea = a.schedule.end ?? '9999-12-31';
        const eb = b.schedule.end ?? '9999-12-31';
        return ea === eb ? 0 : ea < eb ? -1 : 1;
      }
      return ga === 2 ? collator.compare(a.scheduleText, b.scheduleText) : 0;
    },
  };
}

/** Whether a row has nothing in a column: such rows stay last in both directions. */
function isEmpty(row: TableRow, key: ActivityTableSortKey): boolean {
  switch (key) {
    case 'title':
      return row.title === '';
    case 'goal':
      return row.goal === '';
    case 'lead':
      return row.leadText === '';
    case 'involved':
      return row.involvedText === '';
    case 'schedule':
      return row.schedule.kind === 'absent';
  }
}

/**
 * Sorts rows by a column. Text columns sort by the shown text (Swedish or English collation,
 * numbers in numeric order); goals in the plan's order of goals; schedules by start date, then
 * end date, with "Pågår" (no years) first and unreadable schedules after the dated ones.
 * Descending is the exact reverse, except that rows with an empty cell stay last and equal
 * rows keep the plan's order in both directions. `''` gives the plan's order.
 */
export function sortRows(
  rows: readonly TableRow[],
  by: ActivityTableSortKey | '',
  direction: SortDirection,
  locale: string,
): readonly TableRow[] {
  if (!by) return rows;
  const compare = comparators(new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }))[by];
  const sign = direction === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const ea = isEmpty(a, by);
    const eb = isEmpty(b, by);
    if (ea !== eb) return ea ? 1 : -1;
    return sign * compare(a, b) || a.index - b.index;
  });
}

/**
 * The rows of `<asf-activity-table>`: what each row shows and its sort keys, computed once per
 * plan and language; the search texts, built at the first search; and the pure filter and sort
 * over them.
 * @module
 */
import {
  describeSchedule,
  localizedPart,
  parseSchedule,
  resolveActors,
  samtligaActorIds,
  type Actor,
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
  /** The tidplan as printed, line breaks as spaces ("Pågår kontinuerligt"). */
  scheduleText: string;
  schedule: ParsedSchedule;
  leadText: string;
  involvedText: string;
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
  /**
   * Whether an actor (by id) leads or is involved in a row, "Samtliga" expanded as core's
   * `buildResponsibilityMatrix` does, so that the actor filter and the responsibility matrix agree.
   */
  involves(row: TableRow, actorId: string): boolean;
  /**
   * Everything a search looks in, folded (see `foldForSearch`). Built for every row at the
   * first call (the first search), not with the model: a table that is never searched never
   * pays for it.
   */
  searchText(row: TableRow): string;
}

export const ALL_LABEL: Record<Language, string> = { sv: 'Samtliga', en: 'All' };

/**
 * Builds the rows of a plan. The work per row is what every view needs (texts, names, sort
 * keys); schedules are read once per distinct text, and the search texts wait for the first
 * search. "Samtliga" and the actor columns follow core's `buildResponsibilityMatrix` (its
 * `samtligaActorIds` and `resolveActors`), without building its cells for every row.
 */
export function buildTableModel(plan: Plan, lang: Language, { descriptions = true } = {}): TableModel {
  const planLanguage = plan.language ?? 'sv';
  // The matrix's columns: the actors some row names ("Samtliga" expanded), the plan's own and
  // the registry's first, then ids found nowhere, in order of first mention.
  const samtliga = plan.activities.some((a) => a.involved === 'all') ? samtligaActorIds(plan) : [];
  const samtligaSet = new Set(samtliga);
  const used = new Set<string>();
  for (const a of plan.activities) {
    for (const id of a.lead) used.add(id);
    for (const id of a.involved === 'all' ? samtliga : a.involved) used.add(id);
  }
  const known = resolveActors(plan);
  const knownIds = new Set(known.map((a) => a.id));
  const unknown: Actor[] = [...used].filter((id) => !knownIds.has(id)).map((id) => ({ id, name: id }));
  const columns = [...known, ...unknown].filter((a) => used.has(a.id));
  const names = actorNameMap(columns, lang, planLanguage);
  const goalOrder = new Map(plan.goals.map((g, i) => [g.id, i]));
  const goals = plan.goals.map((g) => {
    const { text, lang: goalLang } = localizedPart(g.title, lang, planLanguage);
    return { id: g.id, title: text, lang: goalLang };
  });
  const goalById = new Map(goals.map((g) => [g.id, g]));
  // Plans repeat their schedules ("Pågår", "2019–2021") and lists of actors: read each once.
  const schedules = new Map<string | undefined, { text: string; parsed: ParsedSchedule }>();
  const scheduleOf = (printed: string | undefined) => {
    let s = schedules.get(printed);
    if (!s) {
      s = { text: (printed ?? '').replace(/\s+/gu, ' ').trim(), parsed: parseSchedule(printed) };
      schedules.set(printed, s);
    }
    return s;
  };
  const named = new Set<string>();
  const noRow = { text: '', lang };
  const rows = plan.activities.map((activity, index): TableRow => {
    const involvedAll = activity.involved === 'all';
    const lead = activity.lead.map((id) => namesOf(names, id));
    const involved = activity.involved === 'all' ? [] : activity.involved.map((id) => namesOf(names, id));
    for (const a of lead) named.add(a.id);
    for (const a of involved) named.add(a.id);
    const goalId = activity.goal ?? '';
    const goal = goalById.get(goalId);
    const title = localizedPart(activity.title, lang, planLanguage);
    const description = descriptions ? localizedPart(activity.description, lang, planLanguage) : noRow;
    const schedule = scheduleOf(activity.schedule);
    return {
      id: activity.id,
      index,
      title: title.text,
      titleLang: title.lang,
      description: description.text,
      descriptionLang: description.lang,
      goalId,
      goal: goal?.title ?? '',
      goalLang: goal?.lang ?? lang,
      goalOrder: goalOrder.get(goalId) ?? plan.goals.length,
      lead,
      involved,
      involvedAll,
      scheduleText: schedule.text,
      schedule: schedule.parsed,
      leadText: lead.length === 1 ? lead[0]!.short : lead.map((a) => a.short).join(', '),
      involvedText: involvedAll ? ALL_LABEL[lang] : involved.map((a) => a.short).join(', '),
    };
  });
  /**
   * The search text of every row. Each part is folded apart, and each distinct word, name, goal
   * and schedule once (they repeat): folding changes no character into white space or back, and
   * a word of a search has none, so it occurs in the parts (and words) folded apart exactly
   * where it occurs in the whole text folded at once.
   */
  const searchTexts = (): string[] => {
    const folded = new Map<string, string>();
    const fold = (t: string) => {
      let f = folded.get(t);
      if (f === undefined) folded.set(t, (f = foldForSearch(t)));
      return f;
    };
    // Titles and descriptions are folded word by word: plans repeat their words.
    const foldWords = (t: string) => t.split(/\s+/u).map(fold).join(' ').trim();
    const described = new Map<ParsedSchedule, string>();
    const all = foldForSearch(ALL_LABEL[lang]);
    return rows.map((r) => {
      let schedule = described.get(r.schedule);
      if (schedule === undefined) described.set(r.schedule, (schedule = fold(describeSchedule(r.schedule)[lang])));
      const parts = [foldForSearch(r.id), foldWords(r.title), foldWords(r.description), fold(r.goal)];
      for (const a of r.lead) parts.push(fold(a.short), fold(a.full));
      for (const a of r.involved) parts.push(fold(a.short), fold(a.full));
      parts.push(r.involvedAll ? all : '', fold(r.scheduleText), schedule);
      return parts.join(' \u241f ');
    });
  };
  let search: string[] | undefined;
  const actors = columns.map((a) => namesOf(names, a.id));
  return {
    rows,
    actors,
    abbreviations: actors.filter((a) => a.abbreviated && named.has(a.id)),
    goals,
    planLanguage,
    hasGoals: rows.some((r) => r.goal !== ''),
    hasSchedules: rows.some((r) => r.schedule.kind !== 'absent'),
    involves: (r, id) =>
      r.lead.some((a) => a.id === id) || (r.involvedAll ? samtligaSet.has(id) : r.involved.some((a) => a.id === id)),
    searchText: (r) => (search ??= searchTexts())[r.index]!,
  };
}

/**
 * The rows that pass the filters, in the order given. The search text is split into words;
 * each must occur in the row, ignoring case and diacritics.
 */
export function filterRows(
  model: TableModel,
  rows: readonly TableRow[],
  filter: ActivityTableFilter,
): readonly TableRow[] {
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  const { filterActor: actor, filterGoal: goal } = filter;
  if (!actor && !goal && words.length === 0) return rows;
  return rows.filter(
    (r) =>
      (!actor || model.involves(r, actor)) &&
      (!goal || r.goalId === goal) &&
      (words.length === 0 || words.every((w) => model.searchText(r).includes(w))),
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

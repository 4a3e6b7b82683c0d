/** The columns `<asf-activity-table>` can sort by; `''` is the plan's own order. */
export const ACTIVITY_TABLE_SORT_KEYS = ['title', 'goal', 'lead', 'involved', 'schedule'] as const;
export type ActivityTableSortKey = (typeof ACTIVITY_TABLE_SORT_KEYS)[number];

/** Directions of a sort, as `aria-sort` names them. */
export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/**
 * Fired by `<asf-activity-table>` when the user sorts by a column (a click, Enter or Space on a
 * column header). `sortBy` is `''` when the user went back to the plan's order. Never fired
 * when code sets `sortBy` or `sortDirection`.
 */
export class AsfSortChangeEvent extends Event {
  static readonly eventName = 'asf-sort-change';
  constructor(
    readonly sortBy: ActivityTableSortKey | '',
    readonly sortDirection: SortDirection,
  ) {
    super(AsfSortChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The filters of `<asf-activity-table>`; `''` means no filter. */
export interface ActivityTableFilter {
  /** An actor id: rows the actor leads or is involved in ("Samtliga" included). */
  filterActor: string;
  /** A goal id. */
  filterGoal: string;
  /** The search text. */
  query: string;
}

/**
 * Fired by `<asf-activity-table>` when the user changes a filter or the search text, with all
 * three filters and the number of rows now shown. Never fired when code sets them.
 */
export class AsfFilterChangeEvent extends Event {
  static readonly eventName = 'asf-filter-change';
  constructor(
    readonly filter: ActivityTableFilter,
    /** How many activities the table shows now. */
    readonly shown: number,
    /** How many activities the plan has. */
    readonly total: number,
  ) {
    super(AsfFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asf-sort-change': AsfSortChangeEvent;
    'asf-filter-change': AsfFilterChangeEvent;
  }
}

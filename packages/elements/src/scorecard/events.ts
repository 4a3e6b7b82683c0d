import type { IndicatorStatus } from '@asf-kit/core';

/** What `<asf-scorecard>` shows: one status, or every indicator (`''`). */
export type StatusFilter = IndicatorStatus | '';

/**
 * Fired when the user chooses which statuses `<asf-scorecard>` shows (never when a script sets
 * `statusFilter`). The element has already updated its `statusFilter` property.
 *
 * Named after the property it reports (as `asf-sort-change` reports `sortBy`): the activity
 * table's `asf-filter-change` carries other filters, and one event name cannot have two types.
 */
export class AsfStatusFilterChangeEvent extends Event {
  static readonly eventName = 'asf-status-filter-change';
  constructor(
    /** The status shown now; `''` for all. */
    readonly statusFilter: StatusFilter,
  ) {
    super(AsfStatusFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asf-status-filter-change': AsfStatusFilterChangeEvent;
  }
}

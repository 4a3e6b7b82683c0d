import { css } from 'lit';
import { statusStyles } from '../shared/status-view.js';

export const styles = [
  statusStyles,
  css`
    :host {
      display: block;
      font-family: var(--asf-font-family, system-ui, sans-serif);
      color: var(--asf-color-text, #1b1b1b);
      --_border: var(--asf-color-border, #767676);
      --_surface: var(--asf-color-surface, #fff);
      --_surface-muted: var(--asf-color-surface-muted, #f1f1f1);
      --_muted: var(--asf-color-text-muted, #555);
      --_lead: var(--asf-responsibility-matrix-lead-color, var(--asf-color-primary, #005a9c));
      --_involved: var(--asf-responsibility-matrix-involved-color, var(--asf-color-text, #1b1b1b));
      --_focus: var(--asf-color-focus, #1a5fb4);
      --_max-height: var(--asf-responsibility-matrix-max-height, 80vh);
      --_activity-width: var(--asf-responsibility-matrix-activity-width, 18rem);
      --_radius: var(--asf-radius, 8px);
    }
    [part='base'] {
      display: grid;
      gap: 0.75rem;
    }
    [part='empty'] {
      color: var(--_muted);
      font-style: italic;
    }

    /* The scroll region: both sticky edges stick to it. */
    [part='scroller'] {
      overflow: auto;
      max-block-size: var(--_max-height);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [part='scroller']:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    table {
      border-collapse: separate;
      border-spacing: 0;
      min-inline-size: 100%;
    }
    caption {
      position: sticky;
      inset-inline-start: 0;
      text-align: start;
      font-weight: 700;
      font-size: 1.125em;
      padding: 0.625rem 0.75rem 0.5rem;
    }
    th,
    td {
      padding: 0.375rem 0.5rem;
      border-block-end: 1px solid var(--_border);
      background: var(--_surface);
      vertical-align: middle;
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
      background: var(--_surface-muted);
      border-block-end-width: 2px;
      vertical-align: bottom;
      font-weight: 400;
      text-align: center;
      /* A preferred width: a column is never narrower than its longest word. */
      inline-size: 6rem;
    }
    [part='corner'] {
      inset-inline-start: 0;
      z-index: 3;
      text-align: start;
      font-weight: 700;
    }
    [part='actor-code'] {
      display: block;
      font-weight: 700;
    }
    [part='actor-name'] {
      display: block;
      font-size: 0.8em;
      color: var(--_muted);
      overflow-wrap: break-word;
    }
    [part='actor-name']:only-child {
      font-size: 0.875em;
      font-weight: 700;
      color: inherit;
    }
    /* The activity column. */
    [part='activity'],
    [part='corner'],
    [part='workload'] th {
      position: sticky;
      inset-inline-start: 0;
      text-align: start;
      min-inline-size: min(var(--_activity-width), 55vw);
      max-inline-size: var(--_activity-width);
      border-inline-end: 1px solid var(--_border);
    }
    [part='activity'] {
      z-index: 1;
      font-weight: 400;
    }
    [part='all-note'] {
      display: block;
      margin-block-start: 0.125rem;
      font-size: 0.85em;
      font-style: italic;
      color: var(--_muted);
    }
    [part='group'] th {
      background: var(--_surface-muted);
      text-align: start;
      font-weight: 700;
      padding-block-start: 0.625rem;
    }
    [part='group'] th span {
      position: sticky;
      inset-inline-start: 0.5rem;
    }
    [part='cell'] {
      text-align: center;
      font-size: 1.25em;
      line-height: 1;
    }
    [part='cell'][data-role='lead'] {
      color: var(--_lead);
    }
    [part='cell'][data-role='involved'] {
      color: var(--_involved);
    }
    [part='cell'][data-role='none'] {
      color: var(--_muted);
    }
    /* The workload row sticks to the bottom. */
    tfoot th,
    tfoot td {
      position: sticky;
      inset-block-end: 0;
      z-index: 2;
      background: var(--_surface-muted);
      border-block-start: 2px solid var(--_border);
      border-block-end: 0;
      font-size: 0.85em;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    tfoot th {
      z-index: 3;
      text-align: start;
    }
    [part='workload-cell'] span {
      white-space: nowrap;
    }

    [part='legend'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.9em;
      color: var(--_muted);
    }
    .mark {
      display: inline-block;
      min-inline-size: 1em;
      text-align: center;
      font-size: 1.15em;
    }
    .mark[data-role='lead'] {
      color: var(--_lead);
    }
    .mark[data-role='involved'] {
      color: var(--_involved);
    }

    @media (forced-colors: active) {
      [part='scroller'],
      th,
      td {
        border-color: CanvasText;
      }
      th,
      td,
      [part='group'] th,
      tfoot th,
      tfoot td {
        background: Canvas;
        color: CanvasText;
      }
      [part='cell'][data-role],
      .mark[data-role] {
        color: CanvasText;
      }
      [part='scroller']:focus-visible {
        outline-color: Highlight;
      }
    }

    @media print {
      [part='scroller'] {
        overflow: visible;
        max-block-size: none;
        border: 0;
      }
      thead th,
      [part='activity'],
      [part='corner'],
      [part='group'] th span,
      tfoot th,
      tfoot td,
      caption {
        position: static;
      }
      table {
        font-size: 0.8em;
      }
      th,
      td {
        background: none;
        border-color: #000;
      }
      tr {
        break-inside: avoid;
      }
      [part='cell'][data-role] {
        color: #000;
      }
    }
  `,
];

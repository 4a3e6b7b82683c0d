import { css } from 'lit';
import { statusStyles } from '../shared/status-styles.js';

/*
 * The styles in parts, with their explanations as JavaScript comments between them: the
 * minifier removes those, while comments inside css`` would ship to every page.
 */
export const styles = [
  statusStyles,
  // The host: its tokens, and a query container, so that the layout follows the element's own
  // width (a narrow column, a phone, a zoomed page).
  css`
    :host {
      display: block;
      container: asf-responsibility-matrix / inline-size;
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
      --_edge-shadow: var(--asf-responsibility-matrix-edge-shadow, rgb(0 0 0 / 0.28));
    }
    [part='base'] {
      display: grid;
      gap: 0.75rem;
    }
    [part='empty'] {
      color: var(--_muted);
      font-style: italic;
    }
  `,
  // The hint that columns are hidden to a side; the region is described by it.
  css`
    [part='scroll-hint'] {
      margin: 0;
      font-size: 0.9em;
      color: var(--_muted);
    }
    [part='scroll-hint']::before {
      content: '↔ ' / '';
    }
  `,
  // The frame draws a shadow over the scroll region's end edge while columns hide there.
  css`
    [part='frame'] {
      position: relative;
      min-inline-size: 0;
    }
    [part='frame'][data-more-end]::after {
      content: '';
      position: absolute;
      inset-block: 1px;
      inset-inline-end: 1px;
      inline-size: 1.75rem;
      pointer-events: none;
      border-start-end-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
      background: linear-gradient(to left, var(--_edge-shadow), transparent);
    }
    :host(:dir(rtl)) [part='frame'][data-more-end]::after {
      background: linear-gradient(to right, var(--_edge-shadow), transparent);
    }
  `,
  // Columns hidden at the start: the sticky activity column casts a shadow over them.
  css`
    [part='frame'][data-more-start] :is([part='activity'], [part='corner'], [part='workload'] th) {
      box-shadow: 0.375rem 0 0.5rem -0.25rem var(--_edge-shadow);
    }
  `,
  // The scroll region: both sticky edges stick to it. It is positioned, so that it is the
  // containing block of the visually hidden words in the cells (position: absolute): they
  // scroll and clip with it instead of widening the page (WCAG 1.4.10).
  css`
    [part='scroller'] {
      position: relative;
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
      text-align: start;
      font-weight: 700;
      font-size: 1.125em;
    }
  `,
  // The caption spans the whole table; its text stays in view and wraps at the region's width.
  // A preferred width: a column is never narrower than its longest word.
  css`
    .caption-text {
      display: block;
      position: sticky;
      inset-inline-start: 0;
      box-sizing: border-box;
      max-inline-size: calc(100cqi - 2px);
      padding: 0.625rem 0.75rem 0.5rem;
      overflow-wrap: break-word;
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
  `,
  // The activity column.
  css`
    [part='activity'],
    [part='corner'],
    [part='workload'] th {
      position: sticky;
      inset-inline-start: 0;
      text-align: start;
      min-inline-size: min(var(--_activity-width), 40cqi);
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
    [part='group'] .group-title {
      display: inline-block;
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
  `,
  // The workload row sticks to the bottom.
  css`
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
  `,
  // A short screen (a landscape phone, or a laptop page zoomed to 200 %): a capped region would
  // leave room for a row or two between the sticky header and footer. The page scrolls
  // instead, and the footer follows the last row.
  css`
    @media (max-height: 32rem) {
      [part='scroller'] {
        max-block-size: none;
      }
      [part='workload'] :is(th, td) {
        position: static;
      }
    }
  `,
  // The narrow layout: cards, shown instead of the table in a narrow container.
  css`
    [part='cards'] {
      display: none;
    }
  `,
  // The cards. Long compound names break inside a word only where nothing else fits (a zoomed
  // phone); no hyphens: auto, which would break words that fit (Firefox hyphenates Swedish).
  css`
    [part='cards'] {
      overflow-wrap: anywhere;
    }
    [part='cards-caption'] {
      margin: 0;
      font-weight: 700;
      font-size: 1.125em;
    }
    [part='card-group'],
    [part='card-workload-title'] {
      margin: 1rem 0 0.5rem;
      font-weight: 700;
    }
    [part='card-list'],
    [part='card-workload-list'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='card'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [part='card-title'] {
      margin: 0 0 0.375rem;
      font-weight: 600;
    }
    [part='card'] dl {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }
    [part='card'] dt {
      display: inline;
      color: var(--_muted);
    }
    [part='card'] dd {
      display: inline;
      margin: 0;
    }
    [part='card-lead'] .mark {
      color: var(--_lead);
    }
    [part='card'] [part='all-note'] {
      margin: 0.25rem 0 0;
    }
    [part='card-workload'] {
      font-size: 0.95em;
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
  `,
  // Below 40rem of the element's own width: cards instead of the table (after every rule they override).
  css`
    @container asf-responsibility-matrix (max-width: 40rem) {
      [part='scroll-hint'],
      [part='frame'],
      [part='legend'] {
        display: none;
      }
      [part='cards'] {
        display: block;
      }
    }
  `,
  // Forced colours: system colours only. Shadows are not drawn: a heavy line marks the edge
  // that hides columns.
  css`
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
      [part='card'] {
        border-color: CanvasText;
      }
      [part='card-lead'] .mark {
        color: CanvasText;
      }
      [part='frame'][data-more-end]::after {
        background: none;
        border-inline-end: 0.25rem solid CanvasText;
      }
      [part='frame'][data-more-start] :is([part='activity'], [part='corner'], [part='workload'] th) {
        border-inline-end-width: 0.25rem;
      }
    }
  `,
  // Print: nothing sticks on paper (a sticky footer would print over the rows). The whole table
  // fits the page: the activity column is 11rem wide, the actors share the rest by the length
  // of their names; a name breaks inside a word only when its column has no room for it
  // (hyphenated where the browser can, under the name's lang). The totals print once, after
  // the last row, not at the foot of every page.
  css`
    @media print {
      [part='scroller'] {
        overflow: visible;
        max-block-size: none;
        border: 0;
      }
      [part='scroller'] :is(th, td, .caption-text, .group-title) {
        position: static;
      }
      [part='scroll-hint'],
      [part='frame']::after {
        display: none;
      }
      [part='frame'] :is(th, td) {
        box-shadow: none;
      }
      [part='table'] {
        inline-size: 100%;
      }
      [part='corner'] {
        inline-size: 11rem;
      }
      thead th:not([part='corner']) {
        inline-size: auto;
      }
      [part='scroller'] :is([part='activity'], [part='corner'], [part='workload'] th) {
        min-inline-size: 0;
        max-inline-size: none;
      }
      [part='scroller'] :is([part='actor-name'], [part='actor-code'], [part='workload-cell']) {
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      .caption-text {
        max-inline-size: none;
      }
      tfoot {
        display: table-row-group;
      }
      [part='workload-cell'] span {
        white-space: normal;
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

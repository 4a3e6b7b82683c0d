import { css } from 'lit';
import { statusStyles } from '../shared/status-styles.js';

/*
 * Notes on the styles (kept out of the CSS, which ships as written):
 * - Cards up to 50rem: above it the widest words of each column of the example plans (Uppsala
 *   48.6em, Bollnäs 46.7em; see columns.ts) fit side by side, so no word breaks in the middle.
 * - `.print-label` is the column name on paper, where the sort buttons are not printed.
 * - Forced colours: buttons without a border of their own are bare text, so the sort buttons
 *   get a ButtonText border.
 * - Print: a real table with every row; the browser sizes the columns from the content and
 *   repeats the header on every page. No grid or flex box, no container query (an A4 page is
 *   narrower than 50rem, but cards would waste paper) and no content-visibility around the
 *   table: their boxes do not grow when rows move to the next page, and what follows would
 *   print over the last rows. Controls are not printed. The text is a little smaller, as in
 *   printed tables, because a table is never narrower than its longest words (break-word does
 *   not change that): at screen size the Uppsala plan's columns need 715 px, and an A4 page
 *   with the example page's margins has about 686.
 */
export const styles = [
  statusStyles,
  css`
    :host {
      display: block;
      container: asf-activity-table / inline-size;
      font-family: var(--asf-font-family, system-ui, sans-serif);
      color: var(--asf-color-text, #1b1b1b);
      --_border: var(--asf-color-border, #767676);
      --_surface: var(--asf-color-surface, #fff);
      --_muted: var(--asf-color-text-muted, #555);
      --_header: var(--asf-activity-table-header-background, var(--asf-color-surface-muted, #f1f1f1));
      --_primary: var(--asf-color-primary, #005a9c);
      --_focus: var(--asf-color-focus, #1a5fb4);
      --_radius: var(--asf-radius, 8px);
      --_radius-small: var(--asf-radius-small, 4px);
      --_gap: var(--asf-activity-table-card-gap, 0.75rem);
    }
    [part='base'] {
      display: grid;
      gap: 0.75rem;
    }
    [part='empty'] {
      color: var(--_muted);
      font-style: italic;
    }

    /* Filters */
    [part='filters'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: end;
    }
    [part='field'] {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 12rem;
      min-inline-size: 0;
      font-size: 0.9em;
      font-weight: 600;
    }
    select {
      /* WebKit counts the inside of a menu list, as wide as its longest option, into the page's
         width: a long goal title made the page scroll sideways at 320 px. */
      contain: paint;
    }
    input,
    select {
      font: inherit;
      font-weight: 400;
      font-size: 1rem;
      min-inline-size: 0;
      max-inline-size: 100%;
      padding: 0.375rem 0.5rem;
      color: var(--asf-color-text, #1b1b1b);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
    }
    [part='count'] {
      margin: 0;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }

    /*
     * Table. Rows are grid containers rather than CSS table rows, so that the browser can skip
     * the layout of rows off screen (content-visibility) and a plan of thousands of activities
     * stays smooth; the columns come from --_columns, set by the element. The role attributes
     * of the template keep the table semantics that display values other than table-* drop.
     */
    table {
      display: block;
      inline-size: 100%;
      background: var(--_surface);
      overflow-wrap: break-word;
    }
    caption {
      display: block;
      text-align: start;
      font-weight: 700;
      font-size: 1.125em;
      padding-block-end: 0.5rem;
    }
    thead,
    tbody {
      display: block;
    }
    tr {
      display: grid;
      grid-template-columns: var(--_columns, repeat(auto-fit, minmax(8rem, 1fr)));
      border-block-end: 1px solid var(--_border);
    }
    /* A windowed table: the spacers stand for the rows not rendered; rows take focus. */
    tbody tr.spacer {
      display: block;
      block-size: var(--_space, 0);
      padding: 0;
      border: 0;
    }
    tbody tr:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: -3px;
    }
    th,
    td {
      display: block;
      text-align: start;
      padding: 0.5rem 0.625rem;
    }
    tbody :is(th, td) {
      hyphens: auto;
    }
    [part~='empty-row'] td {
      grid-column: 1 / -1;
    }
    thead tr {
      background: var(--_header);
      border-block-end-width: 2px;
    }
    thead th {
      padding: 0;
    }
    tbody th {
      font-weight: 400;
    }
    [part~='description'] {
      display: block;
      margin-block-start: 0.25rem;
      font-weight: 400;
      font-size: 0.9em;
      color: var(--_muted);
    }
    td[data-column='schedule'] {
      font-variant-numeric: tabular-nums;
    }
    .none {
      color: var(--_muted);
    }
    [part~='empty-row'] td {
      color: var(--_muted);
      font-style: italic;
    }

    /* Sort buttons fill their header cell. */
    [part='sort-button'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.375rem;
      inline-size: 100%;
      padding: 0.5rem 0.625rem;
      font: inherit;
      font-weight: 700;
      text-align: start;
      color: inherit;
      background: transparent;
      border: 0;
      cursor: pointer;
    }
    [part='sort-button']:hover {
      text-decoration: underline;
    }
    [part='sort-icon'] {
      color: var(--_muted);
      font-size: 0.8em;
    }
    .print-label {
      display: none;
    }
    [part='sort-icon']:not([data-sort='none']) {
      color: var(--_primary);
    }
    :is(input, select, [part='sort-button']):focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    [part='sort-button']:focus-visible {
      outline-offset: -3px;
    }

    /* Abbreviations */
    [part='abbreviations'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0;
      font-size: 0.9em;
      color: var(--_muted);
    }
    [part='abbreviations'] div {
      display: flex;
      gap: 0.375rem;
    }
    [part='abbreviations'] dt {
      font-weight: 700;
    }
    [part='abbreviations'] dd {
      margin: 0;
    }

    /*
     * A narrow container: each row is a card. The table elements keep their roles from the
     * role attributes of the template, since some browsers drop table semantics when a table's
     * display changes. Column names come from data-label, with empty alternative text so that
     * screen readers, which hear the column header, do not hear it twice.
     */
    /*
     * A narrow container: each row is a card with the column names from data-label, given
     * empty alternative text so that screen readers, which hear the column header, do not
     * hear it twice. The sort buttons stay visible as a row of buttons.
     */
    @container asf-activity-table (max-width: 50rem) {
      thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        padding-block-end: 0.5rem;
        background: none;
        border: 0;
      }
      thead th {
        border: 1px solid var(--_border);
        border-radius: var(--_radius-small);
        background: var(--_header);
      }
      tbody {
        display: grid;
        gap: var(--_gap);
      }
      tbody tr {
        grid-template-columns: minmax(0, 1fr);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.5rem 0.75rem;
        background: var(--_surface);
      }
      tbody th,
      tbody td {
        padding: 0.25rem 0;
      }
      tbody th {
        font-size: 1.05em;
        font-weight: 600;
        padding-block-end: 0.5rem;
      }
      tbody tr.spacer {
        padding: 0;
        border: 0;
        background: none;
      }
      td[data-label]::before {
        content: attr(data-label) ': ' / '';
        font-weight: 600;
        color: var(--_muted);
      }
    }

    @media (forced-colors: active) {
      tr,
      thead th {
        border-color: CanvasText;
      }
      thead tr,
      thead th {
        background: Canvas;
      }
      [part='sort-button'] {
        color: ButtonText;
        border: 1px solid ButtonText;
      }
      [part='sort-icon'],
      [part='sort-icon']:not([data-sort='none']) {
        color: inherit;
      }
      :is(input, select, [part='sort-button'], tbody tr):focus-visible {
        outline-color: Highlight;
      }
    }

    @media print {
      :host {
        container-type: normal;
      }
      [part='base'] {
        display: block;
      }
      [part='base'] > * + * {
        margin-block-start: 0.5rem;
      }
      [part='filters'],
      [part='sort-button'] {
        display: none;
      }
      .print-label {
        display: inline;
      }
      [part='count'] {
        color: inherit;
      }
      table {
        display: table;
        border-collapse: collapse;
        background: none;
        font-size: 0.875em;
      }
      caption {
        display: table-caption;
      }
      thead {
        display: table-header-group;
      }
      tbody {
        display: table-row-group;
      }
      tr {
        display: table-row;
        break-inside: avoid;
      }
      tbody tr.spacer {
        display: none;
      }
      th,
      td {
        display: table-cell;
        vertical-align: top;
        padding: 0.25rem 0.375rem;
        border-block-end: 1px solid #000;
      }
      thead th {
        padding: 0.25rem 0.375rem;
        font-weight: 700;
        border-block-end-width: 2px;
      }
    }
  `,
];

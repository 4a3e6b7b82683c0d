import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../shared/style-props.js';
import { localizedPart, type Language, type Plan, type PlanInput } from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { langOfPart } from '../shared/lang.js';
import { PlanController } from '../shared/plan-controller.js';
import { problemOf, renderCommon, viewOfPlan, type CommonView } from '../shared/status-view.js';
import { INPUT_TEXTS, InputCheck } from '../shared/inputs.js';
import { reportOnce } from '../shared/report-once.js';
import { memo } from '../shared/memo.js';
import type { ActorNames } from '../shared/actor-names.js';
import {
  ACTIVITY_TABLE_SORT_KEYS,
  AsfFilterChangeEvent,
  AsfSortChangeEvent,
  SORT_DIRECTIONS,
  type ActivityTableFilter,
  type ActivityTableSortKey,
  type SortDirection,
} from './events.js';
import { buildTableModel, filterRows, sortRows, type TableModel, type TableRow } from './rows.js';
import { columnTemplate, fontOf, TextMeasurer, type ColumnMeasure, type TextMeasure } from './columns.js';
import { styles } from './activity-table.styles.js';
import { baseStyles } from '../shared/base-styles.js';
import { countText, TEXTS } from './activity-table.texts.js';

export {
  ACTIVITY_TABLE_SORT_KEYS,
  AsfFilterChangeEvent,
  AsfSortChangeEvent,
  type ActivityTableFilter,
  type ActivityTableSortKey,
  type SortDirection,
} from './events.js';
/** What the table shows, derived once per update. */
type View = CommonView | { kind: 'empty' } | { kind: 'ready'; plan: Plan; model: TableModel };

/**
 * More shown rows than this render as a window: only the rows near the screen are in the DOM,
 * between two spacer rows as high as the rows left out. Fewer stay plain DOM, so that the
 * browser's find-in-page sees every row.
 */
export const WINDOW_THRESHOLD = 500;
/** Rows rendered above and below the screen in a window. */
const OVERSCAN = 8;
/** The height of a row until the rendered rows have been measured, in pixels. */
const ROW_ESTIMATE = 56;

interface RowRange {
  start: number;
  end: number;
}
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Widths of the columns until the element has measured their content (see columns.ts). */
const COLUMN_WIDTHS: Record<ActivityTableSortKey, string> = {
  title: 'minmax(11rem, 3fr)',
  goal: 'minmax(8rem, 1.8fr)',
  lead: 'minmax(8.5rem, 1.4fr)',
  involved: 'minmax(9rem, 1.4fr)',
  schedule: 'minmax(6rem, 1fr)',
};

/**
 * Widths of words and letters by font, shared by every table on the page (one canvas; the
 * fonts of a page are the same for all its tables). Cleared when a web font loads.
 */
const measurer = new TextMeasurer();

const isSortKey = (v: unknown): v is ActivityTableSortKey =>
  (ACTIVITY_TABLE_SORT_KEYS as readonly unknown[]).includes(v);
const SORT_BY: readonly (ActivityTableSortKey | '')[] = [...ACTIVITY_TABLE_SORT_KEYS, ''];

/**
 * A plan's activities as a table: the activity (åtgärd), its goal (område), the lead
 * (huvudansvarig), the other actors involved (andra berörda aktörer) and the schedule (tidplan)
 * as printed. Columns sort with the buttons in their headers (`aria-sort` on the header); a
 * search field and filters by actor and goal narrow the rows, and a live region says how many
 * are shown. Actors appear by the code the document prints ("KS"), with the full name read
 * to screen readers and listed under the table.
 *
 * "Samtliga" is shown as printed; the actor filter expands it as the responsibility matrix
 * does (core's `buildResponsibilityMatrix`). The schedule column is left out when no activity
 * has one, the goal column and filter when no activity has a goal.
 *
 * Sorting: text columns by the text shown, goals in the plan's order of goals, schedules by
 * start year then end (core's `parseSchedule`): "Pågår" without years first (already running),
 * unreadable schedules after the dated ones; descending is the reverse. Empty cells stay last,
 * and equal rows keep the plan's order. A third press on a sorted column goes back to the
 * plan's order.
 *
 * Columns are sized from their content: every column is at least as wide as its longest
 * word, so words break only where they may (spaces, hyphens, or `hyphens: auto` under the
 * text's own `lang`), and the rest of the width goes where the text is; only when the longest
 * words cannot fit side by side does a word break inside, as the last resort.
 *
 * Language of parts: plan text (titles, descriptions, goals, schedules as printed, actor codes
 * and names, the plan's title as caption) carries `lang` where it is in another language than
 * the element (a Swedish plan on an English page), from `plan.language` (Swedish by default)
 * and the `sv`/`en` keys of bilingual texts. The search landmark is named after the table
 * ("Filtrera åtgärder: <caption>"): give two tables of one plan on a page different captions.
 *
 * In a narrow container (up to 50rem: the element's own width, not the viewport's) each row
 * becomes a card; the table keeps its roles for screen readers. Printed, it is a plain table
 * with every row and the header repeated on each page, without the filters and sort buttons.
 * Large plans: rows are derived only when the plan, the language, a filter or the sort
 * change, and the texts a search looks in at the first search (typing the first letter
 * then takes longer than the next ones). More than 500 shown rows render as a window: only the rows near the screen are in
 * the DOM, between spacer rows as high as the rows left out, and follow the page's scrolling;
 * the table says how many rows it has (`aria-rowcount`) and where each rendered row is
 * (`aria-rowindex`). Its rows then take focus: arrow keys, Page Up/Down, Home and End move
 * from row to row past the rendered window, and a focused row stays rendered while it scrolls
 * out of view. Find-in-page sees only the rendered rows: the search field finds the others.
 * Printed (`beforeprint`, or print media), every row is rendered. Fewer rows are plain DOM.
 *
 * @summary A sortable, filterable table of a plan's activities, leads and schedules.
 * @tagname asf-activity-table
 * @csspart base - The wrapper of filters, count, table and abbreviations.
 * @csspart filters - The search field and the filters (a search landmark).
 * @csspart field - A label with its control.
 * @csspart search - The search field.
 * @csspart actor-filter - The select of actors.
 * @csspart goal-filter - The select of goals.
 * @csspart count - The live region that says how many activities are shown.
 * @csspart table - The table.
 * @csspart caption - The caption.
 * @csspart header - A column header.
 * @csspart sort-button - The button in a column header.
 * @csspart sort-icon - The arrow of a sort button.
 * @csspart row - A row (a card in a narrow container).
 * @csspart title - The activity's title (the row header).
 * @csspart description - The activity's description, under its title.
 * @csspart cell - A data cell.
 * @csspart empty-row - The row shown when no activity passes the filters.
 * @csspart abbreviations - The list of actor codes and their names.
 * @csspart empty - The text shown when no plan is given.
 * @csspart loading - The loading message.
 * @csspart error - The error message, with the problems and their paths.
 * @csspart retry - The retry button of the error message.
 * @cssprop --asf-activity-table-header-background - Background of the column headers.
 * @cssprop --asf-activity-table-card-gap - Space between cards in a narrow container.
 * @cssprop --asf-color-primary - Sort buttons and the active sort arrow.
 * @cssprop --asf-color-text - Text.
 * @cssprop --asf-color-text-muted - Descriptions, empty cells and labels.
 * @cssprop --asf-color-surface - Background of the table and controls.
 * @cssprop --asf-color-surface-muted - Header and stripe background.
 * @cssprop --asf-color-border - Lines.
 * @cssprop --asf-color-focus - Focus ring.
 * @cssprop --asf-font-family - Font.
 * @cssprop --asf-radius - Corners of cards.
 * @cssprop --asf-radius-small - Corners of controls.
 * @fires {AsfSortChangeEvent} asf-sort-change - The user sorted by a column (or went back to the plan's order).
 * @fires {AsfFilterChangeEvent} asf-filter-change - The user changed the search text, the actor or the goal filter.
 * @fires {AsfErrorEvent} asf-error - The plan could not be loaded or is not valid, or `sort-by` or `sort-direction` has a value it does not know.
 */
export class AsfActivityTable extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of a plan JSON document. */
  @property() src = '';

  /** A plan object; wins over `src`. Validated like a loaded document. */
  @property({ attribute: false }) plan?: Plan | PlanInput;

  /** The table's caption; the plan's title when empty. */
  @property() caption = '';

  /** The column to sort by: `title`, `goal`, `lead`, `involved`, `schedule`; empty for the plan's order. */
  @property({ attribute: 'sort-by' }) sortBy: ActivityTableSortKey | '' = '';

  /** `ascending` or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'ascending';

  /** Show only the activities this actor (by id) leads or is involved in. */
  @property({ attribute: 'filter-actor' }) filterActor = '';

  /** Show only the activities of this goal (by id). */
  @property({ attribute: 'filter-goal' }) filterGoal = '';

  /** Show only the activities that contain every word of this text (case and diacritics ignored). */
  @property() query = '';

  /** Leave out the activities' descriptions (shown under their titles, and searched, by default). */
  @property({ type: Boolean, attribute: 'no-descriptions' }) noDescriptions = false;

  /** The shown rows in the DOM when the table is windowed (see `WINDOW_THRESHOLD`). */
  @state() private range: RowRange = { start: 0, end: 0 };
  /** Printing: every row is rendered. */
  @state() private printing = false;

  private readonly i18n = new LangController(this);
  private readonly inputs = new InputCheck(this);
  /** `sortBy` and `sortDirection` as read in `willUpdate`. */
  private sortRead: { by: ActivityTableSortKey | ''; dir: SortDirection } = { by: '', dir: 'ascending' };
  private readonly data = new PlanController(this, () => ({ src: this.src, plan: this.plan }));

  private view: View = { kind: 'loading' };
  /** The model, the sorted rows and the shown rows, each derived again only when what it depends on changed. */
  private readonly buildModel = memo((plan: Plan, lang: Language, descriptions: boolean) =>
    buildTableModel(plan, lang, { descriptions }),
  );
  private readonly sort = memo(sortRows);
  private readonly filterShown = memo(
    (model: TableModel, rows: readonly TableRow[], filterActor: string, filterGoal: string, query: string) =>
      filterRows(model, rows, { filterActor, filterGoal, query }),
  );
  private shown: readonly TableRow[] = [];
  /** Measured heights of rendered rows (average and least), for the spacers and the window. */
  private rowHeight = ROW_ESTIMATE;
  private minRowHeight = ROW_ESTIMATE;
  /**
   * Whether the rows have been measured for the shown rows and width: measured once, so that the
   * spacers (and the page's height) do not change while a person scrolls through rows that are
   * higher or lower than the first ones.
   */
  private heightMeasured = false;
  /** The shown row (index) that takes Tab in a windowed table, and whether a row has focus. */
  private active = 0;
  private rowFocus = false;
  private inUpdate = false;
  /** Re-measures of the window since the last scroll (a guard against ever-changing layouts). */
  private remeasures = 0;
  /** Rendered on the server: hydrate every row first, then window. */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;
  private printQuery?: MediaQueryList;
  /** The grid columns measured from the content, and what they were measured for. */
  private columns?: { model: TableModel; template: string };

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
    if (isServer) return;
    // Capture: the page may scroll in any ancestor, not only the document.
    addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    this.printQuery ??= matchMedia('print');
    this.printQuery.addEventListener('change', this.onAfterPrint);
    this.printing = this.printQuery.matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    if (isServer) return;
    removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.onScroll);
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener('change', this.onAfterPrint);
  }

  /** Printing renders every row; Lit updates in a microtask, before the page is laid out for print. */
  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = this.printQuery?.matches ?? false;
  };

  /** The page scrolled or resized: render the rows now near the screen. */
  private readonly onScroll = (e?: Event): void => {
    if (e?.type === 'resize') this.heightMeasured = false;
    if (!this.windowed) return;
    this.remeasures = 0;
    const range = this.rangeAt();
    if (range.start !== this.range.start || range.end !== this.range.end) this.range = range;
  };

  /** Whether the shown rows render as a window. */
  private get windowed(): boolean {
    return (
      !isServer &&
      !this.printing &&
      this.view.kind === 'ready' &&
      this.shown.length > WINDOW_THRESHOLD &&
      (!this.serverRendered || this.hasUpdated)
    );
  }

  /**
   * The rows near the screen: where the body of the table lies against the viewport, with
   * rows of the measured average height before the window (the top spacer is as high).
   */
  private rangeAt(): RowRange {
    const n = this.shown.length;
    const body = this.renderRoot.querySelector('tbody');
    const view = window.innerHeight || 800;
    const box = body?.getBoundingClientRect();
    const top = box ? -box.top : 0;
    // Pixels of the body below the screen: near the end, the window is counted from the end, so
    // that the last rows render even where the estimated heights before them are off.
    const below = box ? box.bottom - view : Infinity;
    const count = Math.ceil(view / Math.max(16, Math.min(this.minRowHeight, this.rowHeight))) + 2 * OVERSCAN;
    const first = Math.floor(Math.max(0, top) / this.rowHeight) - OVERSCAN;
    const last = n - Math.floor(Math.max(0, below) / this.rowHeight) + OVERSCAN;
    const start = clamp(Math.min(first, last - count), 0, Math.max(0, n - count));
    return { start, end: Math.min(n, start + count) };
  }

  protected override update(changed: Parameters<LitElement['update']>[0]): void {
    // Rows that leave the DOM while rendering blur; that is not the person leaving the table.
    this.inUpdate = true;
    try {
      super.update(changed);
    } finally {
      this.inUpdate = false;
    }
  }

  /** A web font came in: the words have other widths now. */
  private readonly onFontsLoaded = (): void => {
    this.columns = undefined;
    measurer.clear();
    this.requestUpdate();
  };

  constructor() {
    super();
    reportOnce(this, () => problemOf(this.view));
  }

  protected override willUpdate(): void {
    this.inputs.begin();
    this.sortRead = {
      by: this.inputs.oneOf('sort-by', this.sortBy, SORT_BY, ''),
      dir: this.inputs.oneOf('sort-direction', this.sortDirection, SORT_DIRECTIONS, 'ascending'),
    };
    this.derive();
  }

  /**
   * Derives the view, and the shown rows: typing in the search field filters the already sorted
   * rows, and a language or plan change rebuilds the search texts once.
   */
  private derive(): void {
    const error = this.inputs.error;
    this.view = error
      ? { kind: 'problem', title: INPUT_TEXTS.title, error }
      : viewOfPlan<View>(
          this.data,
          () => ({ kind: 'empty' }),
          (plan) => ({ kind: 'ready', plan, model: this.buildModel(plan, this.i18n.lang, !this.noDescriptions) }),
        );
    const model = this.model;
    if (!model) return;
    const { by, dir } = this.sortRead;
    const sorted = this.sort(model.rows, by, dir, this.i18n.locale);
    const shown = this.filterShown(model, sorted, this.filterActor, this.filterGoal, this.query);
    if (shown !== this.shown) {
      // The focused row keeps its focus through a sort or filter when it is still shown.
      const activeId = this.shown[this.active]?.id;
      this.shown = shown;
      const at = activeId === undefined ? -1 : shown.findIndex((r) => r.id === activeId);
      this.active = Math.max(0, at);
      if (at < 0) this.rowFocus = false;
      this.heightMeasured = false;
      if (this.windowed) this.range = this.rangeAt();
    }
  }

  /** The table model, when the view is the table. */
  private get model(): TableModel | undefined {
    return this.view.kind === 'ready' ? this.view.model : undefined;
  }

  protected override firstUpdated(): void {
    // Hydrated with every row from the server: now render the window.
    if (this.serverRendered && this.shown.length > WINDOW_THRESHOLD) this.requestUpdate();
  }

  protected override updated(): void {
    this.measureColumns();
    if (this.windowed) this.measureWindow();
  }

  /**
   * Measures the rendered rows (cards in a narrow container are higher, and vary), adjusts the
   * window to what is now near the screen, and gives the focus back to the active row when it
   * was re-rendered while focused.
   */
  private measureWindow(): void {
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-index]')];
    let sum = 0;
    let least = Infinity;
    let measured = 0;
    for (const row of rows) {
      const h = row.getBoundingClientRect().height;
      if (h <= 0) continue;
      sum += h;
      least = Math.min(least, h);
      measured++;
    }
    if (measured > 0 && !this.heightMeasured) {
      this.rowHeight = sum / measured;
      this.minRowHeight = least;
      this.heightMeasured = true;
    }
    if (this.remeasures++ < 3) {
      const range = this.rangeAt();
      if (range.start !== this.range.start || range.end !== this.range.end) this.range = range;
    }
    if (this.rowFocus) {
      const row = this.renderRoot.querySelector<HTMLElement>(`tbody tr[data-index="${this.active}"]`);
      const focused = (this.renderRoot as ShadowRoot).activeElement;
      if (row && !(focused && row.contains(focused))) row.focus({ preventScroll: true });
    }
  }

  /** Arrow keys, Page Up/Down, Home and End move the focus from row to row in a windowed table. */
  private onRowKey(e: KeyboardEvent): void {
    if (!this.windowed || e.altKey || e.ctrlKey || e.metaKey) return;
    const row = (e.target as Element).closest<HTMLElement>('tr[data-index]');
    if (!row || row !== e.target) return;
    const i = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((window.innerHeight || 800) / this.rowHeight) - 1);
    const to =
      ({ ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + page, PageUp: i - page, Home: 0 } as const)[e.key as 'Home'] ??
      (e.key === 'End' ? this.shown.length - 1 : undefined);
    if (to === undefined) return;
    e.preventDefault();
    void this.focusRow(clamp(to, 0, this.shown.length - 1));
  }

  /** Renders the shown row at `index` (the window moves to it when it is outside) and focuses it. */
  private async focusRow(index: number): Promise<void> {
    this.active = index;
    this.rowFocus = true;
    const { start, end } = this.range;
    if (index < start || index >= end) {
      const count = Math.max(1, end - start);
      const s = clamp(index - Math.floor(count / 2), 0, Math.max(0, this.shown.length - count));
      this.range = { start: s, end: Math.min(this.shown.length, s + count) };
    }
    this.requestUpdate();
    // Bringing the row into view moves the window, whose measured rows may change the spacers
    // (browsers without scroll anchoring do not follow): bring it into view until it stays.
    for (let tries = 0; tries < 4; tries++) {
      await this.updateComplete;
      const row = this.renderRoot.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`);
      if (!row || this.active !== index) return;
      if (tries === 0) row.focus({ preventScroll: true });
      const { top, bottom } = row.getBoundingClientRect();
      if (tries > 0 && top >= 0 && bottom <= (window.innerHeight || 800)) return;
      row.scrollIntoView({ block: 'nearest' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  private onRowFocusIn(e: FocusEvent): void {
    const row = (e.target as Element).closest<HTMLElement>('tr[data-index]');
    if (!row) return;
    this.rowFocus = true;
    const i = Number(row.dataset.index);
    if (i !== this.active) {
      this.active = i;
      this.requestUpdate();
    }
  }

  private onRowFocusOut(e: FocusEvent): void {
    if (this.inUpdate) return;
    const to = e.relatedTarget as Element | null;
    if (!to?.closest?.('tr[data-index]')) this.rowFocus = false;
  }

  /**
   * Sizes the columns from their content (see columns.ts), once per model and whenever web
   * fonts load: every row of the plan counts, shown or filtered out, so that the columns do
   * not jump while a person filters. The fonts are those of the rendered cells, so a page's
   * `::part()` styles count too.
   */
  private measureColumns(): void {
    const model = this.model;
    if (!model || this.columns?.model === model) return;
    const root = this.renderRoot;
    const row = root.querySelector('tbody tr[part~="row"]:not([part~="empty-row"])');
    const label = root.querySelector('[part="sort-button"] > span');
    const table = root.querySelector('table');
    if (!row || !label || !table) return;
    const keys = [...root.querySelectorAll<HTMLElement>('thead th[data-column]')].map(
      (th) => th.dataset.column as ActivityTableSortKey,
    );
    const titleFont = fontOf(row.querySelector('[part~="title"] > span') ?? row);
    const descriptionFont = fontOf(row.querySelector('[part~="description"]') ?? row);
    const headerFont = fontOf(label);
    const button = label.parentElement!;
    const buttonStyle = getComputedStyle(button);
    const icon = button.querySelector('[part="sort-icon"]')?.getBoundingClientRect().width ?? 0;
    const buttonPadding = parseFloat(buttonStyle.paddingLeft) + parseFloat(buttonStyle.paddingRight);
    const headerExtra = buttonPadding + (parseFloat(buttonStyle.columnGap) || 0) + icon;
    const m = measurer;
    const measures = keys.map((key): ColumnMeasure => {
      const cell = key === 'title' ? row.querySelector('[part~="title"]') : row.querySelector(`[data-column="${key}"]`);
      const cellStyle = getComputedStyle(cell ?? row);
      // Cards (a narrow container) have no side padding in their cells; the sort buttons keep
      // the padding of table cells, so a table measured as cards still has room when it widens.
      const padding = Math.max(parseFloat(cellStyle.paddingLeft) + parseFloat(cellStyle.paddingRight), buttonPadding);
      const font = key === 'title' ? titleFont : fontOf(cell ?? row);
      const header =
        root.querySelector(`thead th[data-column="${key}"] [part="sort-button"] > span`)?.textContent ?? '';
      let min = m.measure({ text: header, font: headerFont }).widest + headerExtra - padding;
      let sum = 0;
      const measure = m.measurer(font);
      const measureDescription = key === 'title' ? m.measurer(descriptionFont) : undefined;
      const text = cellText[key];
      const add = ({ widest, line }: TextMeasure) => {
        if (widest > min) min = widest;
        sum += line;
      };
      for (const r of model.rows) {
        add(measure(text(r)));
        if (measureDescription && r.description) add(measureDescription(r.description));
      }
      // One pixel for rounding between the canvas and the layout of the text.
      return { min: min + padding + 1, mean: sum / Math.max(1, model.rows.length) + padding };
    });
    const template = columnTemplate(measures, parseFloat(getComputedStyle(table).fontSize) || 16);
    this.columns = { model, template };
    // Applied at once, through the CSSOM as the template's `styleProps` does (which writes the
    // same value at the next render): no second render, and the window measures its rows in
    // the final columns.
    table.style.setProperty('--_columns', template);
  }

  private filter(): ActivityTableFilter {
    return { filterActor: this.filterActor, filterGoal: this.filterGoal, query: this.query };
  }

  private emitFilter(): void {
    this.derive();
    this.dispatchEvent(new AsfFilterChangeEvent(this.filter(), this.shown.length, this.model?.rows.length ?? 0));
  }

  private onSort(key: ActivityTableSortKey): void {
    const by = isSortKey(this.sortBy) ? this.sortBy : '';
    const dir = this.sortDirection === 'descending' ? 'descending' : 'ascending';
    if (by !== key) {
      this.sortBy = key;
      this.sortDirection = 'ascending';
    } else if (dir === 'ascending') {
      this.sortDirection = 'descending';
    } else {
      this.sortBy = '';
      this.sortDirection = 'ascending';
    }
    this.dispatchEvent(new AsfSortChangeEvent(this.sortBy, this.sortDirection));
  }

  private onQuery(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.emitFilter();
  }

  private onActor(e: Event): void {
    this.filterActor = (e.target as HTMLSelectElement).value;
    this.emitFilter();
  }

  private onGoal(e: Event): void {
    this.filterGoal = (e.target as HTMLSelectElement).value;
    this.emitFilter();
  }

  override render() {
    const lang = this.i18n.lang;
    const v = this.view;
    if (v.kind === 'empty') return html`<p part="empty">${TEXTS.empty[lang]}</p>`;
    if (v.kind === 'ready') return this.renderTable(v.plan, v.model, lang);
    return renderCommon(v, lang, () => this.data.retry());
  }

  private renderTable(plan: Plan, model: TableModel, lang: Language): TemplateResult {
    const columns: { key: ActivityTableSortKey; label: string }[] = [
      { key: 'title', label: TEXTS.title[lang] },
      ...(model.hasGoals ? [{ key: 'goal' as const, label: TEXTS.goal[lang] }] : []),
      { key: 'lead', label: TEXTS.lead[lang] },
      { key: 'involved', label: TEXTS.involved[lang] },
      ...(model.hasSchedules ? [{ key: 'schedule' as const, label: TEXTS.schedule[lang] }] : []),
    ];
    // The caption attribute is the page's own text; the plan's title is plan text.
    const title = localizedPart(plan.title, lang, model.planLanguage);
    const caption = this.caption.trim()
      ? { text: this.caption.trim(), lang: undefined }
      : { text: title.text, lang: langOfPart(title.lang, lang) };
    const windowed = this.windowed;
    const part = (l: Language) => ifDefined(langOfPart(l, lang));
    const template =
      this.columns?.model === model ? this.columns.template : columns.map((c) => COLUMN_WIDTHS[c.key]).join(' ');
    // The search landmark is named after the table, so that two tables on a page have two
    // distinct landmarks (axe landmark-unique).
    return html`<div part="base">
      <div part="filters" role="search" aria-label=${`${TEXTS.filters[lang]}: ${caption.text}`}>
        <label part="field"
          ><span>${TEXTS.search[lang]}</span
          ><input part="search" type="search" autocomplete="off" .value=${live(this.query)} @input=${this.onQuery}
        /></label>
        <label part="field"
          ><span>${TEXTS.actor[lang]}</span
          ><select part="actor-filter" @change=${this.onActor}>
            <option value="" ?selected=${!this.filterActor}>${TEXTS.allActors[lang]}</option>
            ${model.actors.map(
              // An option holds text only: "KS – Municipal Executive Board" takes the name's language.
              (a) =>
                html`<option value=${a.id} ?selected=${a.id === this.filterActor} lang=${part(a.lang ?? model.planLanguage)}>${
                  a.abbreviated ? `${a.short} – ${a.full}` : a.full
                }</option>`,
            )}
          </select></label
        >
        ${
          model.hasGoals
            ? html`<label part="field"
              ><span>${TEXTS.goal[lang]}</span
              ><select part="goal-filter" @change=${this.onGoal}>
                <option value="" ?selected=${!this.filterGoal}>${TEXTS.allGoals[lang]}</option>
                ${model.goals.map(
                  (g) =>
                    html`<option value=${g.id} ?selected=${g.id === this.filterGoal} lang=${part(g.lang)}>${g.title}</option>`,
                )}
              </select></label
            >`
            : nothing
        }
      </div>
      <p part="count" role="status">${countText(this.shown.length, model.rows.length, lang)}</p>
      <table
        part="table"
        role="table"
        ?data-windowed=${windowed}
        aria-rowcount=${windowed ? this.shown.length + 1 : nothing}
        ${styleProps({ '--_columns': template })}
      >
        <caption part="caption"><span lang=${ifDefined(caption.lang)}>${caption.text}</span></caption>
        <thead>
          <tr role="row" aria-rowindex=${windowed ? 1 : nothing}>
            ${columns.map((c) => this.renderHeader(c.key, c.label, lang))}
          </tr>
        </thead>
        <tbody @keydown=${this.onRowKey} @focusin=${this.onRowFocusIn} @focusout=${this.onRowFocusOut}>
          ${
            this.shown.length === 0
              ? html`<tr part="row empty-row" role="row">
                <td role="cell" colspan=${columns.length}>${model.rows.length === 0 ? TEXTS.noActivities[lang] : TEXTS.noRows[lang]}</td>
              </tr>`
              : windowed
                ? this.renderWindow(model, lang)
                : repeat(
                    this.shown,
                    (r) => r.id,
                    (r) => this.renderRow(r, model, lang),
                  )
          }
        </tbody>
      </table>
      ${
        model.abbreviations.length
          ? html`<dl part="abbreviations" aria-label=${TEXTS.abbreviations[lang]}>
            ${model.abbreviations.map(
              (a) =>
                html`<div><dt lang=${part(a.shortLang ?? model.planLanguage)}>${a.short}</dt><dd lang=${part(a.lang ?? model.planLanguage)}>${a.full}</dd></div>`,
            )}
          </dl>`
          : nothing
      }
    </div>`;
  }

  /**
   * The rows near the screen between two spacer rows, each as high as the rows it stands for;
   * a focused row outside the window stays rendered at its place (between spacers), so that
   * the focus is not lost when it scrolls away.
   */
  private renderWindow(model: TableModel, lang: Language): TemplateResult {
    const n = this.shown.length;
    const { start, end } = this.range;
    const s = clamp(start, 0, n);
    const e = clamp(end, s, n);
    const tabStop = this.active >= s && this.active < e ? this.active : s;
    type Item = { key: string; index: number; space?: number };
    const items: Item[] = [];
    const pinned = this.rowFocus && (this.active < s || this.active >= e) && this.active < n;
    const h = this.rowHeight;
    const space = (key: string, rows: number) => items.push({ key, index: -1, space: rows * h });
    const row = (i: number) => items.push({ key: this.shown[i]!.id, index: i });
    // A kept row sits at its own place between spacers, so that neither it nor the rows move.
    if (pinned && this.active < s) {
      space('\u241ftop', this.active);
      row(this.active);
      space('\u241fbefore', s - this.active - 1);
    } else space('\u241ftop', s);
    for (let i = s; i < e; i++) row(i);
    if (pinned && this.active >= e) {
      space('\u241fafter', this.active - e);
      row(this.active);
      space('\u241fbottom', n - this.active - 1);
    } else space('\u241fbottom', n - e);
    return html`${repeat(
      items,
      (item) => item.key,
      (item) =>
        item.space !== undefined
          ? html`<tr class="spacer" aria-hidden="true" ${styleProps({ '--_space': `${Math.round(item.space)}px` })}></tr>`
          : this.renderRow(this.shown[item.index]!, model, lang, {
              index: item.index,
              tabStop: pinned ? item.index === this.active : item.index === tabStop,
            }),
    )}`;
  }

  private renderHeader(key: ActivityTableSortKey, label: string, lang: Language): TemplateResult {
    const active = this.sortBy === key;
    const dir = this.sortDirection === 'descending' ? 'descending' : 'ascending';
    const sort = active ? dir : undefined;
    const hint =
      sort === 'ascending' ? TEXTS.sortedAscending[lang] : sort === 'descending' ? TEXTS.sortedDescending[lang] : '';
    return html`<th part="header" role="columnheader" scope="col" aria-sort=${sort ?? nothing} data-column=${key}>
      <button part="sort-button" type="button" @click=${() => this.onSort(key)}>
        <span>${label}</span>
        <span part="sort-icon" data-sort=${sort ?? 'none'} aria-hidden="true">${sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}</span>
        ${hint ? html`<span class="visually-hidden">(${hint})</span>` : nothing}
      </button>
      <span class="print-label">${label}</span>
    </th>`;
  }

  /** A row; in a windowed table with its place (`aria-rowindex`, after the header row) and a tab index. */
  private renderRow(
    r: TableRow,
    model: TableModel,
    lang: Language,
    at?: { index: number; tabStop: boolean },
  ): TemplateResult {
    const part = (l: Language) => ifDefined(langOfPart(l, lang));
    return html`<tr
      part="row"
      role="row"
      data-id=${r.id}
      data-index=${at ? at.index : nothing}
      aria-rowindex=${at ? at.index + 2 : nothing}
      tabindex=${at ? (at.tabStop ? 0 : -1) : nothing}
    >
      <th part="title" role="rowheader" scope="row" data-label=${TEXTS.title[lang]}>
        <span lang=${part(r.titleLang)}>${r.title}</span>${
          r.description
            ? html`<span part="description" lang=${part(r.descriptionLang)}>${r.description}</span>`
            : nothing
        }
      </th>
      ${
        model.hasGoals
          ? html`<td part="cell" role="cell" data-column="goal" data-label=${TEXTS.goal[lang]}>${
              r.goal ? html`<span lang=${part(r.goalLang)}>${r.goal}</span>` : this.none(TEXTS.none[lang])
            }</td>`
          : nothing
      }
      <td part="cell" role="cell" data-column="lead" data-label=${TEXTS.lead[lang]}>${
        r.lead.length ? actorList(r.lead, lang, model.planLanguage) : this.none(TEXTS.none[lang])
      }</td>
      <td part="cell" role="cell" data-column="involved" data-label=${TEXTS.involved[lang]}>
        ${r.involvedAll ? r.involvedText : r.involved.length ? actorList(r.involved, lang, model.planLanguage) : this.none(TEXTS.none[lang])}
      </td>
      ${
        model.hasSchedules
          ? html`<td part="cell" role="cell" data-column="schedule" data-label=${TEXTS.schedule[lang]}>${
              r.scheduleText
                ? html`<span lang=${part(model.planLanguage)}>${r.scheduleText}</span>`
                : this.none(TEXTS.noSchedule[lang])
            }</td>`
          : nothing
      }
    </tr>`;
  }

  /** An empty cell: a dash to see, words to hear. */
  private none(words: string): TemplateResult {
    return html`<span class="none" aria-hidden="true">–</span><span class="visually-hidden">${words}</span>`;
  }
}

/**
 * Codes to see ("AMN, OMN"), full names to hear; each name marked with its language where it
 * differs from the element's (a Swedish plan's codes on an English page). The names to hear
 * are visually hidden spans of their own, side by side: an element inside a visually hidden
 * box would still be laid out at its full width, outside the 1 px box.
 */
function actorList(actors: readonly ActorNames[], lang: Language, planLanguage: Language): TemplateResult {
  const l = (partLang: Language | undefined) => ifDefined(langOfPart(partLang ?? planLanguage, lang));
  const short = actors.map((a, i) => html`${i ? ', ' : ''}<span lang=${l(a.shortLang)}>${a.short}</span>`);
  if (actors.every((a) => a.short === a.full)) return html`${short}`;
  return html`<span aria-hidden="true">${short}</span>${actors.map(
    (a, i) => html`<span class="visually-hidden" lang=${l(a.lang)}>${i ? ', ' : ''}${a.full}</span>`,
  )}`;
}

/** The text of a row in a column (the title's description apart): what the column must make room for. */
const cellText: Record<ActivityTableSortKey, (r: TableRow) => string> = {
  title: (r) => r.title,
  goal: (r) => r.goal || '–',
  lead: (r) => r.leadText || '–',
  involved: (r) => r.involvedText || '–',
  schedule: (r) => r.scheduleText || '–',
};

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ACTOR_REGISTRY,
  parsePlan,
  registryActorToActor,
  type Bilingual,
  type Language,
  type Plan,
  type PlanInput,
  type PlanIssue,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/base-styles.js';
import { appendAt, getAt, moveAt, pointerOf, setAt, type Draft, type DraftPath, type Json } from './draft.js';
import { EditHistory } from './history.js';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from './draft-store.js';
import { AsfPlanExportEvent, type PlanExportFormat } from './events.js';
import { t, type TextKey } from './plan-editor.texts.js';
import { styles } from './plan-editor.styles.js';
import { fieldId, FormFields } from './form-fields.js';
import { renderForm } from './form.js';
import {
  canOpenForSaving,
  CSV_TYPE,
  download,
  importFile,
  JSON_TYPE,
  pickOpenFile,
  pickSaveFile,
  planJson,
  readPlanText,
  writeCsv,
  writeOver,
  writeXlsx,
  XLSX_TYPE,
  type FileSystemFileHandleLike,
  type ImportKind,
} from './file-io.js';

export { fieldId } from './form-fields.js';

/** A plan with nothing in it but what a new plan needs to start. */
export function emptyPlan(): Draft {
  return {
    formatVersion: 1.1,
    id: 'ny-plan',
    kind: 'action-plan',
    title: '',
    organisation: { name: '', type: 'municipality' },
  };
}

/** A plan to fill in: one goal, one activity and one indicator, with no figures (none are invented). */
export function templatePlan(): Draft {
  return {
    formatVersion: 1.1,
    id: 'handlingsplan',
    kind: 'action-plan',
    title: 'Handlingsplan för arbetsintegrerande sociala företag',
    organisation: { name: '', type: 'municipality' },
    actors: [registryActorToActor(ACTOR_REGISTRY[1]!)],
    goals: [{ id: 'omrade-1', title: 'Område 1' }],
    activities: [{ id: '1.1', goal: 'omrade-1', title: 'Aktivitet 1.1', lead: ['kommunstyrelsen'], involved: [] }],
    indicators: [
      { id: 'indikator-1', goal: 'omrade-1', title: 'Indikator 1', direction: 'increase', measure: 'count' },
    ],
  };
}

const AUTOSAVE_DELAY = 300;

/**
 * An editor for a plan document, for the person who owns a handlingsplan and its follow-up:
 * open a plan (a file, a dropped file, a URL, pasted JSON) or start from an empty plan or a
 * template; edit every part the plan format has a field for; see `parsePlan`'s own messages at
 * the field they concern, with a summary that links to each; export JSON (refused, with the
 * list, while the plan has problems) and the activities as CSV; see the plan as
 * `<asf-scorecard>`, `<asf-activity-table>` and `<asf-responsibility-matrix>` beside the form
 * (loaded when the preview is opened).
 *
 * Nothing is lost: the draft is kept in the browser (IndexedDB) as you type and offered back
 * after a reload; every edit can be undone (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and the buttons);
 * leaving the page with changes not exported asks first.
 *
 * @summary Write and follow up a plan without touching JSON.
 * @tagname asf-plan-editor
 * @csspart base - The whole editor.
 * @csspart toolbar - Opening, undo and redo, export.
 * @csspart summary - The list of the plan's problems, each a link to its field.
 * @csspart form - The form.
 * @csspart field-error - The problems of one field.
 * @csspart feedback - How a schedule is read.
 * @csspart preview - The preview beside the form.
 * @csspart offer - The offer to restore a saved draft.
 * @csspart notice - A message about opening, exporting or importing.
 * @csspart announcer - The live region that says what an action did (visually hidden).
 * @cssprop --asf-plan-editor-gap - Space between the parts of the form.
 * @fires {AsfPlanExportEvent} asf-plan-export - The user exported the plan or its activities; cancel it to download nothing.
 */
export class AsfPlanEditor extends LitElement {
  static override styles = [baseStyles, styles];

  /**
   * Loads the elements of the preview (`<asf-scorecard>`, `<asf-activity-table>`,
   * `<asf-responsibility-matrix>`) when the user opens it. Set by `asf-plan-editor.js`, the
   * module that defines the tag, so that they are downloaded only then.
   */
  static loadPreview: (() => Promise<unknown>) | undefined;

  /** URL of a plan JSON file to open. */
  @property() src = '';

  /** A plan to open (instead of `src`). The editor never changes it: edits go to its own draft. */
  @property({ attribute: false }) plan: PlanInput | undefined;

  /** The name the draft is kept under in the browser; give each editor on a site its own. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** Keep no draft in the browser. */
  @property({ type: Boolean, attribute: 'no-autosave' }) noAutosave = false;

  /**
   * The heading level of the editor's parts (1–6, default 2); the lists inside a part, and the
   * preview's scorecard, are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The date the preview shows the plan at, `YYYY-MM-DD` (default: the scorecard's own). */
  @property({ attribute: 'as-of' }) asOf = '';

  @state() private draft: Draft = emptyPlan();
  @state() private announcement = '';
  @state() private offer: StoredDraft | undefined;
  @state() private notice: { text: string; issues?: string[] } | undefined;
  @state() private exportProblems = false;
  /** The problems of the last CSV or Excel file that was not imported, by kind. */
  @state() private importProblems: Partial<Record<ImportKind, Bilingual[]>> = {};
  @state() private previewOpen = false;
  @state() private previewState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private saveState: { ok: boolean; at: string } | undefined;
  @state() private dirty = false;
  @state() private previewAsOf = '';
  @state() private registryChoice = '';

  private readonly i18n = new LangController(this);
  private readonly history = new EditHistory();
  private issues: PlanIssue[] = [];
  private parsed: Plan | undefined;
  private readonly rawNumbers = new Map<string, string>();
  private pendingFocus: string[] | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private savePromise: Promise<void> = Promise.resolve();
  private fileHandle: FileSystemFileHandleLike | undefined;
  private announceToggle = false;
  private readonly fields = new FormFields({
    draft: () => this.draft,
    issues: () => this.issues,
    language: () => this.language,
    headingLevel: () => this.headingLevel,
    rawNumbers: this.rawNumbers,
    edit: (path, value, typingKey) => this.edit(path, value, typingKey),
    seal: () => this.history.seal(),
    addItem: (listPath, item, labelKey) => this.addItem(listPath, item, labelKey),
    removeItem: (listPath, index, labelKey) => this.removeItem(listPath, index, labelKey),
    moveItem: (listPath, from, to, labelKey) => this.moveItem(listPath, from, to, labelKey),
  });
  private readonly registry = {
    choice: () => this.registryChoice,
    choose: (id: string) => (this.registryChoice = id),
  };

  /** The plan as edited now (a copy; it may be invalid). */
  get value(): Draft {
    return structuredClone(this.draft);
  }

  /** The problems `parsePlan` finds in the plan as edited now. */
  get problems(): readonly PlanIssue[] {
    return this.issues;
  }

  /** Resolves when the newest edit has been kept in the browser (for tests and page scripts). */
  get saved(): Promise<void> {
    return this.savePromise;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    if (!this.noAutosave) void this.checkSavedDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.savePromise = this.persist();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan !== undefined) {
      this.replaceDraft(structuredClone(this.plan), false);
    }
    if (changed.has('src') && this.src !== '') void this.openUrl(this.src, false);
    if (changed.has('asOf') && this.asOf !== '') this.previewAsOf = this.asOf;
    if (changed.has('draft' as keyof AsfPlanEditor)) {
      const result = parsePlan(this.draft);
      this.issues = result.success ? [] : result.error.issues;
      this.parsed = result.success ? result.data : undefined;
    }
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const selectors = this.pendingFocus;
      this.pendingFocus = undefined;
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target && !(target as HTMLButtonElement).disabled) {
          target.focus();
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Editing

  /** Sets a value of the draft as one undoable step (typing in one field is one step). */
  private edit(path: DraftPath, value: Json | undefined, typingKey?: string): void {
    const next = setAt(this.draft, path, value);
    this.commit(next, typingKey);
  }

  private commit(next: Draft, typingKey?: string): void {
    if (next === this.draft) return;
    this.history.record(this.draft, typingKey);
    this.draft = next;
    this.changed();
  }

  private changed(): void {
    this.dirty = true;
    this.exportProblems = false;
    this.scheduleSave();
  }

  private replaceDraft(next: Draft, undoable: boolean): void {
    if (undoable) this.history.record(this.draft);
    else this.history.clear();
    this.draft = next;
    this.rawNumbers.clear();
    this.fileHandle = undefined;
    if (undoable) this.changed();
  }

  private undo(): void {
    const previous = this.history.undo(this.draft);
    if (previous === undefined) return this.announce(t('nothingToUndo', this.language));
    this.draft = previous;
    this.rawNumbers.clear();
    this.changed();
    this.announce(t('undone', this.language));
  }

  private redo(): void {
    const next = this.history.redo(this.draft);
    if (next === undefined) return this.announce(t('nothingToRedo', this.language));
    this.draft = next;
    this.rawNumbers.clear();
    this.changed();
    this.announce(t('redone', this.language));
  }

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      this.redo();
    }
  };

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    e.preventDefault();
    // Older engines show the warning only when returnValue is set.
    e.returnValue = '';
  };

  private announce(text: string): void {
    // A live region says a text again only when it changes: alternate a trailing space.
    this.announceToggle = !this.announceToggle;
    this.announcement = text + (this.announceToggle ? '' : '\u00a0');
  }

  private get language(): Language {
    return this.i18n.lang;
  }

  /** A heading `offset` levels below the `heading-level` (kept within 1–6). */
  private heading(offset: number, id: string, text: string): TemplateResult {
    return this.fields.heading(offset, id, text);
  }

  private tx(key: TextKey, ...values: (string | number)[]): string {
    return t(key, this.language, ...values);
  }

  // ---------------------------------------------------------------------------------------
  // Lists

  private addItem(listPath: DraftPath, item: Json, labelKey: TextKey): void {
    const list = getAt(this.draft, listPath);
    const index = Array.isArray(list) ? list.length : 0;
    this.history.seal();
    this.commit(appendAt(this.draft, listPath, item));
    const itemId = fieldId(pointerOf([...listPath, index]));
    this.pendingFocus = [`#${itemId}-item :is(input, select, textarea)`];
    this.announce(this.tx('added', this.tx(labelKey, index + 1)));
  }

  private removeItem(listPath: DraftPath, index: number, labelKey: TextKey): void {
    const list = getAt(this.draft, listPath);
    const length = Array.isArray(list) ? list.length : 0;
    this.history.seal();
    this.commit(setAt(this.draft, [...listPath, index], undefined));
    const at = (i: number) => `#${fieldId(pointerOf([...listPath, i]))}-item :is(input, select, textarea)`;
    this.pendingFocus = [
      ...(index < length - 1 ? [at(index)] : []),
      ...(index > 0 ? [at(index - 1)] : []),
      `#${fieldId(pointerOf(listPath))}-add`,
    ];
    this.announce(this.tx('removed', this.tx(labelKey, index + 1)));
  }

  private moveItem(listPath: DraftPath, from: number, to: number, labelKey: TextKey): void {
    this.history.seal();
    this.commit(moveAt(this.draft, listPath, from, to));
    const item = fieldId(pointerOf([...listPath, to]));
    const same = to < from ? 'up' : 'down';
    const other = to < from ? 'down' : 'up';
    this.pendingFocus = [`#${item}-${same}`, `#${item}-${other}`];
    this.announce(this.tx('moved', this.tx(labelKey, from + 1), to + 1));
  }

  // ---------------------------------------------------------------------------------------
  // Summary, notices, toolbar, preview

  private focusField(id: string, e?: Event): void {
    e?.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    const focusable = target.matches('input, select, textarea, button')
      ? target
      : target.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button');
    (focusable ?? target).focus();
    target.scrollIntoView?.({ block: 'center' });
  }

  /** The problems as a list of links to their fields. */
  private issueLinks(): TemplateResult {
    return html`<ul>
      ${this.issues.map((i) => {
        const claim = this.fields.claims.get(i);
        if (!claim) return html`<li>${i.message[this.language]}</li>`;
        return html`<li>
          <a href="#${claim.id}" @click=${(e: Event) => this.focusField(claim.id, e)}>${claim.label}</a>: ${this.fields.message(i)}
        </li>`;
      })}
    </ul>`;
  }

  private renderSummary(): TemplateResult {
    const count = this.issues.length;
    if (count === 0) return html`<div class="summary valid" part="summary"><p>${this.tx('valid')}</p></div>`;
    return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
      ${this.heading(0, 'summary-heading', count === 1 ? this.tx('oneProblem') : this.tx('problems', count))}
      <p>${this.tx('draftKept')}</p>
      ${this.issueLinks()}
    </section>`;
  }

  private renderNotices(): TemplateResult {
    return html`
      ${
        this.exportProblems && this.issues.length > 0
          ? html`<div class="notice error" part="notice" role="alert" id="export-problems" tabindex="-1">
            <p>${this.tx('exportRefused')}</p>
            ${this.issueLinks()}
          </div>`
          : nothing
      }
      ${this.renderImportProblems('csv', 'csvRejected')} ${this.renderImportProblems('xlsx', 'xlsxRejected')}
      ${
        this.notice
          ? html`<div class="notice" part="notice" role="alert">
            <p>${this.notice.text}</p>
            ${this.notice.issues ? html`<ul>${this.notice.issues.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
          </div>`
          : nothing
      }
    `;
  }

  /** The problems of a CSV or Excel file that was not imported, each by its row. */
  private renderImportProblems(kind: ImportKind, key: TextKey): TemplateResult | typeof nothing {
    const problems = this.importProblems[kind];
    if (!problems) return nothing;
    return html`<div class="notice error" part="notice" role="alert" id="${kind}-problems" tabindex="-1">
      <p>${this.tx(key)}</p>
      <ul>
        ${problems.map((message) => html`<li>${message[this.language]}</li>`)}
      </ul>
    </div>`;
  }

  private renderOffer(): TemplateResult | typeof nothing {
    if (!this.offer) return nothing;
    const when = new Intl.DateTimeFormat(this.i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(this.offer.savedAt),
    );
    return html`<div class="offer" part="offer" role="region" aria-label=${this.tx('restoreDraft')}>
      <p>${this.tx('draftOffer', when)}</p>
      <button type="button" id="restore-draft" @click=${this.restoreDraft}>${this.tx('restoreDraft')}</button>
      <button type="button" id="discard-draft" @click=${this.discardDraft}>${this.tx('discardDraft')}</button>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const canSaveOver =
      this.fileHandle !== undefined || (typeof window !== 'undefined' && 'showSaveFilePicker' in window);
    const hint = html`<span class="hint" id="open-file-hint">${this.tx('dropHint')}</span>`;
    // Where the browser can, a file is opened through the File System Access API, to be saved over.
    const openFile = canOpenForSaving()
      ? html`<button type="button" id="open-file" aria-describedby="open-file-hint" @click=${this.openWithPicker}>
            ${this.tx('openFile')}</button
          >${hint}`
      : html`<label for="open-file">${this.tx('openFile')}</label>${hint}
          <input id="open-file" type="file" accept=".json,application/json" aria-describedby="open-file-hint" @change=${this.onFileChosen} />`;
    return html`<div class="toolbar" part="toolbar">
      <details class="open">
        <summary>${this.tx('openHeading')}</summary>
        <div class="open-body">
          <div class="field">
            ${openFile}
          </div>
          <div class="field">
            <label for="open-url">${this.tx('urlToOpen')}</label>
            <span class="inline">
              <input id="open-url" type="url" @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.fetchFromField()} />
              <button type="button" id="open-url-button" @click=${this.fetchFromField}>${this.tx('fetch')}</button>
            </span>
          </div>
          <div class="field">
            <label for="open-paste">${this.tx('paste')}</label>
            <textarea id="open-paste" rows="3"></textarea>
            <button type="button" id="open-paste-button" @click=${this.openPasted}>${this.tx('openPasted')}</button>
          </div>
          <div class="inline">
            <button type="button" id="new-empty" @click=${() => this.openDraft(emptyPlan())}>${this.tx('newEmpty')}</button>
            <button type="button" id="new-template" @click=${() => this.openDraft(templatePlan())}>${this.tx('newTemplate')}</button>
          </div>
        </div>
      </details>
      <div role="group" aria-label=${this.tx('historyGroup')} class="inline">
        <button type="button" id="undo" aria-keyshortcuts="Control+Z" ?disabled=${!this.history.canUndo} @click=${this.undo}>
          ${this.tx('undo')}
        </button>
        <button type="button" id="redo" aria-keyshortcuts="Control+Shift+Z" ?disabled=${!this.history.canRedo} @click=${this.redo}>
          ${this.tx('redo')}
        </button>
      </div>
      <div role="group" aria-label=${this.tx('exportGroup')} class="inline">
        <button type="button" id="export-json" @click=${() => void this.exportJson()}>${this.tx('exportJson')}</button>
        ${
          canSaveOver
            ? html`<button type="button" id="save-over" @click=${() => void this.saveToFile()}>${this.tx('saveOver')}</button>`
            : nothing
        }
        <button type="button" id="export-csv" @click=${() => void this.exportCsv()}>${this.tx('exportCsv')}</button>
        <span class="file-button">
          <label for="import-csv">${this.tx('importCsv')}</label>
          <input id="import-csv" type="file" accept=".csv,text/csv" @change=${this.onCsvChosen} />
        </span>
      </div>
      <div role="group" aria-label=${this.tx('excelGroup')} class="inline">
        <button type="button" id="export-xlsx" @click=${() => void this.exportXlsx()}>${this.tx('exportXlsx')}</button>
        <span class="file-button">
          <label for="import-xlsx">${this.tx('importXlsx')}</label>
          <input
            id="import-xlsx"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            @change=${this.onXlsxChosen}
          />
        </span>
        <button type="button" id="xlsx-template" @click=${() => void this.downloadTemplate()}>
          ${this.tx('xlsxTemplate')}
        </button>
      </div>
      <p class="save-state">
        ${this.dirty ? html`<span>${this.tx('unsaved')}.</span>` : nothing}
        ${this.saveState ? (this.saveState.ok ? this.tx('savedAt', this.saveState.at) : this.tx('notSaved')) : nothing}
      </p>
    </div>`;
  }

  private renderPreview(): TemplateResult {
    const body = !this.previewOpen
      ? nothing
      : this.previewState === 'loading' || this.previewState === 'idle'
        ? html`<p>${this.tx('previewLoading')}</p>`
        : this.previewState === 'failed'
          ? html`<p>${this.tx('previewFailed')}</p>`
          : !this.parsed
            ? html`<p>${this.tx('previewInvalid')}</p>`
            : html`<asf-scorecard .plan=${this.parsed} as-of=${this.previewAsOf || nothing} heading-level=${Math.min(6, this.headingLevel + 1)}></asf-scorecard>
                  <asf-activity-table .plan=${this.parsed}></asf-activity-table>
                  <asf-responsibility-matrix .plan=${this.parsed}></asf-responsibility-matrix>`;
    return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
      ${this.heading(0, 'preview-heading', this.tx('previewHeading'))}
      <button type="button" id="preview-toggle" aria-expanded=${this.previewOpen ? 'true' : 'false'} @click=${this.togglePreview}>
        ${this.tx('showPreview')}
      </button>
      <div class="field">
        <label for="preview-as-of">${this.tx('asOf')}</label>
        <span class="hint" id="preview-as-of-hint">${this.tx('dateHint')}</span>
        <input
          id="preview-as-of"
          type="text"
          aria-describedby="preview-as-of-hint"
          .value=${this.previewAsOf}
          @change=${(e: Event) => (this.previewAsOf = (e.target as HTMLInputElement).value.trim())}
        />
      </div>
      ${body}
    </section>`;
  }

  protected override render(): TemplateResult {
    this.fields.begin();
    // The form first: its fields claim their problems, and the summary then links to them.
    const form = renderForm(this.fields, this.registry);
    const summary = this.renderSummary();
    return html`<div
      part="base"
      class="editor"
      role="region"
      aria-label=${this.tx('editorLabel')}
      @keydown=${this.onKeydown}
      @dragover=${this.onDragOver}
      @drop=${this.onDrop}
    >
      ${this.renderOffer()} ${this.renderToolbar()}
      <div role="status" class="visually-hidden" part="announcer">${this.announcement}</div>
      ${this.renderNotices()} ${summary}
      <div class="columns">
        <form part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>${form}</form>
        ${this.renderPreview()}
      </div>
    </div>`;
  }

  // ---------------------------------------------------------------------------------------
  // Opening

  /** Opens a plan document (any JSON object; its problems are shown) as one undoable step. */
  private openDraft(next: Draft): void {
    this.notice = undefined;
    this.importProblems = {};
    this.history.seal();
    this.replaceDraft(next, true);
    this.announce(this.tx('opened'));
    this.pendingFocus = [`#${fieldId('/title')}`];
  }

  private openText(text: string): void {
    const result = readPlanText(text);
    if (result.success) this.openDraft(result.draft);
    else this.notice = { text: this.tx('openFailed', result.reason[this.language]) };
  }

  private async openUrl(url: string, undoable = true): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) {
        this.notice = { text: this.tx('fetchFailed', url, `HTTP ${response.status}`) };
        return;
      }
      const text = await response.text();
      const result = readPlanText(text);
      if (!result.success) this.notice = { text: this.tx('openFailed', result.reason[this.language]) };
      else if (undoable) this.openDraft(result.draft);
      else this.replaceDraft(result.draft, false);
    } catch (e) {
      this.notice = { text: this.tx('fetchFailed', url, e instanceof Error ? e.message : String(e)) };
    }
  }

  private readonly fetchFromField = () => {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#open-url');
    const url = input?.value.trim() ?? '';
    if (url !== '') void this.openUrl(url);
  };

  private readonly openPasted = () => {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#open-paste')?.value ?? '';
    this.openText(text);
  };

  /**
   * Opens a file through the File System Access API and keeps its handle, so that "Save" writes
   * over the opened file right away.
   */
  private readonly openWithPicker = async () => {
    try {
      const picked = await pickOpenFile();
      if (!picked) return;
      const result = readPlanText(picked.text);
      if (!result.success) {
        this.notice = { text: this.tx('openFailed', result.reason[this.language]) };
        return;
      }
      this.openDraft(result.draft);
      this.fileHandle = picked.handle;
    } catch (e) {
      // The user closed the file picker: nothing to say.
      if (e instanceof DOMException && e.name === 'AbortError') return;
      this.notice = { text: this.tx('openFailed', e instanceof Error ? e.message : String(e)) };
    }
  };

  private readonly onFileChosen = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.openText(await file.text());
    input.value = '';
  };

  private readonly onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = async (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    if (/\.csv$/i.test(file.name)) await this.importTable('csv', file);
    else if (/\.xlsx$/i.test(file.name)) await this.importTable('xlsx', file);
    else this.openText(await file.text());
  };

  // ---------------------------------------------------------------------------------------
  // Export

  private fileName(ext: string): string {
    const id = typeof this.draft['id'] === 'string' && this.draft['id'] !== '' ? this.draft['id'] : 'plan';
    return `${id}.${ext}`;
  }

  /** Fires the export event and, unless a listener cancels it, downloads the file. */
  private deliver(format: PlanExportFormat, content: string | Blob, fileName: string, type: string): void {
    const file = typeof content === 'string' ? new Blob([content], { type }) : content;
    const text = typeof content === 'string' ? content : '';
    // dispatchEvent is false when a listener cancelled the event: the page keeps the file itself.
    if (this.dispatchEvent(new AsfPlanExportEvent(format, text, fileName, file))) download(file, fileName);
  }

  /** Refuses an export while the plan has problems: shows them, with links, and says so. */
  private refuseIfInvalid(): boolean {
    if (this.issues.length === 0) return false;
    this.exportProblems = true;
    this.pendingFocus = ['#export-problems'];
    return true;
  }

  private exportJson(): void {
    if (this.refuseIfInvalid()) return;
    this.deliver('json', planJson(this.draft), this.fileName('json'), JSON_TYPE);
    this.dirty = false;
    this.announce(this.tx('exported'));
  }

  private async saveToFile(): Promise<void> {
    if (this.refuseIfInvalid()) return;
    try {
      this.fileHandle ??= await pickSaveFile(this.fileName('json'));
      if (!this.fileHandle) return;
      await writeOver(this.fileHandle, planJson(this.draft));
      this.dirty = false;
      this.announce(this.fileHandle.name ? this.tx('savedTo', this.fileHandle.name) : this.tx('exported'));
    } catch (e) {
      // The user closed the file picker: nothing to say.
      if (e instanceof DOMException && e.name === 'AbortError') return;
      this.notice = { text: this.tx('openFailed', e instanceof Error ? e.message : String(e)) };
    }
  }

  private async exportCsv(): Promise<void> {
    if (this.refuseIfInvalid() || !this.parsed) return;
    this.deliver('csv', await writeCsv(this.parsed, this.language), this.fileName('csv'), CSV_TYPE);
  }

  private async exportXlsx(): Promise<void> {
    if (this.refuseIfInvalid()) return;
    this.deliver('xlsx', await writeXlsx(this.draft), this.fileName('xlsx'), XLSX_TYPE);
    this.dirty = false;
    this.announce(this.tx('exported'));
  }

  private async downloadTemplate(): Promise<void> {
    this.deliver('xlsx', await writeXlsx(templatePlan()), this.tx('templateFileName'), XLSX_TYPE);
  }

  private readonly onCsvChosen = (e: Event) => this.onTableChosen(e, 'csv');
  private readonly onXlsxChosen = (e: Event) => this.onTableChosen(e, 'xlsx');

  private async onTableChosen(e: Event, kind: ImportKind): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importTable(kind, file);
    input.value = '';
  }

  /**
   * Reads the activities CSV into the plan as one undoable step. A file with problems changes
   * nothing: every problem is listed by its row, and no row is dropped silently.
   */
  importCsv(file: Blob): Promise<void> {
    return this.importTable('csv', file);
  }

  /**
   * Opens a workbook (written by the editor, or filled in from its template) as one undoable
   * step. A workbook whose cells cannot be read changes nothing: each problem is listed by sheet
   * and row. The plan's own problems are then shown at their fields, as for any plan opened.
   */
  importXlsx(file: Blob): Promise<void> {
    return this.importTable('xlsx', file);
  }

  /** One path for CSV and Excel: read the file, then all of it as one step, or none with its problems. */
  private async importTable(kind: ImportKind, file: Blob): Promise<void> {
    const result = await importFile(kind, file, this.draft);
    if (!result.success) {
      this.importProblems = { ...this.importProblems, [kind]: result.problems };
      this.pendingFocus = [`#${kind}-problems`];
      return;
    }
    this.importProblems = { ...this.importProblems, [kind]: undefined };
    if (result.whole) return this.openDraft(result.apply(this.draft));
    this.history.seal();
    this.commit(result.apply(this.draft));
    this.announce(this.tx('csvImported', result.count));
  }

  // ---------------------------------------------------------------------------------------
  // Preview

  private readonly togglePreview = async () => {
    this.previewOpen = !this.previewOpen;
    if (!this.previewOpen || this.previewState === 'ready') return;
    this.previewState = 'loading';
    try {
      if (!AsfPlanEditor.loadPreview) throw new Error('no preview elements');
      await AsfPlanEditor.loadPreview();
      this.previewState = 'ready';
    } catch {
      this.previewState = 'failed';
    }
  };

  // ---------------------------------------------------------------------------------------
  // Autosave

  private scheduleSave(): void {
    if (this.noAutosave || this.offer) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    let done!: () => void;
    const waiting = new Promise<void>((resolve) => (done = resolve));
    this.savePromise = waiting;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.persist().then(done);
    }, AUTOSAVE_DELAY);
  }

  private async persist(): Promise<void> {
    const ok = await saveDraft(this.storageKey, this.draft);
    const at = new Intl.DateTimeFormat(this.i18n.locale, { timeStyle: 'short' }).format(new Date());
    this.saveState = { ok, at };
  }

  private async checkSavedDraft(): Promise<void> {
    const stored = await loadDraft(this.storageKey);
    if (stored && JSON.stringify(stored.draft) !== JSON.stringify(this.draft)) this.offer = stored;
  }

  private readonly restoreDraft = () => {
    const stored = this.offer;
    if (!stored) return;
    this.offer = undefined;
    this.history.seal();
    this.replaceDraft(stored.draft, true);
    this.announce(this.tx('draftRestored'));
    this.pendingFocus = [`#${fieldId('/title')}`];
  };

  private readonly discardDraft = async () => {
    this.offer = undefined;
    await clearDraft(this.storageKey);
    if (this.dirty) this.scheduleSave();
    this.pendingFocus = ['#undo', '#export-json'];
  };
}

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ACTOR_REGISTRY,
  ACTOR_TYPES,
  DIRECTIONS,
  describeSchedule,
  formatPath,
  MEASURES,
  ORGANISATION_TYPES,
  parsePlan,
  parseSchedule,
  PLAN_KINDS,
  registryActorToActor,
  TARGET_TYPES,
  type Bilingual,
  type CsvIssue,
  type Language,
  type Plan,
  type PlanInput,
  type PlanIssue,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/base-styles.js';
import { LazyModule } from '../shared/lazy.js';
import {
  appendAt,
  freshId,
  getAt,
  isObject,
  moveAt,
  pointerOf,
  setAt,
  type Draft,
  type DraftPath,
  type Json,
} from './draft.js';
import { EditHistory } from './history.js';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from './draft-store.js';
import { AsfPlanExportEvent, type PlanExportFormat } from './events.js';
import { CHOICES, t, TEXTS, type TextKey } from './plan-editor.texts.js';
import { styles } from './plan-editor.styles.js';

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

/** The id of the control of the field at a JSON Pointer: `/indicators/2/title` → `f-indicators-2-title`. */
export function fieldId(pointer: string): string {
  return 'f' + pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '-' : `_${c.charCodeAt(0).toString(16)}`));
}

/** The parts of the plan format that the editor does not show as fields, but keeps. */
const SHOWN_KEPT = ['responsibility', 'definitions'];

const AUTOSAVE_DELAY = 300;
/** The activities CSV (papaparse) and Excel (write-excel-file, read-excel-file): downloaded on first use. */
const csvModule = new LazyModule(() => import('./csv.js'));
const xlsxModule = new LazyModule(() => import('./xlsx.js'));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FieldAttrs {
  id: string;
  describedBy: string;
  invalid: boolean;
}

interface Claim {
  id: string;
  label: string;
}

const isNumberText = (text: string) => /^[-−]?\d+(?:[.,]\d+)?$/.test(text.replace(/[\s\u00a0]/g, ''));
const toNumber = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0]/g, '')
      .replace(',', '.')
      .replace('−', '-'),
  );

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
  @state() private csvProblems: CsvIssue[] | undefined;
  @state() private xlsxProblems: string[] | undefined;
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
  private readonly claims = new Map<PlanIssue, Claim>();
  private readonly context: string[] = [];
  private pendingFocus: string[] | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private savePromise: Promise<void> = Promise.resolve();
  private fileHandle: FileSystemFileHandleLike | undefined;
  private announceToggle = false;

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

  private readonly seal = () => this.history.seal();

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
    const base = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    switch (Math.min(6, Math.max(1, base + offset))) {
      case 1:
        return html`<h1 id=${id}>${text}</h1>`;
      case 2:
        return html`<h2 id=${id}>${text}</h2>`;
      case 3:
        return html`<h3 id=${id}>${text}</h3>`;
      case 4:
        return html`<h4 id=${id}>${text}</h4>`;
      case 5:
        return html`<h5 id=${id}>${text}</h5>`;
      default:
        return html`<h6 id=${id}>${text}</h6>`;
    }
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

  /** A list of items with add, move up, move down and remove buttons. */
  private list(
    listPath: DraftPath,
    headingKey: TextKey,
    itemKey: TextKey,
    addKey: TextKey,
    newItem: () => Json,
    renderItem: (path: DraftPath, index: number) => TemplateResult,
    extra: TemplateResult | typeof nothing = nothing,
    level = 3,
  ): TemplateResult {
    const list = getAt(this.draft, listPath);
    const items = Array.isArray(list) ? list : [];
    const listPtr = pointerOf(listPath);
    const listId = fieldId(listPtr);
    const heading = this.tx(headingKey);
    const body = this.within(heading, () =>
      items.map((_, index) => {
        const path = [...listPath, index];
        const id = fieldId(pointerOf(path));
        const label = this.tx(itemKey, index + 1);
        const hidden = html`<span class="visually-hidden"> ${label}</span>`;
        const fields = this.within(label, () => renderItem(path, index));
        return html`<li>
          <fieldset class="item" id="${id}-item">
            <legend>${label}</legend>
            ${fields}
            <div class="item-actions">
              <button type="button" id="${id}-up" ?disabled=${index === 0} @click=${() => this.moveItem(listPath, index, index - 1, itemKey)}>
                ${this.tx('moveUp')}${hidden}
              </button>
              <button type="button" id="${id}-down" ?disabled=${index === items.length - 1} @click=${() => this.moveItem(listPath, index, index + 1, itemKey)}>
                ${this.tx('moveDown')}${hidden}
              </button>
              <button type="button" id="${id}-remove" @click=${() => this.removeItem(listPath, index, itemKey)}>
                ${this.tx('remove')}${hidden}
              </button>
            </div>
            ${this.sectionIssues(pointerOf(path), `${id}-item`, label)}
          </fieldset>
        </li>`;
      }),
    );
    const headingTag = this.heading(level - 3, `${listId}-heading`, heading);
    return html`<div class="list" role="group" id=${listId} aria-labelledby="${listId}-heading">
      ${headingTag}
      ${items.length > 0 ? html`<ol class="items">${body}</ol>` : nothing}
      <div class="list-actions">
        <button type="button" id="${listId}-add" @click=${() => this.addItem(listPath, newItem(), itemKey)}>
          ${this.tx(addKey)}
        </button>
        ${extra}
      </div>
      ${this.sectionIssues(listPtr, listId, heading)}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------
  // Issues at their fields

  private within<T>(label: string, render: () => T): T {
    this.context.push(label);
    try {
      return render();
    } finally {
      this.context.pop();
    }
  }

  private contextLabel(label: string): string {
    return [...this.context, label].join(' › ');
  }

  /** Claims the unclaimed issues at `pointers` (or below them, with `deep`) for the field `id`. */
  private claim(pointers: string[], id: string, label: string, deep = false): PlanIssue[] {
    const mine = this.issues.filter(
      (i) => !this.claims.has(i) && pointers.some((p) => i.pointer === p || (deep && i.pointer.startsWith(p + '/'))),
    );
    for (const i of mine) this.claims.set(i, { id, label: this.contextLabel(label) });
    return mine;
  }

  /** The issue's message without the path it starts with (the field says where). */
  private message(issue: PlanIssue): string {
    const text = issue.message[this.language];
    const prefix = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return prefix !== '' && text.startsWith(prefix) ? text.slice(prefix.length) : text;
  }

  /** The issues of a section that none of its fields claimed, shown at its end. */
  private sectionIssues(pointer: string, id: string, label: string): TemplateResult | typeof nothing {
    const mine = this.issues.filter(
      (i) => !this.claims.has(i) && (i.pointer === pointer || i.pointer.startsWith(pointer + '/')),
    );
    if (mine.length === 0) return nothing;
    for (const i of mine) this.claims.set(i, { id, label: this.contextLabel(label) });
    return html`<ul class="error" part="field-error">
      ${mine.map((i) => html`<li>${this.message(i)}</li>`)}
    </ul>`;
  }

  /** One labelled field with its hint, feedback and problems, tied by aria-describedby. */
  private field(
    path: DraftPath,
    label: string,
    control: (a: FieldAttrs) => TemplateResult,
    options: { hint?: string; feedback?: TemplateResult | string; also?: string[]; deep?: boolean } = {},
  ): TemplateResult {
    const pointer = pointerOf(path);
    const id = fieldId(pointer);
    const issues = this.claim([pointer, ...(options.also ?? [])], id, label, options.deep);
    const hintId = `${id}-hint`;
    const feedbackId = `${id}-feedback`;
    const errorId = `${id}-error`;
    const describedBy = [
      options.hint ? hintId : '',
      options.feedback !== undefined ? feedbackId : '',
      issues.length > 0 ? errorId : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field" ?data-invalid=${issues.length > 0}>
      <label for=${id}>${label}</label>
      ${options.hint ? html`<span class="hint" id=${hintId}>${options.hint}</span>` : nothing}
      ${control({ id, describedBy, invalid: issues.length > 0 })}
      ${
        options.feedback !== undefined
          ? html`<span class="feedback" part="feedback" id=${feedbackId}>${options.feedback}</span>`
          : nothing
      }
      ${
        issues.length > 0
          ? html`<ul class="error" part="field-error" id=${errorId}>
            ${issues.map((i) => html`<li>${this.message(i)}</li>`)}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private textField(
    path: DraftPath,
    label: string,
    options: {
      multiline?: boolean;
      hint?: string;
      feedback?: TemplateResult | string;
      also?: string[];
      type?: 'text' | 'url';
    } = {},
  ): TemplateResult {
    const value = getAt(this.draft, path);
    const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
    const key = pointerOf(path);
    const onInput = (e: Event) => {
      const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.edit(path, v === '' ? undefined : v, key);
    };
    return this.field(
      path,
      label,
      (a) =>
        options.multiline
          ? html`<textarea
              id=${a.id}
              rows="3"
              .value=${text}
              aria-describedby=${a.describedBy || nothing}
              aria-invalid=${a.invalid ? 'true' : nothing}
              @input=${onInput}
              @blur=${this.seal}
            ></textarea>`
          : html`<input
              id=${a.id}
              type=${options.type ?? 'text'}
              .value=${text}
              aria-describedby=${a.describedBy || nothing}
              aria-invalid=${a.invalid ? 'true' : nothing}
              @input=${onInput}
              @blur=${this.seal}
            />`,
      options,
    );
  }

  private dateField(path: DraftPath, labelKey: TextKey): TemplateResult {
    return this.textField(path, this.tx(labelKey), { hint: this.tx('dateHint') });
  }

  /** A number typed as text ("0,5" or "0.5"); text that is not a number is kept, and parsePlan says so. */
  private numberField(path: DraftPath, label: string): TemplateResult {
    const value = getAt(this.draft, path);
    const key = pointerOf(path);
    const raw = this.rawNumbers.get(key);
    const shown =
      raw !== undefined && isNumberText(raw) && toNumber(raw) === value
        ? raw
        : value === undefined
          ? ''
          : typeof value === 'number'
            ? String(value).replace('.', TEXTS.decimalSeparator[this.language])
            : typeof value === 'string'
              ? value
              : JSON.stringify(value);
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      this.rawNumbers.set(key, text);
      const v = text.trim() === '' ? undefined : isNumberText(text) ? toNumber(text) : text;
      this.edit(path, v, key);
    };
    return this.field(
      path,
      label,
      (a) => html`<input
      id=${a.id}
      type="text"
      inputmode="decimal"
      .value=${shown}
      aria-describedby=${a.describedBy || nothing}
      aria-invalid=${a.invalid ? 'true' : nothing}
      @input=${onInput}
      @blur=${this.seal}
    />`,
    );
  }

  /** A text in Swedish with an optional English translation (a plain string while there is none). */
  private localizedField(path: DraftPath, labelKey: TextKey, multiline = false): TemplateResult {
    const value = getAt(this.draft, path);
    const sv =
      typeof value === 'string' ? value : isObject(value) && typeof value['sv'] === 'string' ? value['sv'] : '';
    const en = isObject(value) && typeof value['en'] === 'string' ? value['en'] : '';
    const label = this.tx(labelKey);
    const ptr = pointerOf(path);
    const write = (nextSv: string, nextEn: string, key: string) => {
      const v: Json | undefined = nextEn === '' ? (nextSv === '' ? undefined : nextSv) : { sv: nextSv, en: nextEn };
      this.edit(path, v, key);
    };
    const control = (a: FieldAttrs, text: string, onInput: (v: string) => void) =>
      multiline
        ? html`<textarea
            id=${a.id}
            rows="3"
            .value=${text}
            aria-describedby=${a.describedBy || nothing}
            aria-invalid=${a.invalid ? 'true' : nothing}
            @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
            @blur=${this.seal}
          ></textarea>`
        : html`<input
            id=${a.id}
            type="text"
            .value=${text}
            aria-describedby=${a.describedBy || nothing}
            aria-invalid=${a.invalid ? 'true' : nothing}
            @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
            @blur=${this.seal}
          />`;
    return html`<div class="pair">
      ${this.field(path, label, (a) => control(a, sv, (v) => write(v, en, ptr)), { also: [ptr + '/sv'] })}
      ${this.field([...path, 'en'], this.tx('inEnglish', label), (a) => control(a, en, (v) => write(sv, v, ptr + '/en')))}
    </div>`;
  }

  private selectField(
    path: DraftPath,
    labelKey: TextKey,
    values: readonly string[],
    choices: Record<string, Bilingual> | ((v: string) => string),
    options: { optional?: boolean; numeric?: boolean; onChange?: (v: string) => void } = {},
  ): TemplateResult {
    const value = getAt(this.draft, path);
    const current =
      value === undefined
        ? ''
        : typeof value === 'string'
          ? value
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
    const name = (v: string) => (typeof choices === 'function' ? choices(v) : (choices[v]?.[this.language] ?? v));
    // A value the list does not have (a typo in a file) stays shown and chosen, and parsePlan says what is wrong.
    const all = current !== '' && !values.includes(current) ? [...values, current] : values;
    const onChange = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this.history.seal();
      if (options.onChange) options.onChange(v);
      else this.edit(path, v === '' ? undefined : options.numeric ? Number(v) : v);
    };
    // A required choice disables its empty option rather than removing it: WebKit sends no change
    // event when the arrow keys reach the index of the last change after an option before it went.
    return this.field(
      path,
      this.tx(labelKey),
      (a) => html`<select
      id=${a.id}
      aria-describedby=${a.describedBy || nothing}
      aria-invalid=${a.invalid ? 'true' : nothing}
      @change=${onChange}
    >
      <option value="" ?selected=${current === ''} ?disabled=${!options.optional && current !== ''}>${this.tx('none')}</option>
      ${all.map((v) => html`<option value=${v} ?selected=${v === current}>${name(v)}</option>`)}
    </select>`,
    );
  }

  private checkboxField(path: DraftPath, labelKey: TextKey): TemplateResult {
    const value = getAt(this.draft, path);
    const pointer = pointerOf(path);
    const id = fieldId(pointer);
    const label = this.tx(labelKey);
    const issues = this.claim([pointer], id, label);
    return html`<div class="check" ?data-invalid=${issues.length > 0}>
      <input
        id=${id}
        type="checkbox"
        .checked=${value === true}
        aria-describedby=${issues.length > 0 ? `${id}-error` : nothing}
        aria-invalid=${issues.length > 0 ? 'true' : nothing}
        @change=${(e: Event) => {
          this.history.seal();
          this.edit(path, (e.target as HTMLInputElement).checked ? true : undefined);
        }}
      />
      <label for=${id}>${label}</label>
      ${
        issues.length > 0
          ? html`<ul class="error" part="field-error" id="${id}-error">${issues.map((i) => html`<li>${this.message(i)}</li>`)}</ul>`
          : nothing
      }
    </div>`;
  }

  /** The ids and display names of the plan's actors. */
  private actorOptions(): { id: string; name: string }[] {
    const actors = getAt(this.draft, ['actors']);
    return (Array.isArray(actors) ? actors : []).flatMap((a) => {
      if (!isObject(a) || typeof a['id'] !== 'string' || a['id'] === '') return [];
      const n = a['name'];
      const text = isObject(n) ? (n[this.language] ?? n['sv']) : n;
      const name = typeof text === 'string' ? text : '';
      const abbr = typeof a['abbreviation'] === 'string' ? a['abbreviation'] : '';
      return [{ id: a['id'], name: name === '' ? a['id'] : abbr !== '' && abbr !== name ? `${name} (${abbr})` : name }];
    });
  }

  /** Checkboxes of the plan's actors (and "Samtliga" where it may be chosen) for a list of actor ids. */
  private actorChecks(path: DraftPath, labelKey: TextKey, samtliga = false): TemplateResult {
    const value = getAt(this.draft, path);
    const all = value === 'all';
    const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const options = this.actorOptions();
    // Ids that are not the plan's actors (registry ids, typos) stay shown, so that nothing is lost unseen.
    for (const id of chosen) {
      if (!options.some((o) => o.id === id)) {
        const entry = ACTOR_REGISTRY.find((r) => r.id === id);
        options.push({ id, name: entry ? entry.name[this.language] : id });
      }
    }
    const pointer = pointerOf(path);
    const id = fieldId(pointer);
    const label = this.tx(labelKey);
    const issues = this.claim([pointer], id, label, true);
    const toggle = (actor: string, on: boolean) => {
      const next = on ? [...chosen, actor] : chosen.filter((c) => c !== actor);
      // Keep the order of the plan's actors, so that the same choices give the same plan.
      const order = this.actorOptions().map((o) => o.id);
      next.sort((a, b) => (order.indexOf(a) + 1 || 1e6) - (order.indexOf(b) + 1 || 1e6));
      this.history.seal();
      this.edit(path, next);
    };
    return html`<fieldset
      class="checks"
      id=${id}
      aria-describedby=${issues.length > 0 ? `${id}-error` : nothing}
      ?data-invalid=${issues.length > 0}
    >
      <legend>${label}</legend>
      ${options.length === 0 && !samtliga ? html`<p class="hint">${this.tx('noActors')}</p>` : nothing}
      ${
        samtliga
          ? html`<div class="check">
            <input
              type="checkbox"
              id="${id}-all"
              .checked=${all}
              @change=${(e: Event) => {
                this.history.seal();
                this.edit(path, (e.target as HTMLInputElement).checked ? 'all' : []);
              }}
            /><label for="${id}-all">${this.tx('samtliga')}</label>
          </div>`
          : nothing
      }
      ${options.map(
        (o, i) => html`<div class="check">
          <input
            type="checkbox"
            id="${id}-${i}"
            .checked=${all || chosen.includes(o.id)}
            ?disabled=${all}
            @change=${(e: Event) => toggle(o.id, (e.target as HTMLInputElement).checked)}
          /><label for="${id}-${i}">${o.name}</label>
        </div>`,
      )}
      ${
        issues.length > 0
          ? html`<ul class="error" part="field-error" id="${id}-error">${issues.map((i) => html`<li>${this.message(i)}</li>`)}</ul>`
          : nothing
      }
    </fieldset>`;
  }

  private idsOf(listKey: string): string[] {
    const list = getAt(this.draft, [listKey]);
    return (Array.isArray(list) ? list : []).flatMap((i) =>
      isObject(i) && typeof i['id'] === 'string' && i['id'] !== '' ? [i['id']] : [],
    );
  }

  private titleOf(listKey: string, id: string): string {
    const list = getAt(this.draft, [listKey]);
    const item = (Array.isArray(list) ? list : []).find((i) => isObject(i) && i['id'] === id);
    const title = isObject(item) ? (item['title'] ?? item['name']) : undefined;
    const text =
      typeof title === 'string' ? title : isObject(title) && typeof title['sv'] === 'string' ? title['sv'] : '';
    return text === '' ? id : `${id}: ${text}`;
  }

  private sourceField(path: DraftPath): TemplateResult {
    return this.selectField(path, 'source_', this.idsOf('sources'), (v) => this.titleOf('sources', v), {
      optional: true,
    });
  }

  private goalField(path: DraftPath): TemplateResult {
    return this.selectField(path, 'goalOf', this.idsOf('goals'), (v) => this.titleOf('goals', v), { optional: true });
  }

  private idField(path: DraftPath): TemplateResult {
    return this.textField(path, this.tx('id'), { hint: this.tx('idHint') });
  }

  // ---------------------------------------------------------------------------------------
  // The parts of the plan

  private renderPlanPart(): TemplateResult {
    return html`<section class="part" aria-labelledby="part-plan">
      ${this.heading(0, 'part-plan', this.tx('planSection'))}
      ${this.localizedField(['title'], 'title')}
      ${this.idField(['id'])}
      ${this.selectField(['kind'], 'kind', PLAN_KINDS, CHOICES['kind']!)}
      ${this.selectField(['formatVersion'], 'formatVersion', ['1', '1.1'], CHOICES['formatVersion']!, {
        optional: true,
        numeric: true,
      })}
      ${this.selectField(['language'], 'language', ['sv', 'en'], CHOICES['language']!, { optional: true })}
      ${this.localizedField(['description'], 'description', true)}
      ${this.checkboxField(['illustrative'], 'illustrative')}
      ${this.sectionIssues('/formatVersion', fieldId('/formatVersion'), this.tx('formatVersion'))}
    </section>`;
  }

  private renderOrganisation(): TemplateResult {
    const label = this.tx('organisationSection');
    return html`<section class="part" id=${fieldId('/organisation')} aria-labelledby="part-organisation">
      ${this.heading(0, 'part-organisation', label)}
      ${this.within(
        label,
        () => html`
        ${this.textField(['organisation', 'name'], this.tx('name'))}
        ${this.selectField(['organisation', 'type'], 'organisationType', ORGANISATION_TYPES, CHOICES['type']!)}
        ${this.textField(['organisation', 'organisationNumber'], this.tx('organisationNumber'), { hint: 'NNNNNN-NNNN' })}
        ${this.actorChecks(['organisation', 'members'], 'membersSection')}
      `,
      )}
      ${this.sectionIssues('/organisation', fieldId('/organisation'), label)}
    </section>`;
  }

  private renderPeriod(): TemplateResult {
    const label = this.tx('periodSection');
    return html`<section class="part" id=${fieldId('/period')} aria-labelledby="part-period">
      ${this.heading(0, 'part-period', label)}
      ${this.within(
        label,
        () => html`
        ${this.dateField(['period', 'start'], 'start')} ${this.dateField(['period', 'end'], 'end')}
        ${this.textField(['period', 'text'], this.tx('asPrinted'))} ${this.sourceField(['period', 'source'])}
      `,
      )}
      ${this.sectionIssues('/period', fieldId('/period'), label)}
    </section>`;
  }

  private renderAdoption(): TemplateResult {
    const label = this.tx('adoptionSection');
    return html`<section class="part" id=${fieldId('/adopted')} aria-labelledby="part-adopted">
      ${this.heading(0, 'part-adopted', label)}
      ${this.within(
        label,
        () => html`
        ${this.textField(['adopted', 'by'], this.tx('adoptedBy'))} ${this.dateField(['adopted', 'date'], 'date')}
        ${this.textField(['adopted', 'dateText'], this.tx('dateText'))}
        ${this.textField(['adopted', 'reference'], this.tx('reference'))}
      `,
      )}
      ${this.sectionIssues('/adopted', fieldId('/adopted'), label)}
    </section>`;
  }

  private renderSources(): TemplateResult {
    return this.list(
      ['sources'],
      'sourcesSection',
      'source',
      'addSource',
      () => ({ id: freshId(getAt(this.draft, ['sources']), 'kalla') }),
      (p) => html`
      ${this.idField([...p, 'id'])} ${this.textField([...p, 'title'], this.tx('title'))}
      ${this.textField([...p, 'publisher'], this.tx('publisher'))} ${this.dateField([...p, 'date'], 'date')}
      ${this.textField([...p, 'reference'], this.tx('reference'))}
      ${this.textField([...p, 'url'], this.tx('url'), { type: 'url' })}
      ${this.dateField([...p, 'retrieved'], 'retrieved')} ${this.localizedField([...p, 'description'], 'description', true)}
    `,
    );
  }

  private renderNotes(): TemplateResult {
    return this.list(
      ['notes'],
      'notesSection',
      'note',
      'addNote',
      () => '',
      (p) => this.localizedField(p, 'noteText', true),
    );
  }

  private renderTargetGroups(): TemplateResult {
    return this.list(
      ['targetGroups'],
      'targetGroupsSection',
      'targetGroup',
      'addTargetGroup',
      () => ({ id: freshId(getAt(this.draft, ['targetGroups']), 'malgrupp'), description: '' }),
      (p) => html`
        ${this.localizedField([...p, 'description'], 'description', true)} ${this.idField([...p, 'id'])}
        ${this.numberField([...p, 'ageMin'], this.tx('ageMin'))} ${this.numberField([...p, 'ageMax'], this.tx('ageMax'))}
        ${this.sourceField([...p, 'source'])}
      `,
    );
  }

  private renderActors(): TemplateResult {
    const taken = new Set(this.idsOf('actors'));
    const available = ACTOR_REGISTRY.filter((r) => !taken.has(r.id));
    const addFromRegistry = () => {
      const entry = ACTOR_REGISTRY.find((r) => r.id === this.registryChoice);
      if (!entry) return;
      this.registryChoice = '';
      this.addItem(['actors'], registryActorToActor(entry), 'actor');
    };
    const extra = html`<span class="registry">
      <label for="registry-actor">${this.tx('registryActor')}</label>
      <select id="registry-actor" @change=${(e: Event) => (this.registryChoice = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.registryChoice === ''}>${this.tx('none')}</option>
        ${available.map(
          (r) => html`<option value=${r.id} ?selected=${r.id === this.registryChoice}>
            ${r.name[this.language]}${r.abbreviation ? ` (${r.abbreviation})` : ''}
          </option>`,
        )}
      </select>
      <button type="button" id="registry-add" ?disabled=${this.registryChoice === ''} @click=${addFromRegistry}>
        ${this.tx('addRegistryActor')}
      </button>
    </span>`;
    return this.list(
      ['actors'],
      'actorsSection',
      'actor',
      'addActor',
      () => ({ id: freshId(getAt(this.draft, ['actors']), 'aktor'), name: '' }),
      (p) => html`
        ${this.localizedField([...p, 'name'], 'name')} ${this.idField([...p, 'id'])}
        ${this.textField([...p, 'abbreviation'], this.tx('abbreviation'))}
        ${this.selectField([...p, 'type'], 'actorType', ACTOR_TYPES, CHOICES['type']!, { optional: true })}
        ${this.localizedField([...p, 'role'], 'role', true)} ${this.sourceField([...p, 'source'])}
      `,
      extra,
    );
  }

  private renderGoals(): TemplateResult {
    return this.list(
      ['goals'],
      'goalsSection',
      'goal',
      'addGoal',
      () => ({ id: freshId(getAt(this.draft, ['goals']), 'mal'), title: '' }),
      (p) => html`
      ${this.localizedField([...p, 'title'], 'title')} ${this.idField([...p, 'id'])}
      ${this.localizedField([...p, 'description'], 'description', true)} ${this.sourceField([...p, 'source'])}
    `,
    );
  }

  private scheduleFeedback(value: Json | undefined): string {
    if (typeof value !== 'string' || value.trim() === '') return this.tx('noSchedule');
    const parsed = parseSchedule(value);
    return parsed.recognized ? this.tx('readAs', describeSchedule(parsed)[this.language]) : this.tx('notRecognized');
  }

  private renderActivities(): TemplateResult {
    return this.list(
      ['activities'],
      'activitiesSection',
      'activity',
      'addActivity',
      () => ({ id: freshId(getAt(this.draft, ['activities']), 'aktivitet'), title: '', lead: [], involved: [] }),
      (p) => html`
        ${this.localizedField([...p, 'title'], 'title')} ${this.idField([...p, 'id'])} ${this.goalField([...p, 'goal'])}
        ${this.localizedField([...p, 'description'], 'description', true)}
        ${this.actorChecks([...p, 'lead'], 'leadSection')} ${this.actorChecks([...p, 'involved'], 'involvedSection', true)}
        ${this.textField([...p, 'schedule'], this.tx('schedule'), {
          feedback: this.scheduleFeedback(getAt(this.draft, [...p, 'schedule'])),
        })}
        ${this.textField([...p, 'responsibilityText'], this.tx('responsibilityText'))} ${this.sourceField([...p, 'source'])}
      `,
    );
  }

  private changeTargetType(path: DraftPath, type: string): void {
    const current = getAt(this.draft, path);
    if (type === '') return this.edit(path, undefined);
    const keep: { [key: string]: Json } = { type };
    if (isObject(current)) {
      for (const k of ['date', 'text', 'approximate', 'of', 'perArea', 'value', 'min', 'max']) {
        const allowed: Record<string, string[]> = {
          level: ['value', 'approximate', 'of', 'perArea'],
          change: ['value'],
          milestone: [],
          direction: ['perArea'],
          range: ['min', 'max', 'approximate', 'of', 'perArea'],
        };
        if ((k === 'date' || k === 'text' || allowed[type]?.includes(k)) && current[k] !== undefined)
          keep[k] = current[k]!;
      }
    }
    this.edit(path, keep);
  }

  private renderTarget(p: DraftPath): TemplateResult {
    const path = [...p, 'target'];
    const target = getAt(this.draft, path);
    const type = isObject(target) && typeof target['type'] === 'string' ? target['type'] : '';
    const label = this.tx('targetSection');
    const id = fieldId(pointerOf(path));
    return html`<fieldset class="group" id=${id}>
      <legend>${label}</legend>
      ${this.within(
        label,
        () => html`
        ${this.selectField([...path, 'type'], 'targetType', TARGET_TYPES, CHOICES['targetType']!, {
          optional: true,
          onChange: (v) => this.changeTargetType(path, v),
        })}
        ${type === 'level' || type === 'change' ? this.numberField([...path, 'value'], this.tx('value')) : nothing}
        ${type === 'range' ? html`${this.numberField([...path, 'min'], this.tx('min'))} ${this.numberField([...path, 'max'], this.tx('max'))}` : nothing}
        ${type !== '' ? this.dateField([...path, 'date'], 'date') : nothing}
        ${
          type === 'level' || type === 'range'
            ? html`${this.checkboxField([...path, 'approximate'], 'approximate')} ${this.numberField([...path, 'of'], this.tx('of'))}`
            : nothing
        }
        ${type !== '' ? this.textField([...path, 'text'], this.tx('asPrinted')) : nothing}
      `,
      )}
      ${this.sectionIssues(pointerOf(path), id, label)}
    </fieldset>`;
  }

  private renderBaseline(p: DraftPath): TemplateResult {
    const path = [...p, 'baseline'];
    const label = this.tx('baselineSection');
    const id = fieldId(pointerOf(path));
    return html`<fieldset class="group" id=${id}>
      <legend>${label}</legend>
      ${this.within(
        label,
        () => html`
        ${this.numberField([...path, 'value'], this.tx('value'))} ${this.dateField([...path, 'date'], 'date')}
        ${this.textField([...path, 'when'], this.tx('when'))} ${this.checkboxField([...path, 'approximate'], 'approximate')}
        ${this.numberField([...path, 'of'], this.tx('of'))} ${this.textField([...path, 'text'], this.tx('asPrinted'))}
        ${this.localizedField([...path, 'note'], 'note')}
      `,
      )}
      ${this.sectionIssues(pointerOf(path), id, label)}
    </fieldset>`;
  }

  private renderOutcomeValue(path: DraftPath, milestone: boolean): TemplateResult {
    const value = getAt(this.draft, path);
    if (!milestone && typeof value !== 'boolean') return this.numberField(path, this.tx('value'));
    const current = value === true ? 'true' : value === false ? 'false' : '';
    return this.selectField(
      path,
      'milestoneValue',
      ['true', 'false'],
      { true: TEXTS.achieved, false: TEXTS.notAchieved },
      {
        optional: current === '',
        onChange: (v) => this.edit(path, v === 'true' ? true : v === 'false' ? false : undefined),
      },
    );
  }

  private renderIndicators(): TemplateResult {
    return this.list(
      ['indicators'],
      'indicatorsSection',
      'indicator',
      'addIndicator',
      () => ({ id: freshId(getAt(this.draft, ['indicators']), 'indikator'), title: '', direction: 'increase' }),
      (p) => {
        const milestone = getAt(this.draft, [...p, 'target', 'type']) === 'milestone';
        return html`
          ${this.localizedField([...p, 'title'], 'title')} ${this.idField([...p, 'id'])} ${this.goalField([...p, 'goal'])}
          ${this.localizedField([...p, 'unit'], 'unit')}
          ${this.selectField([...p, 'direction'], 'direction', DIRECTIONS, CHOICES['direction']!)}
          ${this.selectField([...p, 'measure'], 'measure', MEASURES, CHOICES['measure']!, { optional: true })}
          ${this.renderBaseline(p)} ${this.renderTarget(p)}
          ${this.list(
            [...p, 'outcomes'],
            'outcomesSection',
            'outcome',
            'addOutcome',
            () => ({}),
            (o) => html`
              ${this.dateField([...o, 'date'], 'date')} ${this.renderOutcomeValue([...o, 'value'], milestone)}
              ${this.checkboxField([...o, 'approximate'], 'approximate')} ${this.numberField([...o, 'of'], this.tx('of'))}
              ${this.textField([...o, 'text'], this.tx('asPrinted'))} ${this.localizedField([...o, 'note'], 'note')}
              <fieldset class="group" id=${fieldId(pointerOf([...o, 'breakdown']))}>
                <legend>${this.tx('breakdownSection')}</legend>
                ${this.numberField([...o, 'breakdown', 'women'], this.tx('women'))}
                ${this.numberField([...o, 'breakdown', 'men'], this.tx('men'))}
              </fieldset>
              ${this.checkboxField([...o, 'illustrative'], 'illustrative')}
            `,
            nothing,
            4,
          )}
          ${this.dateField([...p, 'start'], 'start')} ${this.textField([...p, 'kpi'], this.tx('kpi'))}
          ${this.localizedField([...p, 'note'], 'note', true)} ${this.sourceField([...p, 'source'])}
        `;
      },
    );
  }

  private renderForm(): TemplateResult {
    const kept = SHOWN_KEPT.filter((k) => {
      const v = this.draft[k];
      return v !== undefined && !(Array.isArray(v) && v.length === 0);
    });
    return html`
      ${this.renderPlanPart()} ${this.renderOrganisation()} ${this.renderPeriod()} ${this.renderAdoption()}
      ${this.renderSources()} ${this.renderNotes()} ${this.renderTargetGroups()} ${this.renderActors()} ${this.renderGoals()}
      ${this.renderActivities()} ${this.renderIndicators()}
      ${kept.length > 0 ? html`<p class="hint">${this.tx('keptParts', kept.join(', '))}</p>` : nothing}
    `;
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
        const claim = this.claims.get(i);
        if (!claim) return html`<li>${i.message[this.language]}</li>`;
        return html`<li>
          <a href="#${claim.id}" @click=${(e: Event) => this.focusField(claim.id, e)}>${claim.label}</a>: ${this.message(i)}
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
      ${
        this.csvProblems
          ? html`<div class="notice error" part="notice" role="alert" id="csv-problems" tabindex="-1">
            <p>${this.tx('csvRejected')}</p>
            <ul>${this.csvProblems.map((i) => html`<li>${i.message[this.language]}</li>`)}</ul>
          </div>`
          : nothing
      }
      ${
        this.xlsxProblems
          ? html`<div class="notice error" part="notice" role="alert" id="xlsx-problems" tabindex="-1">
              <p>${this.tx('xlsxRejected')}</p>
              <ul>
                ${this.xlsxProblems.map((text) => html`<li>${text}</li>`)}
              </ul>
            </div>`
          : nothing
      }
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
    const canSaveOver = typeof window !== 'undefined' && 'showSaveFilePicker' in window;
    return html`<div class="toolbar" part="toolbar">
      <details class="open">
        <summary>${this.tx('openHeading')}</summary>
        <div class="open-body">
          <div class="field">
            <label for="open-file">${this.tx('openFile')}</label>
            <span class="hint" id="open-file-hint">${this.tx('dropHint')}</span>
            <input id="open-file" type="file" accept=".json,application/json" aria-describedby="open-file-hint" @change=${this.onFileChosen} />
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
    this.claims.clear();
    this.context.splice(0);
    // The form first: its fields claim their problems, and the summary then links to them.
    const form = this.renderForm();
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
    this.csvProblems = undefined;
    this.xlsxProblems = undefined;
    this.history.seal();
    this.replaceDraft(next, true);
    this.announce(this.tx('opened'));
    this.pendingFocus = [`#${fieldId('/title')}`];
  }

  private openText(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.notice = { text: this.tx('openFailed', e instanceof Error ? e.message : String(e)) };
      return;
    }
    if (!isObject(value)) {
      const result = parsePlan(value);
      this.notice = {
        text: this.tx('openFailed', result.success ? '' : (result.error.issues[0]?.message[this.language] ?? '')),
      };
      return;
    }
    this.openDraft(value);
  }

  private async openUrl(url: string, undoable = true): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) {
        this.notice = { text: this.tx('fetchFailed', url, `HTTP ${response.status}`) };
        return;
      }
      const text = await response.text();
      if (undoable) this.openText(text);
      else {
        try {
          const value: unknown = JSON.parse(text);
          if (isObject(value)) this.replaceDraft(value, false);
          else this.openText(text);
        } catch {
          this.openText(text);
        }
      }
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
    if (/\.csv$/i.test(file.name)) await this.importCsv(file);
    else if (/\.xlsx$/i.test(file.name)) await this.importXlsx(file);
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
    if (!this.dispatchEvent(new AsfPlanExportEvent(format, text, fileName, file))) return;
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
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
    this.deliver('json', JSON.stringify(this.draft, null, 2) + '\n', this.fileName('json'), 'application/json');
    this.dirty = false;
    this.announce(this.tx('exported'));
  }

  private async saveToFile(): Promise<void> {
    if (this.refuseIfInvalid()) return;
    const w = window as unknown as { showSaveFilePicker?: (o: object) => Promise<FileSystemFileHandleLike> };
    try {
      this.fileHandle ??= await w.showSaveFilePicker?.({
        suggestedName: this.fileName('json'),
        types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
      });
      if (!this.fileHandle) return;
      const writable = await this.fileHandle.createWritable();
      await writable.write(JSON.stringify(this.draft, null, 2) + '\n');
      await writable.close();
      this.dirty = false;
      this.announce(this.tx('exported'));
    } catch (e) {
      // The user closed the file picker: nothing to say.
      if (e instanceof DOMException && e.name === 'AbortError') return;
      this.notice = { text: this.tx('openFailed', e instanceof Error ? e.message : String(e)) };
    }
  }

  private async exportCsv(): Promise<void> {
    if (this.refuseIfInvalid() || !this.parsed) return;
    const { activitiesToCsv } = await csvModule.load();
    const csv = activitiesToCsv(this.parsed, { language: this.language });
    this.deliver('csv', csv, this.fileName('csv'), 'text/csv;charset=utf-8');
  }

  private readonly onCsvChosen = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importCsv(file);
    input.value = '';
  };

  /**
   * Reads the activities CSV into the plan as one undoable step. A file with problems changes
   * nothing: every problem is listed by its row, and no row is dropped silently.
   */
  async importCsv(file: Blob): Promise<void> {
    const { parseActivitiesCsv } = await csvModule.load();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const actors = getAt(this.draft, ['actors']);
    const goals = getAt(this.draft, ['goals']);
    const context = {
      actors: (Array.isArray(actors) ? actors.filter(isObject) : []) as unknown as Plan['actors'],
      goals: (Array.isArray(goals) ? goals.filter(isObject) : []) as unknown as Plan['goals'],
    };
    const result = parseActivitiesCsv(bytes, context);
    if (!result.success) {
      this.csvProblems = result.error.issues;
      this.pendingFocus = ['#csv-problems'];
      return;
    }
    this.csvProblems = undefined;
    this.history.seal();
    this.edit(['activities'], result.data);
    this.announce(this.tx('csvImported', result.data.length));
  }

  private async exportXlsx(): Promise<void> {
    if (this.refuseIfInvalid()) return;
    const { writeWorkbook } = await xlsxModule.load();
    this.deliver('xlsx', await writeWorkbook(this.draft), this.fileName('xlsx'), XLSX_TYPE);
    this.dirty = false;
    this.announce(this.tx('exported'));
  }

  private async downloadTemplate(): Promise<void> {
    const { writeWorkbook } = await xlsxModule.load();
    this.deliver('xlsx', await writeWorkbook(templatePlan()), this.tx('templateFileName'), XLSX_TYPE);
  }

  private readonly onXlsxChosen = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importXlsx(file);
    input.value = '';
  };

  /**
   * Opens a workbook (written by the editor, or filled in from its template) as one undoable
   * step. A workbook whose cells cannot be read changes nothing: each problem is listed by sheet
   * and row. The plan's own problems are then shown at their fields, as for any plan opened.
   */
  async importXlsx(file: Blob): Promise<void> {
    const { readWorkbook } = await xlsxModule.load();
    const result = await readWorkbook(file);
    if (!result.success) {
      this.xlsxProblems = result.issues.map((i) => i.message[this.language]);
      this.pendingFocus = ['#xlsx-problems'];
      return;
    }
    this.xlsxProblems = undefined;
    this.openDraft(result.draft);
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

/** The part of the File System Access API the editor uses. */
interface FileSystemFileHandleLike {
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

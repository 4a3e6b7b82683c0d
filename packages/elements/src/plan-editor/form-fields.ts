/**
 * The generic fields of `<asf-plan-editor>`'s form: text, number, date, a text in both
 * languages, a choice, a checkbox, checkboxes of the plan's actors, and a list with add, move and
 * remove buttons. Each renders one value of the draft at a path, says `parsePlan`'s problems of
 * that value at the field (`aria-invalid`, `aria-describedby`) and records where each problem is
 * shown, so that the summary can link to it.
 *
 * Like Material Web's internal controllers (a `ListController` configured with the callbacks of
 * its host), `FormFields` knows the element only through {@link FormHost}: what the draft and its
 * problems are, and how to edit it.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACTOR_REGISTRY, formatPath, type Bilingual, type Language, type PlanIssue } from '@asf-kit/core';
import { getAt, isObject, pointerOf, type Draft, type DraftPath, type Json } from './draft.js';
import { t, TEXTS, type TextKey } from './plan-editor.texts.js';

/** The id of the control of the field at a JSON Pointer: `/indicators/2/title` → `f-indicators-2-title`. */
export function fieldId(pointer: string): string {
  return 'f' + pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '-' : `_${c.charCodeAt(0).toString(16)}`));
}

/** What the fields need of the editor: the draft and its problems, and how to change it. */
export interface FormHost {
  draft(): Draft;
  issues(): readonly PlanIssue[];
  language(): Language;
  headingLevel(): number;
  /** Numbers as typed ("0,5"), by JSON Pointer, so that a field shows what the user wrote. */
  readonly rawNumbers: Map<string, string>;
  /** Sets a value of the draft as one undoable step (typing in one field, `typingKey`, is one step). */
  edit(path: DraftPath, value: Json | undefined, typingKey?: string): void;
  /** Ends the current typing step. */
  seal(): void;
  addItem(listPath: DraftPath, item: Json, labelKey: TextKey): void;
  removeItem(listPath: DraftPath, index: number, labelKey: TextKey): void;
  moveItem(listPath: DraftPath, from: number, to: number, labelKey: TextKey): void;
}

export interface FieldAttrs {
  id: string;
  describedBy: string;
  invalid: boolean;
}

/** Where a problem is shown: the id of its field and the field's label with its context. */
export interface Claim {
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

export class FormFields {
  /** Where each problem is shown, filled in as the form renders (the summary links to these). */
  readonly claims = new Map<PlanIssue, Claim>();
  private readonly context: string[] = [];

  constructor(private readonly host: FormHost) {}

  /** Starts a render: no problem is claimed yet. */
  begin(): void {
    this.claims.clear();
    this.context.splice(0);
  }

  /** The draft being edited. */
  get draft(): Draft {
    return this.host.draft();
  }

  get language(): Language {
    return this.host.language();
  }

  readonly seal = () => this.host.seal();

  /** Sets a value of the draft as one undoable step (typing in one field, `typingKey`, is one step). */
  edit(path: DraftPath, value: Json | undefined, typingKey?: string): void {
    this.host.edit(path, value, typingKey);
  }

  /** Adds an item to a list, focuses its first field and says so. */
  addItem(listPath: DraftPath, item: Json, labelKey: TextKey): void {
    this.host.addItem(listPath, item, labelKey);
  }

  tx(key: TextKey, ...values: (string | number)[]): string {
    return t(key, this.host.language(), ...values);
  }

  /** A heading `offset` levels below the `heading-level` (kept within 1–6). */
  heading(offset: number, id: string, text: string): TemplateResult {
    const base = Number.isInteger(this.host.headingLevel()) ? this.host.headingLevel() : 2;
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

  /** A list of items with add, move up, move down and remove buttons. */
  list(
    listPath: DraftPath,
    headingKey: TextKey,
    itemKey: TextKey,
    addKey: TextKey,
    newItem: () => Json,
    renderItem: (path: DraftPath, index: number) => TemplateResult,
    extra: TemplateResult | typeof nothing = nothing,
    level = 3,
  ): TemplateResult {
    const list = getAt(this.host.draft(), listPath);
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
              <button type="button" id="${id}-up" ?disabled=${index === 0} @click=${() => this.host.moveItem(listPath, index, index - 1, itemKey)}>
                ${this.tx('moveUp')}${hidden}
              </button>
              <button type="button" id="${id}-down" ?disabled=${index === items.length - 1} @click=${() => this.host.moveItem(listPath, index, index + 1, itemKey)}>
                ${this.tx('moveDown')}${hidden}
              </button>
              <button type="button" id="${id}-remove" @click=${() => this.host.removeItem(listPath, index, itemKey)}>
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
        <button type="button" id="${listId}-add" @click=${() => this.host.addItem(listPath, newItem(), itemKey)}>
          ${this.tx(addKey)}
        </button>
        ${extra}
      </div>
      ${this.sectionIssues(listPtr, listId, heading)}
    </div>`;
  }

  within<T>(label: string, render: () => T): T {
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
    const mine = this.host
      .issues()
      .filter(
        (i) => !this.claims.has(i) && pointers.some((p) => i.pointer === p || (deep && i.pointer.startsWith(p + '/'))),
      );
    for (const i of mine) this.claims.set(i, { id, label: this.contextLabel(label) });
    return mine;
  }

  /** The issue's message without the path it starts with (the field says where). */
  message(issue: PlanIssue): string {
    const text = issue.message[this.host.language()];
    const prefix = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return prefix !== '' && text.startsWith(prefix) ? text.slice(prefix.length) : text;
  }

  /** The issues of a section that none of its fields claimed, shown at its end. */
  sectionIssues(pointer: string, id: string, label: string): TemplateResult | typeof nothing {
    const mine = this.host
      .issues()
      .filter((i) => !this.claims.has(i) && (i.pointer === pointer || i.pointer.startsWith(pointer + '/')));
    if (mine.length === 0) return nothing;
    for (const i of mine) this.claims.set(i, { id, label: this.contextLabel(label) });
    return html`<ul class="error" part="field-error">
      ${mine.map((i) => html`<li>${this.message(i)}</li>`)}
    </ul>`;
  }

  /** One labelled field with its hint, feedback and problems, tied by aria-describedby. */
  field(
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

  textField(
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
    const value = getAt(this.host.draft(), path);
    const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
    const key = pointerOf(path);
    const onInput = (e: Event) => {
      const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.host.edit(path, v === '' ? undefined : v, key);
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

  dateField(path: DraftPath, labelKey: TextKey): TemplateResult {
    return this.textField(path, this.tx(labelKey), { hint: this.tx('dateHint') });
  }

  /** A number typed as text ("0,5" or "0.5"); text that is not a number is kept, and parsePlan says so. */
  numberField(
    path: DraftPath,
    label: string,
    options: { hint?: string; write?: (value: Json | undefined, typingKey: string) => void } = {},
  ): TemplateResult {
    const value = getAt(this.host.draft(), path);
    const key = pointerOf(path);
    const raw = this.host.rawNumbers.get(key);
    const shown =
      raw !== undefined && isNumberText(raw) && toNumber(raw) === value
        ? raw
        : value === undefined
          ? ''
          : typeof value === 'number'
            ? String(value).replace('.', TEXTS.decimalSeparator[this.host.language()])
            : typeof value === 'string'
              ? value
              : JSON.stringify(value);
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      this.host.rawNumbers.set(key, text);
      const v = text.trim() === '' ? undefined : isNumberText(text) ? toNumber(text) : text;
      if (options.write) options.write(v, key);
      else this.host.edit(path, v, key);
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
      { hint: options.hint },
    );
  }

  /** A text in Swedish with an optional English translation (a plain string while there is none). */
  localizedField(path: DraftPath, labelKey: TextKey, multiline = false): TemplateResult {
    const value = getAt(this.host.draft(), path);
    const sv =
      typeof value === 'string' ? value : isObject(value) && typeof value['sv'] === 'string' ? value['sv'] : '';
    const en = isObject(value) && typeof value['en'] === 'string' ? value['en'] : '';
    const label = this.tx(labelKey);
    const ptr = pointerOf(path);
    const write = (nextSv: string, nextEn: string, key: string) => {
      const v: Json | undefined = nextEn === '' ? (nextSv === '' ? undefined : nextSv) : { sv: nextSv, en: nextEn };
      this.host.edit(path, v, key);
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

  selectField(
    path: DraftPath,
    labelKey: TextKey,
    values: readonly string[],
    choices: Record<string, Bilingual> | ((v: string) => string),
    options: { optional?: boolean; numeric?: boolean; onChange?: (v: string) => void } = {},
  ): TemplateResult {
    const value = getAt(this.host.draft(), path);
    const current =
      value === undefined
        ? ''
        : typeof value === 'string'
          ? value
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
    const name = (v: string) =>
      typeof choices === 'function' ? choices(v) : (choices[v]?.[this.host.language()] ?? v);
    // A value the list does not have (a typo in a file) stays shown and chosen, and parsePlan says what is wrong.
    const all = current !== '' && !values.includes(current) ? [...values, current] : values;
    const onChange = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this.host.seal();
      if (options.onChange) options.onChange(v);
      else this.host.edit(path, v === '' ? undefined : options.numeric ? Number(v) : v);
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

  checkboxField(path: DraftPath, labelKey: TextKey): TemplateResult {
    const value = getAt(this.host.draft(), path);
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
          this.host.seal();
          this.host.edit(path, (e.target as HTMLInputElement).checked ? true : undefined);
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
  actorOptions(): { id: string; name: string }[] {
    const actors = getAt(this.host.draft(), ['actors']);
    return (Array.isArray(actors) ? actors : []).flatMap((a) => {
      if (!isObject(a) || typeof a['id'] !== 'string' || a['id'] === '') return [];
      const n = a['name'];
      const text = isObject(n) ? (n[this.host.language()] ?? n['sv']) : n;
      const name = typeof text === 'string' ? text : '';
      const abbr = typeof a['abbreviation'] === 'string' ? a['abbreviation'] : '';
      return [{ id: a['id'], name: name === '' ? a['id'] : abbr !== '' && abbr !== name ? `${name} (${abbr})` : name }];
    });
  }

  /** Checkboxes of the plan's actors (and "Samtliga" where it may be chosen) for a list of actor ids. */
  actorChecks(path: DraftPath, labelKey: TextKey, samtliga = false): TemplateResult {
    const value = getAt(this.host.draft(), path);
    const all = value === 'all';
    const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const options = this.actorOptions();
    // Ids that are not the plan's actors (registry ids, typos) stay shown, so that nothing is lost unseen.
    for (const id of chosen) {
      if (!options.some((o) => o.id === id)) {
        const entry = ACTOR_REGISTRY.find((r) => r.id === id);
        options.push({ id, name: entry ? entry.name[this.host.language()] : id });
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
      this.host.seal();
      this.host.edit(path, next);
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
                this.host.seal();
                this.host.edit(path, (e.target as HTMLInputElement).checked ? 'all' : []);
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

  /**
   * Checkboxes for a list of choices (a target group's support needs). The list keeps the order
   * of the choices; a value the choices do not have stays shown and checked, so that nothing is
   * lost unseen. No choice leaves the field out.
   */
  choiceChecks(
    path: DraftPath,
    labelKey: TextKey,
    choices: readonly string[],
    names: Record<string, Bilingual>,
  ): TemplateResult {
    const value = getAt(this.host.draft(), path);
    const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const all = [...choices, ...chosen.filter((v) => !choices.includes(v))];
    const pointer = pointerOf(path);
    const id = fieldId(pointer);
    const label = this.tx(labelKey);
    const issues = this.claim([pointer], id, label, true);
    const toggle = (choice: string, on: boolean) => {
      const next = all.filter((v) => (v === choice ? on : chosen.includes(v)));
      this.host.seal();
      this.host.edit(path, next.length === 0 ? undefined : next);
    };
    return html`<fieldset
      class="checks"
      id=${id}
      aria-describedby=${issues.length > 0 ? `${id}-error` : nothing}
      ?data-invalid=${issues.length > 0}
    >
      <legend>${label}</legend>
      ${all.map(
        (v, i) => html`<div class="check">
          <input
            type="checkbox"
            id="${id}-${i}"
            .checked=${chosen.includes(v)}
            @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)}
          /><label for="${id}-${i}">${names[v]?.[this.host.language()] ?? v}</label>
        </div>`,
      )}
      ${
        issues.length > 0
          ? html`<ul class="error" part="field-error" id="${id}-error">${issues.map((i) => html`<li>${this.message(i)}</li>`)}</ul>`
          : nothing
      }
    </fieldset>`;
  }

  /** One of the plan's actors, chosen in a list (an owner, a contact's organisation). */
  actorField(path: DraftPath, labelKey: TextKey): TemplateResult {
    const options = this.actorOptions();
    const names = new Map(options.map((o) => [o.id, o.name]));
    return this.selectField(
      path,
      labelKey,
      options.map((o) => o.id),
      (v) => names.get(v) ?? v,
      { optional: true },
    );
  }

  idsOf(listKey: string): string[] {
    const list = getAt(this.host.draft(), [listKey]);
    return (Array.isArray(list) ? list : []).flatMap((i) =>
      isObject(i) && typeof i['id'] === 'string' && i['id'] !== '' ? [i['id']] : [],
    );
  }

  titleOf(listKey: string, id: string): string {
    const list = getAt(this.host.draft(), [listKey]);
    const item = (Array.isArray(list) ? list : []).find((i) => isObject(i) && i['id'] === id);
    const title = isObject(item) ? (item['title'] ?? item['name']) : undefined;
    const text =
      typeof title === 'string' ? title : isObject(title) && typeof title['sv'] === 'string' ? title['sv'] : '';
    return text === '' ? id : `${id}: ${text}`;
  }

  sourceField(path: DraftPath): TemplateResult {
    return this.selectField(path, 'source_', this.idsOf('sources'), (v) => this.titleOf('sources', v), {
      optional: true,
    });
  }

  goalField(path: DraftPath): TemplateResult {
    return this.selectField(path, 'goalOf', this.idsOf('goals'), (v) => this.titleOf('goals', v), { optional: true });
  }

  idField(path: DraftPath): TemplateResult {
    return this.textField(path, this.tx('id'), { hint: this.tx('idHint') });
  }
}

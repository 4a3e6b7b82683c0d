import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type {
  Bilingual,
  CheckResult,
  CriterionOutcome,
  CriterionResult,
  FactIssue,
  Language,
  ProfileName,
  Verdict,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { renderLoading, renderProblem } from '../shared/status-view.js';
import { statusStyles } from '../shared/status-styles.js';
import { LazyModule } from '../shared/lazy.js';
import { reportOnce } from '../shared/report-once.js';
import { styles } from './eligibility-check.styles.js';
import {
  CHECK_TITLES,
  ELIGIBILITY_CHECKS,
  ELIGIBILITY_PROFILES,
  FORM_CHECKS,
  PROFIT_USE_OPTIONS,
  STAFF_OPTION_LABELS,
  STAFF_OPTIONS,
  TEXT,
  TITLES,
  YES_NO_LABELS,
  attributeError,
  countText,
  formItems,
  questionsOf,
  type EligibilityCheckKind,
  type FieldName,
  type FormCheck,
  type FormItem,
  type PeopleGroup,
  type Question,
} from './eligibility-check.texts.js';
import { AsfEligibilityChangeEvent, type EligibilityFacts, type EligibilityResult } from './events.js';
import type { AsfLoadError } from '../shared/events.js';
import { baseStyles } from '../shared/base-styles.js';
import { INPUT_TEXTS, InputCheck, optionalNumber } from '../shared/inputs.js';

export { AsfEligibilityChangeEvent, type EligibilityFacts, type EligibilityResult } from './events.js';
export type { EligibilityCheckKind } from './eligibility-check.texts.js';

/** The module with the checks; loaded on demand so that json-rules-engine is a lazy chunk. */
type RulesModule = typeof import('./rules-loader.js');
/** The welfare form's questions; loaded only for `check="reserved-welfare-contract"`. */
type WelfareTexts = typeof import('./eligibility-check.welfare-texts.js');

/** What the element shows, derived once per update: a problem with its attributes, or the form. */
type View =
  | { kind: 'problem'; title: Bilingual; error: AsfLoadError }
  | { kind: 'form'; welfare: 'none' | 'loading' | 'failed'; result: ResultView };

/** The result part of the form: a prompt before the first answer, the rules loading, their download failed, or the result. */
type ResultView =
  { kind: 'prompt' } | { kind: 'loading' } | { kind: 'load-error' } | { kind: 'ready'; result: EligibilityResult };

/** The raw answers: the value of each control as the user left it. */
type Answers = Partial<Record<FieldName, string>>;

const YES_NO = ['yes', 'no', 'unknown'] as const;
const NUMERIC_KINDS: ReadonlySet<string> = new Set(['percent', 'count', 'years']);

/**
 * A number as people type it in a Swedish or English form: "33,5", "33.5", "1 234" or
 * "1\u00a0234" (spaces of any kind between thousands), "−5". `undefined` when it is not one
 * number: a decimal comma is never dropped ("33,5" is 33.5, never 335).
 */
export function parseFormNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/^\u2212/, '-');
  if (!/^-?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined;
  const n = Number(compact.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** The checks an unreadable numeric answer belongs to: the verdicts it makes uncertain. */
const NUMERIC_FIELD_CHECKS: Partial<Record<FieldName, readonly FormCheck[]>> = {
  profitReinvestedShare: ['asf'],
  publicOwnershipShare: ['asf'],
  employeesFromTargetGroups: ['asf'],
  peopleWorking: ['reserved-contract'],
  peopleWorkingFromTargetGroups: ['reserved-contract'],
  contractDurationYears: ['reserved-welfare-contract'],
};

/** The rules module (one per page), loaded on first use. */
const rules = new LazyModule<RulesModule>(() => import('./rules-loader.js'));
/** The welfare form's texts, loaded for the welfare form only. */
const welfare = new LazyModule<WelfareTexts>(() => import('./eligibility-check.welfare-texts.js'));

/** A fact's short name for people, from the form's texts or the welfare module's. */
/** Labels that come with the rules (a result exists only once they have loaded). */
const verdictLabel = (v: Verdict): Bilingual => rules.value?.VERDICT_LABELS[v] ?? { sv: v, en: v };
const outcomeLabel = (o: CriterionOutcome): Bilingual => rules.value?.OUTCOME_LABELS[o] ?? { sv: o, en: o };
const fieldName = (name: FieldName): Bilingual | undefined =>
  rules.value?.FIELD_NAMES[name] ?? welfare.value?.WELFARE_FIELD_NAMES[name];

/** A share (0–1) from a percentage, without float noise: 33.3 → 0.333, not 0.33299999999999996. */
const toShare = (percent: number) => Math.round(percent * 1e6) / 1e8;
/** A percentage from a share: 0.35 → 35, not 35.00000000000001. */
const toPercent = (share: number) => Math.round(share * 1e8) / 1e6;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Core's messages start with the path of the fact ("peopleWorking: …"), a code name that people
 * must not see (issue 11, defect 7a). The form's facts are top-level, so the path is the field's
 * name: next to the field it is dropped; elsewhere the field's name in words replaces it. (Not
 * core's `formatPath`: importing it would put the plan schema and zod in the element's first chunk.)
 */
function fieldMessage(issue: FactIssue, named = false): Bilingual {
  const field = String(issue.path[0] ?? '');
  const label = fieldName(field as FieldName);
  const strip = (m: string, lang: Language) => {
    const colon = m.indexOf(': ');
    const rest = issue.path.length > 0 && colon > 0 && !/\s/.test(m.slice(0, colon)) ? m.slice(colon + 2) : m;
    return capitalise(named && label ? `${label[lang]}: ${rest}` : rest);
  };
  return { sv: strip(issue.message.sv, 'sv'), en: strip(issue.message.en, 'en') };
}

const ICON_PATHS: Record<CriterionOutcome, string[]> = {
  met: ['M4.5 12.5l5 5L19.5 7'],
  'not-met': ['M6.5 6.5l11 11', 'M17.5 6.5l-11 11'],
  unknown: ['M9 9.2a3 3 0 1 1 4.4 2.7c-.9.5-1.4 1.1-1.4 2.1v.6', 'M12 18.6v.1'],
};
const VERDICT_ICON: Record<Verdict, CriterionOutcome> = {
  eligible: 'met',
  'not-eligible': 'not-met',
  'needs-review': 'unknown',
};

function icon(kind: CriterionOutcome): TemplateResult {
  return html`<svg part="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    ${ICON_PATHS[kind].map((d) => svg`<path d=${d}></path>`)}
  </svg>`;
}

/**
 * A self-assessment for an enterprise: is it an arbetsintegrerande socialt företag (ASF) by
 * Tillväxtverket's criteria, may it bid for a reserved contract (LOU 4 kap. 18 §), and may a
 * procurement of certain welfare services be reserved for it (LOU 19 kap. 25 §)? Every answer
 * updates the outcome of each criterion, with its reason and its source. "Vet inte" leaves a
 * fact out, so its criterion is undecided, never failed. The rules engine is loaded only when
 * the form is first used.
 *
 * @summary A self-assessment form: "Är vi ett ASF?" and the reserved-contract share.
 * @tagname asf-eligibility-check
 * @slot - An introduction shown under the title, above the questions.
 * @csspart base - The wrapper of the form and the result.
 * @csspart title - The title (a heading of level `heading-level`).
 * @csspart form - The form.
 * @csspart question - A question: a fieldset of choices, a field, or the group of counts.
 * @csspart legend - The question of a fieldset.
 * @csspart options - The choices of a question.
 * @csspart option - One choice: a radio button and its label.
 * @csspart field - A question answered by typing.
 * @csspart label - The label of a typed answer.
 * @csspart hint - Help text under a question.
 * @csspart input - A text or number input.
 * @csspart unit - The "%" after a percentage input.
 * @csspart field-error - The validation message of a field.
 * @csspart result - The result region.
 * @csspart result-title - The heading of the result region.
 * @csspart note - The note that this is a self-assessment, not a decision.
 * @csspart summary - The one-line summary, announced politely when it changes.
 * @csspart status-bar - A short form of the verdicts that stays in view at the bottom of the screen while the questions are answered (a visual aid; the summary is what screen readers hear). Not printed.
 * @csspart verdict-reason - Why a verdict needs review when some answers are invalid.
 * @csspart attribute-error - Shown when `check` or `profile` has a value that is not allowed.
 * @csspart prompt - The text shown before any answer.
 * @csspart check - The result of one check (ASF or reserved contract).
 * @csspart check-title - The heading of a check.
 * @csspart verdict - The verdict of a check, with `verdict-eligible`, `verdict-not-eligible` or `verdict-needs-review`.
 * @csspart verdict-eligible - A verdict: eligible.
 * @csspart verdict-not-eligible - A verdict: not eligible.
 * @csspart verdict-needs-review - A verdict: the answers cannot decide it.
 * @csspart criteria - The list of criteria.
 * @csspart criterion - One criterion, with `criterion-met`, `criterion-not-met` or `criterion-unknown`.
 * @csspart criterion-met - A criterion that is met.
 * @csspart criterion-not-met - A criterion that is not met.
 * @csspart criterion-unknown - A criterion the answers cannot decide.
 * @csspart criterion-name - The name of a criterion.
 * @csspart outcome - The outcome of a criterion, with `outcome-met`, `outcome-not-met` or `outcome-unknown`.
 * @csspart outcome-met - The outcome "met".
 * @csspart outcome-not-met - The outcome "not met".
 * @csspart outcome-unknown - The outcome "cannot be decided".
 * @csspart issues - Answers that do not fit together, listed under the checks.
 * @csspart reason - Why, in the current language.
 * @csspart source - The source of a criterion.
 * @csspart source-link - The link to the source, when it has a web address.
 * @csspart icon - An outcome or verdict icon (decorative; the text says the same).
 * @csspart loading - Shown while the rules engine loads.
 * @csspart error - Shown when the rules engine could not be loaded.
 * @csspart retry - The button that tries to load the rules engine again.
 * @cssprop --asf-eligibility-check-gap - Space between the questions.
 * @cssprop --asf-eligibility-check-met-color - Colour of "met" icons and borders.
 * @cssprop --asf-eligibility-check-not-met-color - Colour of "not met" icons and borders.
 * @cssprop --asf-eligibility-check-unknown-color - Colour of "cannot be decided" icons and borders.
 * @cssprop --asf-eligibility-check-result-background - Background of the result region.
 * @fires {AsfEligibilityChangeEvent} asf-eligibility-change - The user changed an answer and the new result is ready (`event.result`).
 * @fires {AsfErrorEvent} asf-error - `check` or `profile` has a value that is not allowed (`event.error.message` names the allowed values), or `heading-level` is not a level from 1 to 6.
 */
export class AsfEligibilityCheck extends LitElement {
  static override styles = [baseStyles, statusStyles, styles];

  /**
   * Loads the rules module. Replaceable by tests only, to simulate a failed download.
   * @internal
   */
  static get rulesLoader(): () => Promise<RulesModule> {
    return rules.importer;
  }
  /** @internal */
  static set rulesLoader(importer: () => Promise<RulesModule>) {
    rules.importer = importer;
  }

  /**
   * Which check the form runs: `asf` (default), `reserved-contract`, `both` (ASF and reserved
   * contract) or `reserved-welfare-contract`. Another value shows a message naming these.
   */
  @property() check: EligibilityCheckKind = 'asf';

  /**
   * The reading of the ASF definition: `tillvaxtverket` (default; `sofisam` is another name for
   * it) or the stricter `skoopi`. Another value shows a message naming these.
   */
  @property() profile: ProfileName = 'tillvaxtverket';

  /** The level of the title's heading, 1–6; the result's headings are the levels below. */
  @property({ attribute: 'heading-level', converter: optionalNumber }) headingLevel: number | string = 2;

  /** Hides the title, for a page whose own heading asks the question; the form keeps it as its name. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /**
   * Answers to start from (input only; the element never changes it). Shares are 0–1 and shown
   * as percentages. Setting it computes the result without firing an event.
   */
  @property({ attribute: false }) facts: EligibilityFacts | undefined;

  @state() private answers: Answers = {};
  @state() private badInput: ReadonlySet<FieldName> = new Set();
  @state() private current: EligibilityResult | undefined;
  @state() private loading = false;
  @state() private loadFailed = false;

  private readonly i18n = new LangController(this);
  private readonly inputs = new InputCheck(this);
  private headingLevelRead = 2;
  private seq = 0;
  private checkKind: EligibilityCheckKind = 'asf';
  private profileName: ProfileName = 'tillvaxtverket';
  private attributeErrors: Bilingual[] = [];
  private itemsKey = '';
  private view: View = { kind: 'form', welfare: 'none', result: { kind: 'prompt' } };
  private items: FormItem[] = [];
  private questions = new Map<FieldName, Question>();
  private errors = new Map<FieldName, Bilingual>();
  private otherIssues: FactIssue[] = [];

  /** The latest result, or `undefined` before the first answer (read-only). */
  get result(): EligibilityResult | undefined {
    return this.current;
  }

  /** Whether the rules engine has been loaded on this page (read-only). It loads on first use. */
  get rulesLoaded(): boolean {
    return rules.value !== undefined;
  }

  constructor() {
    super();
    // The shown problem: a heading level out of range, else the attributes' values not allowed.
    reportOnce(this, () => {
      const v = this.view;
      if (v.kind === 'problem') return v.error;
      const e = this.attributeErrors;
      if (!e.length) return undefined;
      const message = { sv: e.map((m) => m.sv).join(' '), en: e.map((m) => m.en).join(' ') };
      return { kind: 'invalid', url: '(attribute)', message };
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.inputs.begin();
    this.headingLevelRead = this.inputs.integer('heading-level', this.headingLevel, 1, 6, 2);
    const checkOk = (ELIGIBILITY_CHECKS as readonly string[]).includes(this.check);
    const profileOk = (ELIGIBILITY_PROFILES as readonly string[]).includes(this.profile);
    this.checkKind = checkOk ? this.check : 'asf';
    this.profileName = profileOk ? this.profile : 'tillvaxtverket';
    this.attributeErrors = [
      ...(checkOk ? [] : [attributeError('check', String(this.check), ELIGIBILITY_CHECKS, 'asf')]),
      ...(profileOk ? [] : [attributeError('profile', String(this.profile), ELIGIBILITY_PROFILES, 'tillvaxtverket')]),
    ];
    if (this.checkKind === 'reserved-welfare-contract' && !welfare.value && !welfare.failed) this.loadWelfareTexts();
    const itemsKey = `${this.checkKind}|${this.profileName}|${welfare.value ? 1 : 0}`;
    // Preset facts for the welfare form wait for its questions; they are taken when those arrive.
    const questionsArrived =
      this.itemsKey !== '' && itemsKey === this.itemsKey.replace(/\|0$/, '|1') && itemsKey !== this.itemsKey;
    if (itemsKey !== this.itemsKey) {
      this.itemsKey = itemsKey;
      this.items = formItems(this.checkKind, this.profileName === 'skoopi', welfare.value?.WELFARE_QUESTIONS);
      this.questions = new Map(questionsOf(this.items).map((q) => [q.name, q]));
    }
    if (questionsArrived && !changed.has('facts')) {
      // Keep what the user answered; add the preset answers to the questions that just arrived.
      this.answers = { ...answersFrom(this.facts), ...this.answers };
      if (Object.keys(this.factsFromAnswers()).length > 0) void this.evaluate(false);
    } else if (changed.has('facts')) {
      this.answers = answersFrom(this.facts);
      this.badInput = new Set();
      if (Object.keys(this.factsFromAnswers()).length > 0) void this.evaluate(false);
      else {
        this.seq++;
        this.current = undefined;
        this.loading = false;
      }
    } else if (this.hasUpdated && (changed.has('check') || changed.has('profile')) && (this.current || this.loading)) {
      void this.evaluate(false);
    }
    this.deriveErrors();
    const error = this.inputs.error;
    this.view = error ? { kind: 'problem', title: INPUT_TEXTS.title, error } : this.formView();
  }

  /** The form's view, from where the rules, the result and the welfare questions are. */
  private formView(): View {
    const welfareForm = this.checkKind === 'reserved-welfare-contract' && !welfare.value;
    const result: ResultView = this.loadFailed
      ? { kind: 'load-error' }
      : this.current
        ? { kind: 'ready', result: this.current }
        : { kind: this.loading ? 'loading' : 'prompt' };
    return { kind: 'form', welfare: !welfareForm ? 'none' : welfare.failed ? 'failed' : 'loading', result };
  }

  /** Loads the welfare form's questions (a lazy chunk), then renders them. */
  private loadWelfareTexts(): void {
    const update = () => this.requestUpdate();
    welfare.load().then(update, update);
  }

  private readonly retryWelfare = (): void => {
    this.loadWelfareTexts();
    this.requestUpdate();
  };

  /** The validation message of each visible field: core's, or the form's own for the percent scale. */
  private deriveErrors(): void {
    const errors = new Map<FieldName, Bilingual>();
    for (const name of this.badInput) if (this.questions.has(name)) errors.set(name, TEXT.notANumber);
    const seen = new Set<string>();
    const other: FactIssue[] = [];
    for (const issue of this.current?.checks.flatMap((c) => c.issues) ?? []) {
      if (seen.has(issue.pointer + issue.code)) continue;
      seen.add(issue.pointer + issue.code);
      const question = this.questions.get(String(issue.path[0]) as FieldName);
      if (!question) {
        other.push(issue);
        continue;
      }
      if (errors.has(question.name)) continue;
      // Core states shares on the 0–1 scale ("mellan 0 och 1, men är 1.2"); the form asks for percent.
      const percentScale =
        question.kind === 'percent' && (issue.code === 'share-out-of-range' || issue.code === 'negative');
      errors.set(question.name, percentScale ? TEXT.percentRange : fieldMessage(issue));
    }
    this.errors = errors;
    this.otherIssues = other;
  }

  /** The answers as facts: only the questions shown, without "Vet inte", empty or unreadable fields. */
  private factsFromAnswers(): Record<string, unknown> {
    const facts: Record<string, unknown> = {};
    for (const q of this.questions.values()) {
      const raw = this.answers[q.name];
      if (raw === undefined || this.badInput.has(q.name)) continue;
      const text = raw.trim();
      switch (q.kind) {
        case 'yes-no':
          if (text === 'yes' || text === 'no') facts[q.name] = text === 'yes';
          break;
        case 'staff':
          if ((STAFF_OPTIONS as readonly string[]).includes(text)) facts[q.name] = text;
          break;
        case 'profit-use':
          if ((PROFIT_USE_OPTIONS as readonly string[]).includes(text)) facts[q.name] = text;
          break;
        case 'percent':
        case 'count':
        case 'years': {
          const n = parseFormNumber(text);
          if (n !== undefined) facts[q.name] = q.kind === 'percent' ? toShare(n) : n;
          break;
        }
        case 'text':
          if (text !== '') facts[q.name] = text;
          break;
      }
    }
    return facts;
  }

  /** Computes the result of the current answers; fires the event when the user caused it. */
  private async evaluate(byUser: boolean): Promise<void> {
    const seq = ++this.seq;
    const facts = this.factsFromAnswers();
    const kinds = FORM_CHECKS[this.checkKind];
    const options = { profile: this.profileName };
    this.loadFailed = false;
    let loaded = rules.value;
    if (!loaded) {
      this.loading = true;
      try {
        loaded = await rules.load();
      } catch {
        if (seq === this.seq) {
          this.loading = false;
          this.loadFailed = true;
        }
        return;
      }
    }
    const run: Record<FormCheck, () => Promise<CheckResult>> = {
      asf: () => loaded.checkAsfEligibility(facts, options),
      'reserved-contract': () => loaded.checkReservedContract(facts, options),
      'reserved-welfare-contract': () => loaded.checkReservedWelfareContract(facts, options),
    };
    const checks: CheckResult[] = await Promise.all(kinds.map((kind) => run[kind]()));
    if (seq !== this.seq) return;
    this.loading = false;
    this.current = { facts: facts, checks };
    if (byUser) this.dispatchEvent(new AsfEligibilityChangeEvent(this.current));
  }

  /** Takes the value of a control into the answers; recomputes when it changed. */
  private commit(input: HTMLInputElement): void {
    const name = input.name as FieldName;
    if (!this.questions.has(name)) return;
    if (input.type === 'radio' && !input.checked) return;
    const question = this.questions.get(name)!;
    // Numbers are typed as text, so that "33,5" and "1 234" reach us whole (a number input drops them).
    const bad =
      NUMERIC_KINDS.has(question.kind) && input.value.trim() !== '' && parseFormNumber(input.value) === undefined;
    if (this.answers[name] === input.value && this.badInput.has(name) === bad) return;
    this.answers = { ...this.answers, [name]: input.value };
    const badInput = new Set(this.badInput);
    if (bad) badInput.add(name);
    else badInput.delete(name);
    this.badInput = badInput;
    void this.evaluate(true);
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    // Radios at once; a number as soon as it reads as one ("33," is not yet "33,5": it waits for the
    // user to leave the field); the organisationsnummer when the user leaves the field.
    const q = this.questions.get(input.name as FieldName);
    if (input.type !== 'text') this.commit(input);
    else if (
      q &&
      NUMERIC_KINDS.has(q.kind) &&
      (input.value.trim() === '' || parseFormNumber(input.value) !== undefined)
    )
      this.commit(input);
  };

  private readonly onChange = (event: Event): void => {
    if (event.target instanceof HTMLInputElement) this.commit(event.target);
  };

  /** There is nothing to send: a submission (never expected: several fields block it) must not reload the page. */
  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
  };

  /** Starts loading the rules when the user enters the form, so the first answer is quick. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    if (!rules.value) rules.load().catch(() => undefined);
    this.keepFocusInSight(event.target);
  };

  /**
   * The sticky status bar must never hide the control that has focus (WCAG 2.4.11): browsers
   * scroll a focused control into view but not out from under a sticky bar, so scroll by the
   * overlap.
   */
  private keepFocusInSight(target: EventTarget | null): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('[part="status-bar"]');
    if (!bar || !(target instanceof HTMLElement)) return;
    const field = target.closest('label') ?? target;
    const overlap = field.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    if (overlap > 0 && getComputedStyle(bar).position === 'sticky')
      window.scrollBy({ top: overlap + 8, behavior: 'instant' });
  }

  private readonly retry = (): void => {
    void this.evaluate(true);
  };

  private get level(): number {
    return this.headingLevelRead;
  }

  override render() {
    const lang = this.i18n.lang;
    const v = this.view;
    if (v.kind === 'problem') return renderProblem(lang, v.title, v.error.message);
    const r = v.result;
    const title = TITLES[this.checkKind][lang];
    return html`<div part="base">
      ${this.noHeading ? nothing : html`<div part="title" id="title" role="heading" aria-level=${this.level}>${title}</div>`}
      ${
        this.attributeErrors.length
          ? html`<div part="attribute-error error" role="alert">${this.attributeErrors.map((e) => html`<p>${e[lang]}</p>`)}</div>`
          : nothing
      }
      <slot></slot>
      <div class="questions">
      <form
        part="form"
        novalidate
        aria-labelledby=${this.noHeading ? nothing : 'title'}
        aria-label=${this.noHeading ? title : nothing}
        @input=${this.onInput}
        @change=${this.onChange}
        @submit=${this.onSubmit}
        @focusin=${this.onFocusIn}
      >
        ${this.items.map((item) => (item.kind === 'people' ? this.renderPeople(item, lang) : this.renderQuestion(item, lang)))}
        ${v.welfare === 'loading' ? renderLoading(lang) : nothing}
        ${
          v.welfare === 'failed'
            ? html`<div part="error" role="alert">
              <p>${TEXT.questionsError[lang]}</p>
              <button part="retry" type="button" @click=${this.retryWelfare}>${TEXT.retry[lang]}</button>
            </div>`
            : nothing
        }
      </form>
      ${r.kind === 'ready' ? this.renderStatusBar(r.result, lang) : nothing}
      </div>
      ${this.renderResult(r, lang)}
    </div>`;
  }

  /**
   * A short form of the verdicts that stays at the bottom of the screen while the questions are
   * answered (issue 11, defect 7d). Screen readers hear the summary's live region instead.
   */
  private renderStatusBar(result: EligibilityResult, lang: Language): TemplateResult {
    return html`<p part="status-bar" aria-hidden="true">
      <span class="status-label">${TEXT.statusBar[lang]}:</span>
      ${result.checks.map(
        (c) =>
          html`<span class=${`status status-${c.verdict}`}
            >${icon(VERDICT_ICON[c.verdict])}<span>${CHECK_TITLES[c.check as FormCheck][lang]}: <strong>${verdictLabel(c.verdict)[lang]}</strong></span></span
          >`,
      )}
    </p>`;
  }

  private renderQuestion(q: Question, lang: Language): TemplateResult {
    if (q.kind === 'yes-no' || q.kind === 'staff' || q.kind === 'profit-use') {
      const current = this.answers[q.name] ?? 'unknown';
      const options: { value: string; label: Bilingual }[] =
        q.kind === 'yes-no'
          ? YES_NO.map((value) => ({ value, label: YES_NO_LABELS[value] }))
          : q.kind === 'staff'
            ? [
                ...STAFF_OPTIONS.map((value) => ({ value, label: STAFF_OPTION_LABELS[value] })),
                { value: 'unknown', label: YES_NO_LABELS.unknown },
              ]
            : [
                ...PROFIT_USE_OPTIONS.map((value) => ({
                  value,
                  label: welfare.value?.PROFIT_USE_LABELS[value] ?? { sv: value, en: value },
                })),
                { value: 'unknown', label: YES_NO_LABELS.unknown },
              ];
      return html`<fieldset part="question">
        <legend part="legend">${q.label[lang]}</legend>
        <div part="options">
          ${options.map(
            (o) => html`<label part="option"
              ><input type="radio" name=${q.name} value=${o.value} .checked=${live(current === o.value)} /><span>${o.label[lang]}</span></label
            >`,
          )}
        </div>
      </fieldset>`;
    }
    return html`<div part="question field">${this.renderField(q, lang)}</div>`;
  }

  private renderField(q: Question, lang: Language): TemplateResult {
    const id = `q-${q.name}`;
    const error = this.errors.get(q.name);
    const describedBy = [q.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const numeric = NUMERIC_KINDS.has(q.kind);
    // Numbers are text inputs with a numeric keyboard: a number input loses "33,5" and "1 234".
    return html`<label part="label" for=${id}>${q.label[lang]}</label>
      ${q.hint ? html`<p part="hint" id=${`${id}-hint`}>${q.hint[lang]}</p>` : nothing}
      <span class="control">
        <input
          part="input"
          class=${numeric ? 'number' : nothing}
          id=${id}
          name=${q.name}
          type="text"
          inputmode=${q.kind === 'count' ? 'numeric' : numeric ? 'decimal' : nothing}
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.answers[q.name] ?? '')}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
        />${q.kind === 'percent' ? html`<span part="unit" aria-hidden="true">%</span>` : nothing}
      </span>
      ${error ? html`<p part="field-error" id=${`${id}-error`}>${icon('not-met')}<span>${error[lang]}</span></p>` : nothing}`;
  }

  private renderPeople(group: PeopleGroup, lang: Language): TemplateResult {
    return html`<fieldset part="question" aria-describedby="people-hint">
      <legend part="legend">${group.legend[lang]}</legend>
      <p part="hint" id="people-hint">${group.hint[lang]}</p>
      ${group.questions.map((q) => html`<div part="field">${this.renderField(q, lang)}</div>`)}
    </fieldset>`;
  }

  private renderResult(r: ResultView, lang: Language): TemplateResult {
    const level = Math.min(this.level + 1, 6);
    let body: TemplateResult;
    if (r.kind === 'load-error') {
      body = html`<div part="error" role="alert">
        <p>${TEXT.loadError[lang]}</p>
        <button part="retry" type="button" @click=${this.retry}>${TEXT.retry[lang]}</button>
      </div>`;
    } else if (r.kind !== 'ready') {
      body = r.kind === 'loading' ? renderLoading(lang) : html`<p part="prompt">${TEXT.prompt[lang]}</p>`;
    } else {
      body = html`${r.result.checks.map((c) => this.renderCheck(c, lang, Math.min(level + 1, 6)))}
      ${
        this.otherIssues.length
          ? html`<ul part="issues">
            ${this.otherIssues.map((i) => html`<li>${fieldMessage(i, true)[lang]}</li>`)}
          </ul>`
          : nothing
      }`;
    }
    return html`<section part="result" aria-labelledby="result-title">
      <div part="result-title" id="result-title" role="heading" aria-level=${level}>${TEXT.result[lang]}</div>
      <p part="note"><strong>${TEXT.note[lang]}</strong> ${TEXT.noteMore[lang]}</p>
      <p part="summary" role="status" aria-live="polite">${r.kind === 'ready' ? this.summary(r.result, lang) : ''}</p>
      ${body}
    </section>`;
  }

  /** One line per result, for the live region: "ASF enligt Sofisams definition: Behöver utredas (3 av 5 kriterier uppfyllda)." */
  private summary(result: EligibilityResult, lang: Language): string {
    const lines = result.checks.map((c) => {
      const met = c.criteria.filter((x) => x.outcome === 'met').length;
      const title = CHECK_TITLES[c.check as FormCheck][lang];
      return `${title}: ${verdictLabel(c.verdict)[lang]} (${countText(met, c.criteria.length)[lang]}).`;
    });
    if (this.errors.size > 0) lines.push(TEXT.invalidAnswers[lang]);
    return lines.join(' ');
  }

  /** The fields whose invalid answers make this check's verdict uncertain, named for people. */
  private invalidFields(result: CheckResult): Bilingual[] {
    const names = new Set<FieldName>();
    for (const issue of result.issues) {
      const name = String(issue.path[0] ?? '') as FieldName;
      if (this.questions.has(name)) names.add(name);
    }
    for (const name of this.badInput) {
      if (this.questions.has(name) && NUMERIC_FIELD_CHECKS[name]?.includes(result.check as FormCheck)) names.add(name);
    }
    return [...names].flatMap((n) => fieldName(n) ?? []);
  }

  private renderCheck(result: CheckResult, lang: Language, level: number): TemplateResult {
    const id = `check-${result.check}`;
    const title = CHECK_TITLES[result.check as FormCheck];
    const invalid = this.invalidFields(result);
    // With an invalid answer the verdict is "needs review" although a criterion may say "not met": say why (defect 7c).
    const why =
      result.verdict === 'needs-review' && (!result.valid || invalid.length > 0)
        ? rules.value?.invalidVerdictReason(invalid)
        : undefined;
    return html`<section part="check" aria-labelledby=${id}>
      <div part="check-title" id=${id} role="heading" aria-level=${level}>${title[lang]}</div>
      <p part=${`verdict verdict-${result.verdict}`}>${icon(VERDICT_ICON[result.verdict])}<span>${verdictLabel(result.verdict)[lang]}</span></p>
      ${why ? html`<p part="verdict-reason">${why[lang]}</p>` : nothing}
      <ul part="criteria">
        ${result.criteria.map((c) => this.renderCriterion(result, c, lang))}
      </ul>
    </section>`;
  }

  private renderCriterion(result: CheckResult, c: CriterionResult, lang: Language): TemplateResult {
    const name = rules.value?.criterionLabel(result.check, c.id) ?? { sv: c.id, en: c.id };
    const url = c.source.url && /^https?:\/\//.test(c.source.url) ? c.source.url : undefined;
    return html`<li part=${`criterion criterion-${c.outcome}`}>
      <p class="head">
        <span part="criterion-name">${name[lang]}</span><span class="visually-hidden">: </span>
        <span part=${`outcome outcome-${c.outcome}`}>${icon(c.outcome)}<span>${outcomeLabel(c.outcome)[lang]}</span></span>
      </p>
      <p part="reason">${c.reason[lang]}</p>
      <p part="source">
        <span>${TEXT.source[lang]}:</span>
        ${url ? html`<a part="source-link" href=${url}>${c.source.title}</a>` : html`<span>${c.source.title}</span>`}<span
          class="reference"
          >${c.source.reference}</span
        >
      </p>
    </li>`;
  }
}

/** The answers that preset facts give: shares as percentages, the rest as the controls hold them. */
function answersFrom(facts: EligibilityFacts | undefined): Answers {
  const answers: Answers = {};
  if (!facts || typeof facts !== 'object') return answers;
  const f = facts as Record<string, unknown>;
  for (const name of [
    'sellsGoodsOrServices',
    'integrationIsMainPurpose',
    'shelteredWorkshop',
    'shelteredEmploymentProgramme',
    'publicServiceMission',
    'participatoryManagement',
    'awardedUnderRuleInPastThreeYears',
    'servicesListed',
  ] as const) {
    if (typeof f[name] === 'boolean') answers[name] = f[name] ? 'yes' : 'no';
  }
  if (typeof f.staffParticipation === 'string' && (STAFF_OPTIONS as readonly string[]).includes(f.staffParticipation)) {
    answers.staffParticipation = f.staffParticipation;
  }
  if (typeof f.profitUse === 'string' && (PROFIT_USE_OPTIONS as readonly string[]).includes(f.profitUse))
    answers.profitUse = f.profitUse;
  if (typeof f.contractDurationYears === 'number' && Number.isFinite(f.contractDurationYears)) {
    answers.contractDurationYears = String(f.contractDurationYears);
  }
  for (const name of ['profitReinvestedShare', 'publicOwnershipShare'] as const) {
    const v = f[name];
    if (typeof v === 'number' && Number.isFinite(v)) answers[name] = String(toPercent(v));
  }
  for (const name of ['peopleWorking', 'peopleWorkingFromTargetGroups', 'employeesFromTargetGroups'] as const) {
    const v = f[name];
    if (typeof v === 'number' && Number.isFinite(v)) answers[name] = String(v);
  }
  if (typeof f.organisationNumber === 'string') answers.organisationNumber = f.organisationNumber;
  return answers;
}

import { html, nothing, svg, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  evaluateFigures,
  localize,
  type Direction,
  type IndicatorData,
  type IndicatorEvaluation,
  type Language,
  type LocalizedText,
  type Plan,
  type PlanInput,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { LazyModule } from '../shared/lazy.js';
import type { CommonView } from '../shared/status-view.js';
import { renderStatus } from '../shared/status-icon.js';
import { STATUS_TEXTS } from '../shared/shared.texts.js';

import { InputReader, optionalNumber, todayIso } from '../shared/input-reader.js';
import { PROBLEM_TEXTS, valueText } from './progress.meter.texts.js';
import { cssPercent, scaleOf, type Scale } from './progress.scale.js';
import { styles } from './progress.styles.js';
import type { CSSResultOrNative } from '@lit/reactive-element/css-tag.js';
import { baseStyles } from '../shared/base-styles.js';
import { LiteElement, property } from '../shared/lite-element.js';
import type { PlanSource } from './progress.plan.js';
import type * as Parts from './progress.parts.js';

/** The looks of the gauge. */
export const PROGRESS_VARIANTS = ['bar', 'ring'] as const;
export type ProgressVariant = (typeof PROGRESS_VARIANTS)[number];

const DIRECTIONS = ['increase', 'decrease'] as const satisfies readonly Direction[];

/**
 * The gauge's lazy parts (progress.parts.ts): the figures list, the ring, the views of an
 * indicator that is no meter, and the loading and problem views with their messages. One chunk
 * for every gauge on the page, fetched at the first gauge's first update.
 */
const parts = new LazyModule<typeof Parts>(() => import('./progress.parts.js'));
/**
 * Loading a plan or checking an indicator object (progress.plan.ts): fetched only by a gauge
 * that has a plan (`src`, `.plan`, an inline plan) or an indicator object.
 */
const planPart = new LazyModule(() => import('./progress.plan.js'));

/**
 * The gauge's lazy modules; their `importer` is the seam through which a test simulates a failed
 * download.
 * @internal
 */
export const progressLazyModules = { parts, plan: planPart };

/**
 * Loads the gauge's lazy parts now. After it resolves, a gauge's first update shows all of it.
 * For server rendering and hydration (`ssr.js`, `asf-kit-ssr.js`).
 */
export function loadProgressParts(): Promise<void> {
  return Promise.all([parts.load(), planPart.load()]).then(() => undefined);
}

/** The inputs as read: numbers as numbers, dates checked, enumerations one of their values. */
interface Inputs {
  value: number | undefined;
  target: number | undefined;
  baseline: number | undefined;
  direction: Direction;
  asOf: string | undefined;
  targetDate: string | undefined;
  baselineDate: string | undefined;
  variant: ProgressVariant;
}

type View =
  | CommonView
  /** Waiting for the lazy parts, which say what is wrong with an input (nothing is shown yet). */
  | { kind: 'pending' }
  /** The lazy parts could not be downloaded: said in the gauge's first chunk, with a retry. */
  | { kind: 'parts-error'; detail: string }
  | Ready;

/** `textLang`: the language of the indicator's plain-string texts; `undefined` when they come from the page (attributes). */
type Ready = { kind: 'ready'; evaluation: IndicatorEvaluation; title: LocalizedText; textLang: Language | undefined };

/**
 * One indicator as a gauge: the outcome against the target and the baseline, with the status in
 * an icon and words, the progress (share of the planned change) and the attainment (outcome
 * against the target level), each named. Figures come from the attributes, from an indicator
 * object (`.indicator`), or from a plan (`src` or `.plan`) and an indicator id (`indicator`).
 *
 * Everything is computed by `evaluateIndicator` of `@asf-kit/core`. Approximate figures keep their
 * "ca". An indicator that cannot be assessed (no outcome, no target, …) is not a meter: it says
 * why. A yes/no milestone says yes or no. When less is better (`direction="decrease"`) the scale
 * runs from the largest figure to the smallest, so that the fill grows as the figure falls and
 * reaches the target mark exactly when the target is reached.
 *
 * Texts from a plan or an indicator object (title, unit, milestone text) that are in another
 * language than the page's carry a `lang` attribute of their own (WCAG 3.1.2).
 *
 * The gauge needs an accessible name: `label`, the indicator's title, or `aria-label` /
 * `aria-labelledby` on the element. Without one the element warns once in the console (in every
 * build: a gauge without a name is an accessibility defect on any page).
 *
 * @summary Shows how far an indicator has come towards its target.
 * @tagname asf-progress
 * @csspart base - The wrapper of the whole gauge (a group when there is no meter).
 * @csspart header - The line with the label and the status.
 * @csspart label - The visible label.
 * @csspart meter - The meter (`role="meter"`) holding the bar or the ring.
 * @csspart track - The track of the bar, or the ring's background arc. Its edge (an outline of `--asf-progress-track-border-color`) shows the extent of the scale.
 * @csspart indicator - The filled part of the bar or ring: the outcome.
 * @csspart target-marker - The mark of the target on the bar or ring.
 * @csspart baseline-marker - The mark of the baseline: a dotted line on the bar, a small open circle outside the ring.
 * @csspart ring-value - The outcome written in the middle of the ring.
 * @csspart figures - The list of figures (outcome, target, baseline, progress, attainment).
 * @csspart reason - Why the indicator cannot be assessed.
 * @csspart note - A note below the figures (illustrative figures).
 * @csspart status - The status badge (`data-status` holds the status).
 * @csspart status-icon - The icon of the status.
 * @csspart status-label - The words of the status.
 * @csspart loading - The loading message.
 * @csspart error - The error message (loading or checking failed).
 * @csspart retry - The retry button of a loading error.
 * @cssprop --asf-progress-track-color - Colour of the track (default `--asf-color-surface-muted`).
 * @cssprop --asf-progress-track-border-color - Colour of the track's edge, which shows how far the scale runs (default `--asf-color-border`; keep 3:1 against the background).
 * @cssprop --asf-progress-indicator-color - Colour of the filled part (default `--asf-color-primary`).
 * @cssprop --asf-progress-marker-color - Colour of the target and baseline marks (default `--asf-color-text`).
 * @cssprop --asf-progress-height - Height of the bar.
 * @cssprop --asf-progress-ring-size - Diameter of the ring.
 * @cssprop --asf-progress-ring-width - Stroke width of the ring, in viewBox units of 100 (default 10).
 * @fires {AsfErrorEvent} asf-error - The plan in `src` or `.plan`, or the `.indicator` object, could not be loaded or is invalid, or an attribute's value is not understood.
 */
export class AsfProgress extends LiteElement {
  static override styles = [baseStyles, styles];

  /** The stylesheets, with those of the lazy parts once they are there (as the server writes them). */
  static override get elementStyles(): CSSResultOrNative[] {
    const more = parts.value?.partStyles;
    return more ? [...super.elementStyles, ...more] : super.elementStyles;
  }

  /** The visible label and accessible name. Defaults to the indicator's title when the figures come from a plan or an indicator object. */
  @property() label = '';

  /** The outcome (utfall): a number, or its text ("28", "28,5"), as the attribute takes it. */
  @property({ converter: optionalNumber }) value: number | string | undefined;

  /** The target level (målbild): a number, or its text. */
  @property({ converter: optionalNumber }) target: number | string | undefined;

  /** The baseline (utgångsvärde): a number, or its text. */
  @property({ converter: optionalNumber }) baseline: number | string | undefined;

  /** What is counted, e.g. "aktiva ASF". */
  @property() unit = '';

  /** Marks the outcome `value` as approximate ("ca"). */
  @property({ type: Boolean }) approximate = false;

  /** Whether more (`increase`) or less (`decrease`) is better. */
  @property() direction: Direction = 'increase';

  /**
   * The date of the evaluation, `YYYY-MM-DD`; outcomes after it are left out. Default: today, or
   * for an indicator of a plan whose period has ended, the end of the period.
   */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** The date the `target` is due, `YYYY-MM-DD`. Without it the status is just "reached or not" at `as-of`. */
  @property({ attribute: 'target-date' }) targetDate: string | undefined;

  /** The date of the `baseline`, `YYYY-MM-DD`: where the time towards `target-date` is counted from. */
  @property({ attribute: 'baseline-date' }) baselineDate: string | undefined;

  /** `bar` (default) or `ring`. Reflected, for styling. */
  @property({ reflect: true }) variant: ProgressVariant = 'bar';

  /** Hides the visible label; it stays the accessible name. */
  @property({ type: Boolean, attribute: 'no-label' }) noLabel = false;

  /**
   * Hides the status badge, for a view that shows the status itself. The reason an indicator
   * cannot be assessed is still shown, as a sentence.
   */
  @property({ type: Boolean, attribute: 'no-status' }) noStatus = false;

  /** URL of a plan JSON file; use with `indicator`. */
  @property() src = '';

  /** A plan object as written in a plan file (defaults may be left out; it is checked like a file) (instead of `src`); use with `indicator`. */
  @property({ attribute: false }) plan: Plan | PlanInput | undefined;

  /**
   * The attribute: the id of an indicator of the plan. The property also takes an indicator
   * object (as in a plan's `indicators`), which is then shown without a plan.
   */
  @property() indicator: string | IndicatorData | undefined;

  /**
   * The language (`sv` or `en`) of the plain-string texts (title, unit, milestone text) of an
   * indicator given as an object; the plan's `language` is used for an indicator from a plan.
   * Default Swedish. Texts in another language than the page's are marked with `lang`.
   */
  @property({ attribute: 'plan-language' }) planLanguage: Language | undefined;

  private readonly i18n = new LangController(this);
  /** Where a plan or an indicator object comes from; made (from the lazy parts) when first needed. */
  private source?: PlanSource;
  /** Reads the inputs; which one is wrong, and why, the lazy parts say (with `InputCheck`). */
  private readonly inputs = new InputReader();
  private read!: Inputs;
  /**
   * Whether the lazy parts are attached to this gauge: their stylesheets adopted, and its
   * problems reported (`asf-error`) from their arrival on. Done once, at the first update after
   * they arrived (the shadow root keeps its sheets when the gauge is moved).
   */
  private partsAttached = false;
  private view: View = { kind: 'loading' };
  private name = '';
  private warned = false;
  /** Lazy parts loading for this gauge (`updateComplete` waits for them). */
  private readonly waiting = new Map<LazyModule<unknown>, Promise<unknown>>();
  /** Why the lazy parts could not be loaded, until a retry. */
  private partsError?: string;
  private observer?: MutationObserver;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'aria-label', 'aria-labelledby'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'aria-label' || name === 'aria-labelledby') this.requestUpdate();
  }

  override connectedCallback(): void {
    // Rendered on the server: the gauge takes over what the server wrote only with all its
    // parts, so its first update waits for them (a part that fails to load: it renders anew).
    if (this.shadowRoot && !this.hasUpdated && !(parts.value && planPart.value)) {
      const go = () => this.isConnected && this.connectedCallback();
      loadProgressParts().then(go, () => this.isConnected && super.connectedCallback());
      return;
    }
    super.connectedCallback();
    // An inline plan written after the element was upgraded (a page still being parsed); once
    // the gauge has a plan source, its controller watches.
    this.observer ??= new MutationObserver(() => !this.source && this.requestUpdate());
    this.observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** Resolves when the gauge shows everything, its lazy parts included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.waiting.size) {
      await Promise.all(this.waiting.values());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Starts loading a lazy part (once per gauge until it arrives or fails). */
  private need(part: LazyModule<unknown>): void {
    if (part.value || this.waiting.has(part) || this.partsError !== undefined) return;
    const settled = (error?: string) => {
      this.waiting.delete(part);
      if (error !== undefined) this.partsError = error;
      this.requestUpdate();
    };
    this.waiting.set(
      part,
      part.load().then(
        () => settled(),
        (e: unknown) => settled(e instanceof Error ? e.message : 'import failed'),
      ),
    );
  }

  /** Whether the figures come from a plan (`src`, `.plan`, an inline plan) or an indicator object. */
  private wantsPlan(): boolean {
    return (
      !!this.source ||
      this.plan != null ||
      !!this.src.trim() ||
      (this.indicator !== null && typeof this.indicator === 'object') ||
      !!this.querySelector?.(':scope > script[type="application/json"]')
    );
  }

  /** The inputs, read by `input` (the lean reader, or the lazy parts' `InputCheck` for the message). */
  private readInputs(input: InputReader): Inputs {
    input.begin();
    return {
      value: input.number('value', this.value),
      target: input.number('target', this.target),
      baseline: input.number('baseline', this.baseline),
      direction: input.oneOf('direction', this.direction, DIRECTIONS, 'increase'),
      asOf: input.date('as-of', this.asOf),
      targetDate: input.date('target-date', this.targetDate),
      baselineDate: input.date('baseline-date', this.baselineDate),
      variant: input.oneOf('variant', this.variant, PROGRESS_VARIANTS, 'bar'),
    };
  }

  protected override willUpdate(): void {
    this.read = this.readInputs(this.inputs);
    const p = parts.value;
    if (p && !this.partsAttached) {
      this.partsAttached = true;
      this.adoptStyles(p.partStyles);
      p.reportOnce(this, () => p.problemOf(this.view));
    }
    const asOf = this.read.asOf ?? todayIso();
    const plan = planPart.value;
    if (this.partsError !== undefined) this.view = { kind: 'parts-error', detail: this.partsError };
    else if (this.inputs.bad)
      this.view = p
        ? { kind: 'problem', title: PROBLEM_TEXTS.title, error: p.inputError(this, (r) => this.readInputs(r)) }
        : { kind: 'pending' };
    else if (!this.wantsPlan()) this.view = this.fromFigures(asOf);
    else if (plan) {
      this.source ??= new plan.PlanSource(this);
      this.view = this.source.view(asOf, () => this.fromFigures(asOf));
    } else {
      this.view = { kind: 'loading' };
      this.need(planPart);
    }
    // Every gauge needs its lazy parts: figures, and the words of any view but the bar.
    this.need(parts);
    const title = this.view.kind === 'ready' ? localize(this.view.title || undefined, this.i18n.lang) : '';
    this.name = this.accessibleName(this.label || title);
  }

  /** The indicator the attributes describe. */
  private fromFigures(asOf: string): Ready {
    const read = this.read;
    const evaluation = evaluateFigures({
      label: this.label,
      unit: this.unit,
      value: read.value,
      target: read.target,
      baseline: read.baseline,
      approximate: this.approximate,
      direction: read.direction,
      asOf,
      targetDate: read.targetDate,
      baselineDate: read.baselineDate,
    });
    // The label and unit attributes are written by the page, in the page's language.
    return { kind: 'ready', evaluation, title: '', textLang: undefined };
  }

  /** The name, in ARIA's order: the element's aria-labelledby, its aria-label, then the label or title. */
  private accessibleName(fallback: string): string {
    const ids = (this.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const root = this.getRootNode() as Document | ShadowRoot;
    const byIds = ids
      .map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    return byIds || (this.getAttribute('aria-label') ?? '').trim() || fallback;
  }

  protected override updated(): void {
    const v = this.view;
    if (!this.warned && v.kind === 'ready' && !this.name) {
      this.warned = true;
      console.warn(
        '<asf-progress> has no accessible name: set its label attribute, give it an indicator with a title, or use aria-label / aria-labelledby.',
        this,
      );
    }
  }

  /** Loads again what failed: the lazy parts, or the plan. */
  private retry(): void {
    if (this.partsError === undefined) return this.source?.retry();
    this.partsError = undefined;
    this.requestUpdate();
  }

  override render(): TemplateResult | typeof nothing {
    const lang = this.i18n.lang;
    const v = this.view;
    const retry = () => this.retry();
    if (v.kind === 'ready') return this.renderEvaluation(v.evaluation, v.title, v.textLang, lang);
    if (v.kind === 'parts-error')
      return html`<div part="error" role="alert">
        <p><strong>${PROBLEM_TEXTS.title[lang]}</strong> ${PROBLEM_TEXTS.partNotLoaded(v.detail)[lang]}</p>
        <button part="retry" type="button" @click=${retry}>${STATUS_TEXTS.tryAgain[lang]}</button>
      </div>`;
    // Loading and problems: their words come with the lazy parts.
    return v.kind !== 'pending' && parts.value ? parts.value.renderCommon(v, lang, retry) : nothing;
  }

  private renderHeader(
    label: string,
    labelLang: Language | undefined,
    status: TemplateResult | typeof nothing,
  ): TemplateResult | typeof nothing {
    const showLabel = !this.noLabel && label;
    if (!showLabel && status === nothing) return nothing;
    return html`<div part="header">
      ${
        showLabel
          ? html`<span part="label" lang=${ifDefined(labelLang)} aria-hidden=${label === this.name ? 'true' : nothing}>${label}</span>`
          : nothing
      }
      ${status}
    </div>`;
  }

  /**
   * The gauge. Until the lazy parts are there, a meter shows its header and bar (the figures
   * list, a ring and the views of an indicator that is no meter follow when they arrive).
   */
  private renderEvaluation(
    e: IndicatorEvaluation,
    titleText: LocalizedText,
    textLang: Language | undefined,
    lang: Language,
  ): TemplateResult | typeof nothing {
    const p = parts.value;
    // Texts from attributes (textLang undefined) are the page's; a plan's come with the parts.
    const title = p
      ? p.textPart(titleText || undefined, textLang, lang)
      : { text: localize(titleText || undefined, lang), lang: undefined };
    const label = this.label || title.text;
    const labelLang = this.label ? undefined : title.lang;
    const name = this.name || nothing;
    const note = p ? p.renderNote(e, lang) : nothing;
    // No meter for a milestone, nor where there is no single figure to draw (a target per area).
    const milestone = e.target?.type === 'milestone' || typeof e.outcome?.value !== 'number';
    if (e.status === 'not-assessable' || milestone) {
      return p
        ? p.renderGroup(e, textLang, lang, {
            name,
            noStatus: this.noStatus,
            header: (status) => this.renderHeader(label, labelLang, status),
            note,
          })
        : nothing;
    }
    const status = this.noStatus ? nothing : renderStatus(e.status, lang);
    const scale = scaleOf(e);
    const outcome = e.outcome!.value as number;
    return html`<div part="base">
      ${this.renderHeader(label, labelLang, status)}
      <div
        part="meter"
        role="meter"
        aria-label=${name}
        aria-valuemin=${scale.min}
        aria-valuemax=${scale.max}
        aria-valuenow=${outcome}
        aria-valuetext=${valueText(e, lang)}
      >
        ${this.read.variant !== 'ring' ? this.renderBar(e, scale) : p ? p.renderRing(e, scale, lang) : nothing}
      </div>
      ${p ? p.renderFigures(e, textLang, lang) : nothing} ${note}
    </div>`;
  }

  /**
   * The bar. Its geometry is in SVG attributes (`width`, `x1`), not in styles: the server
   * renders them as they are, so that a page without JavaScript, or before the element upgrades,
   * draws the fill at its length and the marks at their places, and a strict
   * Content-Security-Policy (which blocks style attributes) leaves them alone.
   */
  private renderBar(e: IndicatorEvaluation, scale: Scale): TemplateResult {
    const outcome = e.outcome!.value as number;
    const target = e.target?.value;
    const baseline = e.baseline?.value;
    const mark = (name: 'baseline-marker' | 'target-marker', value: number) => {
      const x = cssPercent(scale.at(value));
      return svg`<line part=${name} class="marker" x1=${x} x2=${x} y1="0" y2="100%" />`;
    };
    return html`<div part="track">
        <svg class="fill" aria-hidden="true" focusable="false">
          <rect part="indicator" width=${cssPercent(scale.at(outcome))} height="100%" />
        </svg>
      </div>
      <svg class="marks" aria-hidden="true" focusable="false">
        ${typeof baseline === 'number' ? mark('baseline-marker', baseline) : nothing}
        ${typeof target === 'number' ? mark('target-marker', target) : nothing}
      </svg>`;
  }
}

import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  evaluateIndicator,
  formatPercent,
  formatValue,
  formatNumber,
  localize,
  localizedPart,
  NOT_ASSESSABLE_REASON_LABELS,
  toLanguage,
  type Bilingual,
  type Direction,
  type IndicatorData,
  type IndicatorEvaluation,
  type Language,
  type LocalizedText,
  type Plan,
  type PlanInput,
  type PlanIssue,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { langOfPart } from '../shared/lang.js';
import { planParser, PlanController } from '../shared/plan-controller.js';
import { problemOf, renderCommon, type CommonView } from '../shared/status-view.js';
import { reportOnce } from '../shared/report-once.js';
import { renderStatus } from '../shared/status-icon.js';
import { finite, indicatorFromFigures } from './indicator-source.js';
import { InputCheck, optionalNumber, todayIso } from '../shared/inputs.js';
import { PROBLEM_TEXTS, TEXTS, ofThePlannedChange, outcomeText, targetText, valueText } from './progress.texts.js';
import { styles } from './progress.styles.js';
import { baseStyles } from '../shared/base-styles.js';

/** The looks of the gauge. */
export const PROGRESS_VARIANTS = ['bar', 'ring'] as const;
export type ProgressVariant = (typeof PROGRESS_VARIANTS)[number];

const DIRECTIONS = ['increase', 'decrease'] as const satisfies readonly Direction[];

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
  /** `textLang`: the language of the indicator's plain-string texts; `undefined` when they come from the page (attributes). */
  | { kind: 'ready'; evaluation: IndicatorEvaluation; title: LocalizedText; textLang: Language | undefined };

/** Where the gauge's scale runs, and where each figure falls on it (0–1 from the start of the track). */
interface Scale {
  min: number;
  max: number;
  at(value: number): number;
}

/**
 * The scale from 0 (or the smallest figure) to the largest figure. When less is better it runs
 * the other way, from the largest figure at the start of the track to the smallest at its end,
 * so that the fill grows as the figure falls: for either direction the fill reaches the target
 * mark exactly when the target is reached, and the drawing never says the opposite of the status.
 */
function scaleOf(e: IndicatorEvaluation): Scale {
  const figures = [0, e.outcome?.value, e.target?.value, e.baseline?.value].filter(
    (v): v is number => finite(v) !== undefined,
  );
  const min = Math.min(...figures);
  let max = Math.max(...figures);
  if (max <= min) max = min + 1;
  const clamp = (share: number) => Math.min(1, Math.max(0, share));
  const at =
    e.direction === 'decrease'
      ? (v: number) => clamp((max - v) / (max - min))
      : (v: number) => clamp((v - min) / (max - min));
  return { min, max, at };
}

/** A share as a CSS percentage, rounded so that the stylesheet never sees "1e-7%". */
const cssPercent = (share: number) => `${Math.round(share * 10000) / 100}%`;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Ring geometry, in the 100 × 100 viewBox: an arc of 270° from the lower left (the scale's
 * minimum) clockwise to the lower right (its maximum), so that the two ends never meet.
 */
const RING_RADIUS = 40;
const RING_START = (135 * Math.PI) / 180;
const RING_SWEEP = (270 * Math.PI) / 180;
function ringPoint(share: number, radius: number): [number, number] {
  const angle = RING_START + share * RING_SWEEP;
  return [50 + radius * Math.cos(angle), 50 + radius * Math.sin(angle)];
}
/** The arc of the scale; `beyond` lengthens it at both ends (in viewBox units along the arc). */
function ringArc(beyond = 0): string {
  const extra = beyond / RING_RADIUS / RING_SWEEP;
  const [x0, y0] = ringPoint(-extra, RING_RADIUS);
  const [x1, y1] = ringPoint(1 + extra, RING_RADIUS);
  return `M ${round2(x0)} ${round2(y0)} A ${RING_RADIUS} ${RING_RADIUS} 0 1 1 ${round2(x1)} ${round2(y1)}`;
}
/** Width of the track's edge, in viewBox units: the line that shows the extent of the scale. */
const RING_EDGE = 1.2;

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
export class AsfProgress extends LitElement {
  static override styles = [baseStyles, styles];

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
  private readonly data = new PlanController(this, () =>
    this.indicator !== null && typeof this.indicator === 'object' ? null : { src: this.src, plan: this.plan },
  );
  private readonly inputs = new InputCheck(this);
  private read!: Inputs;
  private view: View = { kind: 'loading' };
  private name = '';
  private warned = false;

  constructor() {
    super();
    reportOnce(this, () => problemOf(this.view));
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'aria-label', 'aria-labelledby'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'aria-label' || name === 'aria-labelledby') this.requestUpdate();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const objectGiven = this.indicator !== null && typeof this.indicator === 'object';
    const input = this.inputs;
    input.begin();
    this.read = {
      value: input.number('value', this.value),
      target: input.number('target', this.target),
      baseline: input.number('baseline', this.baseline),
      direction: input.oneOf('direction', this.direction, DIRECTIONS, 'increase'),
      asOf: input.date('as-of', this.asOf),
      targetDate: input.date('target-date', this.targetDate),
      baselineDate: input.date('baseline-date', this.baselineDate),
      variant: input.oneOf('variant', this.variant, PROGRESS_VARIANTS, 'bar'),
    };
    const error = input.error;
    this.view = error ? { kind: 'problem', title: PROBLEM_TEXTS.title, error } : this.deriveView(objectGiven);
    const title = this.view.kind === 'ready' ? localize(this.view.title || undefined, this.i18n.lang) : '';
    this.name = this.accessibleName(this.label || title);
  }

  private deriveView(objectGiven: boolean): View {
    const read = this.read;
    const asOf = read.asOf ?? todayIso();
    if (objectGiven) {
      const checker = planParser.value;
      if (!checker && !planParser.failed) {
        const update = () => this.requestUpdate();
        planParser.load().then(update, update);
        return { kind: 'loading' };
      }
      // A chunk that could not be downloaded leaves the indicator unchecked: a problem, as before.
      const check = checker?.checkIndicator(this.indicator) ?? { success: false, issues: [] };
      if (!check.success) return this.problem(PROBLEM_TEXTS.invalidIndicator(check.issues.length), check.issues);
      return this.ready(check.data, asOf, toLanguage(this.planLanguage ?? 'sv'));
    }
    return this.data.render<View>({
      loading: () => ({ kind: 'loading' }),
      error: (error) => ({ kind: 'load-error', error }),
      ready: (plan) => this.fromPlan(plan, asOf),
      empty: () => this.fromFigures(asOf),
    });
  }

  /** The indicator `indicator` of the plan. */
  private fromPlan(plan: Plan, asOf: string): View {
    const ids = plan.indicators.map((i) => i.id);
    const id = typeof this.indicator === 'string' ? this.indicator.trim() : '';
    if (!id) return this.problem(PROBLEM_TEXTS.noIndicatorId(ids));
    const found = plan.indicators.find((i) => i.id === id);
    if (!found) return this.problem(PROBLEM_TEXTS.unknownIndicator(id, ids));
    // A plan whose period has ended is followed up at the end of its period, as the scorecard does.
    const end = plan.period?.end;
    const planAsOf = !this.asOf && end && end < asOf ? end : asOf;
    return this.ready(found, planAsOf, plan.language ?? 'sv', plan.period?.start);
  }

  /** The indicator the attributes describe. */
  private fromFigures(asOf: string): View {
    const read = this.read;
    const indicator = indicatorFromFigures({
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
    return { kind: 'ready', evaluation: evaluateIndicator(indicator, { asOf }), title: '', textLang: undefined };
  }

  private ready(indicator: IndicatorData, asOf: string, textLang: Language, planStart?: string): View {
    const evaluation = evaluateIndicator(indicator, { asOf, ...(planStart ? { planStart } : {}) });
    return { kind: 'ready', evaluation, title: indicator.title, textLang };
  }

  private problem(message: Bilingual, issues?: PlanIssue[]): View {
    const url = this.src && !(typeof this.indicator === 'object' && this.indicator) ? this.src : '(indicator)';
    return {
      kind: 'problem',
      title: PROBLEM_TEXTS.title,
      error: { kind: 'invalid', url, ...(issues?.length ? { issues } : {}), message },
    };
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

  override render(): TemplateResult {
    const lang = this.i18n.lang;
    const v = this.view;
    return v.kind === 'ready'
      ? this.renderEvaluation(v.evaluation, v.title, v.textLang, lang)
      : renderCommon(v, lang, () => this.data.retry());
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
   * A text of the indicator in the language the page shows, and the `lang` to mark it with when
   * that differs from the page's (WCAG 3.1.2). Texts from attributes are the page's own.
   */
  private textPart(
    text: LocalizedText | undefined | null,
    textLang: Language | undefined,
    lang: Language,
  ): { text: string; lang: Language | undefined } {
    if (textLang === undefined) return { text: localize(text ?? undefined, lang), lang: undefined };
    const p = localizedPart(text ?? undefined, lang, textLang);
    return { text: p.text, lang: langOfPart(p.lang, lang) };
  }

  private renderEvaluation(
    e: IndicatorEvaluation,
    titleText: LocalizedText,
    textLang: Language | undefined,
    lang: Language,
  ): TemplateResult {
    const title = this.textPart(titleText || undefined, textLang, lang);
    const label = this.label || title.text;
    const labelLang = this.label ? undefined : title.lang;
    const name = this.name || nothing;
    const note = e.illustrative ? html`<p part="note">${TEXTS.illustrative[lang]}</p>` : nothing;
    // No meter for a milestone, nor where there is no single figure to draw (a target per area).
    const milestone = e.target?.type === 'milestone' || typeof e.outcome?.value !== 'number';

    if (e.status === 'not-assessable') {
      const reason = NOT_ASSESSABLE_REASON_LABELS[e.reason ?? 'no-outcome'][lang];
      return html`<div part="base" role="group" aria-label=${name}>
        ${this.renderHeader(label, labelLang, nothing)}
        <p part="reason">
          ${this.noStatus ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` : renderStatus('not-assessable', lang, reason)}
        </p>
        ${this.renderFigures(e, textLang, lang)} ${note}
      </div>`;
    }
    const status = this.noStatus ? nothing : renderStatus(e.status, lang);
    if (milestone) {
      return html`<div part="base" role="group" aria-label=${name}>
        ${this.renderHeader(label, labelLang, status)} ${this.renderFigures(e, textLang, lang)} ${note}
      </div>`;
    }
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
        ${this.read.variant === 'ring' ? this.renderRing(e, scale, lang) : this.renderBar(e, scale)}
      </div>
      ${this.renderFigures(e, textLang, lang)} ${note}
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

  private renderRing(e: IndicatorEvaluation, scale: Scale, lang: Language): TemplateResult {
    const outcome = e.outcome!.value as number;
    const share = scale.at(outcome);
    // The target: a line across the ring. The baseline: a small open circle outside the ring, well
    // away from the figure in the middle (a dashed line there read as "…" after the figure).
    const target = e.target?.value;
    const baseline = e.baseline?.value;
    const targetMark = () => {
      if (typeof target !== 'number') return nothing;
      const [x1, y1] = ringPoint(scale.at(target), RING_RADIUS - 9);
      const [x2, y2] = ringPoint(scale.at(target), RING_RADIUS + 9);
      return svg`<line part="target-marker" class="marker" x1=${round2(x1)} y1=${round2(y1)} x2=${round2(x2)} y2=${round2(y2)} />`;
    };
    const baselineMark = () => {
      if (typeof baseline !== 'number') return nothing;
      const [cx, cy] = ringPoint(scale.at(baseline), RING_RADIUS + 10);
      return svg`<circle part="baseline-marker" class="marker" cx=${round2(cx)} cy=${round2(cy)} r="3.2" />`;
    };
    return html`<div class="ring">
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <path class="track-edge" d=${ringArc(RING_EDGE)} />
        <path part="track" d=${ringArc()} />
        <path
          part="indicator"
          d=${ringArc()}
          pathLength="100"
          stroke-dasharray=${`${round2(share * 100)} 100`}
          visibility=${share > 0 ? 'visible' : 'hidden'}
        />
        ${baselineMark()} ${targetMark()}
      </svg>
      <span part="ring-value" aria-hidden="true">${formatNumber(outcome, lang, { approximate: e.outcome!.approximate })}</span>
    </div>`;
  }

  /** The figures as a definition list, each named, so that progress and attainment are never confused. */
  private renderFigures(
    e: IndicatorEvaluation,
    textLang: Language | undefined,
    lang: Language,
  ): TemplateResult | typeof nothing {
    const rows: [string, string | TemplateResult, string?][] = [];
    const o = e.outcome;
    if (o) {
      if (typeof o.value === 'boolean') rows.push([TEXTS.outcome[lang], formatValue(o.value, lang)]);
      else {
        // "28 aktiva ASF": the figure in the page's language, the unit in the plan's.
        const unit = this.textPart(e.unit, textLang, lang);
        const figure = outcomeText({ ...e, unit: null }, lang);
        rows.push([
          TEXTS.outcome[lang],
          unit.text ? html`${figure} <span lang=${ifDefined(unit.lang)}>${unit.text}</span>` : figure,
        ]);
      }
    }
    if (e.target?.type === 'milestone') {
      const text = e.target.text ? this.textPart(e.target.text, textLang, lang) : undefined;
      rows.push([
        TEXTS.target[lang],
        text ? html`<span lang=${ifDefined(text.lang)}>${text.text}</span>` : TEXTS.milestone[lang],
      ]);
    } else if (e.target?.type === 'direction') {
      // Plan format 1.1: a target with no number ("fler ASF") is named by its text.
      const text = e.target.text ? this.textPart(e.target.text, textLang, lang) : undefined;
      rows.push([
        TEXTS.target[lang],
        text ? html`<span lang=${ifDefined(text.lang)}>${text.text}</span>` : TEXTS.betterThanBaseline[lang],
      ]);
    } else if (e.target?.value != null) rows.push([TEXTS.target[lang], targetText(e, lang), 'target']);
    const b = e.baseline;
    if (b?.value != null)
      rows.push([TEXTS.baseline[lang], formatNumber(b.value, lang, { approximate: b.approximate }), 'baseline']);
    // A milestone's or a direction target's progress is only yes (1) or not yet (0): no share to show.
    if (e.target?.type !== 'milestone' && e.target?.type !== 'direction') {
      if (b?.value != null && e.progress !== null) {
        rows.push([
          TEXTS.progress[lang],
          `${formatPercent(e.progress, lang, { approximate: e.approximate })} ${ofThePlannedChange(e, lang)}`,
        ]);
      }
      if (e.attainment !== null) {
        rows.push([
          TEXTS.attainment[lang],
          `${formatPercent(e.attainment, lang, { approximate: e.approximate })} ${TEXTS.ofTargetLevel[lang]}`,
        ]);
      }
    }
    if ((e.status === 'on-track' || e.status === 'behind') && e.expected !== null) {
      rows.push([TEXTS.elapsed[lang], `${formatPercent(e.expected, lang)} ${TEXTS.ofTimeToTargetDate[lang]}`]);
    }
    if (rows.length === 0) return nothing;
    return html`<dl part="figures">
      ${rows.map(
        ([term, value, key]) =>
          html`<div class="figure">
            <dt>${key ? html`<span class="legend legend-${key}" aria-hidden="true"></span>` : nothing}${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }
}

/**
 * The parts of `<asf-progress>` that a gauge does not need before it shows its bar and status:
 * the figures list, the ring, the views of an indicator that is not a meter (not assessable,
 * a milestone), the loading and problem views, and the messages that say which input was not
 * understood. A lazy chunk, fetched at the first gauge's first update (bench/README.md, issue
 * 17: the figures come one request after the bar). Loading a plan is in progress.plan.ts.
 * @internal
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatPercent,
  formatValue,
  formatNumber,
  localize,
  localizedPart,
  NOT_ASSESSABLE_REASON_LABELS,
  type IndicatorEvaluation,
  type Language,
  type LocalizedText,
} from '@asf-kit/core';
import { langOfPart } from '../shared/lang.js';
import { InputCheck } from '../shared/inputs.js';
import type { InputReader } from '../shared/input-reader.js';
import type { AsfLoadError } from '../shared/events.js';
import { renderStatus } from '../shared/status-icon.js';
import { TEXTS, ofThePlannedChange, outcomeText, targetText } from './progress.texts.js';
import type { Scale } from './progress.scale.js';

export { renderCommon, problemOf } from '../shared/status-view.js';
export { reportOnce } from '../shared/report-once.js';
export { partStyles } from './progress.parts.styles.js';

/**
 * Which input the gauge did not understand, and why, in both languages: `read` reads the inputs
 * again, this time through an `InputCheck` (the same reading as the gauge's own, with messages).
 */
export function inputError(host: HTMLElement, read: (input: InputReader) => unknown): AsfLoadError {
  const check = new InputCheck(host);
  read(check);
  return check.error!;
}

/** The note under figures marked as made up for a demo. */
export function renderNote(e: IndicatorEvaluation, lang: Language): TemplateResult | typeof nothing {
  return e.illustrative ? html`<p part="note">${TEXTS.illustrative[lang]}</p>` : nothing;
}

/**
 * A text of the indicator in the language the page shows, and the `lang` to mark it with when
 * that differs from the page's (WCAG 3.1.2). Texts from attributes are the page's own.
 */
export function textPart(
  text: LocalizedText | undefined | null,
  textLang: Language | undefined,
  lang: Language,
): { text: string; lang: Language | undefined } {
  if (textLang === undefined) return { text: localize(text ?? undefined, lang), lang: undefined };
  const p = localizedPart(text ?? undefined, lang, textLang);
  return { text: p.text, lang: langOfPart(p.lang, lang) };
}

/**
 * The gauge of an indicator that is no meter: one that cannot be assessed (it says why), a
 * milestone, or a target with no single figure to draw.
 */
export function renderGroup(
  e: IndicatorEvaluation,
  textLang: Language | undefined,
  lang: Language,
  o: {
    name: string | typeof nothing;
    noStatus: boolean;
    header: (status: TemplateResult | typeof nothing) => TemplateResult | typeof nothing;
    note: TemplateResult | typeof nothing;
  },
): TemplateResult {
  if (e.status === 'not-assessable') {
    const reason = NOT_ASSESSABLE_REASON_LABELS[e.reason ?? 'no-outcome'][lang];
    return html`<div part="base" role="group" aria-label=${o.name}>
      ${o.header(nothing)}
      <p part="reason">
        ${o.noStatus ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` : renderStatus('not-assessable', lang, reason)}
      </p>
      ${renderFigures(e, textLang, lang)} ${o.note}
    </div>`;
  }
  const status = o.noStatus ? nothing : renderStatus(e.status, lang);
  return html`<div part="base" role="group" aria-label=${o.name}>
    ${o.header(status)} ${renderFigures(e, textLang, lang)} ${o.note}
  </div>`;
}

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

export function renderRing(e: IndicatorEvaluation, scale: Scale, lang: Language): TemplateResult {
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
export function renderFigures(
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
      const unit = textPart(e.unit, textLang, lang);
      const figure = outcomeText({ ...e, unit: null }, lang);
      rows.push([
        TEXTS.outcome[lang],
        unit.text ? html`${figure} <span lang=${ifDefined(unit.lang)}>${unit.text}</span>` : figure,
      ]);
    }
  }
  if (e.target?.type === 'milestone') {
    const text = e.target.text ? textPart(e.target.text, textLang, lang) : undefined;
    rows.push([
      TEXTS.target[lang],
      text ? html`<span lang=${ifDefined(text.lang)}>${text.text}</span>` : TEXTS.milestone[lang],
    ]);
  } else if (e.target?.type === 'direction') {
    // Plan format 1.1: a target with no number ("fler ASF") is named by its text.
    const text = e.target.text ? textPart(e.target.text, textLang, lang) : undefined;
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

/**
 * Status and trend badges shared by the elements: an icon whose shape differs per status AND the
 * status in words, so that status is never told by colour alone. The colour comes from the
 * theme tokens (`--asf-color-success`, `-info`, `-warning`, `-danger`, `-text-muted`); in forced
 * colours the icon follows the text colour and the words carry the meaning.
 *
 * Parts rendered (document them on the element that uses the renderers):
 * `status` (the badge, with `data-status`), `status-icon`, `status-label`, `trend` (with
 * `data-trend`), `trend-icon`, `trend-label`.
 *
 * @example
 * class MyElement extends LitElement {
 *   static styles = [statusBadgeStyles, css`…`];
 *   render() { return renderStatus('not-achieved', 'sv'); } // ✕ Ej uppnått
 * }
 * @module
 */
import { css } from '@lit/reactive-element/css-tag.js';
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit/html.js';
import { INDICATOR_STATUS_LABELS, TREND_LABELS, type IndicatorStatus, type Language, type Trend } from '@asf-kit/core';

/** The inner glyph of each status icon, drawn in a 16 × 16 box (the circle is common). */
const STATUS_GLYPHS: Record<IndicatorStatus, SVGTemplateResult> = {
  // ✓
  achieved: svg`<path d="M4.5 8.3 7 10.8l4.6-5.3" />`,
  // →
  'on-track': svg`<path d="M4.2 8h7.2M8.6 4.9 11.7 8l-3.1 3.1" />`,
  // a clock: late
  behind: svg`<path d="M8 4.4V8l2.6 1.8" />`,
  // ✕
  'not-achieved': svg`<path d="m5.2 5.2 5.6 5.6m0-5.6-5.6 5.6" />`,
  // ?
  'not-assessable': svg`<path d="M6.1 6.3a1.95 1.95 0 1 1 2.6 1.8c-.5.2-.7.6-.7 1.1v.4" /><path d="M8 11.6v.1" />`,
};

const TREND_GLYPHS: Record<Trend, SVGTemplateResult> = {
  up: svg`<path d="M8 13V3.5M4.2 7.2 8 3.4l3.8 3.8" />`,
  down: svg`<path d="M8 3v9.5M4.2 8.8 8 12.6l3.8-3.8" />`,
  flat: svg`<path d="M2.8 8h10M9.4 4.4 13 8l-3.6 3.6" />`,
};

/** The status icon alone (decorative: always pair it with the words, as {@link renderStatus} does). */
export function renderStatusIcon(status: IndicatorStatus): TemplateResult {
  const dashed = status === 'not-assessable';
  return html`<svg part="status-icon" class="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.8" stroke-dasharray=${dashed ? '2.4 1.6' : 'none'} />
    ${STATUS_GLYPHS[status]}
  </svg>`;
}

/**
 * A status badge: icon and words ("✓ Uppnått"). `detail` is appended to the words, e.g. the
 * reason an indicator cannot be assessed.
 */
export function renderStatus(status: IndicatorStatus, lang: Language, detail = ''): TemplateResult {
  return html`<span part="status" class="status" data-status=${status}
    >${renderStatusIcon(status)}<span part="status-label" class="status-label"
      >${INDICATOR_STATUS_LABELS[status][lang]}${detail ? `: ${detail}` : ''}</span
    ></span
  >`;
}

/** A trend badge: arrow and words ("↑ Ökar"); screen readers hear "Trend: Ökar". */
export function renderTrend(trend: Trend, lang: Language): TemplateResult {
  const prefix = 'Trend: '; // the same word in Swedish and English
  return html`<span part="trend" class="trend" data-trend=${trend}
    ><svg part="trend-icon" class="trend-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${TREND_GLYPHS[trend]}</svg
    ><span part="trend-label" class="trend-label"><span class="visually-hidden">${prefix}</span>${TREND_LABELS[trend][lang]}</span></span
  >`;
}

/** Styles of the badges. Status colours read the theme tokens, with fallbacks that meet 3:1 on white. */
export const statusBadgeStyles = css`
  .status,
  .trend {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    line-height: 1.3;
  }
  .status-icon,
  .trend-icon {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: none;
    stroke: var(--_status-color, currentColor);
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status-label {
    font-weight: 600;
  }
  .status[data-status='achieved'] {
    --_status-color: var(--asf-color-success, #1e7b34);
  }
  .status[data-status='on-track'] {
    --_status-color: var(--asf-color-info, #005a9c);
  }
  .status[data-status='behind'] {
    --_status-color: var(--asf-color-warning, #8a5300);
  }
  .status[data-status='not-achieved'] {
    --_status-color: var(--asf-color-danger, #b00020);
  }
  .status[data-status='not-assessable'] {
    --_status-color: var(--asf-color-text-muted, #555);
  }
  .trend {
    color: var(--asf-color-text-muted, #555);
  }
  @media (forced-colors: active) {
    .status-icon,
    .trend-icon {
      stroke: CanvasText;
    }
  }
  @media print {
    .status-icon,
    .trend-icon {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

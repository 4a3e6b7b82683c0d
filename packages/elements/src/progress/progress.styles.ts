/**
 * The gauge's own stylesheet (the header, the status badge, the bar and its marks), in its first
 * download. Those of its lazy parts are in progress.parts.styles.ts.
 * @module
 */
import { css } from '@lit/reactive-element/css-tag.js';
import { statusBadgeStyles } from '../shared/status-icon.js';

const gauge = css`
  :host {
    display: block;
    font-family: var(--asf-font-family, system-ui, sans-serif);
    color: var(--asf-color-text, #1b1b1b);
    --_track: var(--asf-progress-track-color, var(--asf-color-surface-muted, #e6e6e6));
    --_track-border: var(--asf-progress-track-border-color, var(--asf-color-border, #767676));
    --_indicator: var(--asf-progress-indicator-color, var(--asf-color-primary, #005a9c));
    --_marker: var(--asf-progress-marker-color, var(--asf-color-text, #1b1b1b));
    --_height: var(--asf-progress-height, 0.75rem);
    --_radius: var(--asf-radius, 999px);
    --_ring-size: var(--asf-progress-ring-size, 7rem);
    --_ring-width: var(--asf-progress-ring-width, 10);
    --_gap: var(--asf-space-s, 0.5rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_gap);
  }
  [part='label'] {
    font-weight: 600;
  }

  /* The bar: the track with the outcome filled in, and marks for the target and the baseline. */
  [part='meter'] {
    position: relative;
  }
  :host(:not([variant='ring'])) [part='meter'] {
    padding-block: 0.3rem;
  }
  :host(:not([variant='ring'])) [part='track'] {
    block-size: var(--_height);
    background: var(--_track);
    border-radius: var(--_radius);
    overflow: hidden;
    /* The edge shows how far the scale runs (WCAG 1.4.11: 3:1); an outline takes no room, so the
       fill and the marks keep their places. */
    outline: 1px solid var(--_track-border);
    outline-offset: -1px;
  }
  /* The geometry of the fill and the marks is in SVG attributes (see renderBar); the SVGs are
     mirrored where the text runs right to left, as the scale then does. */
  :host(:not([variant='ring'])) :is(.fill, .marks) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  :host(:not([variant='ring'])) .marks {
    position: absolute;
    inset: 0;
  }
  :host(:not([variant='ring']):dir(rtl)) :is(.fill, .marks) {
    transform: scaleX(-1);
  }
  :host(:not([variant='ring'])) [part='indicator'] {
    fill: var(--_indicator);
    rx: calc(var(--_height) / 2);
  }
  :host(:not([variant='ring'])) .marker {
    stroke: var(--_marker);
    stroke-width: 3px;
  }
  :host(:not([variant='ring'])) [part='baseline-marker'] {
    stroke-dasharray: 3px 3px;
  }

  @media (forced-colors: active) {
    :host(:not([variant='ring'])) [part='track'] {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    :host(:not([variant='ring'])) [part='indicator'] {
      fill: Highlight;
    }
    .marker {
      stroke: CanvasText;
    }
    :host(:not([variant='ring'])) [part='track'] {
      outline: none;
    }
    /* A Canvas halo keeps the marks visible where they cross the Highlight fill. */
    :host(:not([variant='ring'])) .marker {
      filter: drop-shadow(1px 0 0 Canvas) drop-shadow(-1px 0 0 Canvas);
    }
  }

  @media print {
    /* Print the colours of the gauge, and outline the track so that it reads without them too. */
    [part='track'],
    [part='indicator'],
    .marker {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    [part='base'] {
      break-inside: avoid;
    }
  }
`;

/** The gauge's first stylesheets: the status badge, the header and the bar. */
export const styles = [statusBadgeStyles, gauge];

import { css } from '@lit/reactive-element/css-tag.js';
import { statusStyles } from '../shared/status-styles.js';
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
  [part='reason'] {
    margin: 0;
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

  /* The ring: the same scale around a circle, the outcome written in the middle. */
  .ring {
    display: grid;
    place-items: center;
    inline-size: var(--_ring-size);
    block-size: var(--_ring-size);
  }
  .ring > * {
    grid-area: 1 / 1;
  }
  .ring svg {
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .ring [part='track'],
  .ring [part='indicator'] {
    fill: none;
    stroke-width: var(--_ring-width);
  }
  .ring [part='track'] {
    stroke: var(--_track);
  }
  .ring .track-edge {
    fill: none;
    stroke: var(--_track-border);
    stroke-width: calc(var(--_ring-width) + 2.4);
  }
  .ring [part='indicator'] {
    stroke: var(--_indicator);
  }
  .ring .marker {
    stroke: var(--_marker);
    stroke-width: 3;
  }
  .ring [part='baseline-marker'] {
    fill: none;
    stroke-width: 1.8;
  }
  [part='ring-value'] {
    font-size: 1.4em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* The figures, each with its name; the legend marks match the marks on the gauge. */
  [part='figures'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }
  .figure {
    display: flex;
    gap: 0.35em;
    align-items: baseline;
  }
  dt {
    color: var(--asf-color-text-muted, #555);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: inline-block;
    inline-size: 0;
    block-size: 0.9em;
    margin-inline-end: 0.35em;
    vertical-align: -0.1em;
    border-inline-start: 3px solid var(--_marker);
  }
  .legend-baseline {
    border-inline-start-style: dotted;
  }
  /* In the ring the baseline is a small open circle; so is its legend. */
  :host([variant='ring']) .legend-baseline {
    inline-size: 0.55em;
    block-size: 0.55em;
    vertical-align: 0;
    border: 2px solid var(--_marker);
    border-radius: 50%;
  }
  [part='note'] {
    margin: 0;
    color: var(--asf-color-text-muted, #555);
    font-style: italic;
  }

  @media (forced-colors: active) {
    :host(:not([variant='ring'])) [part='track'] {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    :host(:not([variant='ring'])) [part='indicator'] {
      fill: Highlight;
    }
    .ring [part='track'] {
      stroke: Canvas;
    }
    .ring .track-edge {
      stroke: CanvasText;
    }
    .ring [part='indicator'] {
      stroke: Highlight;
    }
    .marker,
    .legend {
      border-color: CanvasText;
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
    .track-edge,
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

export const styles = [statusStyles, statusBadgeStyles, gauge];

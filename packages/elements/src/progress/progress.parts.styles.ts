/**
 * The stylesheets of `<asf-progress>`'s lazy parts (progress.parts.ts): the ring, the figures
 * list, the views of an indicator that is no meter, loading and problems. The gauge adopts them
 * when the parts arrive; the server writes them with the gauge's own.
 * @module
 */
import { css } from '@lit/reactive-element/css-tag.js';
import { statusStyles } from '../shared/status-styles.js';

const parts = css`
  [part='reason'] {
    margin: 0;
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
    .ring [part='track'] {
      stroke: Canvas;
    }
    .ring .track-edge {
      stroke: CanvasText;
    }
    .ring [part='indicator'] {
      stroke: Highlight;
    }
    .legend {
      border-color: CanvasText;
    }
  }

  @media print {
    .track-edge {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

/** The stylesheets of the lazy parts (progress.parts.ts), adopted when they arrive. */
export const partStyles = [statusStyles, parts];

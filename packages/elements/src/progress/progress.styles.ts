import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--asf-font-family, system-ui, sans-serif);
    color: var(--asf-color-text, #1b1b1b);
    --_track: var(--asf-progress-track-color, var(--asf-color-surface-muted, #e6e6e6));
    --_indicator: var(--asf-progress-indicator-color, var(--asf-color-primary, #005a9c));
    --_height: var(--asf-progress-height, 0.75rem);
    --_radius: var(--asf-progress-radius, var(--asf-radius, 999px));
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: grid;
    gap: 0.25rem;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='track'] {
    position: relative;
    block-size: var(--_height);
    background: var(--_track);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [part='indicator'] {
    block-size: 100%;
    background: var(--_indicator);
    border-radius: var(--_radius);
  }
  [part='value'] {
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    [part='track'] {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    [part='indicator'] {
      background: Highlight;
    }
  }
`;

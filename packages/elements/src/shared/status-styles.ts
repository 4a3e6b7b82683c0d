/**
 * The styles of the loading and error states (shared/status-view.ts), in a module of their own
 * so that an element's stylesheet can hold them without its first download holding the views.
 * @internal
 * @module
 */
import { css } from '@lit/reactive-element/css-tag.js';

/** Shared styles of the loading and error states. */
export const statusStyles = css`
  [part='loading'] {
    color: var(--asf-color-text-muted, #555);
    font-style: italic;
  }
  [part='error'] {
    border: 2px solid var(--asf-color-danger, #b00020);
    border-radius: var(--asf-radius-small, 4px);
    padding: 0.75rem 1rem;
    color: var(--asf-color-text, #1b1b1b);
    background: var(--asf-color-danger-surface, #fdecee);
  }
  [part='error'] ul {
    margin: 0.5rem 0;
    padding-inline-start: 1.25rem;
  }
  [part='error'] code {
    font-size: 0.9em;
  }
  [part='retry'] {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--asf-radius-small, 4px);
    background: var(--asf-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  [part='retry']:focus-visible {
    outline: 3px solid var(--asf-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
`;

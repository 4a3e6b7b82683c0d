import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Styles every element shares: `hidden` hides it, and `.visually-hidden` keeps text for
 * screen readers while taking no space on screen.
 */
export const baseStyles = css`
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

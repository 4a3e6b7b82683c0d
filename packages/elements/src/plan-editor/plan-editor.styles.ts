import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--asf-color-text, #1b1b1b);
    font: inherit;
    --_gap: var(--asf-plan-editor-gap, 1rem);
    --_border: var(--asf-color-border, #8a8a8a);
    --_danger: var(--asf-color-danger, #b00020);
    --_focus: var(--asf-color-focus, #1a5fb4);
  }
  .editor {
    display: grid;
    gap: var(--_gap);
  }
  .columns {
    display: grid;
    /* One column that never grows past the element: a wide preview (the matrix, the table)
       scrolls inside its own element instead of widening the form (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }
  .columns > * {
    min-inline-size: 0;
  }
  @media (min-width: 70rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  form,
  .part,
  .list,
  .items {
    display: grid;
    /* Never wider than the element: long values wrap or scroll inside their field. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) / 2);
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0.5rem 0 0;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--asf-radius-small, 4px);
    padding: 0.5rem 0.75rem 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  .pair {
    display: grid;
    gap: 0.5rem;
  }
  @media (min-width: 40rem) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  label {
    font-weight: 600;
  }
  .check label {
    font-weight: normal;
  }
  .hint,
  .feedback,
  .save-state {
    overflow-wrap: anywhere;
    color: var(--asf-color-text-muted, #555);
    font-size: 0.9em;
    margin: 0;
  }
  input[type='text'],
  input[type='url'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--asf-radius-small, 4px);
    background: var(--asf-color-surface, #fff);
    color: inherit;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* WebKit counts a select's longest option into the page's width (421 px of sideways scroll at
     320 px) even when the select itself fits; painting it contained keeps the page at its width. */
  select {
    contain: paint;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  button,
  summary {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--asf-radius-small, 4px);
    background: var(--asf-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  summary {
    display: inline-block;
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :is(button, input, select, textarea, summary, a, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .inline,
  .item-actions,
  .list-actions,
  .registry,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* The registry's names are long: its select shrinks with the element instead of widening it. */
  .registry {
    flex: 1 1 100%;
    min-inline-size: 0;
  }
  .registry select {
    flex: 1 1 10rem;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .open-body {
    display: grid;
    gap: 0.75rem;
    padding-block: 0.5rem;
  }
  .error {
    color: var(--_danger);
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary,
  .notice,
  .offer {
    border: 2px solid var(--_danger);
    border-radius: var(--asf-radius-small, 4px);
    padding: 0.5rem 1rem;
    background: var(--asf-color-danger-surface, #fdecee);
  }
  .summary.valid {
    border-color: var(--asf-color-success, #1e7b34);
    background: var(--asf-color-surface, #fff);
  }
  .offer {
    border-color: var(--_focus);
    background: var(--asf-color-surface, #fff);
  }
  .summary a {
    color: inherit;
  }
  .preview {
    display: grid;
    gap: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--asf-radius-small, 4px);
    padding: 0.75rem;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'],
    .summary,
    .notice,
    .offer {
      border-color: CanvasText;
    }
    .error {
      color: CanvasText;
    }
    button[disabled] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media print {
    .toolbar,
    .item-actions,
    .list-actions,
    .preview {
      display: none;
    }
  }
`;

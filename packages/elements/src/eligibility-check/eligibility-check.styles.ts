import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--asf-font-family, system-ui, sans-serif);
    line-height: 1.5;
    color: var(--asf-color-text, #1b1b1b);
    --_text: var(--asf-color-text, #1b1b1b);
    --_muted: var(--asf-color-text-muted, #555);
    --_surface: var(--asf-color-surface, #fff);
    --_border: var(--asf-color-border, #767676);
    --_primary: var(--asf-color-primary, #005a9c);
    --_focus: var(--asf-color-focus, #1a5fb4);
    --_radius: var(--asf-radius, 8px);
    --_radius-small: var(--asf-radius-small, 4px);
    --_gap: var(--asf-eligibility-check-gap, 1.25rem);
    --_met: var(--asf-eligibility-check-met-color, var(--asf-color-success, #1e7b34));
    --_not-met: var(--asf-eligibility-check-not-met-color, var(--asf-color-danger, #b00020));
    --_unknown: var(--asf-eligibility-check-unknown-color, var(--asf-color-warning, #8a5300));
    --_result-bg: var(--asf-eligibility-check-result-background, var(--asf-color-surface-muted, #f3f3f3));
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  @container (min-width: 60rem) {
    [part='base'] {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    [part='title'],
    [part~='attribute-error'],
    [part='base'] > slot {
      grid-column: 1 / -1;
    }
  }
  [part='title'] {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  [part='form'] {
    display: grid;
    gap: var(--_gap);
  }
  /* A block box around the form and the status bar: the bar sticks within it (a grid item could not). */
  .questions {
    display: block;
    min-inline-size: 0;
  }
  [part='status-bar'] {
    position: sticky;
    inset-block-end: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin: var(--_gap) 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    box-shadow: 0 -2px 6px rgb(0 0 0 / 0.12);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .status-label {
    font-weight: 600;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-inline-size: 0;
  }
  .status [part='icon'] {
    color: var(--_accent);
  }
  .status-eligible {
    --_accent: var(--_met);
  }
  .status-not-eligible {
    --_accent: var(--_not-met);
  }
  .status-needs-review {
    --_accent: var(--_unknown);
  }
  @media (max-width: 30rem) {
    /* On a phone the bar stays one short line high enough not to hide the field being answered. */
    [part='status-bar'] {
      font-size: 0.875em;
      padding: 0.375rem 0.5rem;
    }
    .status-label {
      display: none;
    }
  }
  [part='attribute-error'] p {
    margin: 0;
  }
  [part~='question'] {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part='legend'] {
    padding: 0;
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  fieldset[part='question'] > [part='field'] + [part='field'] {
    margin-block-start: 0.75rem;
  }
  [part='field'] {
    display: grid;
    gap: 0.25rem;
  }
  [part='options'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  [part='option'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    cursor: pointer;
  }
  [part='option']:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='hint'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  [part='input'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: 0.5rem 0.625rem;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    inline-size: 9rem;
    font-variant-numeric: tabular-nums;
  }
  [part='input'][type='text']:not(.number) {
    inline-size: min(16rem, 100%);
  }
  [part='input'][aria-invalid='true'] {
    border: 2px solid var(--_not-met);
  }
  input:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='field-error'] {
    display: flex;
    gap: 0.375rem;
    align-items: flex-start;
    margin: 0;
    font-weight: 600;
  }
  [part='field-error'] [part='icon'] {
    color: var(--_not-met);
  }
  [part='icon'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='result'] {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_result-bg);
  }
  [part='result'] p {
    margin: 0;
  }
  [part='result-title'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  [part='note'] {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  [part='note'] strong {
    color: var(--_text);
  }
  [part='summary']:empty {
    display: none;
  }
  [part='verdict-reason'] {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_unknown);
  }
  [part='check'] {
    display: grid;
    gap: 0.5rem;
  }
  [part='check-title'] {
    font-size: 1.0625em;
    font-weight: 700;
  }
  [part~='verdict'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.375rem solid var(--_accent, var(--_border));
    border-radius: var(--_radius-small);
    background: var(--_surface);
    font-weight: 700;
    font-size: 1.125em;
  }
  [part~='verdict'] [part='icon'],
  [part~='outcome'] [part='icon'] {
    color: var(--_accent);
  }
  [part~='verdict-eligible'],
  [part~='outcome-met'] {
    --_accent: var(--_met);
  }
  [part~='verdict-not-eligible'],
  [part~='outcome-not-met'] {
    --_accent: var(--_not-met);
  }
  [part~='verdict-needs-review'],
  [part~='outcome-unknown'] {
    --_accent: var(--_unknown);
  }
  [part='criteria'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  [part~='criterion'] {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
  }
  [part='criterion-name'] {
    font-weight: 700;
  }
  [part~='outcome'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  [part='source'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part='source'] > span:first-child {
    margin-inline-end: 0.25em;
  }
  [part='source-link'] {
    color: var(--_primary);
  }
  .reference {
    display: block;
  }
  [part='prompt'] {
    color: var(--_muted);
  }
  [part='issues'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    [part='option'],
    [part='input'],
    [part='result'],
    [part~='criterion'] {
      border-color: CanvasText;
    }
    [part='option']:has(input:checked) {
      border-color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    [part~='verdict'] {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.375rem;
    }
    [part='icon'],
    [part~='verdict'] [part='icon'],
    [part~='outcome'] [part='icon'],
    [part='field-error'] [part='icon'] {
      color: CanvasText;
    }
    [part='input'][aria-invalid='true'] {
      border-color: Mark;
    }
    input:focus-visible,
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    [part='source-link'] {
      color: LinkText;
    }
    [part='status-bar'] {
      border-color: CanvasText;
      background: Canvas;
      box-shadow: none;
    }
    .status [part='icon'] {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      container-type: normal;
      color: #000;
    }
    [part='base'] {
      display: block;
    }
    [part='form'],
    [part='result'] {
      margin-block-end: 1rem;
    }
    [part='result'] {
      background: none;
      border-color: #000;
      break-inside: auto;
    }
    [part~='criterion'] {
      break-inside: avoid;
      border-color: #000;
    }
    [part~='verdict'] {
      border: 1px solid #000;
      border-inline-start-width: 0.375rem;
    }
    [part='option'] {
      border-color: #000;
    }
    [part='retry'],
    [part='status-bar'] {
      display: none;
    }
    [part='source-link']::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;

import { html, css, type TemplateResult } from 'lit';
import { formatPath, type Language } from '@asf-kit/core';
import type { AsfLoadError } from './events.js';

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

const MAX_ISSUES = 20;

/** The loading state: a polite live region. */
export function renderLoading(lang: Language): TemplateResult {
  return html`<p part="loading" role="status">${lang === 'en' ? 'Loading…' : 'Laddar…'}</p>`;
}

/** The error state: what went wrong, where (validation issues with their paths), and a retry. */
export function renderError(error: AsfLoadError, lang: Language, retry: () => void): TemplateResult {
  const issues = error.issues ?? [];
  return html`<div part="error" role="alert">
    <p><strong>${lang === 'en' ? 'Could not show the plan.' : 'Planen kan inte visas.'}</strong> ${error.message[lang]}</p>
    ${
      issues.length
        ? html`<ul>
          ${issues.slice(0, MAX_ISSUES).map((i) => html`<li><code>${formatPath(i.path)}</code>: ${stripPath(i.message[lang])}</li>`)}
          ${
            issues.length > MAX_ISSUES
              ? html`<li>${lang === 'en' ? `… and ${issues.length - MAX_ISSUES} more` : `… och ${issues.length - MAX_ISSUES} till`}</li>`
              : ''
          }
        </ul>`
        : ''
    }
    <button part="retry" type="button" @click=${retry}>${lang === 'en' ? 'Try again' : 'Försök igen'}</button>
  </div>`;
}

/** Messages start with their path; the list shows the path separately. */
function stripPath(message: string): string {
  const i = message.indexOf(': ');
  return i > -1 && i < 120 ? message.slice(i + 2) : message;
}

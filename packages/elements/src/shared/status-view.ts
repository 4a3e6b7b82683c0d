/**
 * The one way an element shows that it is loading, and a problem: what went wrong, where (each
 * issue with its JSON pointer, `/activities/0/lead/0`, as core's issues and the CLI give it),
 * and a retry button when there is something to retry.
 * @internal
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Bilingual, Language, Plan } from '@asf-kit/core';
import type { PlanController } from './plan-controller.js';
import type { AsfLoadError } from './events.js';
import { STATUS_TEXTS as T } from './shared.texts.js';

const MAX_ISSUES = 20;

/** An issue as the problem view lists it: where (a JSON pointer, `''` for the whole document) and what. */
export interface ShownIssue {
  pointer: string;
  message: Bilingual;
}

/** The loading state: a polite live region. */
export function renderLoading(lang: Language): TemplateResult {
  return html`<p part="loading" role="status">${T.loading[lang]}</p>`;
}

/** A problem: the title, the message, the issues (at most 20 listed) and, with `retry`, a retry button. */
export function renderProblem(
  lang: Language,
  title: Bilingual,
  message: Bilingual,
  issues: readonly ShownIssue[] = [],
  retry?: () => void,
): TemplateResult {
  return html`<div part="error" role="alert">
    <p><strong>${title[lang]}</strong> ${message[lang]}</p>
    ${
      issues.length
        ? html`<ul>
          ${issues.slice(0, MAX_ISSUES).map((i) => html`<li><code>${i.pointer || '/'}</code>: ${stripPath(i.message[lang])}</li>`)}
          ${issues.length > MAX_ISSUES ? html`<li>${T.andMore(issues.length - MAX_ISSUES)[lang]}</li>` : nothing}
        </ul>`
        : nothing
    }
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${T.tryAgain[lang]}</button>` : nothing}
  </div>`;
}

/** A plan that could not be loaded or is not valid, with a retry. */
export function renderError(error: AsfLoadError, lang: Language, retry: () => void): TemplateResult {
  return renderProblem(lang, T.planCannotBeShown, error.message, error.issues, retry);
}

/** Messages start with their path; the list shows the pointer separately. */
function stripPath(message: string): string {
  const i = message.indexOf(': ');
  return i > -1 && i < 120 ? message.slice(i + 2) : message;
}

/**
 * The views every element has besides its own: loading, a plan that could not be loaded (with a
 * retry), and a problem with the element's inputs or data (reported once with `ReportOnce`).
 */
export type CommonView =
  | { kind: 'loading' }
  | { kind: 'load-error'; error: AsfLoadError }
  | { kind: 'problem'; title: Bilingual; error: AsfLoadError };

/** Renders one of the {@link CommonView}s. */
export function renderCommon(v: CommonView, lang: Language, retry: () => void): TemplateResult {
  return v.kind === 'loading'
    ? renderLoading(lang)
    : v.kind === 'load-error'
      ? renderError(v.error, lang, retry)
      : renderProblem(lang, v.title, v.error.message, v.error.issues);
}

/** The problem reported by an element's `ReportOnce`: the shown `problem` view's error. */
export const problemOf = (v: { kind: string; error?: AsfLoadError }): AsfLoadError | undefined =>
  v.kind === 'problem' ? v.error : undefined;

/**
 * An element's view of its plan: the common views while loading or after a load error, else the
 * element's own `empty` and `ready` views.
 */
export function viewOfPlan<V>(data: PlanController, empty: () => V, ready: (plan: Plan) => V): V | CommonView {
  return data.render<V | CommonView>({
    loading: () => ({ kind: 'loading' }),
    error: (error) => ({ kind: 'load-error', error }),
    empty,
    ready,
  });
}

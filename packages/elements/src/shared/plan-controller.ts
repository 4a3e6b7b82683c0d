import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan } from '@asf-kit/core';
import { AsfErrorEvent, type AsfLoadError } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where the plan of an element is in its life. */
export type PlanState =
  | { status: 'empty' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; plan: Plan }
  | { status: 'error'; error: AsfLoadError };

/**
 * Loads, validates and holds the plan of an element: from a `src` URL or a `plan` object.
 * A network error, an HTTP error or an invalid document becomes an `error` state with a
 * readable message (and the validation issues), plus an `asf-error` event; never an
 * unhandled rejection. A newer `src` cancels an older request.
 *
 * @example
 * class MyElement extends LitElement {
 *   @property() src = '';
 *   @property({ attribute: false }) plan?: Plan;
 *   private readonly data = new PlanController(this);
 *   willUpdate(changed) {
 *     if (changed.has('src') || changed.has('plan')) this.data.set({ src: this.src, plan: this.plan });
 *   }
 * }
 */
export class PlanController implements ReactiveController {
  state: PlanState = { status: 'empty' };
  private abort?: AbortController;
  private url = '';
  private object: unknown;
  private acceptToken = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-load a src whose request was cancelled when the element was disconnected.
    if (this.state.status === 'loading' && this.abort?.signal.aborted) void this.load(this.url);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Sets the source. A `plan` object wins over `src`; an object is validated too, so a page
   * that passes data from elsewhere gets the same readable errors.
   */
  set({ src, plan }: { src?: string | null; plan?: unknown }): void {
    if (plan !== undefined && plan !== null) {
      if (plan === this.object) return;
      this.object = plan;
      this.url = '';
      this.abort?.abort();
      this.state = { status: 'loading', url: '(plan)' };
      void this.accept(JSON.stringify(plan), '(plan)');
      return;
    }
    this.object = undefined;
    const url = (src ?? '').trim();
    if (url === this.url && this.state.status !== 'empty') return;
    this.url = url;
    if (!url) {
      this.abort?.abort();
      this.acceptToken += 1;
      this.state = { status: 'empty' };
      this.host.requestUpdate();
      return;
    }
    void this.load(url);
  }

  /** Loads the current `src` again (after an error, from a retry button). */
  retry(): void {
    if (this.url) void this.load(this.url);
    else if (this.object !== undefined) void this.accept(JSON.stringify(this.object), '(plan)');
  }

  private async load(url: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.acceptToken += 1;
    this.state = { status: 'loading', url };
    this.host.requestUpdate();
    let text: string;
    try {
      const response = await fetch(new URL(url, document.baseURI), {
        signal: abort.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        this.fail({
          kind: 'http',
          url,
          status: response.status,
          message: {
            sv: `Planen kunde inte hämtas från ${url}: servern svarade ${response.status}${response.status === 404 ? ' (hittades inte)' : ''}.`,
            en: `The plan could not be loaded from ${url}: the server answered ${response.status}${response.status === 404 ? ' (not found)' : ''}.`,
          },
        });
        return;
      }
      text = await response.text();
    } catch (e) {
      if (abort.signal.aborted) return;
      const detail = e instanceof Error ? e.message : String(e);
      this.fail({
        kind: 'network',
        url,
        message: {
          sv: `Planen kunde inte hämtas från ${url}: nätverksfel (${detail}).`,
          en: `The plan could not be loaded from ${url}: network error (${detail}).`,
        },
      });
      return;
    }
    if (abort.signal.aborted) return;
    await this.accept(text, url);
  }

  private async accept(text: string, url: string): Promise<void> {
    const token = (this.acceptToken += 1);
    let parsePlanJson: typeof import('./parse-plan-loader.js').parsePlanJson;
    try {
      ({ parsePlanJson } = await import('./parse-plan-loader.js'));
    } catch (e) {
      if (token !== this.acceptToken) return;
      const detail = e instanceof Error ? e.message : String(e);
      this.fail({
        kind: 'network',
        url,
        message: {
          sv: `Planen kan inte läsas: en del av komponenten kunde inte laddas (${detail}).`,
          en: `The plan cannot be read: a part of the component could not be loaded (${detail}).`,
        },
      });
      return;
    }
    // A newer src or plan arrived while the parser was loading.
    if (token !== this.acceptToken) return;
    const result = parsePlanJson(text);
    if (result.success) {
      this.state = { status: 'ready', plan: result.data };
      this.host.requestUpdate();
      return;
    }
    const n = result.error.issues.length;
    this.fail({
      kind: 'invalid',
      url,
      issues: result.error.issues,
      message: {
        sv: `Planen ${url === '(plan)' ? '' : `i ${url} `}är inte giltig: ${n} ${n === 1 ? 'fel' : 'fel'}.`,
        en: `The plan ${url === '(plan)' ? '' : `in ${url} `}is not valid: ${n} ${n === 1 ? 'problem' : 'problems'}.`,
      },
    });
  }

  private fail(error: AsfLoadError): void {
    this.state = { status: 'error', error };
    this.host.requestUpdate();
    this.host.dispatchEvent(new AsfErrorEvent(error));
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan } from '@asf-kit/core';
import { AsfErrorEvent, type AsfLoadError } from './events.js';
import { LazyModule } from './lazy.js';
import { LOAD_TEXTS as T } from './load.texts.js';

type Host = ReactiveControllerHost & HTMLElement;
type Parser = typeof import('./parse-plan-loader.js');
type PlanOrigin = import('./parse-plan-loader.js').PlanOrigin;

/** Where the plan of an element is in its life. */
export type PlanState =
  | { status: 'empty' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; plan: Plan }
  | { status: 'error'; error: AsfLoadError };

/**
 * What the host gives, read at every update: a `src` URL or a `plan` object (the object wins).
 * With neither, the plan written inline in a child `<script type="application/json">` is read.
 * `null`: the host wants no plan now.
 */
export type PlanSource = { src?: string | null; plan?: unknown } | null;

/**
 * The plan parser (zod/mini and its bilingual messages), a lazy chunk: a gauge fed by attributes
 * never downloads it. Shared by the controller and `<asf-progress>`'s indicator check.
 * @internal
 */
export const planParser = new LazyModule<Parser>(() => import('./parse-plan-loader.js'));

/**
 * Loads the plan parser now. After it resolves, a plan given as an object (or inline) is checked
 * synchronously: the element's first update is already `ready`, never "Laddar…". For server
 * rendering (await it once before rendering) and for pages that want no loading flash.
 */
export function loadPlanParser(): Promise<void> {
  return planParser.load().then(() => undefined);
}

/** The `url` of an error about a plan object, and of one about an inline plan. */
const ORIGIN_URL = { plan: '(plan)', script: '(script)' } as const;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Loads, validates and holds the plan of an element, driven by the host's inputs the way Lit's
 * `Task` is: the `source` function is read before each update (on the first read of `state` in
 * `willUpdate`, or in `hostUpdate`), and a changed source loads again. A network error, an HTTP
 * error or an invalid document becomes an `error` state with a readable bilingual message (and
 * the validation issues), plus one `asf-error` event; never an unhandled rejection. A newer
 * source cancels an older request.
 *
 * @example
 * class MyElement extends LitElement {
 *   @property() src = '';
 *   @property({ attribute: false }) plan?: Plan;
 *   private readonly data = new PlanController(this, () => ({ src: this.src, plan: this.plan }));
 *   protected override willUpdate() {
 *     this.view = this.data.render({ loading: …, error: (e) => …, ready: (plan) => …, empty: … });
 *   }
 * }
 */
export class PlanController implements ReactiveController {
  private current: PlanState = { status: 'empty' };
  private abort?: AbortController;
  /** The source being shown: a URL, a plan object or an inline text. */
  private key: unknown = '';
  private origin: PlanOrigin = 'plan';
  private token = 0;
  private observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly source: () => PlanSource,
  ) {
    host.addController(this);
  }

  /** The plan's state, after reading the host's inputs. */
  get state(): PlanState {
    this.sync();
    return this.current;
  }

  /** The value of the callback for the current state (`empty` also when the host wants no plan). */
  render<R>(r: { empty: () => R; loading: () => R; error: (error: AsfLoadError) => R; ready: (plan: Plan) => R }): R {
    const s = this.state;
    return s.status === 'ready'
      ? r.ready(s.plan)
      : s.status === 'error'
        ? r.error(s.error)
        : s.status === 'loading'
          ? r.loading()
          : r.empty();
  }

  hostConnected(): void {
    // An inline plan written after the element was upgraded (a page still being parsed).
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Re-load a src whose request was cancelled when the element was disconnected.
    if (this.current.status === 'loading' && this.abort?.signal.aborted) this.retry();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Reads the source; a new one replaces the old. */
  private sync(): void {
    const s = this.source();
    const src = (s?.src ?? '').trim();
    if (s?.plan != null) this.use(s.plan, 'plan', () => this.check(JSON.stringify(s.plan), 'plan'));
    else if (src) this.use(src, { url: src }, () => this.load(src));
    else {
      const text =
        (s && this.host.querySelector?.(':scope > script[type="application/json"]')?.textContent?.trim()) || '';
      if (text) this.use(text, 'script', () => this.check(text, 'script'));
      else this.use('', 'plan', () => this.settle({ status: 'empty' }));
    }
  }

  private use(key: unknown, origin: PlanOrigin, start: () => void): void {
    if (key === this.key) return;
    this.key = key;
    this.origin = origin;
    this.abort?.abort();
    this.token += 1;
    start();
  }

  /** Loads the current source again (after an error, from a retry button). */
  retry(): void {
    this.key = NaN;
    this.host.requestUpdate();
  }

  private settle(state: PlanState): void {
    this.current = state;
    this.host.requestUpdate();
    if (state.status === 'error') this.host.dispatchEvent(new AsfErrorEvent(state.error));
  }

  private load(url: string): void {
    const abort = (this.abort = new AbortController());
    const token = this.token;
    this.settle({ status: 'loading', url });
    const fail = (error: Omit<AsfLoadError, 'kind' | 'url'> & { kind: AsfLoadError['kind'] }) =>
      this.settle({ status: 'error', error: { url, ...error } });
    fetch(new URL(url, document.baseURI), { signal: abort.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        const text = await response.text();
        if (token !== this.token) return;
        if (response.ok) this.check(text, this.origin);
        else fail({ kind: 'http', status: response.status, message: T.httpError(url, response.status) });
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted && token === this.token)
          fail({ kind: 'network', message: T.networkError(url, message(e)) });
      });
  }

  /** Checks a plan's JSON text: at once when the parser is there, else once it has loaded. */
  private check(text: string, origin: PlanOrigin): void {
    const url = typeof origin === 'string' ? ORIGIN_URL[origin] : origin.url;
    const parser = planParser.value;
    if (parser) return this.settle(parser.checkPlanText(text, origin, url));
    const token = this.token;
    this.settle({ status: 'loading', url });
    planParser.load().then(
      () => token === this.token && this.check(text, origin),
      (e: unknown) =>
        token === this.token &&
        this.settle({ status: 'error', error: { kind: 'network', url, message: T.partNotLoaded(message(e)) } }),
    );
  }
}

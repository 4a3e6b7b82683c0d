/**
 * A small client for Kolada's API v3 (https://api.kolada.se/v3, documented at
 * https://api.kolada.se/v3/docs): fetches the values of KPIs for municipalities and years,
 * following `next_url` through every page, with a timeout, retries with exponential backoff on
 * 429 and 5xx (honouring `Retry-After`), and an error that says what went wrong in Swedish and
 * English on anything else. The answer goes through {@link importKoladaOutcomes} like any other
 * Kolada data. `fetch` is injectable; nothing here touches the network by itself.
 * @module
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../i18n/text.js';

/** Kolada API v3's address. */
export const KOLADA_API_V3 = 'https://api.kolada.se/v3';

/**
 * How many ids Kolada takes in one part of a path. Kolada answers longer lists with an error
 * (the rKolada client, LCHansson/rKolada, splits at 25 for this reason), so longer lists are
 * asked for in several requests.
 */
export const KOLADA_MAX_IDS_PER_REQUEST = 25;

/** Options of {@link fetchKoladaValues}. */
export interface FetchKoladaOptions {
  /** KPI id(s), e.g. "N00945". */
  kpi: string | readonly string[];
  /** Municipality code(s), e.g. "2180" (Gävle); group ids ("G124026") are fetched but the import keeps them apart. */
  municipalities: string | readonly string[];
  /** Year(s). Without them, every year Kolada has. */
  years?: number | readonly number[];
  /** The `fetch` to use. Default: the platform's `globalThis.fetch`. */
  fetch?: (
    input: string,
    init?: { signal?: AbortSignal; headers?: Record<string, string> },
  ) => Promise<KoladaHttpResponse>;
  /** Stops everything: the request under way and any retry. */
  signal?: AbortSignal;
  /** How long one request may take. Default 30 000 ms. */
  timeoutMs?: number;
  /** How many times a request is tried again after 429, 5xx, a network error or a timeout. Default 3. */
  retries?: number;
  /** The first wait before a retry; it doubles with each retry (500, 1 000, 2 000 ms …). Default 500 ms. */
  backoffMs?: number;
  /** The longest wait before a retry, also when `Retry-After` asks for more. Default 60 000 ms. */
  maxWaitMs?: number;
  /** Items per page (Kolada's `per_page`, at most 5 000). Default 5 000. */
  perPage?: number;
  /** The API's address. Default {@link KOLADA_API_V3}. */
  baseUrl?: string;
  /** How to wait before a retry (for tests). Default: a timer that stops on `signal`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The part of a `fetch` response the client reads. */
export interface KoladaHttpResponse {
  ok: boolean;
  status: number;
  statusText?: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** What kind of failure a {@link KoladaFetchError} is. */
export const KOLADA_FETCH_ERROR_CODES = [
  'invalid-request',
  'http-error',
  'retries-exhausted',
  'network-error',
  'timeout',
  'aborted',
  'not-json',
  'not-kolada',
  'foreign-next-url',
  'too-many-pages',
] as const;
export type KoladaFetchErrorCode = (typeof KOLADA_FETCH_ERROR_CODES)[number];

/** Why {@link fetchKoladaValues} could not get the data. */
export interface KoladaFetchError {
  code: KoladaFetchErrorCode;
  /** The address asked, when a request was made. */
  url?: string;
  /** The HTTP status of the last answer, when there was one. */
  status?: number;
  /** How many times the last request was tried. */
  attempts?: number;
  message: Bilingual;
}

/** The values of every page, in the shape {@link importKoladaOutcomes} reads. */
export interface KoladaFetchData {
  values: unknown[];
  /** Every address fetched, in order (one per page). */
  urls: string[];
}

export type KoladaFetchResult = { success: true; data: KoladaFetchData } | { success: false; error: KoladaFetchError };

/** One page of a v3 data answer: `{ count, values, next_url, previous_url }`. */
const KoladaPage = z.object({
  values: z.array(z.unknown()),
  next_url: z.optional(z.nullable(z.string())),
});

const MAX_PAGES = 1000;

const list = <T>(x: T | readonly T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? [...(x as readonly T[])] : [x as T];
const chunks = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

class Aborted extends Error {}

/** Waits `ms`, or stops at once when `signal` is aborted. */
function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new Aborted());
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * The wait a `Retry-After` header asks for, in ms: seconds ("120") or an HTTP date. `undefined`
 * when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const isRetryable = (status: number): boolean => status === 429 || (status >= 500 && status <= 599);

/** The address of one request: `/data/kpi/{kpi}/municipality/{ids}[/year/{years}]?per_page=…`. */
function dataUrl(
  base: string,
  kpis: readonly string[],
  municipalities: readonly string[],
  years: readonly number[],
  perPage: number,
): string {
  const ids = (xs: readonly (string | number)[]) => xs.map((x) => encodeURIComponent(String(x).trim())).join(',');
  const yearPart = years.length > 0 ? `/year/${ids(years)}` : '';
  return `${base.replace(/\/+$/u, '')}/data/kpi/${ids(kpis)}/municipality/${ids(municipalities)}${yearPart}?per_page=${perPage}`;
}

/**
 * Fetches the values of KPIs for municipalities and years from Kolada's API v3, page by page
 * through `next_url`, and gives them as `{ values }` for {@link importKoladaOutcomes}. Never
 * throws: a failure comes back as `{ success: false, error }` with a Swedish and English message.
 *
 * Each request has a timeout (`timeoutMs`). An answer 429 (too many requests) or 5xx, a network
 * error or a timeout is tried again up to `retries` times, waiting `backoffMs`, then twice as
 * long each time, or what `Retry-After` asks (at most `maxWaitMs`). Any other answer that is not
 * 200 — 400 for a bad id, 404 — is an `http-error` at once. An answer that is not JSON or not
 * `{ values: [...] }`, or a `next_url` to another site, is an error too. More than 25 KPIs,
 * municipalities or years are asked for in several requests.
 *
 * @example
 * const got = await fetchKoladaValues({ kpi: 'N00945', municipalities: ['2180'], years: [2017, 2018] });
 * if (got.success) {
 *   const r = importKoladaOutcomes(plan.indicators, got.data, { municipality: '2180' });
 * } else {
 *   console.error(got.error.message.sv); // "Kolada svarade 404 (Not Found) på https://api.kolada.se/v3/data/…"
 * }
 */
export async function fetchKoladaValues(options: FetchKoladaOptions): Promise<KoladaFetchResult> {
  const kpis = list(options.kpi).map((k) => k.trim());
  const municipalities = list(options.municipalities).map((m) => m.trim());
  const years = list(options.years);
  const invalid = (sv: string, en: string): KoladaFetchResult => ({
    success: false,
    error: { code: 'invalid-request', message: { sv, en } },
  });
  if (kpis.length === 0 || kpis.some((k) => !/^[A-Za-z0-9_-]+$/u.test(k))) {
    return invalid(
      `Ange nyckeltal som Kolada-id, t.ex. "N00945" (fick ${JSON.stringify(kpis)}).`,
      `Give KPIs as Kolada ids, e.g. "N00945" (got ${JSON.stringify(kpis)}).`,
    );
  }
  if (municipalities.length === 0 || municipalities.some((m) => !/^[A-Za-z0-9]+$/u.test(m))) {
    return invalid(
      `Ange kommuner med Kolada-koder, t.ex. "2180" för Gävle (fick ${JSON.stringify(municipalities)}).`,
      `Give municipalities as Kolada codes, e.g. "2180" for Gävle (got ${JSON.stringify(municipalities)}).`,
    );
  }
  if (years.some((y) => !Number.isInteger(y) || y < 1900 || y > 2200)) {
    return invalid(
      `Ange år som heltal, t.ex. 2018 (fick ${JSON.stringify(years)}).`,
      `Give years as whole numbers, e.g. 2018 (got ${JSON.stringify(years)}).`,
    );
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  if (doFetch === undefined) {
    return invalid(
      'Det finns ingen fetch-funktion här; ange options.fetch.',
      'There is no fetch function here; pass options.fetch.',
    );
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = Math.max(0, Math.floor(options.retries ?? 3));
  const backoffMs = options.backoffMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const perPage = Math.min(5000, Math.max(1, Math.floor(options.perPage ?? 5000)));
  const base = options.baseUrl ?? KOLADA_API_V3;
  let origin: string;
  try {
    origin = new URL(base).origin;
  } catch {
    return invalid(`"${base}" är ingen adress (baseUrl).`, `"${base}" is not an address (baseUrl).`);
  }
  const sleep = options.sleep ?? defaultSleep;
  const { signal } = options;

  const fail = (error: KoladaFetchError): KoladaFetchResult => ({ success: false, error });
  const abortedError = (url: string): KoladaFetchError => ({
    code: 'aborted',
    url,
    message: { sv: `Hämtningen från Kolada avbröts (${url}).`, en: `Fetching from Kolada was aborted (${url}).` },
  });

  /**
   * One request, with its timeout over the answer and its body. Gives the answer (with its JSON
   * body when it is 2xx: `body`, or `notJson`), or why there was none.
   */
  async function once(
    url: string,
  ): Promise<
    | { response: KoladaHttpResponse; body?: unknown; notJson?: boolean }
    | { failure: 'timeout' | 'aborted' | 'network'; detail: string }
  > {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const response = await doFetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return { response };
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        if (controller.signal.aborted) throw new Aborted();
        return { response, notJson: true };
      }
      return { response, body };
    } catch (e) {
      if (signal?.aborted) return { failure: 'aborted', detail: '' };
      if (timedOut) return { failure: 'timeout', detail: '' };
      return { failure: 'network', detail: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  }

  /** One page, tried again on 429, 5xx, network errors and timeouts. */
  async function page(url: string): Promise<{ body: unknown } | { error: KoladaFetchError }> {
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) return { error: abortedError(url) };
      const got = await once(url);
      let wait: number | undefined;
      let last: KoladaFetchError;
      if ('response' in got) {
        const { response } = got;
        if (response.ok) {
          if (got.notJson) {
            return {
              error: {
                code: 'not-json',
                url,
                status: response.status,
                attempts: attempt,
                message: {
                  sv: `Kolada svarade inte med JSON på ${url}.`,
                  en: `Kolada did not answer with JSON at ${url}.`,
                },
              },
            };
          }
          return { body: got.body };
        }
        const status = `${response.status}${response.statusText ? ` (${response.statusText})` : ''}`;
        if (!isRetryable(response.status)) {
          const hint =
            response.status === 400 || response.status === 404
              ? {
                  sv: ' Kontrollera nyckeltalens id, kommunkoderna och åren.',
                  en: ' Check the KPI ids, the municipality codes and the years.',
                }
              : { sv: '', en: '' };
          return {
            error: {
              code: 'http-error',
              url,
              status: response.status,
              attempts: attempt,
              message: {
                sv: `Kolada svarade ${status} på ${url}.${hint.sv}`,
                en: `Kolada answered ${status} at ${url}.${hint.en}`,
              },
            },
          };
        }
        wait = retryAfterMs(response.headers.get('retry-after'));
        last = {
          code: 'retries-exhausted',
          url,
          status: response.status,
          attempts: attempt,
          message: {
            sv: `Kolada svarade ${status} på ${url}, också efter ${attempt} försök; försök igen senare.`,
            en: `Kolada answered ${status} at ${url}, still after ${attempt} attempts; try again later.`,
          },
        };
      } else if (got.failure === 'aborted') {
        return { error: abortedError(url) };
      } else if (got.failure === 'timeout') {
        last = {
          code: 'timeout',
          url,
          attempts: attempt,
          message: {
            sv: `Kolada svarade inte inom ${timeoutMs / 1000} s på ${url} (${attempt} försök).`,
            en: `Kolada did not answer within ${timeoutMs / 1000} s at ${url} (${attempt} attempts).`,
          },
        };
      } else {
        last = {
          code: 'network-error',
          url,
          attempts: attempt,
          message: {
            sv: `Kolada gick inte att nå på ${url} (${got.detail || 'nätverksfel'}; ${attempt} försök).`,
            en: `Kolada could not be reached at ${url} (${got.detail || 'network error'}; ${attempt} attempts).`,
          },
        };
      }
      if (attempt > retries) return { error: last };
      const delay = Math.min(maxWaitMs, wait ?? backoffMs * 2 ** (attempt - 1));
      try {
        await sleep(delay, signal);
      } catch {
        return { error: abortedError(url) };
      }
    }
  }

  const values: unknown[] = [];
  const urls: string[] = [];
  const requests: string[] = [];
  const yearChunks = years.length > 0 ? chunks(years, KOLADA_MAX_IDS_PER_REQUEST) : [[]];
  for (const k of chunks(kpis, KOLADA_MAX_IDS_PER_REQUEST))
    for (const m of chunks(municipalities, KOLADA_MAX_IDS_PER_REQUEST))
      for (const y of yearChunks) requests.push(dataUrl(base, k, m, y, perPage));

  for (const first of requests) {
    let next: string | null | undefined = first;
    const seen = new Set<string>();
    while (next) {
      const url: string = next;
      if (seen.has(url) || urls.length >= MAX_PAGES) {
        return fail({
          code: 'too-many-pages',
          url,
          message: {
            sv: `Kolada gav fler än ${MAX_PAGES} sidor, eller samma sida två gånger (${url}); hämtningen stoppades.`,
            en: `Kolada gave more than ${MAX_PAGES} pages, or the same page twice (${url}); fetching stopped.`,
          },
        });
      }
      seen.add(url);
      const got = await page(url);
      if ('error' in got) return fail(got.error);
      urls.push(url);
      const parsed = KoladaPage.safeParse(got.body);
      if (!parsed.success) {
        return fail({
          code: 'not-kolada',
          url,
          message: {
            sv: `Svaret på ${url} följer inte Kolada-formatet: det saknar listan "values".`,
            en: `The answer at ${url} does not follow the Kolada format: it has no "values" list.`,
          },
        });
      }
      values.push(...parsed.data.values);
      next = parsed.data.next_url;
      if (next) {
        let target: URL | undefined;
        try {
          target = new URL(next, url);
        } catch {
          target = undefined;
        }
        if (target === undefined || target.origin !== origin) {
          return fail({
            code: 'foreign-next-url',
            url,
            message: {
              sv: `Kolada pekade på nästa sida hos en annan adress (${next}); den följs inte.`,
              en: `Kolada pointed to the next page at another address (${next}); it is not followed.`,
            },
          });
        }
        next = target.href;
      }
    }
  }
  return { success: true, data: { values, urls } };
}

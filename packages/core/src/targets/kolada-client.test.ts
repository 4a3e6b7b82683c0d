// The Kolada API v3 client, on hand-made answers in the documented shape (fixtures/kolada-v3-
// illustrative-page-*.json; no network here): paging through next_url, retries with backoff
// on 429/5xx honouring Retry-After, the timeout, and a clear error on anything else.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { IndicatorData } from './evaluate-indicator.js';
import { importKoladaOutcomes } from './kolada.js';
import { fetchKoladaValues, retryAfterMs, type FetchKoladaOptions, type KoladaHttpResponse } from './kolada-client.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const page1 = fixture('kolada-v3-illustrative-page-1.json');
const page2 = fixture('kolada-v3-illustrative-page-2.json');
const FIRST = 'https://api.kolada.se/v3/data/kpi/X90001/municipality/2180,G124026/year/2017,2018?per_page=2';
const SECOND = `${FIRST}&page=2`;

type Reply = { status: number; body?: unknown; headers?: Record<string, string>; notJson?: boolean } | Error | 'hang';

/** A fetch that answers from a script per address, and remembers what it was asked. */
function fakeFetch(script: Record<string, Reply[]>) {
  const calls: string[] = [];
  const fetch: NonNullable<FetchKoladaOptions['fetch']> = (url, init) => {
    calls.push(url);
    const reply = script[url]?.shift();
    if (reply === undefined) return Promise.reject(new Error(`unexpected request ${url}`));
    if (reply === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (reply instanceof Error) return Promise.reject(reply);
    const headers = new Map(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const response: KoladaHttpResponse = {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      statusText:
        {
          200: 'OK',
          404: 'Not Found',
          429: 'Too Many Requests',
          500: 'Internal Server Error',
          503: 'Service Unavailable',
        }[reply.status] ?? '',
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      json: () => (reply.notJson ? Promise.reject(new SyntaxError('Unexpected token <')) : Promise.resolve(reply.body)),
    };
    return Promise.resolve(response);
  };
  return { fetch, calls };
}

/** A sleep that does not wait, and remembers how long it was asked to. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

const ask = (extra: Partial<FetchKoladaOptions>): FetchKoladaOptions => ({
  kpi: 'X90001',
  municipalities: ['2180', 'G124026'],
  years: [2017, 2018],
  perPage: 2,
  ...extra,
});

describe('fetchKoladaValues', () => {
  it('asks the documented v3 address and follows next_url through every page', async () => {
    const { fetch, calls } = fakeFetch({
      [FIRST]: [{ status: 200, body: page1 }],
      [SECOND]: [{ status: 200, body: page2 }],
    });
    const r = await fetchKoladaValues(ask({ fetch }));
    assert.ok(r.success, JSON.stringify(!r.success && r.error));
    assert.deepEqual(calls, [FIRST, SECOND]);
    assert.deepEqual(r.data.urls, [FIRST, SECOND]);
    assert.deepEqual(
      r.data.values.map(
        (v) => (v as { municipality: string; period: number }).municipality + ' ' + (v as { period: number }).period,
      ),
      ['2180 2017', '2180 2018', 'G124026 2017', 'G124026 2018'],
    );
  });

  it("gives data that goes through the same import: the municipality's outcomes, the group kept apart", async () => {
    const { fetch } = fakeFetch({ [FIRST]: [{ status: 200, body: page1 }], [SECOND]: [{ status: 200, body: page2 }] });
    const r = await fetchKoladaValues(ask({ fetch }));
    assert.ok(r.success);
    const asf: IndicatorData = {
      id: 'asf',
      kpi: 'X90001',
      title: 'Aktiva ASF',
      direction: 'increase',
      measure: 'count',
      outcomes: [],
    };
    const imported = importKoladaOutcomes([asf], r.data);
    assert.ok(imported.success, JSON.stringify(!imported.success && imported.error));
    assert.deepEqual(
      imported.data.indicators[0]?.outcomes?.map((o) => [o.date, o.value]),
      [
        ['2017-12-31', 9],
        ['2018-12-31', 11],
      ],
    );
    assert.deepEqual(
      imported.data.report.groups.map((g) => [g.group, g.period, g.value, g.members]),
      [
        ['G124026', 2017, 5.25, 4],
        ['G124026', 2018, 6.333333, 3],
      ],
    );
  });

  it('uses the default per_page of 5000, leaves out the years when none are asked, and splits lists longer than 25', async () => {
    const many = Array.from({ length: 30 }, (_, i) => String(2100 + i));
    const empty = { status: 200, body: { count: 0, values: [], next_url: null } };
    const base = 'https://api.kolada.se/v3/data/kpi/X90001/municipality/';
    const first = `${base}${many.slice(0, 25).join(',')}?per_page=5000`;
    const second = `${base}${many.slice(25).join(',')}?per_page=5000`;
    const { fetch, calls } = fakeFetch({ [first]: [empty], [second]: [empty] });
    const r = await fetchKoladaValues({ kpi: 'X90001', municipalities: many, fetch });
    assert.ok(r.success, JSON.stringify(!r.success && r.error));
    assert.deepEqual(calls, [first, second]);
  });

  it('tries again after 503 and 429, waiting with exponential backoff', async () => {
    const { fetch, calls } = fakeFetch({
      [FIRST]: [{ status: 503 }, { status: 429 }, { status: 200, body: page1 }],
      [SECOND]: [{ status: 500 }, { status: 200, body: page2 }],
    });
    const { sleep, waits } = fakeSleep();
    const r = await fetchKoladaValues(ask({ fetch, sleep }));
    assert.ok(r.success, JSON.stringify(!r.success && r.error));
    assert.deepEqual(waits, [500, 1000, 500]);
    assert.equal(calls.length, 5);
    assert.equal(r.data.values.length, 4);
  });

  it('honours Retry-After, in seconds or as a date, up to maxWaitMs', async () => {
    const { fetch } = fakeFetch({
      [FIRST]: [
        { status: 429, headers: { 'Retry-After': '7' } },
        { status: 503, headers: { 'retry-after': '3600' } },
        { status: 200, body: { values: [], next_url: null } },
      ],
    });
    const { sleep, waits } = fakeSleep();
    const r = await fetchKoladaValues(ask({ fetch, sleep, maxWaitMs: 60_000 }));
    assert.ok(r.success);
    assert.deepEqual(waits, [7000, 60_000]);
    assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 30_000);
    assert.equal(retryAfterMs('snart'), undefined);
    assert.equal(retryAfterMs(null), undefined);
  });

  it('gives up after the retries with an error that says so', async () => {
    const { fetch, calls } = fakeFetch({
      [FIRST]: [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }],
    });
    const { sleep, waits } = fakeSleep();
    const r = await fetchKoladaValues(ask({ fetch, sleep }));
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual([r.error.code, r.error.status, r.error.attempts, calls.length], ['retries-exhausted', 503, 4, 4]);
    assert.deepEqual(waits, [500, 1000, 2000]);
    assert.equal(
      r.error.message.sv,
      `Kolada svarade 503 (Service Unavailable) på ${FIRST}, också efter 4 försök; försök igen senare.`,
    );
    assert.equal(
      r.error.message.en,
      `Kolada answered 503 (Service Unavailable) at ${FIRST}, still after 4 attempts; try again later.`,
    );
  });

  it('does not try again on 404 and other answers, and says what to check', async () => {
    const { fetch, calls } = fakeFetch({ [FIRST]: [{ status: 404 }] });
    const { sleep, waits } = fakeSleep();
    const r = await fetchKoladaValues(ask({ fetch, sleep }));
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual([r.error.code, r.error.status, calls.length, waits.length], ['http-error', 404, 1, 0]);
    assert.match(
      r.error.message.sv,
      /^Kolada svarade 404 \(Not Found\) på .*Kontrollera nyckeltalens id, kommunkoderna och åren\.$/,
    );
    assert.match(r.error.message.en, /^Kolada answered 404 \(Not Found\) at .*Check the KPI ids/);
  });

  it('times out a request that does not answer, and tries it again', async () => {
    const { fetch, calls } = fakeFetch({ [FIRST]: ['hang', 'hang'] });
    const { sleep } = fakeSleep();
    const r = await fetchKoladaValues(ask({ fetch, sleep, timeoutMs: 20, retries: 1 }));
    assert.equal(r.success, false);
    if (r.success) return;
    assert.deepEqual([r.error.code, r.error.attempts, calls.length], ['timeout', 2, 2]);
    assert.match(r.error.message.sv, /svarade inte inom 0\.02 s/);
    assert.match(r.error.message.en, /did not answer within 0\.02 s/);
  });

  it('times out an answer whose body never ends', async () => {
    const fetch: NonNullable<FetchKoladaOptions['fetch']> = (_url, init) =>
      Promise.resolve({
        ok: true,
        status: 200,
        headers: { get: () => null },
        json: () =>
          new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      });
    const r = await fetchKoladaValues(ask({ fetch, sleep: fakeSleep().sleep, timeoutMs: 20, retries: 0 }));
    assert.equal(r.success, false);
    if (!r.success) assert.equal(r.error.code, 'timeout');
  });

  it('tries again after a network error, then says Kolada could not be reached', async () => {
    const { fetch } = fakeFetch({ [FIRST]: [new TypeError('fetch failed'), new TypeError('fetch failed')] });
    const r = await fetchKoladaValues(ask({ fetch, sleep: fakeSleep().sleep, retries: 1 }));
    assert.equal(r.success, false);
    if (r.success) return;
    assert.equal(r.error.code, 'network-error');
    assert.match(r.error.message.sv, /Kolada gick inte att nå .*fetch failed; 2 försök/);
  });

  it('stops at once when the caller aborts, also during a wait', async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch({ [FIRST]: ['hang'] });
    const pending = fetchKoladaValues(ask({ fetch, signal: controller.signal }));
    controller.abort();
    const r = await pending;
    assert.equal(r.success, false);
    if (!r.success) assert.equal(r.error.code, 'aborted');
    assert.equal(calls.length, 1);

    const waiting = new AbortController();
    const second = fakeFetch({ [FIRST]: [{ status: 503 }, { status: 200, body: page1 }] });
    const during = fetchKoladaValues(ask({ fetch: second.fetch, signal: waiting.signal, backoffMs: 60_000 }));
    setTimeout(() => waiting.abort(), 10);
    const stopped = await during;
    assert.equal(stopped.success, false);
    if (!stopped.success) assert.equal(stopped.error.code, 'aborted');
    assert.equal(second.calls.length, 1, 'no retry after the abort');
  });

  it('refuses an answer that is not JSON, not Kolada-shaped, or sends it elsewhere', async () => {
    const code = async (reply: Reply) => {
      const r = await fetchKoladaValues(ask({ fetch: fakeFetch({ [FIRST]: [reply] }).fetch }));
      return r.success ? 'success' : r.error.code;
    };
    assert.equal(await code({ status: 200, notJson: true }), 'not-json');
    assert.equal(await code({ status: 200, body: { data: [] } }), 'not-kolada');
    assert.equal(
      await code({ status: 200, body: { values: [], next_url: 'https://example.org/v3/data?page=2' } }),
      'foreign-next-url',
    );
    assert.equal(await code({ status: 200, body: { values: [], next_url: FIRST } }), 'too-many-pages');
  });

  it('refuses a request without KPIs, municipalities or with a year that is not one', async () => {
    const fetch = fakeFetch({}).fetch;
    for (const bad of [
      { kpi: [] as string[] },
      { municipalities: [] as string[] },
      { municipalities: ['21 80'] },
      { years: [2018.5] },
      { kpi: 'N00945/../x' },
      { baseUrl: 'api.kolada.se' },
    ]) {
      const r = await fetchKoladaValues(ask({ fetch, ...bad }));
      assert.equal(r.success, false, JSON.stringify(bad));
      if (!r.success) assert.equal(r.error.code, 'invalid-request');
    }
  });
});

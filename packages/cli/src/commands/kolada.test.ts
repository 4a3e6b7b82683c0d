import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { asfKit, hasStackTrace, root, tempFiles } from '../testing/run.js';
import { parseYears } from './kolada.js';

// Kolada's answers are served from a local server, from core's hand-made answers in the
// documented API v3 shape (ILLUSTRATIVE: made-up KPI X90001 and figures; there is no network
// here). Page 1 has Gävle (2180) for 2017 and 2018; page 2 a group of municipalities.
const FIXTURES = `${root}/packages/core/src/targets/fixtures`;
const GAVLEBORG = 'examples/plans/gavleborg-arsredovisning-2018.json';

async function kolada(t: { after(fn: () => void): void }): Promise<{ base: string; requests: string[] }> {
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${url.pathname}${url.search}`);
    if (!url.pathname.startsWith('/v3/data/kpi/X90001/municipality/2180')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const page = url.searchParams.get('page') === '2' ? 2 : 1;
    // The recorded next_url points at api.kolada.se; here it points at this server.
    const body = readFileSync(`${FIXTURES}/kolada-v3-illustrative-page-${page}.json`, 'utf8').replaceAll(
      'https://api.kolada.se/v3',
      base,
    );
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
  t.after(() => server.close());
  return { base, requests };
}

const outcomes = (file: string, id: string) =>
  (
    (JSON.parse(readFileSync(file, 'utf8')) as { indicators: unknown }).indicators as {
      id: string;
      kpi?: string;
      outcomes: { date: string; value: number }[];
    }[]
  ).find((i) => i.id === id);

test('kolada fills outcomes and keeps those already in the plan (without --force), saying which', async (t) => {
  const { base, requests } = await kolada(t);
  const tmp = tempFiles({});
  try {
    const args = [
      'kolada',
      GAVLEBORG,
      '--indicator',
      'aktiva-asf',
      '--kpi',
      'X90001',
      '--municipality',
      '2180',
      '--years',
      '2017-2018',
      '--api',
      base,
      '-o',
      tmp.path('plan.json'),
    ];
    const r = await asfKit(args);
    assert.equal(r.code, 0, r.stderr);
    assert.match(requests[0] ?? '', /^\/v3\/data\/kpi\/X90001\/municipality\/2180\/year\/2017,2018\?per_page=/u);
    assert.match(r.stderr, /hämtat: aktiva-asf 2017 = 9 \(nyckeltal X90001, kommun 2180\)/u);
    assert.match(
      r.stderr,
      /behållet: aktiva-asf har redan ett utfall 2018-12-31; Koladas värde 11 används inte \(--force ersätter\)/u,
    );
    assert.match(r.stderr, /1 utfall hämtade, 1 behållna, 0 saknas; skrivet till /u);
    const ind = outcomes(tmp.path('plan.json'), 'aktiva-asf');
    assert.equal(ind?.kpi, 'X90001');
    assert.deepEqual(ind?.outcomes.map((o) => [o.date, o.value]).sort(), [
      ['2017-12-31', 9],
      ['2018-12-31', 28],
    ]);

    const forced = await asfKit([...args, '--force', '--lang', 'en']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /2 outcomes imported, 0 kept, 0 missing/u);
    assert.deepEqual(
      outcomes(tmp.path('plan.json'), 'aktiva-asf')
        ?.outcomes.map((o) => [o.date, o.value])
        .sort(),
      [
        ['2017-12-31', 9],
        ['2018-12-31', 11],
      ],
    );

    // The written plan is valid.
    const v = await asfKit(['validate', tmp.path('plan.json')]);
    assert.equal(v.code, 0, v.stdout);
  } finally {
    tmp.cleanup();
  }
});

test('kolada: an error from Kolada, a plan without a KPI, an unknown indicator and bad years are one line (exit 2)', async (t) => {
  const { base } = await kolada(t);
  const notFound = await asfKit([
    'kolada',
    GAVLEBORG,
    '--indicator',
    'aktiva-asf',
    '--kpi',
    'N00000',
    '-m',
    '2180',
    '--api',
    base,
  ]);
  assert.equal(notFound.code, 2);
  assert.match(notFound.stderr, /^asf-kit: Kolada svarade 404/u);
  assert.equal(notFound.stdout, '');
  const noKpi = await asfKit(['kolada', GAVLEBORG, '-m', '2180', '--api', base, '--lang', 'en']);
  assert.equal(noKpi.code, 2);
  assert.match(noKpi.stderr, /no indicator names a Kolada KPI \("kpi"\); give --indicator <id> --kpi <KPI>\.\n$/u);
  const unknown = await asfKit([
    'kolada',
    GAVLEBORG,
    '--indicator',
    'finns-inte',
    '--kpi',
    'X90001',
    '-m',
    '2180',
    '--api',
    base,
  ]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /indikatorn "finns-inte" finns inte i planen/u);
  const years = await asfKit([
    'kolada',
    GAVLEBORG,
    '--indicator',
    'aktiva-asf',
    '--kpi',
    'X90001',
    '-m',
    '2180',
    '--years',
    '18',
    '--api',
    base,
  ]);
  assert.equal(years.code, 2);
  assert.match(years.stderr, /--years: "18" är inget år/u);
  const missing = await asfKit(['kolada', 'saknas.json', '-m', '2180']);
  assert.deepEqual([missing.code, missing.stderr], [2, 'asf-kit: saknas.json: filen finns inte.\n']);
  const noMunicipality = await asfKit(['kolada', GAVLEBORG]);
  assert.equal(noMunicipality.code, 2);
  assert.match(noMunicipality.stderr, /flaggan '-m, --municipality <code>' måste anges/u);
  for (const r of [notFound, noKpi, unknown, years, missing, noMunicipality]) assert.ok(!hasStackTrace(r.stderr));
});

test('parseYears reads single years, lists and ranges', () => {
  assert.deepEqual(parseYears('2018'), [2018]);
  assert.deepEqual(parseYears('2017, 2018'), [2017, 2018]);
  assert.deepEqual(parseYears('2016-2018'), [2016, 2017, 2018]);
  assert.throws(() => parseYears('2018-2016'));
  assert.throws(() => parseYears('x'));
});

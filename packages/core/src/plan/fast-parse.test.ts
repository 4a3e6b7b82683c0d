// Issue 17: parsePlan's fast path changes no result. Thousands of documents — the example plans,
// the benchmark's region, and seeded mutations of the example plans (keys removed, values of the
// wrong type or out of range, unknown keys, duplicated or emptied lists, explicit undefined, odd
// prototypes) — are parsed with and without the fast path; the results must be equal (data,
// success, every issue's path, pointer, code and Swedish and English message), key order included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parsePlanWith } from './parse-plan.js';
import { fastParse, NOT_SURE } from './fast-parse.js';
import type * as z from 'zod/mini';
import { Plan } from './schema.js';
import { checkReferences } from './cross-references.js';
import { PLAN_ISSUE_CODES } from './issues.js';
// @ts-expect-error a plain .mjs module without types
import { regionPlan } from '../../../../bench/lib/plans.mjs';

const dir = new URL('../../../../examples/plans/', import.meta.url);
const examples: [string, unknown][] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as unknown]);

type Path = (string | number)[];

/** Every path to a value in a document (the root is []). */
function paths(doc: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (doc !== null && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  '',
  'x',
  '2024-02-30',
  '2024-13-01',
  '2019-12-31',
  'not a url',
  'https://example.org/a',
  'ÅÄÖ-1',
  ' spaced id',
  0,
  -1,
  1.5,
  1,
  1.1,
  2,
  NaN,
  Infinity,
  2 ** 53,
  true,
  false,
  [],
  [1],
  ['KS'],
  {},
  { sv: 'Text' },
  { sv: 'Text', en: 'Text' },
  { sv: '' },
  { text: 'unga', ageMin: 16, ageMax: 29 },
  { type: 'level', value: 3, date: '2020-12-31' },
  { type: 'range', min: 4, max: 2, date: '2020-12-31' },
  { type: 'direction', date: '2020-12-31' },
  { type: 'nope', date: '2020-12-31' },
  'level',
  'all',
  'increase',
  'municipality',
  'count',
];

type Mutation = { kind: string; path: number; pick: number };

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc);
  const all = paths(copy);
  const path = all[m.path % all.length] as Path;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = parentPath.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as
    Record<string | number, unknown> | undefined;
  const replacement = REPLACEMENTS[m.pick % REPLACEMENTS.length];
  if (key === undefined || parent === undefined) return m.kind === 'replace' ? replacement : copy;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = replacement;
      break;
    case 'unknown-key': {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        (target as Record<string, unknown>)[`extra${m.pick % 3}`] = replacement;
      else parent[key] = { extra: replacement };
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
      else parent[key] = [parent[key], parent[key]];
      break;
    case 'empty': {
      const target = parent[key];
      if (Array.isArray(target)) target.length = 0;
      else if (typeof target === 'string') parent[key] = '';
      else delete parent[key];
      break;
    }
    case 'prototype': {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        parent[key] = Object.assign(Object.create(m.pick % 2 ? null : { inherited: 1 }), target);
      break;
    }
  }
  return copy;
}

const mutation = fc.record({
  kind: fc.constantFrom(
    'delete',
    'delete',
    'replace',
    'replace',
    'replace',
    'unknown-key',
    'duplicate',
    'empty',
    'prototype',
  ),
  path: fc.nat(),
  pick: fc.nat(),
});

/** Both paths, compared as JSON (key order included) and as values (explicit undefined included). */
function same(doc: unknown, what: string): boolean {
  const fast = parsePlanWith(doc, true);
  const zod = parsePlanWith(doc, false);
  assert.equal(JSON.stringify(fast), JSON.stringify(zod), what);
  assert.deepStrictEqual(fast, zod, what);
  return fast.success;
}

test('the example plans and the benchmark region parse the same with and without the fast path', () => {
  for (const [name, doc] of examples) {
    assert.equal(same(doc, name), true, name);
    assert.notEqual(fastParse(Plan, doc), NOT_SURE, `${name}: the fast path takes a valid plan`);
  }
  assert.equal(same(regionPlan() as unknown, 'region'), true);
});

test('4 200 mutated example plans, one or two mutations each, parse the same with and without the fast path', () => {
  let valid = 0;
  let invalid = 0;
  let fastTook = 0;
  for (const [name, doc] of examples) {
    const cases = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 2 }), { seed: 17, numRuns: 600 });
    for (const ms of cases) {
      const mutated = ms.reduce<unknown>((d, m) => mutate(d, m), doc);
      if (same(mutated, `${name} ${JSON.stringify(ms)}`)) valid++;
      else invalid++;
      if (fastParse(Plan, mutated) !== NOT_SURE) fastTook++;
    }
  }
  // Both kinds come up often enough for the comparison to mean something.
  assert.ok(valid > 500, `valid ${valid}`);
  assert.ok(invalid > 1500, `invalid ${invalid}`);
  assert.ok(fastTook > 500, `taken by the fast path ${fastTook}`);
});

test('the fast path vouches only for what zod accepts, and then gives zod’s output', () => {
  for (const [name, doc] of examples) {
    for (const ms of fc.sample(fc.array(mutation, { minLength: 1, maxLength: 3 }), { seed: 71, numRuns: 300 })) {
      const mutated = ms.reduce<unknown>((d, m) => mutate(d, m), doc);
      const quick = fastParse(Plan, mutated);
      if (quick === NOT_SURE) continue;
      const parsed = Plan.safeParse(mutated);
      assert.equal(parsed.success, true, `${name} ${JSON.stringify(ms)}`);
      assert.deepStrictEqual(quick, parsed.data);
      assert.equal(JSON.stringify(quick), JSON.stringify(parsed.data));
    }
  }
});

test('the output is a copy: changing it leaves the input alone, and defaults are new lists', () => {
  const [, doc] = examples[0] as [string, unknown];
  const input = structuredClone(doc) as { indicators: { outcomes: unknown[] }[] };
  const r = parsePlanWith(input, true);
  assert.ok(r.success);
  (r.data.indicators[0]?.outcomes as unknown[]).push('changed');
  assert.deepStrictEqual(input, doc);
  const a = fastParse(Plan, { id: 'p', kind: 'policy', title: 'T', organisation: { name: 'O', type: 'region' } });
  const b = fastParse(Plan, { id: 'p', kind: 'policy', title: 'T', organisation: { name: 'O', type: 'region' } });
  assert.notEqual(a, NOT_SURE);
  assert.notEqual((a as { goals: unknown[] }).goals, (b as { goals: unknown[] }).goals);
});

/**
 * Documents that break every cross-reference and consistency rule at least once (several at a
 * time, at several depths), so the recorded results below cover each of those messages.
 */
function brokenReferences(): unknown[] {
  const indicator = (i: number, rest: Record<string, unknown>) => ({
    id: `i${i}`,
    title: `Indikator ${i}`,
    direction: 'increase',
    ...rest,
  });
  const perArea = (areas: unknown[] | undefined, count: number) => ({
    type: 'level',
    value: 3,
    date: '2020-12-31',
    perArea: areas ? { count, areas } : { count },
  });
  return [
    {
      formatVersion: 1,
      id: 'x',
      kind: 'policy',
      title: 'T',
      organisation: { name: 'O', type: 'region', members: ['A', 'nope'] },
      period: { start: '2131-01-01', end: '1999-12-31', text: 'x', source: 'nope' },
      responsibility: {
        owner: 'nope',
        partners: ['A', 'nope'],
        funders: ['nope'],
        source: 'nope',
        contacts: [{ name: 'N', organisation: 'nope', source: 'nope' }, 'not an object'],
      },
      sources: [
        { id: 's', title: 'S' },
        { id: 's', title: 'S again' },
      ],
      actors: [
        { id: 'A', name: 'A', source: 'nope' },
        { id: 'A', name: 'A' },
      ],
      goals: [{ id: 'g', title: 'G', source: 'nope' }],
      definitions: [{ id: 'd', term: 'D', text: 'D', source: 's' }],
      targetGroups: [
        {
          id: 't',
          description: 'T',
          ageMin: 30,
          ageMax: 16,
          priorities: [{ text: 'unga', ageMin: 29, ageMax: 16 }, 'x'],
        },
      ],
      activities: [
        { id: 'a', goal: 'nope', title: 'A', lead: ['A', 'nope'], involved: ['nope', 7] },
        { id: 'a', goal: 'g', title: 'A', lead: [], involved: 'all' },
      ],
      indicators: [
        indicator(1, {
          goal: 'nope',
          start: '1900-01-01',
          baseline: { value: -1, date: '2101-01-01', share: 0.5, of: 0.25 },
          target: { type: 'change', value: -5, date: '2020-12-31' },
          outcomes: [
            { date: '1949-06-30', value: -2, of: 1, area: 'x', breakdown: { women: 3, men: -1 } },
            { date: '2020-06-30', value: true },
            { date: '2020-06-30', value: 5, of: 1, breakdown: { women: 1, men: 1 } },
          ],
        }),
        indicator(2, { target: { type: 'change', value: 3, date: '2020-12-31' }, baseline: { when: 'idag' } }),
        indicator(3, {
          baseline: { value: 4, of: 2 },
          target: { type: 'level', value: -3, date: '2020-12-31', of: 2 },
        }),
        indicator(4, {
          measure: 'share',
          target: { type: 'range', min: -1, max: 9, date: '2020-12-31', of: 5 },
          outcomes: [{ date: '2020-12-31', value: -1 }],
        }),
        indicator(5, { target: { type: 'range', min: 6, max: 2, date: '2020-12-31' } }),
        indicator(6, {
          target: { type: 'milestone', date: '2020-12-31' },
          outcomes: [
            { date: '2020-12-31', value: 1 },
            { date: '2020-12-31', value: false },
          ],
        }),
        indicator(7, {
          target: perArea([{ id: 'n' }, { id: 's' }, 'x'], 2),
          outcomes: [
            { date: '2020-12-31', value: 1 },
            { date: '2020-12-31', value: 1, area: 'w' },
          ],
        }),
        indicator(8, {
          target: perArea(undefined, 1),
          outcomes: [
            { date: '2020-12-31', value: 1, area: 'n' },
            { date: '2020-12-31', value: 1, area: 's' },
          ],
        }),
        indicator(9, {
          target: { type: 'direction', date: '2020-12-31' },
          baseline: { value: 3, date: '2019-01-01', when: 'idag' },
        }),
        'not an indicator',
      ],
    },
    {
      id: 'y',
      kind: 'policy',
      title: 'T',
      organisation: { name: 'O', type: 'region' },
      period: 'no',
      indicators: 'no',
    },
    { formatVersion: 1, indicators: [null, { baseline: null, target: [], outcomes: [null, 1] }] },
  ];
}

const goldenFile = fileURLToPath(new URL('./fixtures/parse-plan.golden.json', import.meta.url));

/** SHA-256 of parsePlan's full results (key order included) per group of documents. */
function goldenDigests(): { digests: Record<string, string>; codes: Record<string, number> } {
  const groups: [string, unknown[]][] = [
    ['broken references', brokenReferences()],
    ['region', [regionPlan()]],
  ];
  for (const [name, doc] of examples) {
    groups.push([name, [doc]]);
    const cases = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 2 }), { seed: 17, numRuns: 600 });
    groups.push([`${name} mutated`, cases.map((ms) => ms.reduce<unknown>((d, m) => mutate(d, m), doc))]);
  }
  const digests: Record<string, string> = {};
  const codes: Record<string, number> = {};
  for (const [name, docs] of groups) {
    const hash = createHash('sha256');
    for (const doc of docs) {
      const result = parsePlanWith(doc, true);
      hash.update(JSON.stringify(result) + '\n');
      hash.update(JSON.stringify(checkReferences(doc)) + '\n');
      if (!result.success) for (const i of result.error.issues) codes[i.code] = (codes[i.code] ?? 0) + 1;
    }
    digests[name] = hash.digest('hex');
  }
  return { digests, codes: Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b))) };
}

test('parsePlan gives the results recorded before issue 17’s speed work: every issue and message (ASF_WRITE_GOLDEN=1 rewrites)', () => {
  const now = goldenDigests();
  if (process.env.ASF_WRITE_GOLDEN === '1') writeFileSync(goldenFile, JSON.stringify(now, null, 1) + '\n');
  const recorded = JSON.parse(readFileSync(goldenFile, 'utf8')) as typeof now;
  assert.deepEqual(now.codes, recorded.codes);
  assert.deepEqual(now.digests, recorded.digests);
  // Every cross-reference and consistency rule (the codes after the schema's own, from
  // 'duplicate-id' on) is among what was recorded, so a new rule cannot go untested.
  for (const code of PLAN_ISSUE_CODES.slice(PLAN_ISSUE_CODES.indexOf('duplicate-id')))
    assert.ok((now.codes[code] ?? 0) > 0, code);
});

/** Every schema inside the plan's schema (the leaves the fast path may check itself among them). */
function schemasOf(root: z.ZodMiniType): z.ZodMiniType[] {
  const seen = new Set<z.ZodMiniType>();
  const visit = (s: z.ZodMiniType) => {
    if (seen.has(s)) return;
    seen.add(s);
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    for (const key of ['element', 'innerType', 'catchall']) if (def[key]) visit(def[key] as z.ZodMiniType);
    for (const o of (def.options as z.ZodMiniType[] | undefined) ?? []) visit(o);
    for (const f of Object.values((def.shape as Record<string, z.ZodMiniType> | undefined) ?? {})) visit(f);
  };
  visit(root);
  return [...seen];
}

const LEAF_VALUES = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    'a',
    '😀',
    '\uD83D',
    'é',
    'KS',
    'ÅÄÖ-1',
    '-x',
    'a b',
    'x'.repeat(100),
    'x'.repeat(101),
    '😀'.repeat(50),
    '😀'.repeat(51),
    '2024-02-29',
    '2023-02-29',
    '2024-02-30',
    '2024-13-01',
    '2024-1-01',
    ' 2024-01-01',
    'https://example.org/a',
    'level',
    'all',
    'increase',
    'municipality',
    0,
    -0,
    -1,
    0.5,
    1,
    1.1,
    1.5,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER - 1,
    Number.MIN_VALUE,
    NaN,
    Infinity,
    -Infinity,
    true,
    false,
    null,
    undefined,
    {},
    [],
  ),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
  fc.anything(),
);

test('each leaf of the plan schema: what the fast path accepts, zod accepts unchanged', () => {
  const leaves = schemasOf(Plan);
  assert.ok(leaves.length > 40, `${leaves.length} schemas`);
  let accepted = 0;
  for (const value of fc.sample(LEAF_VALUES, { seed: 17, numRuns: 3000 })) {
    for (const schema of leaves) {
      const quick = fastParse(schema, value);
      if (quick === NOT_SURE) continue;
      const parsed = schema.safeParse(value);
      assert.equal(parsed.success, true, `${JSON.stringify(value)} accepted by the fast path, not by zod`);
      assert.deepStrictEqual(quick, parsed.data);
      accepted++;
    }
  }
  assert.ok(accepted > 5000, `accepted ${accepted}`);
});

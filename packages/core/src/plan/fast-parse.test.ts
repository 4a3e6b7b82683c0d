// Issue 17: parsePlan's fast path changes no result. Thousands of documents — the example plans,
// the benchmark's region, and seeded mutations of the example plans (keys removed, values of the
// wrong type or out of range, unknown keys, duplicated or emptied lists, explicit undefined, odd
// prototypes) — are parsed with and without the fast path; the results must be equal (data,
// success, every issue's path, pointer, code and Swedish and English message), key order included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parsePlanWith } from './parse-plan.js';
import { fastParse, NOT_SURE } from './fast-parse.js';
import { Plan } from './schema.js';

const dir = new URL('../../../../examples/plans/', import.meta.url);
const examples: [string, unknown][] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
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

test('the example plans and the benchmark region parse the same with and without the fast path', async () => {
  for (const [name, doc] of examples) {
    assert.equal(same(doc, name), true, name);
    assert.notEqual(fastParse(Plan, doc), NOT_SURE, `${name}: the fast path takes a valid plan`);
  }
  // @ts-expect-error a plain .mjs module without types
  const { regionPlan } = (await import('../../../../bench/lib/plans.mjs')) as { regionPlan: () => unknown };
  assert.equal(same(regionPlan(), 'region'), true);
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

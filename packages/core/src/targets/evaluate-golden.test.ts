// evaluatePlan's results stay what they were before issue 17's speed work: SHA-256 digests of the
// full JSON (key order included) of the example plans and the benchmark's illustrative region,
// evaluated at ten dates with and without a tolerance, recorded with the code before the change
// in fixtures/evaluate-plan.golden.json. ASF_WRITE_GOLDEN=1 rewrites it — only after a deliberate
// change of a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../plan/parse-plan.js';
import { evaluatePlan } from './evaluate-plan.js';
// @ts-expect-error a plain .mjs module without types
import { regionPlan } from '../../../../bench/lib/plans.mjs';

const file = fileURLToPath(new URL('./fixtures/evaluate-plan.golden.json', import.meta.url));
const dir = new URL('../../../../examples/plans/', import.meta.url);
const GOLDEN_DATES = [
  '2010-01-01',
  '2015-06-30',
  '2017-12-31',
  '2018-06-30',
  '2018-12-31',
  '2019-12-31',
  '2020-06-30',
  '2022-06-30',
  '2024-12-31',
  '2030-01-01',
];

function digests(): Record<string, string> {
  const docs: [string, unknown][] = [['region', regionPlan()]];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    docs.push([f, JSON.parse(readFileSync(new URL(f, dir), 'utf8'))]);
  const out: Record<string, string> = {};
  for (const [name, doc] of docs) {
    const parsed = parsePlan(doc);
    assert.ok(parsed.success, name);
    const hash = createHash('sha256');
    for (const asOf of GOLDEN_DATES)
      for (const tolerance of [undefined, 0.05])
        hash.update(
          JSON.stringify(evaluatePlan(parsed.data, tolerance === undefined ? { asOf } : { asOf, tolerance })) + '\n',
        );
    out[name] = hash.digest('hex');
  }
  return out;
}

test('evaluatePlan gives the results recorded before (ASF_WRITE_GOLDEN=1 rewrites)', () => {
  const now = digests();
  if (process.env.ASF_WRITE_GOLDEN === '1') writeFileSync(file, JSON.stringify(now, null, 1) + '\n');
  assert.deepEqual(now, JSON.parse(readFileSync(file, 'utf8')));
});

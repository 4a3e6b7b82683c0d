// The JSON Schema that the build writes (packages/core/dist/plan.schema.json) must accept
// every plan that parsePlan accepts in examples/plans, and reject shape errors, so that
// systems in other languages can validate plans with it. Runs after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}packages/core/dist/plan.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const plansDir = `${root}examples/plans/`;
const plans = readdirSync(plansDir).filter((f) => f.endsWith('.json'));

describe('plan.schema.json', () => {
  it('is found with every example plan (five source documents, two public project descriptions)', () => {
    assert.equal(plans.length, 7);
  });

  for (const file of plans) {
    it(`accepts ${file}`, () => {
      const plan = JSON.parse(readFileSync(plansDir + file, 'utf8'));
      const ok = validate(plan);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });
  }

  it('rejects what parsePlan rejects for its shape: a wrong kind, a number as text, an unknown field', () => {
    const plan = JSON.parse(readFileSync(plansDir + 'gavleborg-arsredovisning-2018.json', 'utf8'));
    plan.kind = 'plan';
    plan.indicators[0].target.value = '30';
    plan.perod = {};
    assert.equal(validate(plan), false);
    const where = validate.errors.map((e) => e.instancePath || e.params?.additionalProperty);
    assert.ok(where.includes('/kind'), where.join(', '));
    assert.ok(
      where.includes('/indicators/0/target/value') || where.some((w) => w.startsWith('/indicators/0/target')),
      where.join(', '),
    );
    assert.ok(where.includes('perod'), where.join(', '));
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { asfKit, hasStackTrace, root, tempFiles } from '../testing/run.js';

const PLANS = [
  'examples/plans/bollnas-handlingsplan-2019-2024.json',
  'examples/plans/gavleborg-arsredovisning-2018.json',
  'examples/plans/gotland-policy-2015.json',
  'examples/plans/partner-policy-overview.json',
  'examples/plans/uppsala-handlingsplan-2018-2020.json',
];

/** Gävleborg's plan with two mistakes: a number written as text, and a goal that does not exist. */
function invalidPlan(): string {
  const plan = JSON.parse(readFileSync(`${root}/examples/plans/gavleborg-arsredovisning-2018.json`, 'utf8')) as {
    indicators: { goal: unknown; target: Record<string, unknown> }[];
  };
  plan.indicators[1]!.target.value = '200';
  plan.indicators[2]!.goal = 'finns-inte';
  return JSON.stringify(plan, null, 2);
}

test('validate: the example plans are valid (exit 0)', async () => {
  const r = await asfKit(['validate', ...PLANS]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, PLANS.map((p) => `${p}: giltig plan\n`).join(''));
});

test('validate: an invalid plan gives every problem with file, line, JSON Pointer and message (exit 1)', async () => {
  const tmp = tempFiles({ 'plan.json': invalidPlan() });
  try {
    const r = await asfKit(['validate', tmp.path('plan.json'), '--lang', 'en']);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(
      lines[0] ?? '',
      new RegExp(
        `^${tmp.path('plan.json')}:\\d+ /indicators/1/target/value: the number is written as text \\("200"\\)`,
        'u',
      ),
    );
    assert.match(
      lines[1] ?? '',
      new RegExp(`^${tmp.path('plan.json')}:\\d+ /indicators/2/goal: goal "finns-inte" is not in the plan\\.$`, 'u'),
    );
    // The line is where the value stands in the file.
    const line = Number(/:(\d+) /u.exec(lines[0] ?? '')?.[1]);
    assert.match(invalidPlan().split('\n')[line - 1] ?? '', /"value": "200"/u);
  } finally {
    tmp.cleanup();
  }
});

test('validate --format github: one ::error annotation per problem, with file, line and title', async () => {
  const tmp = tempFiles({ 'plan.json': invalidPlan() });
  try {
    const r = await asfKit(['validate', '--format', 'github', tmp.path('plan.json')]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(
      lines[0] ?? '',
      /^::error file=[^,]+plan\.json,line=\d+,title=asf-kit validate \/indicators\/1\/target\/value::talet är skrivet som text/u,
    );
  } finally {
    tmp.cleanup();
  }
});

test('validate --json: a document for programs', async () => {
  const tmp = tempFiles({ 'plan.json': invalidPlan() });
  try {
    const r = await asfKit(['validate', '--json', PLANS[2] as string, tmp.path('plan.json')]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      files: { valid: boolean; issues: { pointer: string; code: string }[] }[];
    };
    assert.equal(out.valid, false);
    assert.equal(out.files[0]?.valid, true);
    assert.deepEqual(
      out.files[1]?.issues.map((i) => [i.pointer, i.code]),
      [
        ['/indicators/1/target/value', 'number-as-text'],
        ['/indicators/2/goal', 'unknown-reference'],
      ],
    );
  } finally {
    tmp.cleanup();
  }
});

test('validate: a missing file and invalid JSON are one line each naming the file (exit 2); the other files are still checked', async () => {
  const tmp = tempFiles({ 'broken.json': '{\n  "id": "x",\n  "title": \n}\n', 'empty.json': '' });
  try {
    const r = await asfKit([
      'validate',
      'finns-inte.json',
      tmp.path('broken.json'),
      tmp.path('empty.json'),
      PLANS[0] as string,
    ]);
    assert.equal(r.code, 2);
    assert.ok(!hasStackTrace(r.stderr));
    assert.match(r.stderr, /^asf-kit: finns-inte\.json: filen finns inte\.$/mu);
    assert.match(r.stderr, /^asf-kit: .*broken\.json: är inte giltig JSON: ett värde väntades på rad 4, kolumn 1\.$/mu);
    assert.match(r.stderr, /^asf-kit: .*empty\.json: filen är tom; den ska innehålla JSON\.$/mu);
    assert.equal(r.stdout, `${PLANS[0]}: giltig plan\n`);
    const en = await asfKit(['validate', 'missing.json', '--lang', 'en']);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /^asf-kit: missing\.json: no such file\.$/mu);
  } finally {
    tmp.cleanup();
  }
});

test('validate reads standard input with "-"', async () => {
  const r = await asfKit(['validate', '-'], { input: readFileSync(`${root}/${PLANS[1]}`, 'utf8') });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '-: giltig plan\n');
});

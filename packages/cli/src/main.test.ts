import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asfKit, hasStackTrace } from './testing/run.js';
import { detectLanguage } from './lang.js';

test('--help is Swedish by default and lists every command and the exit codes', async () => {
  const r = await asfKit(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Användning: asf-kit \[flaggor\] \[kommando\]/u);
  for (const name of ['validate', 'report', 'csv', 'check', 'kolada', 'schema'])
    assert.match(r.stdout, new RegExp(`\\n  ${name} `, 'u'));
  assert.match(r.stdout, /Slutstatus:\n {2}0 {2}allt i ordning\n {2}1 {2}fynd/u);
  assert.doesNotMatch(r.stdout, /Usage:|Options:|\(choices:|\(default:/u);
  assert.equal(r.stderr, '');
});

test('--help --lang en is English', async () => {
  const r = await asfKit(['--help', '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage: asf-kit \[options\] \[command\]/u);
  assert.match(r.stdout, /Exit status:\n {2}0 {2}all well/u);
  assert.doesNotMatch(r.stdout, /Användning|Flaggor/u);
});

test('the language comes from LC_ALL, LC_MESSAGES or LANG when --lang is not given; --lang wins', async () => {
  const en = await asfKit(['check', '--help'], { env: { LANG: 'en_GB.UTF-8' } });
  assert.match(en.stdout, /^Usage: asf-kit check \[options\] <check> <facts>/u);
  assert.match(en.stdout, /Exit status: 0 every case meets the criteria/u);
  const sv = await asfKit(['check', '--help', '--lang=sv'], { env: { LANG: 'en_GB.UTF-8' } });
  assert.match(sv.stdout, /^Användning: asf-kit check \[flaggor\]/u);
  assert.equal(detectLanguage([], { LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US.UTF-8' }), 'sv');
  assert.equal(detectLanguage([], { LC_MESSAGES: 'en_US', LANG: 'sv_SE' }), 'en');
  assert.equal(detectLanguage([], { LANG: 'C.UTF-8' }), 'sv');
  assert.equal(detectLanguage([], {}), 'sv');
});

test('every command has help in both languages', async () => {
  for (const args of [['validate'], ['csv', 'export'], ['csv', 'import'], ['check'], ['kolada'], ['schema']]) {
    const sv = await asfKit([...args, '--help']);
    const en = await asfKit([...args, '--help', '--lang', 'en']);
    assert.equal(sv.code, 0, args.join(' '));
    assert.equal(en.code, 0, args.join(' '));
    assert.match(sv.stdout, /^Användning: /u, args.join(' '));
    assert.match(en.stdout, /^Usage: /u, args.join(' '));
  }
});

test('an unknown flag is one line on stderr, in the language spoken, with exit code 2', async () => {
  const sv = await asfKit(['validate', '--frobnicate', 'examples/plans/gotland-policy-2015.json']);
  assert.equal(sv.code, 2);
  assert.equal(sv.stderr, "asf-kit: okänd flagga '--frobnicate' (se asf-kit --help)\n");
  assert.equal(sv.stdout, '');
  const en = await asfKit(['validate', '--fromat', 'github', 'x.json', '--lang', 'en']);
  assert.equal(en.code, 2);
  assert.equal(en.stderr, "asf-kit: unknown option '--fromat' (did you mean --format?) (see asf-kit --help)\n");
});

test('an unknown command, a bad choice and a missing argument are usage errors (exit 2)', async () => {
  const cmd = await asfKit(['valdate']);
  assert.equal(cmd.code, 2);
  assert.equal(cmd.stderr, "asf-kit: okänt kommando 'valdate' (menade du validate?) (se asf-kit --help)\n");
  const lang = await asfKit(['schema', '--lang', 'fi']);
  assert.equal(lang.code, 2);
  assert.match(lang.stderr, /^asf-kit: 'fi' är inte ett tillåtet värde för '--lang <lang>'; välj ett av sv, en/u);
  const missing = await asfKit(['validate', '--lang', 'en']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, "asf-kit: missing argument 'plan.json' (see asf-kit --help)\n");
  const none = await asfKit([]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^Användning: asf-kit/u);
});

test('--version prints the package version', async () => {
  const r = await asfKit(['--version']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/u);
});

test('--debug adds the stack trace to an error; without it there is none', async () => {
  const plain = await asfKit(['schema', '-o', 'no/such/folder/plan.schema.json']);
  assert.equal(plain.code, 2);
  assert.equal(plain.stderr, 'asf-kit: no/such/folder/plan.schema.json: kan inte skrivas (ENOENT).\n');
  const debug = await asfKit(['schema', '-o', 'no/such/folder/plan.schema.json', '--debug']);
  assert.equal(debug.code, 2);
  assert.ok(hasStackTrace(debug.stderr), debug.stderr);
  assert.match(debug.stderr, /asf-kit: no\/such\/folder\/plan\.schema\.json: kan inte skrivas \(ENOENT\)\.\n$/u);
});

test('with --json, an error is also a JSON document on standard output', async () => {
  const r = await asfKit(['csv', 'export', 'saknas.json', '--json']);
  assert.equal(r.code, 2);
  assert.deepEqual(JSON.parse(r.stdout), {
    error: { message: { sv: 'saknas.json: filen finns inte.', en: 'saknas.json: no such file.' } },
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { asfKit, root, tempFiles } from '../testing/run.js';

test('schema prints plan.schema.json exactly as the build writes it', async () => {
  const r = await asfKit(['schema']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, readFileSync(`${root}/packages/core/dist/plan.schema.json`, 'utf8'));
  assert.equal((JSON.parse(r.stdout) as { type?: unknown }).type, 'object');
});

test('schema -o writes a file; an unwritable path is one line and exit 2', async () => {
  const tmp = tempFiles({});
  try {
    const ok = await asfKit(['schema', '-o', tmp.path('plan.schema.json')]);
    assert.equal(ok.code, 0);
    assert.equal(
      readFileSync(tmp.path('plan.schema.json'), 'utf8'),
      readFileSync(`${root}/packages/core/dist/plan.schema.json`, 'utf8'),
    );
    const bad = await asfKit(['schema', '-o', tmp.path('no/such/folder/x.json'), '--lang', 'en']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^asf-kit: .*x\.json: cannot be written \(ENOENT\)\.\n$/u);
  } finally {
    tmp.cleanup();
  }
});

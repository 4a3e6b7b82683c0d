import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonFiles, jsonText } from './json-files.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

test('every shipped JSON file equals what the code generates (ASF_WRITE_JSON=1 rewrites them)', () => {
  for (const [path, value] of Object.entries(jsonFiles())) {
    if (process.env.ASF_WRITE_JSON === '1') writeFileSync(here(path), jsonText(value));
    const text = readFileSync(here(path), 'utf8');
    assert.equal(text, jsonText(value), `${path} is out of date: run the tests with ASF_WRITE_JSON=1`);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)), path);
  }
});

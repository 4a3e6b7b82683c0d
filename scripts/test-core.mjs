#!/usr/bin/env node
// Runs the core tests (every packages/core/src/**/*.test.ts), the command line's
// (packages/cli/src, after `npm run build`), examples/ and scripts/test with node's test runner.
// Node 20's runner takes no globs and cannot strip types: we list the files and load tsx.
// Output: the spec reporter, then one closing line "core: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['packages/core/src', 'packages/cli/src', 'examples', 'scripts/test'];

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.test\.(ts|mjs)$/.test(e.name) && !/\.browser\.test\./.test(e.name)) yield p;
  }
}

const files = dirs
  .flatMap((d) => [...walk(join(root, d))])
  .map((f) => relative(root, f))
  .sort();
if (files.length === 0) {
  console.error('No core test files found.');
  process.exit(1);
}
const reporter = join(root, 'scripts/summary-reporter.mjs');
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ASF_SUMMARY_NAME: 'core' } },
);
process.exit(result.status ?? 1);

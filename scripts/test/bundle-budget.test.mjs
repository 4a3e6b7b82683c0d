// Byte budgets of the CDN bundles (deterministic, so checked in CI; times are not). Runs after
// `npm run build` (npm test builds first) and reads packages/elements/dist/cdn directly.
// For each bundle: the gzip -9 bytes a page downloads at start (the entry and every chunk it
// imports statically) and with every lazy chunk, against bench/budgets.json. The page of one
// <asf-progress> must not contain json-rules-engine or zod's classic build.
// A new bundle gets a budget with: node bench/page-weight.mjs --write-missing-budgets
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORBIDDEN_IN_GAUGE, forbiddenIn, measureEntry } from '../../bench/lib/page-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');
const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')).bundles;
const bundles = existsSync(cdn)
  ? readdirSync(cdn)
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];
const fmt = (n) => n.toLocaleString('en-GB');

describe('CDN bundle budgets (bench/budgets.json)', () => {
  it('finds the built CDN bundles', () => {
    assert.ok(bundles.length > 0, `no CDN bundles in ${cdn}: run "npm run build" first`);
    assert.ok(bundles.includes('asf-progress.js'), `asf-progress.js is missing from ${cdn}`);
  });

  for (const file of bundles) {
    it(`${file} stays within its budget`, () => {
      const budget = budgets[file];
      assert.ok(
        budget,
        `${file} has no budget in bench/budgets.json: add one with "node bench/page-weight.mjs --write-missing-budgets"`,
      );
      const m = measureEntry(cdn, file);
      assert.ok(
        m.initial.gzip <= budget.initialGzip,
        `${file}: ${fmt(m.initial.gzip)} bytes min+gzip at page load (${m.initial.names.join(' + ')}), budget ${fmt(budget.initialGzip)}`,
      );
      assert.ok(
        m.total.gzip <= budget.totalGzip,
        `${file}: ${fmt(m.total.gzip)} bytes min+gzip with its lazy chunks (${m.total.names.join(' + ')}), budget ${fmt(budget.totalGzip)}`,
      );
    });
  }

  it('the plan editor is in no bundle that shows a gauge or a table; its first download has no Excel library', () => {
    for (const file of bundles.filter((f) => f !== 'asf-plan-editor.js')) {
      const m = measureEntry(cdn, file);
      assert.ok(!(m.initialCode + m.lazyCode).includes('asf-plan-editor'), `${file} contains the plan editor`);
    }
    const editor = measureEntry(cdn, 'asf-plan-editor.js');
    // write-excel-file writes xl/worksheets/sheetN.xml: in a lazy chunk, never in the first download.
    assert.ok(!editor.initialCode.includes('worksheets/sheet'), 'the Excel library is in the first download');
    assert.ok(editor.lazyCode.includes('worksheets/sheet'), 'the Excel chunk is missing');
  });

  it('the page of one <asf-progress> contains neither json-rules-engine nor zod classic', () => {
    const m = measureEntry(cdn, 'asf-progress.js');
    assert.deepEqual(
      forbiddenIn(m.initialCode),
      [],
      `asf-progress.js (${m.initial.names.join(' + ')}) contains: ${forbiddenIn(m.initialCode).join(', ')}`,
    );
  });

  it('the markers recognise the libraries they stand for (and not zod/mini)', () => {
    // Resolved from core, as the bundles resolve them (the root holds another zod).
    const require = createRequire(join(root, 'packages/core/package.json'));
    const engine = readFileSync(require.resolve('json-rules-engine/dist/engine.js'), 'utf8');
    const zodDir = join(require.resolve('zod/package.json'), '..');
    const classic = readFileSync(join(zodDir, 'v4/classic/schemas.js'), 'utf8');
    const mini = readFileSync(join(zodDir, 'v4/mini/schemas.js'), 'utf8');
    const [jre, zod] = FORBIDDEN_IN_GAUGE;
    assert.match(engine, jre.pattern);
    assert.match(classic, zod.pattern);
    assert.doesNotMatch(mini, zod.pattern);
    assert.deepEqual(forbiddenIn(`${engine}\n${classic}`), ['json-rules-engine', 'zod (classic build)']);
  });
});

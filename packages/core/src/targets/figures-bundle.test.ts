/**
 * What a page that evaluates only plain figures downloads: a bundle of `evaluateFigures` alone
 * must stay small and hold none of evaluateIndicator's other code, none of the status texts
 * and no zod. The same markers are checked to be in a bundle of evaluateIndicator, so the check
 * can fail.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dir = fileURLToPath(new URL('.', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: dir, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Strings that only evaluateIndicator's other target kinds, targets per area, the labels or zod carry. */
const MARKERS = [
  'area-missing',
  'no-baseline-for-direction',
  'no-baseline-value',
  'invalid-target',
  'milestone',
  'tolerance must be',
  'Kan inte bedömas',
  'Oförändrat',
  'Uppnått',
  '_zod',
];

/**
 * Min + gzip bytes of the evaluateFigures-only bundle, with esbuild's minifier: 1 122 B measured
 * on 2026-12-03 (terser: 1 112 B; evaluateIndicator alone: ≈ 2.4 KB). Most of it is the result
 * object's keys, which must be evaluateIndicator's, and the shared arithmetic and date code.
 */
const BUDGET = 1200;

describe('a bundle of evaluateFigures alone', () => {
  it(`holds none of evaluateIndicator's other code, no texts, no zod, and stays under ${BUDGET} B gzipped`, async () => {
    const code = await bundle(`export { evaluateFigures } from './figures.ts';`);
    assert.ok(code.includes('no-start'), 'the bundle was not built from figures.ts');
    const found = MARKERS.filter((m) => code.includes(m));
    assert.deepEqual(found, [], `the evaluateFigures bundle contains ${found.join(', ')}`);
    const gz = gzipSync(code, { level: 9 }).length;
    assert.ok(gz < BUDGET, `evaluateFigures bundle: ${gz} B min+gzip, over ${BUDGET} B`);
  });

  it('the markers are found in a bundle of evaluateIndicator with the labels (the check can fail)', async () => {
    const code = await bundle(
      `export { evaluateIndicator } from './evaluate-indicator.ts';\n` +
        `export { NOT_ASSESSABLE_REASON_LABELS, TREND_LABELS, INDICATOR_STATUS_LABELS } from './status.ts';\n` +
        `export { Indicator } from '../plan/schema.ts';`,
    );
    const missing = MARKERS.filter((m) => !code.includes(m));
    assert.deepEqual(missing, [], `markers not in the evaluateIndicator bundle: ${missing.join(', ')}`);
  });
});

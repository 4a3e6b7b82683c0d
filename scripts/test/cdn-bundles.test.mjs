// The CDN bundles are self-contained (issue 17): each entry with its own lazy chunks. A page with
// one <asf-progress> fed by attributes downloads only what it runs at start — neither Lit's
// ReactiveElement/LitElement nor the plan loading and zod, nor what the gauge shows only with its
// lazy parts (figures, messages, core's whole evaluation) — and no bundle carries a module twice
// in its own files (asf-kit.js has lit-html once, under both LiteElement and LitElement). Runs
// after `npm run build` and reads packages/elements/dist/cdn and its source maps.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureEntry } from '../../bench/lib/page-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');
const entries = existsSync(cdn)
  ? readdirSync(cdn)
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];

/** The modules (source files, relative to the repository) whose code is in a built file. */
function modulesIn(file) {
  const map = JSON.parse(readFileSync(join(cdn, `${file}.map`), 'utf8'));
  const dir = join(cdn, file, '..');
  return map.sources.map((s) => relative(root, join(dir, s)).replaceAll('\\', '/'));
}

describe('CDN bundles', () => {
  it('finds the built bundles', () => {
    assert.ok(entries.includes('asf-progress.js') && entries.includes('asf-kit.js'), `no CDN bundles in ${cdn}`);
  });

  it('has the code of every module once in a bundle’s own files (entry and its chunks)', () => {
    for (const entry of entries) {
      const where = new Map();
      for (const file of measureEntry(cdn, entry).total.names)
        for (const m of modulesIn(file)) where.set(m, [...(where.get(m) ?? []), file]);
      const twice = [...where].filter(([, in_]) => in_.length > 1).map(([m, in_]) => `${m}: ${in_.join(', ')}`);
      assert.deepEqual(twice, [], `${entry}: modules in more than one of its files:\n${twice.slice(0, 20).join('\n')}`);
    }
  });

  it('has lit-html once in asf-kit.js, which defines LitElement and LiteElement elements', () => {
    const all = measureEntry(cdn, 'asf-kit.js').total.names.flatMap(modulesIn);
    assert.equal(all.filter((m) => /\/lit-html\/(development\/)?lit-html\.js$/.test(m)).length, 1);
    assert.ok(
      all.some((m) => /lit-element\/lit-element\.js$/.test(m)),
      'no LitElement in asf-kit.js',
    );
    assert.ok(
      all.some((m) => m.endsWith('shared/lite-element.ts')),
      'no LiteElement in asf-kit.js',
    );
  });

  it('gives a page with one <asf-progress> neither LitElement nor plan loading nor zod at start', () => {
    const { initial, total } = measureEntry(cdn, 'asf-progress.js');
    const start = initial.names.flatMap(modulesIn);
    assert.ok(
      start.some((m) => m.endsWith('shared/lite-element.ts')),
      `not the gauge: ${start.join(', ')}`,
    );
    for (const unwanted of [
      /@lit\/reactive-element\/reactive-element\.js$/,
      /lit-element\/lit-element\.js$/,
      /shared\/plan-controller\.ts$/,
      /progress\/progress\.(plan|parts)\.ts$/,
      /shared\/parse-plan-loader\.ts$/,
      /node_modules\/zod\//,
      // What the attributes' gauge shows or says only after its parts arrive: core's whole
      // evaluation (the attributes' one level target is evaluated by evaluateFigures), the
      // reasons an indicator is not assessable, the figures' words and styles, the loading and
      // problem views, and the messages that say which input was not understood.
      /core\/src\/targets\/evaluate-indicator\.ts$/,
      /core\/src\/targets\/reasons\.ts$/,
      /progress\/progress\.texts\.ts$/,
      /progress\/progress\.parts\.styles\.ts$/,
      /shared\/status-view\.ts$/,
      /shared\/inputs\.ts$/,
      /shared\/report-once\.ts$/,
    ])
      assert.ok(!start.some((m) => unwanted.test(m)), `${unwanted} is in the first download`);
    // …and they are there for the gauges that need them, as lazy chunks.
    const all = total.names.flatMap(modulesIn);
    for (const lazy of [
      'progress/progress.parts.ts',
      'progress/progress.parts.styles.ts',
      'progress/progress.plan.ts',
      'shared/plan-controller.ts',
      'shared/inputs.ts',
      'core/src/targets/evaluate-indicator.ts',
    ])
      assert.ok(
        all.some((m) => m.endsWith(lazy)),
        `${lazy} is not among the lazy chunks`,
      );
  });
});

// The CDN bundles share their chunks (issue 17): a page that loads several of them — two
// elements, or asf-kit.js next to asf-progress.js — downloads every module once, and a page with
// one <asf-progress> fed by attributes downloads only what it runs at start. Runs after
// `npm run build` and reads packages/elements/dist/cdn and its source maps.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureEntry } from '../../bench/lib/page-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');
const files = existsSync(cdn)
  ? readdirSync(cdn, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];
// asf-kit-ssr.js, the script of server-rendered pages, is loaded alone and built alone (Lit's
// hydration support must run before LitElement): it and its own chunks are left out here.
const alone = (f) => /^(chunks[\\/])?asf-kit-ssr[.-]/.test(f);
const shared = files.filter((f) => !alone(f));
const entries = shared.filter((f) => !f.includes('/') && !f.includes('\\'));

/** The modules (source files, relative to the repository) whose code is in a built file. */
function modulesIn(file) {
  const map = JSON.parse(readFileSync(join(cdn, `${file}.map`), 'utf8'));
  const dir = join(cdn, file, '..');
  return map.sources.map((s) => relative(root, join(dir, s)).replaceAll('\\', '/'));
}

/** The modules a page downloads at start when it loads `entry`. */
const startModules = (entry) => measureEntry(cdn, entry).initial.names.flatMap(modulesIn);

describe('CDN bundles share their chunks', () => {
  it('finds the built bundles', () => {
    assert.ok(entries.includes('asf-progress.js') && entries.includes('asf-kit.js'), `no CDN bundles in ${cdn}`);
  });

  it('has the code of every module in one file only, so that no page downloads it twice', () => {
    const where = new Map();
    for (const file of shared) for (const m of modulesIn(file)) where.set(m, [...(where.get(m) ?? []), file]);
    const twice = [...where].filter(([, in_]) => in_.length > 1).map(([m, in_]) => `${m}: ${in_.join(', ')}`);
    assert.deepEqual(twice, [], `modules in more than one file:\n${twice.slice(0, 20).join('\n')}`);
  });

  it('loads asf-progress.js for the elements that show gauges, and only for them', () => {
    for (const entry of entries) {
      const names = measureEntry(cdn, entry).initial.names;
      const showsGauges = ['asf-progress.js', 'asf-scorecard.js', 'asf-kit.js'].includes(entry);
      assert.equal(names.includes('asf-progress.js'), showsGauges, `${entry} loads ${names.join(' + ')}`);
    }
  });

  it('gives a page with one <asf-progress> two files at start, without Lit’s ReactiveElement or plan loading', () => {
    const { initial, total } = measureEntry(cdn, 'asf-progress.js');
    assert.equal(initial.names.length, 2, initial.names.join(' + '));
    const start = startModules('asf-progress.js');
    for (const unwanted of [
      /@lit\/reactive-element\/reactive-element\.js$/,
      /lit-element\/lit-element\.js$/,
      /shared\/plan-controller\.ts$/,
      /progress\/progress\.(plan|parts)\.ts$/,
      /shared\/parse-plan-loader\.ts$/,
    ])
      assert.ok(!start.some((m) => unwanted.test(m)), `${unwanted} is in the first download`);
    // …and they are there for the gauges that need them, as lazy chunks.
    const all = total.names.flatMap(modulesIn);
    for (const lazy of ['progress/progress.parts.ts', 'progress/progress.plan.ts', 'shared/plan-controller.ts'])
      assert.ok(
        all.some((m) => m.endsWith(lazy)),
        `${lazy} is not among the lazy chunks`,
      );
  });
});

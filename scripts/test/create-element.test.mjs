// `npm run create asf-<name>` (scripts/create-element.mjs): run in a temporary copy of the
// repository's layout (the real shared/ and testing/ folders, core and node_modules linked in),
// it writes an element in the house shape whose files typecheck with the project's settings,
// prints what to do next, and refuses a bad name or an existing element with a clear message.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bilingualProblems, languageBranches } from './support/elements-conventions.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const script = join(repo, 'scripts/create-element.mjs');
const create = (root, ...args) => spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8' });

describe('npm run create asf-<name>', () => {
  let root;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'asf-create-'));
    mkdirSync(join(root, 'packages/elements/src'), { recursive: true });
    mkdirSync(join(root, 'stories'));
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    symlinkSync(join(repo, 'packages/core'), join(root, 'packages/core'));
    for (const dir of ['shared', 'testing', 'progress'])
      symlinkSync(join(repo, 'packages/elements/src', dir), join(root, 'packages/elements/src', dir));
    copyFileSync(join(repo, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
    writeFileSync(
      join(root, 'tsconfig.json'),
      JSON.stringify({
        extends: './tsconfig.base.json',
        compilerOptions: {
          noEmit: true,
          types: ['mocha'],
          noUnusedLocals: true,
          paths: { '@asf-kit/core': ['./packages/core/src/index.ts'] },
        },
        include: ['packages/elements/src/plan-summary', 'stories'],
      }),
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes the class, registration, styles, texts, browser test and story, and says what is next', () => {
    const run = create(root, 'asf-plan-summary');
    assert.equal(run.status, 0, run.stderr);
    const dir = join(root, 'packages/elements/src/plan-summary');
    for (const f of [
      'plan-summary.ts',
      'asf-plan-summary.ts',
      'plan-summary.styles.ts',
      'plan-summary.texts.ts',
      'plan-summary.test.ts',
    ])
      assert.ok(existsSync(join(dir, f)), `${f} was not written`);
    assert.ok(existsSync(join(root, 'stories/plan-summary.stories.ts')));
    const cls = readFileSync(join(dir, 'plan-summary.ts'), 'utf8');
    for (const shape of [
      'new PlanController(this, () =>',
      'reportOnce(this',
      'viewOfPlan<View>',
      'renderCommon(',
      "from './plan-summary.texts.js'",
    ])
      assert.ok(cls.includes(shape), `the class does not use ${shape}`);
    const styles = readFileSync(join(dir, 'plan-summary.styles.ts'), 'utf8');
    assert.match(styles, /@media \(forced-colors: active\)/);
    assert.match(styles, /@media print/);
    assert.match(readFileSync(join(dir, 'plan-summary.test.ts'), 'utf8'), /to\.be\.accessible\(\)/);
    const texts = readFileSync(join(dir, 'plan-summary.texts.ts'), 'utf8');
    assert.deepEqual(bilingualProblems('plan-summary.texts.ts', texts), []);
    assert.deepEqual(languageBranches(cls + texts), []);
    for (const step of ['index.ts', 'UPDATE_API=1', 'all.ts', 'page-weight.mjs --write-missing-budgets', 'manifest'])
      assert.ok(run.stdout.includes(step), `the next steps do not mention ${step}`);
  });

  it('writes files that typecheck with the project settings', () => {
    const tsc = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it('refuses a bad name and an existing element, with a clear message', () => {
    for (const bad of ['plan-summary', 'asf-', 'asf-Plan', 'asf-plan_summary', 'asf-1plan']) {
      const run = create(root, bad);
      assert.equal(run.status, 1, `${bad} was accepted`);
      assert.match(run.stderr, /is not a valid element name: use asf-<name>/);
    }
    const again = create(root, 'asf-plan-summary');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /<asf-plan-summary> exists already/);
    const existing = create(root, 'asf-progress');
    assert.equal(existing.status, 1);
    assert.match(existing.stderr, /<asf-progress> exists already/);
  });
});

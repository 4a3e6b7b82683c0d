// Builds Storybook (offline, no telemetry) and checks that every element of the
// custom-elements manifest has its stories — Playground, States, Variants, Theming,
// Accessibility — in the built index, and that docs pages are generated.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REQUIRED_STORIES = ['Playground', 'States', 'Variants', 'Theming', 'Accessibility'];

let index;
let tags;

before(() => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
  tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
  const out = mkdtempSync(join(tmpdir(), 'asf-storybook-'));
  try {
    const run = spawnSync(
      join(root, 'node_modules/.bin/storybook'),
      ['build', '--disable-telemetry', '--quiet', '-o', out],
      { cwd: root, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
    );
    assert.equal(run.status, 0, `storybook build failed:\n${run.stdout}\n${run.stderr}`);
    index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

describe('Storybook', () => {
  it('knows every element of the manifest', () => {
    assert.ok(tags.length >= 5, `expected at least five elements in custom-elements.json, found ${tags.join(', ')}`);
  });

  it('has Playground, States, Variants, Theming and Accessibility stories and a docs page for every element', () => {
    const entries = Object.values(index.entries);
    for (const tag of tags) {
      const mine = entries.filter((e) => e.title.split('/').pop() === tag);
      const stories = mine.filter((e) => e.type === 'story').map((e) => e.name);
      for (const name of REQUIRED_STORIES) assert.ok(stories.includes(name), `${tag} has no "${name}" story (has: ${stories.join(', ') || 'none'})`);
      assert.ok(mine.some((e) => e.type === 'docs'), `${tag} has no docs page`);
    }
  });
});

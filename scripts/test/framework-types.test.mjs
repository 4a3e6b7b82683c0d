// The JSX, Solid and Vue declarations generated from custom-elements.json (packages/elements/dist/
// types/frameworks/) type-check a React 19 and a Preact consumer, a Solid consumer (tsc) and a
// Vue 3 consumer (vue-tsc, strict templates): attributes, properties and event handlers. Each consumer holds lines that must NOT
// type-check (`value={{}}`, an unknown `direction`, a field the event does not have), marked
// `@ts-expect-error` / `@vue-expect-error`: if the declarations stopped rejecting them, the
// compiler reports the unused directive and this test fails. Runs after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const frameworks = join(root, 'packages/elements/dist/types/frameworks');

function compile(bin, project) {
  const result = spawnSync(join(root, 'node_modules/.bin', bin), ['-p', join(root, project)], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('framework declarations', () => {
  it('are generated for React, Preact, Solid and Vue', () => {
    for (const name of ['jsx', 'react', 'preact', 'solid', 'vue']) {
      assert.ok(existsSync(join(frameworks, `${name}.d.ts`)), `${name}.d.ts is missing: run npm run build`);
    }
    const vue = readFileSync(join(frameworks, 'vue.d.ts'), 'utf8');
    assert.match(vue, /interface GlobalComponents extends CustomElements/);
    assert.doesNotMatch(
      vue,
      /^declare global/m,
      'vue.d.ts must not add Vue components to the global JSX (they would clash with React)',
    );
    const jsx = readFileSync(join(frameworks, 'jsx.d.ts'), 'utf8');
    assert.doesNotMatch(
      jsx,
      /^declare (module|global)/m,
      'jsx.d.ts must not augment frameworks a consumer may not have',
    );
    for (const file of ['jsx', 'solid', 'vue']) {
      const text = readFileSync(join(frameworks, `${file}.d.ts`), 'utf8');
      assert.doesNotMatch(
        text,
        /CustomEvent</,
        `${file}.d.ts: the events are Event subclasses with their own fields, not CustomEvents`,
      );
      for (const tag of [
        'asf-progress',
        'asf-scorecard',
        'asf-activity-table',
        'asf-responsibility-matrix',
        'asf-eligibility-check',
      ]) {
        assert.ok(text.includes(`"${tag}"`), `${file}.d.ts has no ${tag}`);
      }
    }
  });

  it('type-check a React 19 .tsx consumer, rejecting value={{}}', () => {
    const { status, output } = compile('tsc', 'scripts/test/types/react/tsconfig.json');
    assert.equal(status, 0, output);
  });

  it('type-check a Preact and a Solid consumer, rejecting value={{}}', () => {
    for (const framework of ['preact', 'solid']) {
      const { status, output } = compile('tsc', `scripts/test/types/${framework}/tsconfig.json`);
      assert.equal(status, 0, `${framework}: ${output}`);
    }
  });

  it('type-check a Vue 3 consumer with vue-tsc, rejecting :value="{}"', () => {
    const { status, output } = compile('vue-tsc', 'scripts/test/types/vue/tsconfig.json');
    assert.equal(status, 0, output);
  });

  it('type-check the React and Vue examples (examples/react, examples/vue)', () => {
    for (const [bin, project] of [
      ['tsc', 'examples/react/tsconfig.json'],
      ['vue-tsc', 'examples/vue/tsconfig.json'],
    ]) {
      const { status, output } = compile(bin, project);
      assert.equal(status, 0, `${project}: ${output}`);
    }
  });
});

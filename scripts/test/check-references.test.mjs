import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { danglingReferences } from '../check-references.mjs';

/** The folders of a small repository: a package with its own shared folder. */
const FOLDERS = new Set(['packages', 'packages/elements', 'packages/elements/src', 'packages/elements/src/shared']);
const exists = (path) => FOLDERS.has(path);
const texts = (text, file) => danglingReferences(text, file, exists).map((p) => p.text);

describe('danglingReferences', () => {
  it('finds a path that climbs out of the repository into a shared folder', () => {
    assert.deepEqual(texts('See ../shared/TOOLCHAIN.md.', 'README.md'), ['../shared/TOOLCHAIN.md.']);
    assert.deepEqual(texts('See ../../shared/TOOLCHAIN.md', 'bench/README.md'), ['../../shared/TOOLCHAIN.md']);
    assert.deepEqual(texts('See ../shared/TOOLCHAIN.md', 'bench/README.md'), ['../shared/TOOLCHAIN.md'], 'none here');
    assert.deepEqual(texts('the documents in ../shared/seeds/', 'bench/README.md'), ['../shared/seeds']);
    assert.deepEqual(texts('[seeds](../../shared/seeds/)', 'examples/plans/README.md'), ['../../shared/seeds']);
    assert.deepEqual(texts('cat /work/shared/DESIGN.md', 'README.md'), ['/work/shared']);
  });

  it("leaves a package's own shared folder alone", () => {
    assert.deepEqual(
      texts("import { styleProps } from '../shared/style-props.js';", 'packages/elements/src/progress/progress.ts'),
      [],
    );
    assert.deepEqual(texts("import '../../shared/x.js';", 'packages/elements/src/a/b/c.ts'), []);
    assert.deepEqual(texts("import '../../../shared/x.js';", 'packages/elements/src/a/b/c.ts'), []);
    // A test that builds an element's import specifier names no file of its own folder.
    assert.deepEqual(texts('const module = `../shared/${name}.js`;', 'scripts/test/manifest.test.mjs'), []);
    assert.deepEqual(texts("import '../../../../../x.js';", 'packages/elements/src/a/b.ts'), []);
  });

  it('finds source-document file names and documents cited by number', () => {
    assert.deepEqual(texts('"file": "123_0123456789abcdef.txt"', 'examples/plans/x.json'), [
      '123_0123456789abcdef.txt',
    ]);
    assert.deepEqual(texts('// Seed 000: five rows; seeds 000, 003; seed-004', 'a.ts'), [
      'Seed 000',
      'seeds 000',
      'seed-004',
    ]);
  });

  it('says where: line and column', () => {
    assert.deepEqual(danglingReferences('one\ntwo seed 003\n', 'a.md', exists), [
      { line: 2, column: 5, text: 'seed 003', why: 'cites a document by a number that only the authors know' },
    ]);
  });

  it('lets ordinary text through', () => {
    assert.deepEqual(
      texts('A random seed of 290 gives the same plan; 2018-12-31; shared/ folder.', 'bench/lib/plans.mjs'),
      [],
    );
  });
});

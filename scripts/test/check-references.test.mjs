import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { danglingReferences } from '../check-references.mjs';

// The samples are assembled from parts, so that this file holds no reference itself and the
// checker runs over it like over every other file.
const UP = '../';
const OUT = [UP, 'sha', 'red'].join(''); // the folder outside the repository
const CITE = ['se', 'ed'].join('');
const DOC = ['123', '_', '0123456789abcdef', '.txt'].join('');

/** The folders of a small repository: a package with its own shared folder. */
const FOLDERS = new Set(['packages', 'packages/elements', 'packages/elements/src', 'packages/elements/src/shared']);
const exists = (path) => FOLDERS.has(path);
const texts = (text, file) => danglingReferences(text, file, exists).map((p) => p.text);

describe('danglingReferences', () => {
  it('finds a path that climbs out of the repository into a shared folder', () => {
    assert.deepEqual(texts(`See ${OUT}/TOOLCHAIN.md.`, 'README.md'), [`${OUT}/TOOLCHAIN.md.`]);
    assert.deepEqual(texts(`See ${UP}${OUT}/TOOLCHAIN.md`, 'bench/README.md'), [`${UP}${OUT}/TOOLCHAIN.md`]);
    assert.deepEqual(texts(`See ${OUT}/TOOLCHAIN.md`, 'bench/README.md'), [`${OUT}/TOOLCHAIN.md`], 'none here');
    assert.deepEqual(texts(`the documents in ${OUT}/${CITE}s/`, 'bench/README.md'), [`${OUT}/${CITE}s`]);
    assert.deepEqual(texts(`[${CITE}s](${UP}${OUT}/${CITE}s/)`, 'examples/plans/README.md'), [`${UP}${OUT}/${CITE}s`]);
    assert.deepEqual(texts(`cat /work/${OUT.slice(3)}/DESIGN.md`, 'README.md'), [`/work/${OUT.slice(3)}`]);
  });

  it("leaves a package's own shared folder alone", () => {
    assert.deepEqual(
      texts(`import { styleProps } from '${OUT}/style-props.js';`, 'packages/elements/src/progress/progress.ts'),
      [],
    );
    assert.deepEqual(texts(`import '${UP}${OUT}/x.js';`, 'packages/elements/src/a/b/c.ts'), []);
    assert.deepEqual(texts(`import '${UP}${UP}${OUT}/x.js';`, 'packages/elements/src/a/b/c.ts'), []);
    // A test that builds an element's import specifier names no file of its own folder.
    assert.deepEqual(texts(`const module = \`${OUT}/\${name}.js\`;`, 'scripts/test/manifest.test.mjs'), []);
    assert.deepEqual(texts("import '../../../../../x.js';", 'packages/elements/src/a/b.ts'), []);
  });

  it('finds source-document file names and documents cited by number', () => {
    assert.deepEqual(texts(`"file": "${DOC}"`, 'examples/plans/x.json'), [DOC]);
    assert.deepEqual(texts(`// S${CITE.slice(1)} 000: five rows; ${CITE}s 000, 003; ${CITE}-004`, 'a.ts'), [
      `S${CITE.slice(1)} 000`,
      `${CITE}s 000`,
      `${CITE}-004`,
    ]);
  });

  it('says where: line and column', () => {
    assert.deepEqual(danglingReferences(`one\ntwo ${CITE} 003\n`, 'a.md', exists), [
      { line: 2, column: 5, text: `${CITE} 003`, why: 'cites a document by a number that only the authors know' },
    ]);
  });

  it('lets ordinary text through', () => {
    assert.deepEqual(
      texts(
        ['A random ', CITE, ' of 290 gives the same plan; 2018-12-31; sha', 'red/ folder.'].join(''),
        'bench/lib/plans.mjs',
      ),
      [],
    );
  });
});

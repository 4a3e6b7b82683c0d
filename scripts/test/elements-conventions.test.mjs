// The house shape of the elements (CONTRIBUTING.md, "An element"), checked on the sources:
// - every text is Swedish and English side by side: each `{ sv, en }` object in a `*.texts.ts`
//   file has both, and neither is empty;
// - no element or shared file branches on the language (`lang === 'en' ? … : …`): words live in
//   the texts files, side by side, and are picked with `[lang]`;
// - every element folder has its `<element>.texts.ts`;
// - no element imports from another element's folder (what they share is in shared/); an
//   element's registration file may import another element's registration, to compose it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bilingualProblems, languageBranches } from './support/elements-conventions.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'packages/elements/src');
/** Folders that are not elements (ssr: the server-side rendering helper). */
const NOT_ELEMENTS = new Set(['shared', 'testing', 'ssr']);

function* sources(dir = src) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) yield p;
  }
}

const elementFolders = () =>
  readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory() && !NOT_ELEMENTS.has(n));

describe('elements: one shape for texts', () => {
  it('every { sv, en } text in a texts file has both languages, neither empty', () => {
    const files = [...sources()].filter((f) => f.endsWith('.texts.ts'));
    assert.ok(files.length >= 6, `only ${files.length} texts files found`);
    const problems = files.flatMap((f) =>
      bilingualProblems(f, readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}:${p}`),
    );
    assert.deepEqual(problems, []);
  });

  it('no element, shared or texts file branches on the language', () => {
    const problems = [...sources()].flatMap((f) =>
      languageBranches(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}:${p}`),
    );
    assert.deepEqual(problems, [], 'pick the words with TEXTS.x[lang] from a texts file');
  });

  it('every element folder has its <element>.texts.ts', () => {
    const missing = elementFolders().filter((d) => !readdirSync(join(src, d)).includes(`${d}.texts.ts`));
    assert.deepEqual(missing, []);
  });

  it('the checks find what they look for', () => {
    assert.deepEqual(bilingualProblems('x.ts', "const a = { sv: 'Mål', en: '' }; const b = { sv: 'Mål' };"), [
      '1: empty en',
      '1: no en',
    ]);
    assert.equal(
      languageBranches("return lang === 'en' ? 'Goal' : 'Mål';\nconst x = { sv: 'a', en: 'b' }[lang];").length,
      1,
    );
    assert.equal(languageBranches("case 'sv':").length, 1);
  });
});

describe('elements: layout', () => {
  it('no element imports from another element folder (registrations may compose elements)', () => {
    const problems = [];
    for (const folder of elementFolders()) {
      for (const f of sources(join(src, folder))) {
        const text = readFileSync(f, 'utf8');
        const registration = /\/asf-[\w-]+\.ts$/.test(f);
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'\.\.\/([\w-]+)\/([\w.-]+)'/g)) {
          const [, other, file] = m;
          if (NOT_ELEMENTS.has(other) || other === folder) continue;
          if (registration && file === `asf-${other}.js`) continue;
          problems.push(`${relative(root, f)} imports ../${other}/${file}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});

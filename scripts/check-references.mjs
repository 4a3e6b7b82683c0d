#!/usr/bin/env node
// The repository stands on its own: nothing in it may point at files a user of it does not
// have. This finds paths that climb out of the repository into a `shared` folder (the working
// notes and source documents the project was written from), source-document file names (three
// digits, an underscore, sixteen hex digits, `.txt`), and documents cited by a "seed" number.
// Cite a document by title, publisher, date and URL instead. Run by `npm run lint`, over every
// file of the repository, this one and its test included.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What is found, and why it is not allowed. */
const RULES = [
  {
    // A relative path to a `shared` folder that climbs out of the repository, or that names a
    // document or the source-documents folder in a shared folder the repository does not have.
    // A package's own shared folder (an import of `shared/x.js` one level up) is fine.
    pattern: /(?<![\w.])((?:\.\.\/)+)shared(\/[\w.-]*)?/g,
    dangles: (match, file, exists) => {
      const target = posix.normalize(posix.join(posix.dirname(file), `${match[1]}shared`));
      if (target.startsWith('..')) return true;
      const next = match[2] ?? '';
      return !exists(target) && (next === '' || /^\/(seeds\b|[\w.-]*\.(md|txt)\b)/i.test(next));
    },
    why: 'points at a shared folder outside the repository',
  },
  { pattern: /\/work\/shared\b/g, why: 'points at a shared folder outside the repository' },
  { pattern: /\b\d{3}_[0-9a-f]{16}\.txt\b/g, why: 'names a source-document file that is not in the repository' },
  { pattern: /\bseeds?[\s_-]*\d{3}\b/gi, why: 'cites a document by a number that only the authors know' },
];

/**
 * The dangling references in one file's text.
 * @param {string} text the file's content
 * @param {string} file its path from the repository root, with `/` separators
 * @param {(path: string) => boolean} exists whether a path from the repository root exists
 * @returns {{ line: number; column: number; text: string; why: string }[]}
 */
export function danglingReferences(text, file, exists) {
  const found = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.dangles && !rule.dangles(match, file, exists)) continue;
      const before = text.slice(0, match.index);
      const line = before.split('\n').length;
      const column = match.index - before.lastIndexOf('\n');
      found.push({ line, column, text: match[0], why: rule.why });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Folders that hold what is installed or built, never what is written. */
const BUILT = new Set(['.git', 'node_modules', 'dist', 'storybook-static', 'release', 'coverage', '.tmp']);

/** The repository's files: tracked ones and new ones git does not ignore (without git, a walk). */
function repositoryFiles(root) {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...new Set(out.split('\0').filter(Boolean))];
  } catch {
    const files = [];
    const walk = (dir) => {
      for (const entry of readdirSync(new URL(dir, `file://${root}`), { withFileTypes: true })) {
        if (entry.isDirectory() && !BUILT.has(entry.name)) walk(`${dir}${entry.name}/`);
        else if (entry.isFile()) files.push(`${dir}${entry.name}`);
      }
    };
    walk('');
    return files;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const exists = (path) => existsSync(new URL(path, `file://${root}`));
  let problems = 0;
  let files = 0;
  for (const file of repositoryFiles(root)) {
    let buffer;
    try {
      buffer = readFileSync(new URL(file, `file://${root}`));
    } catch {
      continue; // listed by git but deleted in the work tree
    }
    if (buffer.includes(0)) continue; // binary
    files += 1;
    for (const p of danglingReferences(buffer.toString('utf8'), file, exists)) {
      problems += 1;
      console.error(`${file}:${p.line}:${p.column}: "${p.text}" ${p.why}`);
    }
  }
  if (problems > 0) {
    console.error(
      `check-references: ${problems} dangling reference(s); cite documents by title, publisher, date and URL.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`check-references: ${files} files, no dangling references.`);
  }
}

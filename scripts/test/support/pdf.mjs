// Reads a PDF the way a reader meets it on paper: every word with its box on its page, from
// poppler's pdftotext (Debian: poppler-utils), and the places where text of one line is printed
// over text of another.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pages of lines of words: [{ lines: [{ words: [{ text, xMin, yMin, xMax, yMax }] }] }]. */
export function pdfWords(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'asf-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, bytes);
    const run = spawnSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error?.code === 'ENOENT') throw new Error('pdftotext is missing (Debian: apt-get install poppler-utils)');
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    const unescape = (t) =>
      t
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    const num = (attrs, name) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attrs)[1]);
    return [...run.stdout.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((page) => ({
      lines: [...page[1].matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) => ({
        words: [...line[1].matchAll(/<word([^>]*)>([^<]*)<\/word>/g)].map(([, attrs, text]) => ({
          text: unescape(text),
          xMin: num(attrs, 'xMin'),
          yMin: num(attrs, 'yMin'),
          xMax: num(attrs, 'xMax'),
          yMax: num(attrs, 'yMax'),
        })),
      })),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Words of different lines whose boxes overlap (more than 1 pt across and 40 % of the smaller
 * height): text printed over text.
 */
export function overlappingWords(pages) {
  const found = [];
  pages.forEach((page, p) => {
    const words = page.lines.flatMap((line, l) => line.words.map((w) => ({ ...w, line: l })));
    words.sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < words.length; i++) {
      const a = words[i];
      for (let j = i + 1; j < words.length && words[j].yMin < a.yMax; j++) {
        const b = words[j];
        if (a.line === b.line) continue;
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w > 1 && h > 0.4 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) {
          found.push(`page ${p + 1}: "${a.text}" and "${b.text}" at (${Math.round(b.xMin)}, ${Math.round(b.yMin)}) pt`);
        }
      }
    }
  });
  return found;
}

#!/usr/bin/env node
// Writes each element's stylesheet (its `static styles`) to packages/elements/dist/css/<tag>.css:
// the files a server-rendered page links from each shadow root, because a strict
// Content-Security-Policy blocks the <style> elements that server-side rendering would write.
// Run by scripts/build.mjs after rollup (it imports the built dist/ssr/ssr.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { elementStylesheets } = await import('../packages/elements/dist/ssr/ssr.js');
const dir = join(root, 'packages/elements/dist/css');
mkdirSync(dir, { recursive: true });
for (const [file, css] of Object.entries(elementStylesheets())) writeFileSync(join(dir, file), css);

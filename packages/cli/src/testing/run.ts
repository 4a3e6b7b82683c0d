/**
 * Test helper: runs `asf-kit` (packages/cli/bin/asf-kit.js, which runs the built dist/) as a child process, the
 * way a user or a CI job does. Not part of the package (excluded from the build).
 * @module
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/asf-kit.js', import.meta.url));
const built = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without the locale, so that the default (Swedish) applies unless a test sets one. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(LANG|LANGUAGE|LC_.*|CI|NODE_OPTIONS)$/u.test(k)) env[k] = v;
  return env;
}

/** Runs `asf-kit …args` in the repository root; resolves with the exit code and both streams. */
export function asfKit(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<Run> {
  if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" before the command line's tests.`);
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...baseEnv(), ...options.env }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : error
              ? -1
              : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** A temporary folder with these files; `cleanup()` removes it. */
export function tempFiles(files: Record<string, string | Uint8Array>): {
  dir: string;
  path(name: string): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'asf-kit-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** No stack trace in the output (the one-line-error rule). */
export const hasStackTrace = (text: string): boolean => /\n\s+at .+:\d+:\d+\)?/u.test(text);

/**
 * Prints the report to PDF through a local Chromium, started as a plain headless process
 * (`--print-to-pdf`): the command line needs no browser-automation library, and nothing is
 * downloaded. The page sets A4, its margins, the running header and the page numbers itself
 * (CSS paged media), so Chromium's own header and footer are turned off. The report is
 * complete without JavaScript: from a file:// address Chromium does not run its module script.
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../errors.js';

/** The Chromium to print with: `CHROME_PATH`, else the Debian path. */
export function chromiumPath(env: Record<string, string | undefined>): string {
  return env.CHROME_PATH?.trim() || '/usr/bin/chromium';
}

const HOW_TO_GET = {
  sv: 'installera Chromium (Debian/Ubuntu: apt-get install chromium) eller peka ut en Chrome/Chromium med miljövariabeln CHROME_PATH',
  en: 'install Chromium (Debian/Ubuntu: apt-get install chromium) or point the CHROME_PATH environment variable at a Chrome or Chromium',
};

/** Prints `htmlFile` to `pdfFile` (A4, as the page's @page rules say). */
export async function printPdf(
  htmlFile: string,
  pdfFile: string,
  env: Record<string, string | undefined>,
): Promise<void> {
  const chrome = chromiumPath(env);
  if (!existsSync(chrome)) {
    throw new CliError({
      sv: `--pdf: hittar ingen Chromium i ${chrome}; ${HOW_TO_GET.sv}.`,
      en: `--pdf: no Chromium at ${chrome}; ${HOW_TO_GET.en}.`,
    });
  }
  // A profile of its own, removed afterwards, so that a running browser is never disturbed.
  const profile = mkdtempSync(join(tmpdir(), 'asf-kit-pdf-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    '--virtual-time-budget=10000',
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(chrome, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stderr });
      });
    });
    const written = existsSync(pdfFile) && statSync(pdfFile).size > 0;
    if (code !== 0 || !written) {
      const detail =
        stderr
          .split('\n')
          .find((l) => /error/i.test(l))
          ?.trim() ?? `exit ${code}`;
      throw new CliError({
        sv: `--pdf: Chromium (${chrome}) kunde inte skriva ${pdfFile} (${detail}).`,
        en: `--pdf: Chromium (${chrome}) could not write ${pdfFile} (${detail}).`,
      });
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError({
      sv: `--pdf: Chromium (${chrome}) kunde inte startas (${detail}); ${HOW_TO_GET.sv}.`,
      en: `--pdf: Chromium (${chrome}) could not be started (${detail}); ${HOW_TO_GET.en}.`,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

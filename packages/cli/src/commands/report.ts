/**
 * `asf-kit report <plan.json> --as-of <date> [--lang sv|en] -o report.html [--pdf report.pdf]`:
 * the follow-up report as a static page, its elements rendered on the server, with its files in
 * a folder beside it (`report_files/`), or as a folder (`-o rapport/`: `rapport/index.html` and
 * `rapport/assets/`); `--pdf` prints it to A4 through a local Chromium.
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliCommand } from '../command.js';
import { optionsOf } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { note, progress } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { both } from '../text.js';

/** Whether a text is a real calendar date `YYYY-MM-DD`. */
function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Where `-o` puts the page and its files. */
export function outputPlaces(output: string): { file: string; assetsDir: string; assetsFolder: string } {
  const isFolder =
    /[\\/]$/u.test(output) || (existsSync(output) && statSync(output).isDirectory()) || extname(output) === '';
  if (isFolder) return { file: join(output, 'index.html'), assetsDir: join(output, 'assets'), assetsFolder: 'assets' };
  const folder = `${basename(output, extname(output))}_files`;
  return { file: output, assetsDir: join(dirname(output), folder), assetsFolder: folder };
}

export const report: CliCommand = {
  name: 'report',
  summary: both(
    'uppföljningsrapport som HTML (läsbar utan JavaScript, utskriftsklar på A4) och PDF',
    'follow-up report as HTML (readable without JavaScript, print-ready on A4) and PDF',
  ),
  define(command, { io, t }, run) {
    command
      .argument('<plan.json>', t(both('planen att följa upp', 'the plan to follow up')))
      .requiredOption(
        '--as-of <date>',
        t(both('dagen som läget avser, ÅÅÅÅ-MM-DD', 'the date the status is for, YYYY-MM-DD')),
      )
      .option(
        '-o, --output <file|folder>',
        t(
          both(
            'rapport.html (filerna hamnar i rapport_files/ bredvid) eller en mapp (index.html och assets/)',
            'report.html (its files go to report_files/ beside it) or a folder (index.html and assets/)',
          ),
        ),
      )
      .option(
        '--pdf <file>',
        t(
          both(
            'skriv ut rapporten till PDF (A4) med en lokal Chromium (CHROME_PATH, annars /usr/bin/chromium)',
            'print the report to PDF (A4) with a local Chromium (CHROME_PATH, else /usr/bin/chromium)',
          ),
        ),
      )
      .addHelpText(
        'after',
        t(
          both(
            `
Rapporten har planens titel, organisation, period, beslut och källor; varje indikator med mätare,
status och mening; målens sammanfattning med metoden; aktivitetstabellen och ansvarsmatrisen.
Komponenterna är renderade på servern: sidan går att läsa utan JavaScript, och med skriptet i
rapportens mapp blir den interaktiv. Inga inline-stilar eller -skript: den fungerar under
Content-Security-Policy: default-src 'self'. Språket är --lang (sv eller en).

Slutstatus: 0 rapporten skriven, 2 fel i indata (fil saknas, ogiltig JSON eller plan, ogiltigt datum).

Exempel:
  asf-kit report examples/plans/gavleborg-arsredovisning-2018.json --as-of 2018-12-31 -o rapport.html
  asf-kit report plan.json --as-of 2026-12-31 --lang en -o report/ --pdf report.pdf`,
            `
The report has the plan's title, organisation, period, adoption and sources; every indicator with
its gauge, status and sentence; the goals' summaries with the method; the activity table and the
responsibility matrix. The elements are rendered on the server: the page reads without
JavaScript, and with the script in the report's folder it becomes interactive. No inline styles
or scripts: it works under Content-Security-Policy: default-src 'self'. The language is --lang
(sv or en).

Exit status: 0 report written, 2 input error (missing file, invalid JSON or plan, invalid date).

Examples:
  asf-kit report examples/plans/gavleborg-arsredovisning-2018.json --as-of 2018-12-31 -o report.html
  asf-kit report plan.json --as-of 2026-12-31 --lang en -o report/ --pdf report.pdf`,
          ),
        ),
      );
    run(command, async (...args: unknown[]) => {
      const file = args[0] as string;
      const options = optionsOf<{ asOf: string; output?: string; pdf?: string }>(args);
      if (!isIsoDate(options.asOf)) {
        throw new CliError(
          both(
            `--as-of: "${options.asOf}" är inget giltigt datum; skriv ÅÅÅÅ-MM-DD.`,
            `--as-of: "${options.asOf}" is not a valid date; write YYYY-MM-DD.`,
          ),
        );
      }
      if (!options.output && !options.pdf) {
        throw new CliError(
          both(
            'report: ange var rapporten ska skrivas, -o rapport.html (eller en mapp) och/eller --pdf rapport.pdf.',
            'report: say where to write the report, -o report.html (or a folder) and/or --pdf report.pdf.',
          ),
        );
      }
      const { plan } = readPlanFile(io, file);
      const { writeReport } = await import('../report/build.js');
      const temp = options.output ? undefined : mkdtempSync(join(tmpdir(), 'asf-kit-report-'));
      try {
        const places = outputPlaces(options.output ?? `${temp}/`);
        // A folder is made (its parent must be there); a file's folder must be there.
        const folder = dirname(resolve(places.file));
        const parent = places.assetsFolder === 'assets' ? dirname(folder) : folder;
        if (!existsSync(parent)) {
          throw new CliError(
            both(
              `${options.output}: mappen ${parent} finns inte.`,
              `${options.output}: the folder ${parent} does not exist.`,
            ),
          );
        }
        mkdirSync(folder, { recursive: true });
        try {
          await writeReport(plan, options.asOf, io.lang, places.file, places.assetsDir, places.assetsFolder);
        } catch (error) {
          if (error instanceof CliError) throw error;
          const detail =
            (error as NodeJS.ErrnoException | undefined)?.code ??
            (error instanceof Error ? error.message : String(error));
          throw new CliError(
            both(`${places.file}: kan inte skrivas (${detail}).`, `${places.file}: cannot be written (${detail}).`),
          );
        }
        if (options.output && !options.json) note(io, both(`Skrev ${places.file}`, `Wrote ${places.file}`));
        if (options.pdf) {
          const { printPdf } = await import('../report/pdf.js');
          const shown = progress(io);
          shown.update(both(`Skriver ut ${options.pdf} med Chromium …`, `Printing ${options.pdf} with Chromium …`));
          try {
            await printPdf(resolve(places.file), resolve(options.pdf), io.env);
          } finally {
            shown.done();
          }
          if (!options.json) note(io, both(`Skrev ${options.pdf}`, `Wrote ${options.pdf}`));
        }
        if (options.json) {
          const written = {
            html: options.output ? places.file : null,
            assets: options.output ? places.assetsDir : null,
            pdf: options.pdf ?? null,
            indicators: plan.indicators.length,
            activities: plan.activities.length,
          };
          io.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
        }
      } finally {
        if (temp) rmSync(temp, { recursive: true, force: true });
      }
      return EXIT.ok;
    });
  },
};

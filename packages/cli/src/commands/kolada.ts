/**
 * `asf-kit kolada <plan.json> --municipality <code>`: fills a plan's outcomes from Kolada
 * (API v3) for the indicators that name a Kolada KPI (`kpi`), or for one indicator given with
 * `--indicator` and `--kpi`. An outcome already in the plan is never replaced without
 * `--force`; the values kept, imported and missing are listed.
 * @module
 */
import {
  fetchKoladaValues,
  importKoladaOutcomes,
  KOLADA_API_V3,
  parsePlan,
  type Bilingual,
  type KoladaImportReport,
} from '@asf-kit/core';
import type { CliCommand } from '../command.js';
import { optionsOf } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { note, progress, writeOutput, type Io } from '../io.js';
import { printPlanIssues, readPlanFile } from '../plan-file.js';
import { both } from '../text.js';

/** "2017,2018", "2016-2018" or "2018" as years. */
export function parseYears(text: string): number[] {
  const years: number[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const range = /^(\d{4})\s*[-–]\s*(\d{4})$/u.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 100)
        throw new CliError(
          both(`--years: "${part}" är inget giltigt intervall.`, `--years: "${part}" is not a valid range.`),
        );
      for (let y = from; y <= to; y++) years.push(y);
    } else if (/^\d{4}$/u.test(part)) {
      years.push(Number(part));
    } else {
      throw new CliError(
        both(
          `--years: "${part}" är inget år; skriv t.ex. 2018, 2017,2018 eller 2016-2018.`,
          `--years: "${part}" is not a year; write e.g. 2018, 2017,2018 or 2016-2018.`,
        ),
      );
    }
  }
  return [...new Set(years)];
}

function printReport(io: Io, report: KoladaImportReport): void {
  const t = (b: Bilingual) => b[io.lang];
  for (const v of report.imported) {
    note(
      io,
      both(
        `hämtat: ${v.indicator} ${v.period} = ${v.value} (nyckeltal ${v.kpi}, kommun ${v.municipality})`,
        `imported: ${v.indicator} ${v.period} = ${v.value} (KPI ${v.kpi}, municipality ${v.municipality})`,
      ),
    );
  }
  for (const v of report.kept) {
    note(
      io,
      both(
        `behållet: ${v.indicator} har redan ett utfall ${v.date}; Koladas värde ${v.value} används inte (--force ersätter)`,
        `kept: ${v.indicator} already has an outcome on ${v.date}; Kolada's value ${v.value} is not used (--force replaces it)`,
      ),
    );
  }
  for (const v of report.missing) {
    const why = v.status ? ` (${v.status})` : '';
    note(
      io,
      both(
        `saknas: ${v.indicator} ${v.period}: Kolada har inget värde${why}; inget utfall läggs till`,
        `missing: ${v.indicator} ${v.period}: Kolada has no value${why}; no outcome is added`,
      ),
    );
  }
  for (const g of report.groups)
    io.stderr.write(
      `${t(both('kommungrupp (ej utfall)', 'group of municipalities (not an outcome)'))}: ${t(g.label)}\n`,
    );
  for (const b of report.breakdownsLeftOut) {
    note(
      io,
      both(
        `${b.indicator} ${b.period}: uppdelningen på kön lämnas ute (${b.reason})`,
        `${b.indicator} ${b.period}: the breakdown by gender is left out (${b.reason})`,
      ),
    );
  }
  if (report.unmatched.length > 0)
    note(
      io,
      both(
        `nyckeltal utan indikator: ${report.unmatched.join(', ')}`,
        `KPIs without an indicator: ${report.unmatched.join(', ')}`,
      ),
    );
}

export const kolada: CliCommand = {
  name: 'kolada',
  summary: both('fyll i planens utfall från Kolada', "fill in the plan's outcomes from Kolada"),
  define(command, { io, t }, run) {
    command
      .description(
        t(
          both(
            'Hämta utfall från Kolada (API v3) för planens indikatorer som anger ett nyckeltal (fältet "kpi"), eller för en indikator med --indicator och --kpi (nyckeltalet skrivs då in i planen). Ett utfall som redan finns i planen ersätts aldrig utan --force; det som behölls, hämtades eller saknas skrivs ut.',
            'Fetch outcomes from Kolada (API v3) for the plan\'s indicators that name a KPI (the "kpi" field), or for one indicator with --indicator and --kpi (the KPI is then written into the plan). An outcome already in the plan is never replaced without --force; what was kept, imported or is missing is listed.',
          ),
        ),
      )
      .argument('<plan.json>', t(both('planfilen', 'the plan file')))
      .requiredOption(
        '-m, --municipality <code>',
        t(both('kommunkod i Kolada, t.ex. 2180 (Gävle)', 'Kolada municipality code, e.g. 2180 (Gävle)')),
      )
      .option(
        '--indicator <id>',
        t(both('indikatorn som ska fyllas i (med --kpi)', 'the indicator to fill in (with --kpi)')),
      )
      .option('--kpi <id>', t(both('Koladas nyckeltal (id) för --indicator', "Kolada's KPI (id) for --indicator")))
      .option(
        '--years <years>',
        t(
          both(
            'år: 2018, 2017,2018 eller 2016-2018 (utan: alla år Kolada har)',
            'years: 2018, 2017,2018 or 2016-2018 (without: every year Kolada has)',
          ),
        ),
      )
      .option('--force', t(both('ersätt utfall som redan finns i planen', 'replace outcomes already in the plan')))
      .option(
        '-o, --output <plan.json>',
        t(
          both(
            'skriv den nya planen hit (får vara samma fil) i stället för till standard ut',
            'write the new plan here (may be the same file) instead of to standard output',
          ),
        ),
      )
      .option(
        '--api <url>',
        t(
          both(
            `Koladas adress (standard ${KOLADA_API_V3}); för en spegel eller proxy`,
            `Kolada's address (default ${KOLADA_API_V3}); for a mirror or proxy`,
          ),
        ),
        KOLADA_API_V3,
      )
      .option(
        '--timeout <ms>',
        t(both('längsta tid för en förfrågan, i millisekunder', 'longest time for one request, in milliseconds')),
        '30000',
      )
      .addHelpText(
        'after',
        t(
          both(
            `
Slutstatus: 0 hämtat och skrivet, 2 fel i anrop, planen ogiltig eller Kolada svarar inte.

Exempel:
  asf-kit kolada plan.json --indicator <id> --kpi <nyckeltal> --municipality 2180 --years 2017-2018 -o plan.json`,
            `
Exit status: 0 fetched and written, 2 usage error, invalid plan or Kolada not answering.

Example:
  asf-kit kolada plan.json --indicator <id> --kpi <KPI> --municipality 2180 --years 2017-2018 -o plan.json`,
          ),
        ),
      );
    run(command, async (file: unknown, ...rest: unknown[]) => {
      const options = optionsOf<{
        municipality: string;
        indicator?: string;
        kpi?: string;
        years?: string;
        force?: boolean;
        output?: string;
        api: string;
        timeout: string;
      }>(rest);
      const { raw } = readPlanFile(io, file as string);
      const indicators = (Array.isArray(raw.indicators) ? raw.indicators : []) as Record<string, unknown>[];
      if ((options.indicator === undefined) !== (options.kpi === undefined)) {
        throw new CliError(both('--indicator och --kpi anges tillsammans.', '--indicator and --kpi go together.'));
      }
      if (options.indicator !== undefined) {
        const target = indicators.find((i) => i.id === options.indicator);
        if (!target) {
          throw new CliError(
            both(
              `${String(file)}: indikatorn "${options.indicator}" finns inte i planen (den har ${indicators.map((i) => `"${String(i.id)}"`).join(', ') || 'inga'}).`,
              `${String(file)}: the indicator "${options.indicator}" is not in the plan (it has ${indicators.map((i) => `"${String(i.id)}"`).join(', ') || 'none'}).`,
            ),
          );
        }
        if (target.kpi !== undefined && target.kpi !== options.kpi) {
          // The plan is not validated yet: its `kpi` may be any JSON value.
          const kpi = typeof target.kpi === 'string' ? target.kpi : JSON.stringify(target.kpi);
          throw new CliError(
            both(
              `${String(file)}: indikatorn "${options.indicator}" har redan nyckeltalet "${kpi}", inte "${options.kpi}"; ändra det i planen om det är fel.`,
              `${String(file)}: the indicator "${options.indicator}" already has the KPI "${kpi}", not "${options.kpi}"; change it in the plan if it is wrong.`,
            ),
          );
        }
        target.kpi = options.kpi;
      }
      const kpis = [...new Set(indicators.map((i) => i.kpi).filter((k): k is string => typeof k === 'string'))];
      if (kpis.length === 0) {
        throw new CliError(
          both(
            `${String(file)}: ingen indikator anger ett Kolada-nyckeltal ("kpi"); ange --indicator <id> --kpi <nyckeltal>.`,
            `${String(file)}: no indicator names a Kolada KPI ("kpi"); give --indicator <id> --kpi <KPI>.`,
          ),
        );
      }
      const timeoutMs = Number(options.timeout);
      if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
        throw new CliError(
          both(
            `--timeout: "${options.timeout}" är inget positivt heltal.`,
            `--timeout: "${options.timeout}" is not a positive whole number.`,
          ),
        );
      }
      const years = options.years === undefined ? undefined : parseYears(options.years);

      const bar = progress(io);
      bar.update(
        both(
          `Hämtar ${kpis.join(', ')} för ${options.municipality} från Kolada …`,
          `Fetching ${kpis.join(', ')} for ${options.municipality} from Kolada …`,
        ),
      );
      const fetched = await fetchKoladaValues({
        kpi: kpis,
        municipalities: [options.municipality],
        ...(years ? { years } : {}),
        baseUrl: options.api,
        timeoutMs,
      });
      bar.done();
      if (!fetched.success) throw new CliError(fetched.error.message);

      const imported = importKoladaOutcomes(indicators as never[], fetched.data, {
        municipality: options.municipality,
        overwrite: options.force === true,
      });
      if (!imported.success) {
        throw new CliError(
          both(
            `Koladas svar kunde inte läsas: ${imported.error.issues.map((i) => i.message.sv).join('; ')}`,
            `Kolada's answer could not be read: ${imported.error.issues.map((i) => i.message.en).join('; ')}`,
          ),
        );
      }
      const updated = { ...raw, indicators: imported.data.indicators };
      const check = parsePlan(updated);
      if (!check.success) {
        printPlanIssues(io, String(file), check.error.issues);
        throw new CliError(
          both(
            'planen med Koladas utfall är inte giltig; ingenting skrevs.',
            'the plan with the outcomes from Kolada is not valid; nothing was written.',
          ),
        );
      }
      const report = imported.data.report;
      writeOutput(io, options.output, `${JSON.stringify(updated, null, 2)}\n`);
      if (options.json && options.output !== undefined) {
        io.stdout.write(`${JSON.stringify({ output: options.output, urls: fetched.data.urls, report }, null, 2)}\n`);
      } else {
        printReport(io, report);
        note(
          io,
          both(
            `${report.imported.length} utfall hämtade, ${report.kept.length} behållna, ${report.missing.length} saknas${options.output ? `; skrivet till ${options.output}` : ''}.`,
            `${report.imported.length} outcomes imported, ${report.kept.length} kept, ${report.missing.length} missing${options.output ? `; written to ${options.output}` : ''}.`,
          ),
        );
      }
      return EXIT.ok;
    });
  },
};

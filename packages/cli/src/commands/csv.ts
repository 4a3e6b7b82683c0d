/**
 * `asf-kit csv export|import`: a plan's activities to and from Excel CSV (semicolon-separated,
 * UTF-8 with a byte-order mark; Excel's Windows-1252 files are read too), with every problem
 * named by its row.
 * @module
 */
import { Option } from 'commander';
import { activitiesToCsv, parseActivitiesCsv, parsePlan, type CsvIssue } from '@asf-kit/core';
import type { CliCommand } from '../command.js';
import { optionsOf } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { note, readBytes, writeOutput, type Io } from '../io.js';
import { printPlanIssues, readPlanFile } from '../plan-file.js';
import { both } from '../text.js';

function printCsvIssues(io: Io, file: string, issues: readonly CsvIssue[], kind: 'error' | 'warning'): void {
  const label = kind === 'error' ? both('fel', 'error') : both('varning', 'warning');
  for (const i of issues) io.stderr.write(`${file}: ${label[io.lang]}: ${i.message[io.lang]}\n`);
}

export const csv: CliCommand = {
  name: 'csv',
  summary: both('planens åtgärder till och från Excel-CSV', "the plan's activities to and from Excel CSV"),
  define(command, { io, t }, run) {
    command.description(
      t(
        both(
          'Flytta en plans åtgärder (Åtgärd, Huvudansvarig, Andra berörda aktörer, Tidplan …) till och från CSV som Excel öppnar: semikolonavgränsad, UTF-8 med BOM. Vid inläsning känns även Excels "CSV (semikolonavgränsad)" (Windows-1252) igen.',
          'Move a plan\'s activities (activity, lead, other actors involved, schedule …) to and from CSV that Excel opens: semicolon-separated, UTF-8 with a BOM. On import, Excel\'s "CSV (semikolonavgränsad)" (Windows-1252) is recognized too.',
        ),
      ),
    );

    const exportCommand = command
      .command('export')
      .summary(t(both('skriv planens åtgärder som CSV', "write the plan's activities as CSV")))
      .description(
        t(
          both(
            'Skriv planens åtgärder som CSV för Excel. Rubrikerna följer --lang.',
            "Write the plan's activities as CSV for Excel. The headers follow --lang.",
          ),
        ),
      )
      .argument('<plan.json>', t(both('planfilen', 'the plan file')))
      .option(
        '-o, --output <file.csv>',
        t(both('skriv till en fil i stället för standard ut', 'write to a file instead of standard output')),
      )
      .addOption(
        new Option(
          '--columns <which>',
          t(
            both(
              '"auto": de sex grundkolumnerna och de som används; "all": alla kolumner',
              '"auto": the six basic columns and those in use; "all": every column',
            ),
          ),
        )
          .choices(['auto', 'all'])
          .default('auto'),
      )
      .option(
        '--no-bom',
        t(
          both(
            'utan byte-order mark (Excel behöver den för å, ä, ö)',
            'without a byte-order mark (Excel needs it for å, ä, ö)',
          ),
        ),
      )
      .addHelpText(
        'after',
        t(
          both(
            '\nSlutstatus: 0 skriven, 2 filen saknas, är inte JSON eller inte en giltig plan.\n\nExempel:\n  asf-kit csv export examples/plans/uppsala-handlingsplan-2018-2020.json -o atgarder.csv',
            '\nExit status: 0 written, 2 the file is missing, not JSON or not a valid plan.\n\nExample:\n  asf-kit csv export examples/plans/uppsala-handlingsplan-2018-2020.json -o activities.csv --lang en',
          ),
        ),
      );
    run(exportCommand, (file: unknown, ...rest: unknown[]) => {
      const options = optionsOf<{ output?: string; columns: 'auto' | 'all'; bom: boolean }>(rest);
      const { plan } = readPlanFile(io, file as string);
      const text = activitiesToCsv(plan, { language: io.lang, columns: options.columns, bom: options.bom });
      writeOutput(io, options.output, text);
      if (options.json && options.output !== undefined) {
        io.stdout.write(`${JSON.stringify({ output: options.output, activities: plan.activities.length }, null, 2)}\n`);
      } else if (options.output !== undefined) {
        note(
          io,
          both(
            `${options.output}: ${plan.activities.length} åtgärder skrivna.`,
            `${options.output}: ${plan.activities.length} activities written.`,
          ),
        );
      }
      return EXIT.ok;
    });

    const importCommand = command
      .command('import')
      .summary(t(both('läs åtgärder från CSV in i en plan', 'read activities from CSV into a plan')))
      .description(
        t(
          both(
            'Läs åtgärder från CSV och ersätt planens åtgärder med dem. Aktörer och områden känns igen via planen. Med fel på någon rad skrivs ingenting (slutstatus 1), om inte --partial anges.',
            "Read activities from CSV and replace the plan's activities with them. Actors and goals are recognized through the plan. With an error on any row nothing is written (exit status 1), unless --partial is given.",
          ),
        ),
      )
      .argument(
        '<activities.csv>',
        t(both('CSV-filen ("-" läser standard in)', 'the CSV file ("-" reads standard input)')),
      )
      .requiredOption(
        '--plan <plan.json>',
        t(both('planen som åtgärderna hör till', 'the plan the activities belong to')),
      )
      .option(
        '-o, --output <plan.json>',
        t(
          both(
            'skriv den nya planen hit (får vara samma fil som --plan) i stället för till standard ut',
            'write the new plan here (may be the same file as --plan) instead of to standard output',
          ),
        ),
      )
      .option(
        '--partial',
        t(
          both(
            'skriv planen med de rader som gick att läsa även om andra rader har fel',
            'write the plan with the rows that could be read even when other rows have errors',
          ),
        ),
      )
      .addHelpText(
        'after',
        t(
          both(
            '\nSlutstatus: 0 inläst, 1 någon rad har fel (raden och felet skrivs ut), 2 en fil saknas, är inte JSON eller planen är ogiltig.\n\nExempel:\n  asf-kit csv import atgarder.csv --plan plan.json -o plan.json',
            '\nExit status: 0 read, 1 some row has errors (the row and the error are printed), 2 a file is missing, not JSON, or the plan is invalid.\n\nExample:\n  asf-kit csv import activities.csv --plan plan.json -o plan.json',
          ),
        ),
      );
    run(importCommand, (file: unknown, ...rest: unknown[]) => {
      const options = optionsOf<{ plan: string; output?: string; partial?: boolean }>(rest);
      const csvFile = file as string;
      const { plan, raw } = readPlanFile(io, options.plan);
      const bytes = readBytes(csvFile);
      const result = parseActivitiesCsv(bytes, plan);
      printCsvIssues(io, csvFile, result.warnings, 'warning');
      const activities = result.success ? result.data : result.partial;
      if (!result.success) printCsvIssues(io, csvFile, result.error.issues, 'error');
      const write = result.success || options.partial === true;
      const updated = { ...raw, activities };
      if (write) {
        // The activities are checked on their own by the reader; the plan as a whole (ids that
        // other parts refer to) is checked again before anything is written.
        const check = parsePlan(updated);
        if (!check.success) {
          printPlanIssues(io, options.output ?? options.plan, check.error.issues);
          throw new CliError(
            both(
              `${csvFile}: planen med de inlästa åtgärderna är inte giltig; ingenting skrevs.`,
              `${csvFile}: the plan with the activities read is not valid; nothing was written.`,
            ),
            EXIT.findings,
          );
        }
        writeOutput(io, options.output, `${JSON.stringify(updated, null, 2)}\n`);
      }
      const errors = result.success ? 0 : result.error.issues.length;
      const summary = write
        ? both(
            `${csvFile}: ${activities.length} åtgärder inlästa (planen hade ${plan.activities.length})${errors ? `; ${errors} fel, raderna med fel är inte med` : ''}${options.output ? `; skrivet till ${options.output}` : ''}.`,
            `${csvFile}: ${activities.length} activities read (the plan had ${plan.activities.length})${errors ? `; ${errors} errors, the rows with errors are left out` : ''}${options.output ? `; written to ${options.output}` : ''}.`,
          )
        : both(
            `${csvFile}: ${errors} fel; ingenting skrevs (rätta raderna, eller använd --partial för att skriva de ${activities.length} åtgärder som gick att läsa).`,
            `${csvFile}: ${errors} errors; nothing was written (fix the rows, or use --partial to write the ${activities.length} activities that could be read).`,
          );
      note(io, summary);
      if (options.json && options.output !== undefined) {
        io.stdout.write(
          `${JSON.stringify({ written: write, output: options.output, activities: activities.length, errors: result.success ? [] : result.error.issues, warnings: result.warnings }, null, 2)}\n`,
        );
      }
      return result.success ? EXIT.ok : EXIT.findings;
    });
  },
};

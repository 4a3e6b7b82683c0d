/**
 * `asf-kit validate <plan.json…>`: every problem of every plan, with the file, the JSON
 * Pointer and the message; `--format github` for annotations in GitHub Actions.
 * @module
 */
import { Option } from 'commander';
import { parsePlan, type Bilingual, type PlanIssue } from '@asf-kit/core';
import type { CliCommand } from '../command.js';
import { optionsOf } from '../command.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { lineOfPath, parseJson, readText } from '../io.js';
import { both, escapeData, escapeProperty, withoutPath } from '../text.js';

interface FileResult {
  file: string;
  valid: boolean;
  issues: (PlanIssue & { line?: number })[];
  /** The file could not be read as JSON at all. */
  error?: Bilingual;
}

export const validate: CliCommand = {
  name: 'validate',
  summary: both(
    'granska planfiler: varje problem med fil, JSON-pekare och meddelande',
    'check plan files: every problem with file, JSON Pointer and message',
  ),
  define(command, { io, t }, run) {
    command
      .argument(
        '<plan.json...>',
        t(
          both('en eller flera planfiler ("-" läser standard in)', 'one or more plan files ("-" reads standard input)'),
        ),
      )
      .addOption(
        new Option(
          '--format <format>',
          t(
            both(
              'utdata: "text" för människor, "github" för anteckningar i GitHub Actions',
              'output: "text" for people, "github" for GitHub Actions annotations',
            ),
          ),
        )
          .choices(['text', 'github'])
          .default('text'),
      )
      .addHelpText(
        'after',
        t(
          both(
            `
Slutstatus: 0 alla planer giltiga, 1 någon plan har problem, 2 en fil saknas eller är inte JSON.

Exempel:
  asf-kit validate examples/plans/*.json
  asf-kit validate plan.json --format github   # i ett GitHub Actions-jobb
  asf-kit validate plan.json --json            # för program`,
            `
Exit status: 0 every plan valid, 1 some plan has problems, 2 a file is missing or not JSON.

Examples:
  asf-kit validate examples/plans/*.json
  asf-kit validate plan.json --format github   # in a GitHub Actions job
  asf-kit validate plan.json --json            # for programs`,
          ),
        ),
      );
    run(command, (files: unknown, ...rest: unknown[]) => {
      const options = optionsOf<{ format: 'text' | 'github' }>(rest);
      const results: FileResult[] = (files as string[]).map((file) => {
        try {
          const text = readText(file);
          const parsed = parsePlan(parseJson(file, text));
          if (parsed.success) return { file, valid: true, issues: [] };
          // The line of each problem, for editors and for GitHub's annotations.
          const issues = parsed.error.issues.map((i) => {
            const line = lineOfPath(text, i.path);
            return line === undefined ? i : { ...i, line };
          });
          return { file, valid: false, issues };
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          return { file, valid: false, issues: [], error: error.text };
        }
      });
      const unreadable = results.some((r) => r.error !== undefined);
      const exit: ExitCode = unreadable ? EXIT.error : results.every((r) => r.valid) ? EXIT.ok : EXIT.findings;

      if (options.json) {
        io.stdout.write(`${JSON.stringify({ valid: exit === EXIT.ok, files: results }, null, 2)}\n`);
        return exit;
      }
      if (options.format === 'github') {
        for (const r of results) {
          if (r.error)
            io.stdout.write(
              `::error file=${escapeProperty(r.file)},title=${escapeProperty('asf-kit validate')}::${escapeData(t(r.error))}\n`,
            );
          for (const i of r.issues) {
            const title = `asf-kit validate ${i.pointer || '/'}`;
            const line = i.line === undefined ? '' : `,line=${i.line}`;
            io.stdout.write(
              `::error file=${escapeProperty(r.file)}${line},title=${escapeProperty(title)}::${escapeData(withoutPath(t(i.message), i.path))}\n`,
            );
          }
        }
      } else {
        for (const r of results) {
          if (r.error) {
            io.stderr.write(`asf-kit: ${t(r.error)}\n`);
            continue;
          }
          if (r.valid) {
            io.stdout.write(`${r.file}: ${t(both('giltig plan', 'valid plan'))}\n`);
            continue;
          }
          for (const i of r.issues) {
            io.stdout.write(
              `${r.file}${i.line === undefined ? '' : `:${i.line}`} ${i.pointer || '/'}: ${withoutPath(t(i.message), i.path)}\n`,
            );
          }
        }
      }
      const problems = results.reduce((n, r) => n + r.issues.length, 0);
      const invalid = results.filter((r) => !r.valid && !r.error).length;
      if (results.length > 1 || problems > 0) {
        io.stderr.write(
          `${t(
            both(
              `${results.length} ${results.length === 1 ? 'fil' : 'filer'}: ${results.filter((r) => r.valid).length} giltiga, ${invalid} med problem (${problems} st)${unreadable ? `, ${results.filter((r) => r.error).length} kunde inte läsas` : ''}.`,
              `${results.length} ${results.length === 1 ? 'file' : 'files'}: ${results.filter((r) => r.valid).length} valid, ${invalid} with problems (${problems} in all)${unreadable ? `, ${results.filter((r) => r.error).length} could not be read` : ''}.`,
            ),
          )}\n`,
        );
      }
      return exit;
    });
  },
};

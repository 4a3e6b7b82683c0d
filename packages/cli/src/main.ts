/**
 * The `asf-kit` program: the commander set-up, help in Swedish or English, and the one place
 * where errors become one line and an exit code.
 * @module
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import type { Bilingual } from '@asf-kit/core';
import type { Context } from './command.js';
import { COMMANDS } from './commands/index.js';
import { CliError, EXIT, type ExitCode } from './errors.js';
import type { Io } from './io.js';
import { detectLanguage } from './lang.js';
import { both } from './text.js';

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** The headings commander prints, in Swedish. */
const TITLES_SV: Record<string, string> = {
  'Usage:': 'Användning:',
  'Arguments:': 'Argument:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Global Options:': 'Gemensamma flaggor:',
};

const EXIT_CODES: Bilingual = both(
  `
Slutstatus:
  0  allt i ordning
  1  fynd: indata lästes, men något behöver en människa (ogiltig plan, ej behörig, felaktig rad)
  2  fel i anrop eller indata: okänd flagga, fil saknas, ogiltig JSON, Kolada svarar inte

Språk: --lang sv|en, annars LC_ALL, LC_MESSAGES eller LANG; svenska som standard.
Mer: asf-kit <kommando> --help`,
  `
Exit status:
  0  all well
  1  findings: the input was read, but something needs a person (invalid plan, not eligible, bad row)
  2  usage or input error: unknown flag, missing file, invalid JSON, Kolada not answering

Language: --lang sv|en, else LC_ALL, LC_MESSAGES or LANG; Swedish by default.
More: asf-kit <command> --help`,
);

/** Commander's English error, as one line in the language spoken. */
function commanderMessage(error: CommanderError): Bilingual {
  const en = error.message
    .replace(/^error: /u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const quoted = [...en.matchAll(/'([^']*)'/gu)].map((m) => m[1] ?? '');
  const suggestion = /\(Did you mean (.+)\?\)/u.exec(en)?.[1];
  const didYouMean: Bilingual = suggestion
    ? { sv: ` (menade du ${suggestion}?)`, en: ` (did you mean ${suggestion}?)` }
    : { sv: '', en: '' };
  switch (error.code) {
    case 'commander.unknownOption':
      return { sv: `okänd flagga '${quoted[0]}'${didYouMean.sv}`, en: `unknown option '${quoted[0]}'${didYouMean.en}` };
    case 'commander.unknownCommand':
      return {
        sv: `okänt kommando '${quoted[0]}'${didYouMean.sv}`,
        en: `unknown command '${quoted[0]}'${didYouMean.en}`,
      };
    case 'commander.missingArgument':
      return { sv: `argumentet '${quoted[0]}' saknas`, en: `missing argument '${quoted[0]}'` };
    case 'commander.optionMissingArgument':
      return { sv: `flaggan '${quoted[0]}' saknar sitt värde`, en: `option '${quoted[0]}' needs a value` };
    case 'commander.missingMandatoryOptionValue':
      return { sv: `flaggan '${quoted[0]}' måste anges`, en: `option '${quoted[0]}' is required` };
    case 'commander.excessArguments':
      return {
        sv: `för många argument (${/got (\d+)/u.exec(en)?.[1] ?? '?'}; högst ${/Expected (\d+)/u.exec(en)?.[1] ?? '?'})`,
        en: `too many arguments (${/got (\d+)/u.exec(en)?.[1] ?? '?'}; at most ${/Expected (\d+)/u.exec(en)?.[1] ?? '?'})`,
      };
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\./u.exec(en)?.[1];
      // "option '--lang <lang>' argument 'fi' is invalid" / "command-argument value 'foo' is invalid for argument 'check'"
      const argumentFirst = en.startsWith('command-argument value');
      const what = (argumentFirst ? quoted[1] : quoted[0]) ?? '';
      const value = (argumentFirst ? quoted[0] : quoted[1]) ?? '';
      return choices
        ? {
            sv: `'${value}' är inte ett tillåtet värde för '${what}'; välj ett av ${choices}`,
            en: `'${value}' is not allowed for '${what}'; choose one of ${choices}`,
          }
        : { sv: `ogiltigt värde: ${en}`, en };
    }
    case 'commander.conflictingOption':
      return {
        sv: `flaggorna '${quoted[0]}' och '${quoted[1]}' kan inte användas tillsammans`,
        en: `options '${quoted[0]}' and '${quoted[1]}' cannot be used together`,
      };
    default:
      return { sv: en, en };
  }
}

/** Builds the program in one language. */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const t = (text: Bilingual): string => text[io.lang];
  const context: Context = { io, t };
  // Commander's "(choices: …)" and "(default: …)", in the language spoken.
  const withExtras = (
    description: string,
    choices: readonly string[] | undefined,
    value: unknown,
    valueText: string | undefined,
  ): string => {
    const extras: string[] = [];
    if (choices) extras.push(`${t(both('val', 'choices'))}: ${choices.join(', ')}`);
    if (value !== undefined && value !== false)
      extras.push(
        `${t(both('standard', 'default'))}: ${valueText ?? (typeof value === 'string' ? value : JSON.stringify(value))}`,
      );
    return extras.length > 0 ? `${description} (${extras.join('; ')})` : description;
  };
  const program = new Command('asf-kit');
  program
    .description(
      t(
        both(
          'Verktyg för planer och regler om arbetsintegrerande sociala företag (ASF): granska planer, flytta åtgärder till och från Excel, pröva behörighet, hämta utfall från Kolada.',
          'Tools for plans and rules on work-integration social enterprises (ASF): check plans, move activities to and from Excel, check eligibility, fetch outcomes from Kolada.',
        ),
      ),
    )
    .version(VERSION, '-V, --version', t(both('visa versionen', 'show the version')))
    .helpOption('-h, --help', t(both('visa hjälpen', 'show this help')))
    .helpCommand(false)
    .addOption(
      new Option(
        '--lang <lang>',
        t(both('språk för text och hjälp: sv eller en', 'language of texts and help: sv or en')),
      ).choices(['sv', 'en']),
    )
    .option('--json', t(both('utdata som JSON för program', 'output as JSON for programs')))
    .option('--debug', t(both('visa stackspår vid oväntade fel', 'show stack traces on unexpected errors')))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Errors are printed by main() in the language spoken, as one line.
      outputError: () => {},
    })
    .configureHelp({
      showGlobalOptions: true,
      sortSubcommands: false,
      styleTitle: (title) => (io.lang === 'sv' ? (TITLES_SV[title] ?? title) : title),
      commandUsage(command) {
        const usage = Help.prototype.commandUsage.call(this, command);
        return io.lang === 'sv' ? usage.replace('[options]', '[flaggor]').replace('[command]', '[kommando]') : usage;
      },
      subcommandTerm(command) {
        const term = Help.prototype.subcommandTerm.call(this, command);
        return io.lang === 'sv' ? term.replace('[options]', '[flaggor]') : term;
      },
      optionDescription: (option) =>
        withExtras(option.description, option.argChoices, option.defaultValue, option.defaultValueDescription),
      argumentDescription: (argument: Argument) =>
        withExtras(argument.description, argument.argChoices, argument.defaultValue, argument.defaultValueDescription),
    })
    .addHelpText('after', t(EXIT_CODES));
  program.commandsGroup(io.lang === 'sv' ? 'Kommandon:' : 'Commands:');
  const run = (command: Command, action: (...args: unknown[]) => Promise<ExitCode> | ExitCode) => {
    command.action(async (...args: unknown[]) => {
      setExit(await action(...args));
    });
  };
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).summary(t(spec.summary));
    if (!command.description()) command.description(t(spec.summary));
    spec.define(command, context, run);
  }
  return program;
}

/**
 * Runs `asf-kit` with these arguments (without `node` and the script) and gives the exit code.
 * Never throws: a usage or input error is one line on standard error (a stack trace only with
 * `--debug`).
 */
export async function main(argv: readonly string[], streams: Omit<Io, 'lang'>): Promise<ExitCode> {
  const io: Io = { ...streams, lang: detectLanguage(argv, streams.env) };
  const args = argv.slice(0, argv.indexOf('--') < 0 ? argv.length : argv.indexOf('--'));
  const debug = args.includes('--debug');
  const json = args.includes('--json');
  let exit: ExitCode = EXIT.ok;
  const fail = (text: Bilingual, code: ExitCode = EXIT.error): ExitCode => {
    io.stderr.write(`asf-kit: ${text[io.lang]}\n`);
    if (json) io.stdout.write(`${JSON.stringify({ error: { message: text } }, null, 2)}\n`);
    return code;
  };
  try {
    const program = buildProgram(io, (code) => {
      exit = code;
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are shown by commander; asked for, they are a success.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      // `asf-kit` with no command: the help was shown on standard error.
      if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') return EXIT.error;
      const message = commanderMessage(error);
      const hint = both(' (se asf-kit --help)', ' (see asf-kit --help)');
      return fail({ sv: `${message.sv}${hint.sv}`, en: `${message.en}${hint.en}` });
    }
    if (error instanceof CliError) {
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return fail(error.text, error.exitCode);
    }
    const detail = error instanceof Error ? error.message : String(error);
    if (debug) io.stderr.write(`${error instanceof Error && error.stack ? error.stack : detail}\n`);
    return fail(
      both(
        `oväntat fel: ${detail}${debug ? '' : ' (kör med --debug för detaljer)'}`,
        `unexpected error: ${detail}${debug ? '' : ' (run with --debug for details)'}`,
      ),
    );
  }
}

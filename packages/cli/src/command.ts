/**
 * The shape of a command in the command table (commands/index.ts): a name, a one-line
 * summary in Swedish and English, and a `define` that adds its arguments, options and action
 * to a commander `Command`. Adding a command is one entry in the table.
 * @module
 */
import type { Command } from 'commander';
import type { Bilingual } from '@asf-kit/core';
import type { ExitCode } from './errors.js';
import type { Io } from './io.js';

/** The options every command takes (defined once, on the program). */
export interface GlobalOptions {
  lang?: 'sv' | 'en';
  json?: boolean;
  debug?: boolean;
}

/** What a command's action gets besides its own arguments. */
export interface Context {
  io: Io;
  /** Text in the language spoken. */
  t: (text: Bilingual) => string;
}

/** One command of `asf-kit`. */
export interface CliCommand {
  name: string;
  /** The line in `asf-kit --help`'s list of commands. */
  summary: Bilingual;
  /**
   * Adds arguments, options, help text and the action (through `run`, for the command or a
   * subcommand of it). The action resolves to the exit code; it throws `CliError` for a usage
   * or input error.
   */
  define(
    command: Command,
    context: Context,
    run: (command: Command, action: (...args: unknown[]) => Promise<ExitCode> | ExitCode) => void,
  ): void;
}

/** The options of the command an action runs for, with the global ones. */
export function optionsOf<T>(args: readonly unknown[]): T & GlobalOptions {
  const command = args[args.length - 1] as Command;
  return command.optsWithGlobals<T & GlobalOptions>();
}

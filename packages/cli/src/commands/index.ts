/**
 * The command table: every command of `asf-kit`, in the order `--help` lists them. A new
 * command is one module and one line here.
 * @module
 */
import type { CliCommand } from '../command.js';
import { validate } from './validate.js';
import { report } from './report.js';
import { csv } from './csv.js';
import { check } from './check.js';
import { kolada } from './kolada.js';
import { schema } from './schema.js';

export const COMMANDS: readonly CliCommand[] = [validate, report, csv, check, kolada, schema];

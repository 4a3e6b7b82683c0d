/**
 * `asf-kit schema`: prints the JSON Schema of the plan format (`plan.schema.json`).
 * @module
 */
import { planJsonSchema } from '@asf-kit/core';
import type { CliCommand } from '../command.js';
import { optionsOf } from '../command.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../io.js';
import { both } from '../text.js';

export const schema: CliCommand = {
  name: 'schema',
  summary: both(
    'skriv ut planformatets JSON Schema (plan.schema.json)',
    "print the plan format's JSON Schema (plan.schema.json)",
  ),
  define(command, { io, t }, run) {
    command
      .option(
        '-o, --output <file>',
        t(both('skriv till en fil i stället för standard ut', 'write to a file instead of standard output')),
      )
      .addHelpText(
        'after',
        t(
          both(
            '\nExempel:\n  asf-kit schema -o plan.schema.json\n\nSamma schema som @asf-kit/core/plan.schema.json; redigerare som VS Code kan använda det via "$schema".',
            '\nExample:\n  asf-kit schema -o plan.schema.json\n\nThe same schema as @asf-kit/core/plan.schema.json; editors such as VS Code can use it through "$schema".',
          ),
        ),
      );
    run(command, (...args: unknown[]) => {
      const options = optionsOf<{ output?: string }>(args);
      // The same text the build writes to packages/core/dist/plan.schema.json.
      writeOutput(io, options.output, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    });
  },
};

/**
 * `asf-kit report`: reserved. The follow-up report needs the elements rendered on the server,
 * which is not there yet; until then the command says so and exits with 2.
 * @module
 */
import type { CliCommand } from '../command.js';
import { CliError } from '../errors.js';
import { both } from '../text.js';

export const report: CliCommand = {
  name: 'report',
  summary: both(
    'uppföljningsrapport som HTML/PDF (inte tillgängligt ännu)',
    'follow-up report as HTML/PDF (not available yet)',
  ),
  define(command, { t }, run) {
    command
      .argument('[args...]')
      .allowUnknownOption()
      .helpOption(false)
      .description(
        t(
          both(
            'Uppföljningsrapporten (asf-kit report <plan.json> --as-of <datum> -o rapport.html) är inte tillgänglig ännu: den kräver att komponenterna kan renderas på servern, vilket kommer i en senare version.',
            'The follow-up report (asf-kit report <plan.json> --as-of <date> -o report.html) is not available yet: it needs the elements rendered on the server, which comes in a later version.',
          ),
        ),
      );
    run(command, () => {
      throw new CliError(
        both(
          'report: kommandot är inte tillgängligt ännu (rapporten kräver serverrendering av komponenterna, som kommer i en senare version).',
          'report: the command is not available yet (the report needs server-side rendering of the elements, which comes in a later version).',
        ),
      );
    });
  },
};

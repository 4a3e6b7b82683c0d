/**
 * The words every element shares, Swedish and English side by side, in two groups so that an
 * element's bundle holds only the groups it uses: the status views (loading, a plan that cannot
 * be shown, the list of problems, the retry button) and the words about plans that several
 * elements show. The load errors of the plan controller are in load.texts.ts, which only the
 * plan controller imports (in a lazy chunk of `<asf-progress>`). The messages about a plan's content are in
 * plan-check.texts.ts, which only the lazy plan parser chunk imports.
 * @internal
 * @module
 */
import type { Bilingual } from '@asf-kit/core';

/** The loading and problem views (shared/status-view.ts). */
export const STATUS_TEXTS = {
  loading: { sv: 'Laddar…', en: 'Loading…' },
  planCannotBeShown: { sv: 'Planen kan inte visas.', en: 'Could not show the plan.' },
  tryAgain: { sv: 'Försök igen', en: 'Try again' },
  andMore: (n: number): Bilingual => ({ sv: `… och ${n} till`, en: `… and ${n} more` }),
};

/** Words about plans that several elements show. */
export const PLAN_TEXTS = {
  noPlan: { sv: 'Ingen plan att visa.', en: 'No plan to show.' },
  noActivities: { sv: 'Planen har inga åtgärder.', en: 'The plan has no activities.' },
  activity: { sv: 'Åtgärd', en: 'Activity' },
  lead: { sv: 'Huvudansvarig', en: 'Lead' },
};

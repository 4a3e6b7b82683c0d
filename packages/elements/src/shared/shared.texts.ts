/**
 * The words every element shares, Swedish and English side by side, in three groups so that an
 * element's bundle holds only the groups it uses: the status views (loading, a plan that cannot
 * be shown, the list of problems, the retry button), the load errors of the plan controller, and
 * the words about plans that several elements show. The messages about a plan's content are in
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

/** Why a plan could not be loaded (shared/plan-controller.ts). */
export const LOAD_TEXTS = {
  httpError: (url: string, status: number): Bilingual => ({
    sv: `Planen kunde inte hämtas från ${url}: servern svarade ${status}${status === 404 ? ' (hittades inte)' : ''}.`,
    en: `The plan could not be loaded from ${url}: the server answered ${status}${status === 404 ? ' (not found)' : ''}.`,
  }),
  networkError: (url: string, detail: string): Bilingual => ({
    sv: `Planen kunde inte hämtas från ${url}: nätverksfel (${detail}).`,
    en: `The plan could not be loaded from ${url}: network error (${detail}).`,
  }),
  partNotLoaded: (detail: string): Bilingual => ({
    sv: `Planen kan inte läsas: en del av komponenten kunde inte laddas (${detail}).`,
    en: `The plan cannot be read: a part of the component could not be loaded (${detail}).`,
  }),
};

/** Words about plans that several elements show. */
export const PLAN_TEXTS = {
  noPlan: { sv: 'Ingen plan att visa.', en: 'No plan to show.' },
  noActivities: { sv: 'Planen har inga åtgärder.', en: 'The plan has no activities.' },
  activity: { sv: 'Åtgärd', en: 'Activity' },
  lead: { sv: 'Huvudansvarig', en: 'Lead' },
};

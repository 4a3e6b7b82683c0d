/**
 * The words every element shares, Swedish and English side by side: loading, a plan that cannot
 * be loaded or shown, the list of problems and the retry button.
 * @internal
 * @module
 */
import type { Bilingual } from '@asf-kit/core';

/** Where a plan came from, as the messages name it. */
export type PlanOrigin = { url: string } | 'plan' | 'script';

const where = (origin: PlanOrigin): Bilingual =>
  origin === 'plan'
    ? { sv: '', en: '' }
    : origin === 'script'
      ? {
          sv: 'i elementets <script type="application/json"> ',
          en: 'in the element’s <script type="application/json"> ',
        }
      : { sv: `i ${origin.url} `, en: `in ${origin.url} ` };

export const SHARED_TEXTS = {
  loading: { sv: 'Laddar…', en: 'Loading…' },
  planCannotBeShown: { sv: 'Planen kan inte visas.', en: 'Could not show the plan.' },
  tryAgain: { sv: 'Försök igen', en: 'Try again' },
  andMore: (n: number): Bilingual => ({ sv: `… och ${n} till`, en: `… and ${n} more` }),
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
  planInvalid: (origin: PlanOrigin, n: number): Bilingual => ({
    sv: `Planen ${where(origin).sv}är inte giltig: ${n} fel.`,
    en: `The plan ${where(origin).en}is not valid: ${n} ${n === 1 ? 'problem' : 'problems'}.`,
  }),
  scriptNotJson: (detail: string): Bilingual => ({
    sv: `Planen ${where('script').sv}är inte giltig JSON: ${detail}`,
    en: `The plan ${where('script').en}is not valid JSON: ${detail}`,
  }),
} as const;

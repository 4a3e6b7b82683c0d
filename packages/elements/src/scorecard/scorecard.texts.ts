/**
 * The words of `<asf-scorecard>`, in Swedish and English.
 * @module
 */
import { LOCALES } from '../shared/lang.js';
import {
  INDICATOR_STATUSES,
  INDICATOR_STATUS_LABELS,
  type Bilingual,
  type IndicatorStatus,
  type Language,
} from '@asf-kit/core';

export const TEXTS = {
  all: { sv: 'Alla', en: 'All' },
  filterGroup: { sv: 'Visa indikatorer efter status', en: 'Show indicators by status' },
  other: { sv: 'Övrigt', en: 'Other' },
  goalProgress: { sv: 'Målets framsteg', en: 'Progress of the goal' },
  methodHeading: { sv: 'Så räknas målets framsteg', en: 'How the progress of a goal is computed' },
  noPlan: {
    sv: 'Ingen plan att visa: ange en fil i src eller en plan i egenskapen plan.',
    en: 'No plan to show: give a file in src or a plan in the plan property.',
  },
  noIndicators: { sv: 'Planen har inga indikatorer att följa upp.', en: 'The plan has no indicators to follow up.' },
  illustrative: {
    sv: 'Planen innehåller illustrativa siffror, inte verkliga.',
    en: 'The plan contains illustrative figures, not real ones.',
  },
  problemTitle: { sv: 'Resultattavlan kan inte visas.', en: 'The scorecard cannot be shown.' },
} as const satisfies Record<string, Bilingual>;

/**
 * "Läget den 31 december 2018" / "Status on 31 December 2018"; with `periodEnd`, "…, när
 * planperioden slutade" / "…, when the plan period ended".
 */
export function asOfText(iso: string, lang: Language, periodEnd = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  const text: Bilingual = {
    sv: `Läget den ${date}${periodEnd ? ', när planperioden slutade' : ''}`,
    en: `Status on ${date}${periodEnd ? ', when the plan period ended' : ''}`,
  };
  return text[lang];
}

/** "Uppnått: 5 · I fas: 0 · …": the counts per status, for paper. */
export function countsText(counts: Readonly<Record<IndicatorStatus, number>>, lang: Language): string {
  return INDICATOR_STATUSES.map((s) => `${INDICATOR_STATUS_LABELS[s][lang]}: ${counts[s]}`).join(' · ');
}

/** "Visar 4 av 13 indikatorer." / "Showing 4 of 13 indicators." */
export function showingText(shown: number, total: number, lang: Language): string {
  const text: Bilingual =
    shown === total
      ? { sv: `Visar alla ${total} indikatorer.`, en: `Showing all ${total} indicators.` }
      : {
          sv: `Visar ${shown} av ${total} ${total === 1 ? 'indikator' : 'indikatorer'}.`,
          en: `Showing ${shown} of ${total} ${total === 1 ? 'indicator' : 'indicators'}.`,
        };
  return text[lang];
}

/** "medelvärde av 3 av 4 indikatorer" / "mean of 3 of 4 indicators". */
export function meanOfText(included: number, of: number, lang: Language): string {
  const text: Bilingual = {
    sv: `medelvärde av ${included} av ${of} ${of === 1 ? 'indikator' : 'indikatorer'}`,
    en: `mean of ${included} of ${of} ${of === 1 ? 'indicator' : 'indicators'}`,
  };
  return text[lang];
}

/** When no indicator of a goal has a progress. */
export const NO_GOAL_PROGRESS: Bilingual = {
  sv: 'kan inte räknas ut: ingen av målets indikatorer kan bedömas',
  en: 'cannot be computed: none of the indicators of the goal can be assessed',
};

/** "Inga indikatorer har status Efter plan." */
export function noneWithStatus(status: string, lang: Language): string {
  const text: Bilingual = {
    sv: `Inga indikatorer har status ${status}.`,
    en: `No indicator has the status ${status}.`,
  };
  return text[lang];
}

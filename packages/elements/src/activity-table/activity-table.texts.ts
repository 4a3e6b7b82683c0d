/**
 * The words of `<asf-activity-table>`, Swedish and English side by side.
 * @module
 */
import { PLAN_TEXTS } from '../shared/shared.texts.js';
import { formatNumber, type Bilingual, type Language } from '@asf-kit/core';

export const TEXTS = {
  title: PLAN_TEXTS.activity,
  goal: { sv: 'Område', en: 'Goal' },
  lead: PLAN_TEXTS.lead,
  involved: { sv: 'Andra berörda aktörer', en: 'Other actors involved' },
  schedule: { sv: 'Tidplan', en: 'Schedule' },
  filters: { sv: 'Filtrera åtgärder', en: 'Filter activities' },
  search: { sv: 'Sök', en: 'Search' },
  actor: { sv: 'Aktör', en: 'Actor' },
  allActors: { sv: 'Alla aktörer', en: 'All actors' },
  allGoals: { sv: 'Alla områden', en: 'All goals' },
  none: { sv: 'Ingen', en: 'None' },
  noSchedule: { sv: 'Ingen tidplan', en: 'No schedule' },
  noRows: { sv: 'Inga åtgärder matchar filtren.', en: 'No activities match the filters.' },
  noActivities: PLAN_TEXTS.noActivities,
  empty: PLAN_TEXTS.noPlan,
  abbreviations: { sv: 'Förkortningar', en: 'Abbreviations' },
  sortedAscending: { sv: 'sorterad stigande', en: 'sorted ascending' },
  sortedDescending: { sv: 'sorterad fallande', en: 'sorted descending' },
} as const;

/** "Visar 6 av 18 åtgärder" / "Showing 6 of 18 activities". */
export function countText(shown: number, total: number, lang: Language): string {
  const s = formatNumber(shown, lang, { maximumFractionDigits: 0 });
  const t = formatNumber(total, lang, { maximumFractionDigits: 0 });
  const one = total === 1;
  const text: Bilingual = {
    sv: `Visar ${s} av ${t} ${one ? 'åtgärd' : 'åtgärder'}`,
    en: `Showing ${s} of ${t} ${one ? 'activity' : 'activities'}`,
  };
  return text[lang];
}

/**
 * The words of `<asf-responsibility-matrix>`, Swedish and English side by side.
 * @module
 */
import { PLAN_TEXTS } from '../shared/shared.texts.js';

export const TEXTS = {
  caption: { sv: 'Ansvarsfördelning: ', en: 'Responsibilities: ' },
  activity: PLAN_TEXTS.activity,
  lead: PLAN_TEXTS.lead,
  involved: { sv: 'Berörd', en: 'Involved' },
  notInvolved: { sv: 'Ej berörd', en: 'Not involved' },
  workload: { sv: 'Antal åtgärder', en: 'Number of activities' },
  workloadText: (lead: string, involved: string) => ({
    sv: [`leder ${lead},`, `berörd ${involved}`],
    en: [`leads ${lead},`, `involved in ${involved}`],
  }),
  all: { sv: 'Andra berörda: samtliga', en: 'Others involved: all' },
  allLegend: {
    sv: 'Samtliga: alla aktörer i tabellen utom den huvudansvariga',
    en: 'All: every actor of the table except the lead',
  },
  legend: { sv: 'Teckenförklaring', en: 'Key' },
  noActivities: PLAN_TEXTS.noActivities,
  empty: PLAN_TEXTS.noPlan,
  noGoal: { sv: 'Utan område', en: 'No goal' },
  involvedList: { sv: 'Berörda', en: 'Involved' },
  nobody: { sv: 'inga', en: 'none' },
  moreColumns: {
    end: { sv: 'Fler kolumner åt höger', en: 'More columns to the right' },
    start: { sv: 'Fler kolumner åt vänster', en: 'More columns to the left' },
    both: { sv: 'Fler kolumner åt båda hållen', en: 'More columns on both sides' },
  },
  scrollSideways: { sv: 'rulla tabellen i sidled.', en: 'scroll the table sideways.' },
} as const;

/**
 * The words of `<asf-progress>`'s lazy parts, in Swedish and English: the figures list and the
 * problems of a plan or an indicator object. The words the gauge shows with its bar (the sentence
 * its meter speaks) are in progress.meter.texts.ts.
 * @module
 */
import { formatNumber, localize, type Bilingual, type IndicatorEvaluation, type Language } from '@asf-kit/core';
import { AT_MOST, rangeText } from './progress.meter.texts.js';

export const TEXTS = {
  outcome: { sv: 'Utfall', en: 'Outcome' },
  target: { sv: 'Mål', en: 'Target' },
  baseline: { sv: 'Utgångsvärde', en: 'Baseline' },
  progress: { sv: 'Framsteg', en: 'Progress' },
  attainment: { sv: 'Måluppfyllelse', en: 'Attainment' },
  elapsed: { sv: 'Tid som gått', en: 'Time passed' },
  ofTargetLevel: { sv: 'av målnivån', en: 'of the target level' },
  ofTimeToTargetDate: { sv: 'av tiden fram till måldatum', en: 'of the time to the target date' },
  milestone: { sv: 'Delmål (ja/nej)', en: 'Milestone (yes/no)' },
  betterThanBaseline: { sv: 'Bättre än utgångsvärdet', en: 'Better than the baseline' },
  illustrative: { sv: 'Illustrativa siffror, inte verkliga.', en: 'Illustrative figures, not real ones.' },
  ofThePlannedIncrease: { sv: 'av den planerade ökningen', en: 'of the planned increase' },
  ofThePlannedDecrease: { sv: 'av den planerade minskningen', en: 'of the planned decrease' },
} as const satisfies Record<string, Bilingual>;

/** The words of a plan or an indicator object that does not give the gauge an indicator. */
export const PLAN_PROBLEM_TEXTS = {
  invalidIndicator: (n: number): Bilingual => ({
    sv: `Indikatorn är inte giltig: ${n} fel.`,
    en: `The indicator is not valid: ${n} ${n === 1 ? 'problem' : 'problems'}.`,
  }),
  noIndicatorId: (ids: readonly string[]): Bilingual => ({
    sv: `Ange vilken indikator som ska visas med attributet indicator. ${listIds(ids, 'sv')}`,
    en: `Say which indicator to show with the indicator attribute. ${listIds(ids, 'en')}`,
  }),
  unknownIndicator: (id: string, ids: readonly string[]): Bilingual => ({
    sv: `Planen har ingen indikator med id "${id}". ${listIds(ids, 'sv')}`,
    en: `The plan has no indicator with the id "${id}". ${listIds(ids, 'en')}`,
  }),
};

function listIds(ids: readonly string[], lang: Language): string {
  const list = ids.join(', ');
  const text: Bilingual = ids.length
    ? { sv: `Indikatorer i planen: ${list}.`, en: `Indicators in the plan: ${list}.` }
    : { sv: 'Planen har inga indikatorer.', en: 'The plan has no indicators.' };
  return text[lang];
}

/** "av den planerade ökningen" / "of the planned decrease". */
export function ofThePlannedChange(e: IndicatorEvaluation, lang: Language): string {
  return (e.direction === 'decrease' ? TEXTS.ofThePlannedDecrease : TEXTS.ofThePlannedIncrease)[lang];
}

/** The outcome with its unit: "28 aktiva ASF", "ca 75". */
export function outcomeText(e: IndicatorEvaluation, lang: Language): string {
  const o = e.outcome;
  const figure = formatNumber(typeof o?.value === 'number' ? o.value : null, lang, {
    approximate: o?.approximate === true,
  });
  const unit = localize(e.unit ?? undefined, lang);
  return unit ? `${figure} ${unit}` : figure;
}

/** The target level: "30", or "högst 10" when less is better, or a range as printed: "2–4". */
export function targetText(e: IndicatorEvaluation, lang: Language): string {
  const t = e.target;
  if (t?.type === 'range') return rangeText(t, lang);
  const figure = formatNumber(t?.value ?? null, lang, { approximate: t?.approximate === true });
  return e.direction === 'decrease' ? `${AT_MOST[lang]} ${figure}` : figure;
}

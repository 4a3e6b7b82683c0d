/**
 * The words of `<asf-progress>`, in Swedish and English, and the sentence its meter speaks.
 * @module
 */
import {
  formatNumber,
  formatPercent,
  localize,
  type Bilingual,
  type IndicatorEvaluation,
  type Language,
} from '@asf-kit/core';

export const TEXTS = {
  outcome: { sv: 'Utfall', en: 'Outcome' },
  target: { sv: 'Mål', en: 'Target' },
  baseline: { sv: 'Utgångsvärde', en: 'Baseline' },
  progress: { sv: 'Framsteg', en: 'Progress' },
  attainment: { sv: 'Måluppfyllelse', en: 'Attainment' },
  elapsed: { sv: 'Tid som gått', en: 'Time passed' },
  ofTargetLevel: { sv: 'av målnivån', en: 'of the target level' },
  ofTimeToTargetDate: { sv: 'av tiden fram till måldatum', en: 'of the time to the target date' },
  atMost: { sv: 'högst', en: 'at most' },
  milestone: { sv: 'Delmål (ja/nej)', en: 'Milestone (yes/no)' },
  betterThanBaseline: { sv: 'Bättre än utgångsvärdet', en: 'Better than the baseline' },
  illustrative: { sv: 'Illustrativa siffror, inte verkliga.', en: 'Illustrative figures, not real ones.' },
  ofThePlannedIncrease: { sv: 'av den planerade ökningen', en: 'of the planned increase' },
  ofThePlannedDecrease: { sv: 'av den planerade minskningen', en: 'of the planned decrease' },
} as const satisfies Record<string, Bilingual>;

/** The words of the "invalid attribute" problems. */
export const PROBLEM_TEXTS = {
  title: { sv: 'Mätaren kan inte visas.', en: 'The gauge cannot be shown.' },
  partNotLoaded: (detail: string): Bilingual => ({
    sv: `En del av mätaren kunde inte laddas (${detail}).`,
    en: `A part of the gauge could not be loaded (${detail}).`,
  }),
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
  if (t?.type === 'range')
    return `${formatNumber(t.min, lang, { approximate: t.approximate })}–${formatNumber(t.max, lang)}`;
  const figure = formatNumber(e.target?.value ?? null, lang, { approximate: e.target?.approximate === true });
  return e.direction === 'decrease' ? `${TEXTS.atMost[lang]} ${figure}` : figure;
}

/**
 * What the meter says in words (`aria-valuetext`):
 * "28 av 30 aktiva ASF, utgångsvärde 25, 60 % av planerad ökning" — the outcome against the
 * target, the baseline when there is one, and the progress (share of the planned change); without
 * a baseline figure the attainment ("93 % av målet").
 */
export function valueText(e: IndicatorEvaluation, lang: Language): string {
  const o = e.outcome;
  const outcome = formatNumber(typeof o?.value === 'number' ? o.value : null, lang, {
    approximate: o?.approximate === true,
  });
  const target = formatNumber(e.target?.value ?? null, lang, { approximate: e.target?.approximate === true });
  const unit = localize(e.unit ?? undefined, lang);
  const u = unit ? ` ${unit}` : '';
  const parts: Bilingual[] = [];
  // Plan format 1.1: a range is said as printed; a target with no number has no level to say.
  if (e.target?.type === 'range') {
    const range = targetText(e, lang);
    parts.push({ sv: `${outcome}${u}, mål ${range}`, en: `${outcome}${u}, target ${range}` });
  } else if (e.target?.type === 'direction') parts.push({ sv: `${outcome}${u}`, en: `${outcome}${u}` });
  else if (e.direction === 'decrease')
    parts.push({ sv: `${outcome}${u}, mål högst ${target}`, en: `${outcome}${u}, target at most ${target}` });
  else parts.push({ sv: `${outcome} av ${target}${u}`, en: `${outcome} of ${target}${u}` });
  const b = e.baseline;
  if (b?.value != null) {
    const baseline = formatNumber(b.value, lang, { approximate: b.approximate });
    parts.push({ sv: `utgångsvärde ${baseline}`, en: `baseline ${baseline}` });
    if (e.progress !== null && e.target?.type !== 'direction') {
      const percent = formatPercent(e.progress, lang, { approximate: e.approximate });
      const decrease = e.direction === 'decrease';
      parts.push({
        sv: `${percent} av planerad ${decrease ? 'minskning' : 'ökning'}`,
        en: `${percent} of the planned ${decrease ? 'decrease' : 'increase'}`,
      });
    }
  } else if (e.attainment !== null && e.target?.type !== 'range') {
    const percent = formatPercent(e.attainment, lang, { approximate: e.approximate });
    parts.push({ sv: `${percent} av målet`, en: `${percent} of the target` });
  }
  return parts.map((p) => p[lang]).join(', ');
}

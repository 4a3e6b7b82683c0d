/**
 * The words `<asf-progress>` shows with its bar, in its first download, in Swedish and English:
 * the sentence its meter speaks (`aria-valuetext`) and the problem of a gauge that cannot be shown.
 * The words of the figures list are in progress.texts.ts (the lazy parts).
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

/** "högst" / "at most", before the level of a target when less is better. */
export const AT_MOST: Bilingual = { sv: 'högst', en: 'at most' };

/** The words of a gauge that cannot be shown: an attribute not understood, or a part not loaded. */
export const PROBLEM_TEXTS = {
  title: { sv: 'Mätaren kan inte visas.', en: 'The gauge cannot be shown.' },
  partNotLoaded: (detail: string): Bilingual => ({
    sv: `En del av mätaren kunde inte laddas (${detail}).`,
    en: `A part of the gauge could not be loaded (${detail}).`,
  }),
};

/** A range target as printed: "2–4". */
export function rangeText(t: NonNullable<IndicatorEvaluation['target']>, lang: Language): string {
  return `${formatNumber(t.min, lang, { approximate: t.approximate })}–${formatNumber(t.max, lang)}`;
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
    const range = rangeText(e.target, lang);
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

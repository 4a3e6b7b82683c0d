/**
 * One sentence per evaluated indicator, in Swedish and English:
 * "28 av 30 aktiva ASF — 60 % av den planerade ökningen; målet nåddes inte."
 * @module
 */
import { localize, type Bilingual, type Language } from '../i18n/text.js';
import type { IndicatorEvaluation } from '../targets/evaluate-indicator.js';
import { NOT_ASSESSABLE_REASON_LABELS } from '../targets/status.js';
import { formatNumber, formatPercent, formatValue } from './number.js';

type Words = Record<Language, string>;

const PLANNED: Record<IndicatorEvaluation['direction'], Words> = {
  increase: { sv: 'av den planerade ökningen', en: 'of the planned increase' },
  decrease: { sv: 'av den planerade minskningen', en: 'of the planned decrease' },
};
const OF_TARGET: Words = { sv: 'av målet', en: 'of the target' };
const REACHED: Words = { sv: 'målet nåddes', en: 'the target was reached' };
const NOT_REACHED: Words = { sv: 'målet nåddes inte', en: 'the target was not reached' };
const ON_TRACK: Words = { sv: 'i fas med planen', en: 'on track' };
const BEHIND: Words = { sv: 'efter planen', en: 'behind plan' };
const TIME_PASSED: Words = { sv: 'av tiden har gått', en: 'of the time has passed' };
const ILLUSTRATIVE: Words = { sv: 'illustrativa siffror', en: 'illustrative figures' };

function sentence(lang: Language, e: IndicatorEvaluation, body: string): string {
  const note = e.illustrative ? ` (${ILLUSTRATIVE[lang]})` : '';
  return `${body}${note}.`;
}

/** "28 aktiva ASF", or "Antal aktiva ASF: 28" when the indicator names no unit. */
function quantity(e: IndicatorEvaluation, lang: Language, figure: string): string {
  const unit = localize(e.unit ?? undefined, lang);
  return unit ? `${figure} ${unit}` : `${localize(e.title, lang)}: ${figure}`;
}

function pace(e: IndicatorEvaluation, lang: Language): string {
  const clause = e.status === 'on-track' ? ON_TRACK[lang] : BEHIND[lang];
  return `${clause} (${formatPercent(e.expected, lang)} ${TIME_PASSED[lang]})`;
}

function summarizeMilestone(e: IndicatorEvaluation, lang: Language): string {
  const title = localize(e.title, lang);
  const value = e.outcome?.value === true;
  switch (e.status) {
    case 'achieved':
    case 'not-achieved':
      return `${title}: ${formatValue(value, lang)}`;
    default: {
      const notYet =
        lang === 'sv'
          ? `ännu inte uppnått (måldatum ${e.target?.date})`
          : `not achieved yet (target date ${e.target?.date})`;
      return `${title}: ${notYet}; ${pace(e, lang)}`;
    }
  }
}

/** The baseline as a figure: "31", "ca 50 % av 49" (a share of a known total), "24 av 49". */
function baselineFigure(e: IndicatorEvaluation, lang: Language): string | null {
  const b = e.baseline;
  if (!b || b.value === null) return null;
  const of = b.of === null ? '' : ` ${lang === 'sv' ? 'av' : 'of'} ${formatNumber(b.of, lang)}`;
  const figure =
    b.share !== null
      ? `${formatPercent(b.share, lang, { approximate: b.approximate })}${of}`
      : `${formatNumber(b.value, lang, { approximate: b.approximate })}${of}`;
  return figure;
}

/** "utgångsvärde" or, for an undated figure, "utgångsvärde, idag": the time as printed. */
function baselineLabel(e: IndicatorEvaluation, lang: Language): string {
  const when = e.baseline?.when ?? null;
  return when === null ? BASELINE_WORD[lang] : `${BASELINE_WORD[lang]}, ${when}`;
}

const BASELINE_WORD: Words = { sv: 'utgångsvärde', en: 'baseline' };

function summarizeNotAssessable(e: IndicatorEvaluation, lang: Language): string {
  const reason = e.reason ?? 'no-outcome';
  const outcome = e.outcome;
  const baseline = baselineFigure(e, lang);
  const lead =
    outcome && typeof outcome.value === 'number'
      ? quantity(e, lang, formatNumber(outcome.value, lang, { approximate: outcome.approximate }))
      : !outcome && baseline !== null && reason === 'no-target'
        ? `${quantity(e, lang, baseline)} (${baselineLabel(e, lang)})`
        : localize(e.title, lang);
  if (reason === 'no-start') {
    const head = numericHead(e, lang);
    const rate = progressClause(e, lang);
    const why =
      lang === 'sv'
        ? 'takten kan inte bedömas eftersom startdatum saknas'
        : 'the pace cannot be judged without a start date';
    return `${head}${rate ? ` — ${rate}` : ''}; ${why}`;
  }
  if (reason === 'no-outcome' && e.target?.value != null) {
    const t = e.target;
    const figure =
      t.type === 'range'
        ? `${formatNumber(t.min, lang, { approximate: t.approximate })}–${formatNumber(t.max, lang)}`
        : formatNumber(t.value, lang, { approximate: t.approximate });
    const each = t.perArea
      ? lang === 'sv'
        ? ` i vart och ett av ${t.perArea.count} områden`
        : ` in each of ${t.perArea.count} areas`
      : '';
    const unit = localize(e.unit ?? undefined, lang);
    const is = lang === 'sv' ? 'målet är' : 'the target is';
    return `${localize(e.title, lang)}: ${NOT_ASSESSABLE_REASON_LABELS['no-outcome'][lang]}; ${is} ${unit ? `${figure} ${unit}` : figure}${each}`;
  }
  if (reason === 'area-missing' && e.areas && e.target?.perArea) {
    const reported = e.areas.filter((a) => a.outcome !== null).length;
    const count = e.target.perArea.count;
    const detail =
      lang === 'sv' ? `${reported} av ${count} områden har rapporterat` : `${reported} of ${count} areas have reported`;
    return `${localize(e.title, lang)}: ${NOT_ASSESSABLE_REASON_LABELS[reason][lang]} (${detail})`;
  }
  const separator = lead === localize(e.title, lang) ? ':' : ';';
  return `${lead}${separator} ${NOT_ASSESSABLE_REASON_LABELS[reason][lang]}`;
}

/** "28 av 30 aktiva ASF", or for less-is-better "12 sjukskrivna (mål: högst 10)", or for a range "3 kommuner (mål: 2–4)". */
function numericHead(e: IndicatorEvaluation, lang: Language): string {
  const o = e.outcome;
  const t = e.target;
  const outcome = formatNumber(typeof o?.value === 'number' ? o.value : null, lang, {
    approximate: o?.approximate === true,
  });
  if (t?.type === 'range') {
    const approximate = { approximate: t.approximate };
    const range = `${formatNumber(t.min, lang, approximate)}–${formatNumber(t.max, lang)}`;
    return `${quantity(e, lang, outcome)} (${lang === 'sv' ? 'mål' : 'target'}: ${range})`;
  }
  const target = formatNumber(t?.value ?? null, lang, { approximate: t?.approximate === true });
  if (e.direction === 'increase')
    return quantity(e, lang, lang === 'sv' ? `${outcome} av ${target}` : `${outcome} of ${target}`);
  return `${quantity(e, lang, outcome)} (${lang === 'sv' ? `mål: högst ${target}` : `target: at most ${target}`})`;
}

/** "60 % av den planerade ökningen", or "30 % av målet" when there is no baseline figure. */
function progressClause(e: IndicatorEvaluation, lang: Language): string | null {
  if (e.progress === null) return null;
  const percent = formatPercent(e.progress, lang, { approximate: e.approximate });
  if (e.baseline?.value != null) return `${percent} ${PLANNED[e.direction][lang]}`;
  // Without a baseline, progress is the attainment; "x % of the target" reads right only when more is better.
  return e.direction === 'increase' ? `${percent} ${OF_TARGET[lang]}` : null;
}

const BEYOND: Record<IndicatorEvaluation['direction'], Words> = {
  increase: { sv: 'över', en: 'above' },
  decrease: { sv: 'under', en: 'below' },
};

/** "35 ASF, över utgångsvärdet 31 (idag)": a target with no number, judged against the baseline. */
function summarizeDirection(e: IndicatorEvaluation, lang: Language): string {
  const o = e.outcome;
  const head = quantity(
    e,
    lang,
    formatNumber(typeof o?.value === 'number' ? o.value : null, lang, { approximate: o?.approximate === true }),
  );
  const beyond = BEYOND[e.direction][lang];
  const when = e.baseline?.when ? ` (${e.baseline.when})` : '';
  const than =
    lang === 'sv'
      ? `utgångsvärdet ${baselineFigure(e, lang) ?? ''}${when}`
      : `the baseline of ${baselineFigure(e, lang) ?? ''}${when}`;
  const relation =
    e.status === 'achieved'
      ? `${beyond} ${than}`
      : e.status === 'not-achieved'
        ? `${lang === 'sv' ? 'inte' : 'not'} ${beyond} ${than}`
        : `${lang === 'sv' ? 'ännu inte' : 'not yet'} ${beyond} ${than}`;
  const verdict =
    e.status === 'achieved' ? REACHED[lang] : e.status === 'not-achieved' ? NOT_REACHED[lang] : pace(e, lang);
  return `${head}, ${relation}; ${verdict}`;
}

/** "Kommuner med särskilt fokus: målet gäller vart och ett av 4 områden; 2 av 4 har nått det; efter planen …". */
function summarizePerArea(e: IndicatorEvaluation, lang: Language): string {
  const count = e.target?.perArea?.count ?? 0;
  const reached = (e.areas ?? []).filter((a) => a.status === 'achieved').length;
  const scope =
    lang === 'sv'
      ? `målet gäller vart och ett av ${count} områden; ${reached} av ${count} har nått det`
      : `the target applies to each of ${count} areas; ${reached} of ${count} have reached it`;
  const verdict =
    e.status === 'achieved' ? REACHED[lang] : e.status === 'not-achieved' ? NOT_REACHED[lang] : pace(e, lang);
  return `${localize(e.title, lang)}: ${scope}; ${verdict}`;
}

function summarize(e: IndicatorEvaluation, lang: Language): string {
  if (e.status === 'not-assessable') return sentence(lang, e, summarizeNotAssessable(e, lang));
  if (e.areas) return sentence(lang, e, summarizePerArea(e, lang));
  if (e.target?.type === 'milestone') return sentence(lang, e, summarizeMilestone(e, lang));
  if (e.target?.type === 'direction') return sentence(lang, e, summarizeDirection(e, lang));
  const head = numericHead(e, lang);
  const rate = progressClause(e, lang);
  const verdict =
    e.status === 'achieved' ? REACHED[lang] : e.status === 'not-achieved' ? NOT_REACHED[lang] : pace(e, lang);
  return sentence(lang, e, `${head}${rate ? ` — ${rate}` : ''}; ${verdict}`);
}

/**
 * One sentence about an evaluated indicator, in Swedish and English. It names the outcome
 * against the target, the progress (the share of the planned increase or decrease, or of the
 * target when there is no baseline) and the status; approximate figures keep their "ca"
 * ("about"), and a percentage computed from them does too. Numbers are formatted as by
 * `formatNumber`/`formatPercent`, so the spaces in "60 %" are no-break spaces.
 *
 * @example
 * summarizeIndicator(evaluateIndicator(activeAsf, { asOf: '2018-12-31' }));
 * // { sv: '28 av 30 aktiva ASF — 60 % av den planerade ökningen; målet nåddes inte.',
 * //   en: '28 of 30 active WISEs — 60% of the planned increase; the target was not reached.' }
 */
export function summarizeIndicator(evaluation: IndicatorEvaluation): Bilingual {
  return { sv: summarize(evaluation, 'sv'), en: summarize(evaluation, 'en') };
}

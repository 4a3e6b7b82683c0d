/**
 * The follow-up report as a static page: the plan's title, organisation, period, adoption and
 * sources; every indicator with its gauge, status and sentence and the goals' summaries (the
 * scorecard) with the method stated; the activity table and the responsibility matrix. The
 * elements are rendered on the server (`@asf-kit/elements/ssr.js`), so the page reads without
 * JavaScript; with the elements' script beside it they hydrate and become interactive. No inline
 * style or script: every stylesheet and script is a file in the assets folder, so the page keeps
 * its looks under `Content-Security-Policy: default-src 'self'`.
 * @module
 */
import { localizedPart, type Bilingual, type Language, type LocalizedText, type Plan } from '@asf-kit/core';

/** Where the page finds its files, relative to the page. */
export interface ReportAssets {
  /** The folder with report.css, the elements' stylesheets and the script, e.g. `report_files`. */
  folder: string;
}

const TEXTS = {
  kind: { sv: 'Uppföljningsrapport', en: 'Follow-up report' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  period: { sv: 'Period', en: 'Period' },
  adopted: { sv: 'Antagen', en: 'Adopted' },
  asOf: { sv: 'Läget per', en: 'Status as of' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  notes: { sv: 'Anteckningar i planen', en: 'Notes in the plan' },
  indicators: { sv: 'Mål och indikatorer', en: 'Goals and indicators' },
  method: { sv: 'Så räknas det', en: 'How it is calculated' },
  activities: { sv: 'Aktiviteter', en: 'Activities' },
  responsibility: { sv: 'Ansvarsfördelning', en: 'Responsibilities' },
  noActivities: { sv: 'Planen har inga aktiviteter.', en: 'The plan has no activities.' },
  sources: { sv: 'Källor', en: 'Sources' },
  noSources: { sv: 'Planen anger inga källor.', en: 'The plan names no sources.' },
  retrieved: { sv: 'hämtad', en: 'retrieved' },
  made: {
    sv: 'Rapporten är skapad med asf-kit från planens data; siffrorna är planens egna.',
    en: "The report was made with asf-kit from the plan's data; the figures are the plan's own.",
  },
  illustrative: {
    sv: 'Siffrorna i den här planen är illustrativa (påhittade för en demonstration).',
    en: 'The figures in this plan are illustrative (made up for a demonstration).',
  },
  page: { sv: 'Sida', en: 'Page' },
  of: { sv: 'av', en: 'of' },
} satisfies Record<string, Bilingual>;

/** The method, as the calculations of @asf-kit/core do it (see the design of targets). */
const METHOD: Bilingual[] = [
  {
    sv: 'Framsteg är den andel av den planerade förändringen som har nåtts: (utfall − utgångsvärde) / (mål − utgångsvärde). Måluppfyllelse är utfallet mot målnivån: utfall / mål. Där mindre är bättre räknas det spegelvänt.',
    en: 'Progress is the share of the planned change that has been achieved: (outcome − baseline) / (target − baseline). Attainment is the outcome against the target level: outcome / target. Where less is better the arithmetic is mirrored.',
  },
  {
    sv: 'Status vid periodens slut är uppnått eller ej uppnått; före måldatum jämförs framsteget med den andel av tiden som har gått (i fas eller efter). En indikator utan utfall eller utan beräkningsbart mål är inte bedömbar, aldrig 0. Ungefärliga siffror ("ca") förblir ungefärliga.',
    en: 'The status at the end of the period is achieved or not achieved; before the target date, progress is compared with the share of the time that has passed (on track or behind). An indicator without an outcome or without a target that can be computed is not assessable, never 0. Approximate figures ("ca") stay approximate.',
  },
  {
    sv: 'Ett måls framsteg är medelvärdet av framsteget för de av dess indikatorer som kan bedömas; rapporten säger hur många av indikatorerna som ingår.',
    en: "A goal's progress is the mean of the progress of those of its indicators that can be assessed; the report says how many of the indicators are included.",
  },
];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A CSS string literal (for the running header, which CSS paged media takes from `content`). */
export const cssString = (s: string): string =>
  `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, ' ')}"`;

/** A date `YYYY-MM-DD` as a reader says it: "31 december 2018", "31 December 2018". */
export function longDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A plan text in the report's language, marked with its own language where that differs. */
function text(value: LocalizedText | undefined, lang: Language, planLanguage: Language, tag = 'span'): string {
  const part = localizedPart(value, lang, planLanguage);
  const mark = part.lang === lang ? '' : ` lang="${part.lang}"`;
  return `<${tag}${mark}>${escapeHtml(part.text)}</${tag}>`;
}

/** The plan's title in the report's language, as plain text (for `<title>` and the running header). */
export function planTitle(plan: Plan, lang: Language): string {
  return localizedPart(plan.title, lang, plan.language ?? 'sv').text;
}

/** The page's own stylesheet, with the running header of the plan's title and the date. */
export function reportCss(plan: Plan, asOf: string, lang: Language): string {
  const header = `${planTitle(plan, lang)}`;
  const date = `${TEXTS.asOf[lang]} ${longDate(asOf, lang)}`;
  return `/* The follow-up report: screen, and A4 paper with CSS paged media. Written by asf-kit report. */
@page {
  size: A4;
  margin: 22mm 16mm 20mm;
  @top-left {
    content: ${cssString(header)};
    font: 8.5pt system-ui, sans-serif;
    color: #444;
    vertical-align: bottom;
    padding-block-end: 4mm;
  }
  @top-right {
    content: ${cssString(date)};
    font: 8.5pt system-ui, sans-serif;
    color: #444;
    vertical-align: bottom;
    padding-block-end: 4mm;
    white-space: nowrap;
  }
  @bottom-right {
    content: ${cssString(`${TEXTS.page[lang]} `)} counter(page) ${cssString(` ${TEXTS.of[lang]} `)} counter(pages);
    font: 8.5pt system-ui, sans-serif;
    color: #444;
  }
}
:root {
  color-scheme: light;
  font-family: var(--asf-font-family, system-ui, sans-serif);
  color: var(--asf-color-text, #1b1b1b);
  background: #fff;
  line-height: 1.5;
}
body {
  margin: 0 auto;
  max-inline-size: 62rem;
  padding: 1rem;
}
header.report {
  border-block-end: 2px solid var(--asf-color-primary, #005a9c);
  margin-block-end: 1.5rem;
}
.kind {
  margin: 0;
  color: var(--asf-color-text-muted, #555);
  text-transform: uppercase;
  letter-spacing: 0.05em;
  font-size: 0.85rem;
}
h1 {
  margin: 0.25rem 0 1rem;
  font-size: clamp(1.5rem, 1rem + 2.5vw, 2.25rem);
  line-height: 1.2;
  overflow-wrap: anywhere;
  hyphens: auto;
}
h2 {
  margin-block: 2rem 0.75rem;
  font-size: 1.4rem;
  break-after: avoid;
}
dl.facts {
  display: grid;
  grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr);
  gap: 0.25rem 1rem;
  margin: 0 0 1rem;
}
dl.facts dt {
  font-weight: 600;
}
dl.facts dd {
  margin: 0;
  overflow-wrap: anywhere;
}
p, li {
  max-inline-size: 70ch;
  overflow-wrap: anywhere;
}
.note {
  color: var(--asf-color-text-muted, #555);
  font-size: 0.9rem;
}
section {
  margin-block-end: 1.5rem;
}
a {
  color: var(--asf-color-link, #005a9c);
}
@media print {
  :root {
    font-size: 10.5pt;
  }
  body {
    max-inline-size: none;
    padding: 0;
  }
  h2,
  h3 {
    break-after: avoid;
  }
  li,
  dl.facts > * {
    break-inside: avoid;
  }
  a {
    color: inherit;
  }
}
`;
}

/** The parts of the page around the elements, as HTML; the elements go where the markers say. */
export interface ReportShell {
  head: string;
  header: string;
  method: string;
  sources: string;
  footer: string;
}

export function reportShell(plan: Plan, asOf: string, lang: Language, assets: ReportAssets): ReportShell {
  const pl = plan.language ?? 'sv';
  const t = (b: Bilingual) => escapeHtml(b[lang]);
  const title = planTitle(plan, lang);
  const facts: [string, string][] = [
    [t(TEXTS.organisation), `<span lang="${pl === lang ? lang : pl}">${escapeHtml(plan.organisation.name)}</span>`],
  ];
  if (plan.period) {
    facts.push([
      t(TEXTS.period),
      plan.period.text
        ? `${text(plan.period.text, lang, pl)} (${plan.period.start} – ${plan.period.end})`
        : `${longDate(plan.period.start, lang)} – ${longDate(plan.period.end, lang)}`,
    ]);
  }
  if (plan.adopted) {
    const a = plan.adopted;
    const when = a.date ? longDate(a.date, lang) : (a.dateText ?? '');
    facts.push([
      t(TEXTS.adopted),
      [text(a.by, lang, pl), escapeHtml(when), a.reference ? text(a.reference, lang, pl) : '']
        .filter(Boolean)
        .join(', '),
    ]);
  }
  facts.push([t(TEXTS.asOf), `<time datetime="${asOf}">${escapeHtml(longDate(asOf, lang))}</time>`]);
  const folder = escapeHtml(assets.folder);
  const head = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} – ${TEXTS.asOf[lang].toLowerCase()} ${longDate(asOf, lang)}`)}</title>
<link rel="stylesheet" href="${folder}/report.css">
<script type="module" src="${folder}/asf-kit-ssr.js"></script>`;
  const header = `<header class="report">
<p class="kind">${t(TEXTS.kind)}</p>
<h1>${text(plan.title, lang, pl)}</h1>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
${plan.description ? `<h2>${t(TEXTS.purpose)}</h2>\n${text(plan.description, lang, pl, 'p')}` : ''}
${
  plan.notes?.length
    ? `<h2>${t(TEXTS.notes)}</h2>\n<ul>${plan.notes.map((n) => text(n, lang, pl, 'li')).join('\n')}</ul>`
    : ''
}
${plan.illustrative ? `<p class="note">${t(TEXTS.illustrative)}</p>` : ''}
</header>`;
  const method = `<h3>${t(TEXTS.method)}</h3>\n${METHOD.map((m) => `<p class="note">${escapeHtml(m[lang])}</p>`).join('\n')}`;
  const sources = plan.sources.length
    ? `<ul>${plan.sources
        .map((s) => {
          const bits = [
            s.url
              ? `<a href="${escapeHtml(s.url)}" lang="${pl}">${escapeHtml(s.title)}</a>`
              : `<cite lang="${pl}">${escapeHtml(s.title)}</cite>`,
            s.publisher ? `<span lang="${pl}">${escapeHtml(s.publisher)}</span>` : '',
            s.date ? longDate(s.date, lang) : '',
            s.reference ? `<span lang="${pl}">${escapeHtml(s.reference)}</span>` : '',
            s.url ? `<span class="url">${escapeHtml(s.url)}</span>` : '',
            s.retrieved ? `${t(TEXTS.retrieved)} ${s.retrieved}` : '',
          ].filter(Boolean);
          return `<li>${bits.join('. ')}.</li>`;
        })
        .join('\n')}</ul>`
    : `<p>${t(TEXTS.noSources)}</p>`;
  const footer = `<footer><p class="note">${t(TEXTS.made)}</p></footer>`;
  return { head, header, method, sources, footer };
}

export { TEXTS as REPORT_TEXTS };

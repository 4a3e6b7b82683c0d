/**
 * Writes the follow-up report: the page, rendered on the server, and its files (the page's
 * stylesheet, the elements' stylesheets, the elements' script with hydration support).
 * @module
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import type { Language, Plan } from '@asf-kit/core';
import { REPORT_TEXTS, reportCss, reportShell } from './page.js';

/** Where the elements' built files are (the CDN bundle with hydration support). */
function elementsDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@asf-kit/elements/package.json')), 'dist');
}

/** The report's HTML, its elements rendered on the server. */
export async function renderReport(plan: Plan, asOf: string, lang: Language, assetsFolder: string): Promise<string> {
  // Loaded here, not at start: the other commands never need Lit and the elements.
  const { html, renderToString, inlinePlan } = await import('@asf-kit/elements/ssr.js');
  const shell = reportShell(plan, asOf, lang, { folder: assetsFolder });
  const t = REPORT_TEXTS;
  const hasActivities = plan.activities.length > 0;
  // The plan inline in each element that shows it: in the browser each element reads it from
  // there as it hydrates, and fetches nothing.
  const options = { lang, stylesheets: `${assetsFolder}/` };
  const scorecard = await renderToString(
    html`<asf-scorecard .plan=${plan} as-of=${asOf} heading-level="3">${inlinePlan(plan)}</asf-scorecard>`,
    options,
  );
  const none = `<p>${t.noActivities[lang]}</p>`;
  const table = hasActivities
    ? await renderToString(html`<asf-activity-table .plan=${plan}>${inlinePlan(plan)}</asf-activity-table>`, options)
    : none;
  const matrix = hasActivities
    ? await renderToString(
        html`<asf-responsibility-matrix .plan=${plan}>${inlinePlan(plan)}</asf-responsibility-matrix>`,
        options,
      )
    : none;
  const body = `<section>
<h2>${t.indicators[lang]}</h2>
${scorecard}
${shell.method}
</section>
<section>
<h2>${t.activities[lang]}</h2>
${table}
</section>
<section>
<h2>${t.responsibility[lang]}</h2>
${matrix}
</section>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
${shell.head}
</head>
<body>
${shell.header}
<main>
${body}
<section>
<h2>${t.sources[lang]}</h2>
${shell.sources}
</section>
</main>
${shell.footer}
</body>
</html>
`;
}

/**
 * Writes `html` to `file` and the report's files to `assetsDir` (created when missing):
 * report.css, the elements' stylesheets, and the elements' script with its lazy chunks.
 */
export async function writeReport(
  plan: Plan,
  asOf: string,
  lang: Language,
  file: string,
  assetsDir: string,
  assetsFolder: string,
): Promise<void> {
  const page = await renderReport(plan, asOf, lang, assetsFolder);
  const { elementStylesheets } = await import('@asf-kit/elements/ssr.js');
  mkdirSync(join(assetsDir, 'chunks'), { recursive: true });
  writeFileSync(join(assetsDir, 'report.css'), reportCss(plan, asOf, lang));
  for (const [name, css] of Object.entries(elementStylesheets())) writeFileSync(join(assetsDir, name), css);
  copyCdnScript(join(elementsDist(), 'cdn'), 'asf-kit-ssr.js', assetsDir);
  writeFileSync(file, page);
}

/**
 * Copies a CDN script and every file it imports, statically or lazily (its chunks under
 * `chunks/`), keeping their places relative to it.
 */
function copyCdnScript(cdn: string, entry: string, to: string): void {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(cdn, file), 'utf8');
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(join(cdn, file), join(to, file));
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\.?\/[^"']+\.js)["']/g))
      if (m[1]) queue.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
  }
}

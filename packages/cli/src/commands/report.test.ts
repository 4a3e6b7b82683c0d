import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { asfKit, hasStackTrace, tempFiles } from '../testing/run.js';

const GAVLEBORG = 'examples/plans/gavleborg-arsredovisning-2018.json';
const UPPSALA = 'examples/plans/uppsala-handlingsplan-2018-2020.json';

/** What a strict CSP would block in a page: <style>, style attributes, scripts in the page. */
function inlineStyleOrScript(html: string): string[] {
  const found: string[] = [];
  if (/<style[\s>]/iu.test(html)) found.push('<style>');
  if (/\sstyle\s*=/iu.test(html)) found.push('style attribute');
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const attrs = m[1] ?? '';
    if (/type="application\/json"/u.test(attrs)) continue;
    if (!/\ssrc="/u.test(attrs) || (m[2] ?? '').trim()) found.push(`inline script ${attrs}`);
  }
  if (/\son[a-z]+\s*=/iu.test(html.replace(/<script type="application\/json">[\s\S]*?<\/script>/gu, '')))
    found.push('event handler attribute');
  return found;
}

test('report -o report.html: the page with its files beside it, server-rendered, nothing a strict CSP blocks', async () => {
  const tmp = tempFiles({});
  try {
    const r = await asfKit(['report', GAVLEBORG, '--as-of', '2018-12-31', '-o', tmp.path('rapport.html')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const html = readFileSync(tmp.path('rapport.html'), 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="sv">/u);
    assert.deepEqual(inlineStyleOrScript(html), []);
    // Every element rendered with its content: the scorecard and its 13 gauges, in Swedish.
    assert.equal([...html.matchAll(/<template shadowroot="open" shadowrootmode="open">/gu)].length, 14);
    assert.doesNotMatch(html, /Laddar|Loading/u);
    assert.match(html, /28 av 30 aktiva ASF/u);
    assert.match(html, /<rect part="indicator" width="93\.33%"/u);
    assert.match(html, /Samordningsförbund Gävleborg/u);
    assert.match(html, /<time datetime="2018-12-31">31 december 2018<\/time>/u);
    assert.match(html, /Framsteg är den andel av den planerade förändringen/u);
    // The plan inline for the elements' hydration: no fetch of a plan file.
    const json = /<script type="application\/json">([^<]*)<\/script>/u.exec(html);
    assert.equal((JSON.parse(json![1]!) as { id: string }).id, 'gavleborg-arsredovisning-asf-2018');
    // The files it links are there.
    const files = readdirSync(tmp.path('rapport_files')).sort();
    for (const f of [
      'report.css',
      'asf-kit-ssr.js',
      'asf-progress.css',
      'asf-scorecard.css',
      'asf-activity-table.css',
      'asf-responsibility-matrix.css',
    ])
      assert.ok(files.includes(f), `rapport_files/${f}`);
    for (const m of html.matchAll(/(?:href|src)="(rapport_files\/[^"]+)"/gu))
      assert.ok(existsSync(tmp.path(m[1]!)), `${m[1]} is linked and written`);
    // The running header and the page numbers of the printed page.
    const css = readFileSync(tmp.path('rapport_files/report.css'), 'utf8');
    assert.match(css, /@top-left \{\n\s+content: "Årsredovisning arbetsintegrerande sociala företag 2018";/u);
    assert.match(css, /@top-right \{\n\s+content: "Läget per 31 december 2018";/u);
    assert.match(css, /content: "Sida " counter\(page\) " av " counter\(pages\);/u);
  } finally {
    tmp.cleanup();
  }
});

test('report --lang en -o folder/: index.html and assets/, in English, with the table and the matrix', async () => {
  const tmp = tempFiles({});
  try {
    const r = await asfKit(['report', UPPSALA, '--as-of', '2019-12-31', '--lang', 'en', '-o', tmp.path('out/')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^Wrote .*index\.html\n$/u);
    const html = readFileSync(tmp.path('out/index.html'), 'utf8');
    assert.match(html, /<html lang="en">/u);
    assert.match(html, /href="assets\/report\.css"/u);
    assert.ok(existsSync(tmp.path('out/assets/asf-activity-table.css')));
    assert.match(html, /<asf-activity-table[\s\S]*Showing 18 of 18 activities/u);
    assert.match(html, /<asf-responsibility-matrix[\s\S]*part="mark/u);
    assert.doesNotMatch(html, /Visar 18 av 18/u);
    assert.deepEqual(inlineStyleOrScript(html), []);
    // --json: what was written, for programs, and nothing on standard error.
    const json = await asfKit(['report', UPPSALA, '--as-of', '2019-12-31', '-o', tmp.path('out2/'), '--json']);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(json.stderr, '');
    assert.deepEqual(JSON.parse(json.stdout), {
      html: tmp.path('out2/index.html'),
      assets: tmp.path('out2/assets'),
      pdf: null,
      indicators: 0,
      activities: 18,
    });
  } finally {
    tmp.cleanup();
  }
});

test('report: bad input is one line and exit 2 (missing file, invalid JSON, invalid plan, bad date, no output)', async () => {
  const tmp = tempFiles({ 'broken.json': '{ "id": ', 'invalid.json': '{ "id": "x" }' });
  try {
    const out = ['-o', tmp.path('r.html'), '--lang', 'en'];
    const cases: [string[], RegExp][] = [
      [['report', tmp.path('missing.json'), '--as-of', '2018-12-31', ...out], /missing\.json: no such file\.\n$/u],
      [['report', tmp.path('broken.json'), '--as-of', '2018-12-31', ...out], /broken\.json.*\n$/u],
      [['report', tmp.path('invalid.json'), '--as-of', '2018-12-31', ...out], /invalid\.json: the plan is not valid/u],
      [
        ['report', GAVLEBORG, '--as-of', '2018-02-30', ...out],
        /--as-of: "2018-02-30" is not a valid date; write YYYY-MM-DD\.\n$/u,
      ],
      [['report', GAVLEBORG, '--as-of', '31/12/2018', ...out], /is not a valid date/u],
      [['report', GAVLEBORG, ...out], /--as-of/u],
      [['report', GAVLEBORG, '--as-of', '2018-12-31', '--lang', 'en'], /say where to write the report/u],
      [
        ['report', GAVLEBORG, '--as-of', '2018-12-31', '-o', tmp.path('no/such/r.html'), '--lang', 'en'],
        /the folder .* does not exist/u,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await asfKit(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.ok(!hasStackTrace(r.stderr), r.stderr);
      const lines = r.stderr.trimEnd().split('\n');
      // An invalid plan lists its problems first (as validate does), then the one error line.
      assert.match(lines[lines.length - 1]!, /^asf-kit: /u);
      if (!/invalid\.json/u.test(args[1]!)) assert.equal(lines.length, 1, r.stderr);
      assert.ok(!existsSync(tmp.path('r.html')), 'nothing written');
    }
    // In Swedish too.
    const sv = await asfKit(['report', GAVLEBORG, '--as-of', '2018-13-01', '-o', tmp.path('r.html')]);
    assert.equal(sv.code, 2);
    assert.equal(sv.stderr, 'asf-kit: --as-of: "2018-13-01" är inget giltigt datum; skriv ÅÅÅÅ-MM-DD.\n');
  } finally {
    tmp.cleanup();
  }
});

test('report --pdf without a Chromium says how to get one (exit 2)', async () => {
  const tmp = tempFiles({});
  try {
    const r = await asfKit(['report', GAVLEBORG, '--as-of', '2018-12-31', '--pdf', tmp.path('r.pdf'), '--lang', 'en'], {
      env: { CHROME_PATH: tmp.path('no-chromium') },
    });
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^asf-kit: --pdf: no Chromium at .*no-chromium; install Chromium \(Debian\/Ubuntu: apt-get install chromium\) or point the CHROME_PATH environment variable/u,
    );
    assert.equal(r.stderr.split('\n').length, 2);
    assert.ok(!existsSync(tmp.path('r.pdf')));
  } finally {
    tmp.cleanup();
  }
});

// Server-side rendering of every element (@asf-kit/elements/ssr.js, as built): each renders its
// real content from a plan given on the server, in the language asked for, with the geometry of
// bars in SVG attributes, and, with `stylesheets`, a linked stylesheet instead of a <style>
// element (which a strict Content-Security-Policy blocks). Needs `npm run build` first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { html, renderToString, inlinePlan, elementStylesheets, ELEMENT_TAGS } =
  await import('../../packages/elements/dist/ssr/ssr.js');
const plan = (name) => JSON.parse(readFileSync(join(root, 'examples/plans', `${name}.json`), 'utf8'));
const gavleborg = plan('gavleborg-arsredovisning-2018');
const uppsala = plan('uppsala-handlingsplan-2018-2020');

/** The text a reader sees: tags and Lit's markers removed, whitespace collapsed. */
const textOf = (s) =>
  s
    .replace(/<!--[\s\S]*?-->|<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** The shadow roots of an element in the output (declarative shadow DOM). */
const shadowRoots = (s) => [...s.matchAll(/<template shadowroot="open" shadowrootmode="open">/g)].length;

describe('server-side rendering', () => {
  it('renders a gauge from attributes with its geometry in SVG attributes, in English when asked', async () => {
    const out = await renderToString(
      html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25" as-of="2018-12-31"></asf-progress>`,
      { lang: 'en' },
    );
    assert.match(out, /<rect part="indicator" width="93\.33%"/);
    assert.match(out, /<line part="target-marker" class="marker" x1="100%" x2="100%"/);
    assert.match(out, /<line part="baseline-marker" class="marker" x1="83\.33%"/);
    assert.match(textOf(out), /Not achieved/);
    assert.match(textOf(out), /60% of the planned increase/);
    assert.doesNotMatch(textOf(out), /Ej uppnått|Framsteg/);
    const sv = await renderToString(html`<asf-progress label="Aktiva ASF" value="28" target="30"></asf-progress>`);
    assert.match(textOf(sv), /Ej uppnått/, 'Swedish without lang');
  });

  it('renders every element from a plan given on the server, not its loading state', async () => {
    const out = await renderToString(
      html`<asf-scorecard .plan=${gavleborg} as-of="2018-12-31"></asf-scorecard>
        <asf-progress .plan=${gavleborg} indicator="aktiva-asf"></asf-progress>
        <asf-activity-table .plan=${uppsala}></asf-activity-table>
        <asf-responsibility-matrix .plan=${uppsala}></asf-responsibility-matrix>
        <asf-eligibility-check></asf-eligibility-check>`,
      { lang: 'sv' },
    );
    const text = textOf(out);
    assert.doesNotMatch(text, /Laddar|Loading/);
    // The scorecard: every indicator with its status and figures (its gauges are elements too).
    for (const indicator of gavleborg.indicators) {
      const title = typeof indicator.title === 'string' ? indicator.title : indicator.title.sv;
      assert.ok(text.includes(title), `the scorecard shows "${title}"`);
    }
    assert.match(text, /Uppnått: 5 · I fas: 0 · Efter plan: 0 · Ej uppnått: 4 · Kan inte bedömas: 4/);
    assert.match(text, /28 av 30 aktiva ASF/);
    // The table and the matrix: a row for each activity, the matrix's marks.
    for (const activity of uppsala.activities) {
      const title = typeof activity.title === 'string' ? activity.title : activity.title.sv;
      assert.ok(text.includes(title.replace(/\s+/g, ' ')), `the table shows "${title}"`);
    }
    assert.match(out, /asf-responsibility-matrix[\s\S]*part="mark/);
    assert.match(text, /Är vi ett ASF\?/);
    assert.match(out, /asf-eligibility-check[\s\S]*<form\s+part="form"/);
    // 5 elements + 13 gauges in the scorecard + 1 gauge.
    assert.equal(shadowRoots(out), 5 + gavleborg.indicators.length + 1 - 1);
  });

  it('links each shadow root to its stylesheet, with no <style> element or style attribute', async () => {
    const out = await renderToString(
      html`<asf-scorecard .plan=${gavleborg} as-of="2018-12-31"></asf-scorecard>
        <asf-activity-table .plan=${uppsala}></asf-activity-table>
        <asf-responsibility-matrix .plan=${uppsala}></asf-responsibility-matrix>
        <asf-eligibility-check></asf-eligibility-check>`,
      { stylesheets: '/assets/asf/' },
    );
    assert.doesNotMatch(out, /<style/);
    assert.doesNotMatch(out, /\sstyle=/);
    const links = [
      ...out.matchAll(
        /<template shadowrootmode="open">|<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="([^"]+)">/g,
      ),
    ];
    assert.equal(links.length, shadowRoots(out), 'every shadow root starts with its stylesheet');
    assert.deepEqual(
      [...new Set(links.map((m) => m[1]))].sort(),
      ['asf-activity-table', 'asf-eligibility-check', 'asf-progress', 'asf-responsibility-matrix', 'asf-scorecard'].map(
        (t) => `/assets/asf/${t}.css`,
      ),
    );
    // Without the option, the styles are inline (Lit's default), for pages without a strict policy.
    assert.match(await renderToString(html`<asf-progress value="1" target="2" label="x"></asf-progress>`), /<style>/);
  });

  it("ships the stylesheets it links: dist/css/<tag>.css is each element's static styles", () => {
    const sheets = elementStylesheets();
    assert.deepEqual(
      Object.keys(sheets),
      ELEMENT_TAGS.map((t) => `${t}.css`),
    );
    for (const [file, css] of Object.entries(sheets)) {
      assert.equal(readFileSync(join(root, 'packages/elements/dist/css', file), 'utf8'), css);
      assert.match(css, /:host/);
    }
    assert.match(sheets['asf-progress.css'], /\.status-icon/);
  });

  it('keeps the language of each render when renders run at the same time', async () => {
    const one = (lang) =>
      renderToString(html`<asf-scorecard .plan=${gavleborg} as-of="2018-12-31"></asf-scorecard>`, { lang });
    const [sv, en, sv2] = await Promise.all([one('sv'), one('en'), one('sv')]);
    assert.match(textOf(sv), /Ej uppnått/);
    assert.doesNotMatch(textOf(sv), /Not achieved/);
    assert.match(textOf(en), /Not achieved/);
    assert.doesNotMatch(textOf(en), /Ej uppnått|Läget den/);
    assert.equal(sv2, sv);
  });

  it('puts a plan inline as JSON that no text of the plan can end', async () => {
    const tricky = { ...gavleborg, description: 'före </script><script>alert(1)</script> efter' };
    const out = await renderToString(html`<asf-scorecard>${inlinePlan(tricky)}</asf-scorecard>`);
    const scripts = [...out.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.deepEqual(JSON.parse(scripts[0][1]), tricky);
  });
});

// The example themes: each sets the global tokens the elements read, names no token that does
// not exist, and keeps WCAG 2.1 AA contrast — text 4.5:1 against every background it sets,
// borders, status colours and the focus ring 3:1 (non-text contrast). The README must list
// every --asf-* name the elements read, so that a new token cannot go undocumented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const elementsSrc = fileURLToPath(new URL('../../packages/elements/src/', import.meta.url));

/** The custom properties a CSS file declares, with their values (comments removed). */
function declarations(css: string): Map<string, string> {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...plain.matchAll(/(--asf-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** sRGB channels 0–1 of `#rgb` or `#rrggbb`, or undefined for anything else. */
function parseHex(value: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** Relative luminance (WCAG 2.x). */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two colours, 1–21. */
function contrast(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) throw new Error(`not a hex colour: ${ca ? b : a}`);
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path;
  }
}

/** Every --asf-* name the elements read with var(), from their source. */
function tokensReadByElements(): Set<string> {
  const names = new Set<string>();
  for (const file of walk(elementsSrc)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/var\(\s*(--asf-[a-z0-9-]+)/g)) names.add(m[1]!);
  }
  return names;
}

const read = tokensReadByElements();
const themes = readdirSync(here)
  .filter((f) => f.endsWith('.css'))
  .sort();

/** Text colours: 4.5:1 against every background. */
const TEXT = ['--asf-color-text', '--asf-color-text-muted', '--asf-color-primary'];
/** Non-text colours (borders, icons, gauges, focus ring): 3:1 against every background. */
const NON_TEXT = [
  '--asf-color-border',
  '--asf-color-success',
  '--asf-color-warning',
  '--asf-color-danger',
  '--asf-color-info',
  '--asf-color-focus',
];
const isBackground = (name: string) =>
  name === '--asf-color-surface' || name === '--asf-color-surface-muted' || /-background$/.test(name);
/** Per-element colour knobs other than backgrounds: non-text colours. */
const isColourKnob = (name: string) => !name.startsWith('--asf-color-') && /-color$/.test(name);

describe('example themes', () => {
  it('are the two the README promises', () => {
    assert.deepEqual(themes, ['kommun-bla.css', 'kommun-gron.css']);
  });

  it('finds the tokens the elements read (sanity check of the scan)', () => {
    for (const name of ['--asf-color-primary', '--asf-color-text', '--asf-font-family', '--asf-radius'])
      assert.ok(read.has(name), name);
  });

  for (const file of themes) {
    const tokens = declarations(readFileSync(join(here, file), 'utf8'));
    const colour = (name: string) => {
      const value = tokens.get(name);
      assert.ok(value, `${file} sets ${name}`);
      assert.ok(parseHex(value), `${file}: ${name} is a hex colour (got "${value}")`);
      return value;
    };
    const backgrounds = [...tokens.keys()].filter(isBackground);

    describe(file, () => {
      it('sets only tokens the elements read (no typos)', () => {
        const unknown = [...tokens.keys()].filter((name) => !read.has(name));
        assert.deepEqual(unknown, [], `not read by any element: ${unknown.join(', ')}`);
      });

      it('sets every global colour token, so no default colour mixes in', () => {
        const missing = [...read].filter((name) => name.startsWith('--asf-color-') && !tokens.has(name));
        assert.deepEqual(missing, []);
      });

      it('keeps text at 4.5:1 on every background it sets', () => {
        assert.ok(backgrounds.length >= 2);
        for (const fg of TEXT) {
          for (const bg of backgrounds) {
            const ratio = contrast(colour(fg), colour(bg));
            assert.ok(ratio >= 4.5, `${fg} ${colour(fg)} on ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1 < 4.5:1`);
          }
        }
        const danger = contrast(colour('--asf-color-text'), colour('--asf-color-danger-surface'));
        assert.ok(danger >= 4.5, `--asf-color-text on --asf-color-danger-surface: ${danger.toFixed(2)}:1 < 4.5:1`);
      });

      it("keeps the gauge's empty track visible: its edge at 3:1 on every background (WCAG 1.4.11)", () => {
        // The track's own colour is a light tint (about 1.1:1); the edge shows the scale's extent.
        const edge = tokens.has('--asf-progress-track-border-color')
          ? '--asf-progress-track-border-color'
          : '--asf-color-border';
        for (const bg of backgrounds) {
          const ratio = contrast(colour(edge), colour(bg));
          assert.ok(ratio >= 3, `${edge} ${colour(edge)} on ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1 < 3:1`);
        }
      });

      it('keeps borders, status colours, knobs and the focus ring at 3:1 on every background', () => {
        const nonText = [...NON_TEXT, ...[...tokens.keys()].filter(isColourKnob)];
        for (const fg of nonText) {
          for (const bg of backgrounds) {
            const ratio = contrast(colour(fg), colour(bg));
            assert.ok(ratio >= 3, `${fg} ${colour(fg)} on ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1 < 3:1`);
          }
        }
      });
    });
  }

  it('lists every token the elements read in the README, and no other', () => {
    const readme = readFileSync(join(here, 'README.md'), 'utf8');
    const missing = [...read].filter((name) => !readme.includes(`\`${name}\``)).sort();
    assert.deepEqual(missing, [], `add to examples/themes/README.md: ${missing.join(', ')}`);
    const stale = [...new Set([...readme.matchAll(/`(--asf-[a-z0-9-]+)`/g)].map((m) => m[1]!))]
      .filter((name) => !read.has(name))
      .sort();
    assert.deepEqual(
      stale,
      [],
      `no element reads these any more; remove them from examples/themes/README.md: ${stale.join(', ')}`,
    );
  });
});

describe('contrast()', () => {
  it('gives the WCAG figures for known pairs', () => {
    assert.equal(contrast('#000', '#fff').toFixed(2), '21.00');
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrast('#fff', '#fff'), 1);
  });
});

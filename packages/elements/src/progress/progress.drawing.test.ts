// What the gauge draws (issue 11, defect 9): the extent of the empty track can be seen (WCAG
// 1.4.11, 3:1), the ring's baseline mark stays clear of the figure, and the fill never says the
// opposite of the status, for less-is-better indicators too.
import { expect, fixture, html } from '@open-wc/testing';
import './asf-progress.js';
import type { AsfProgress } from './progress.js';

const part = (el: AsfProgress, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** sRGB channels 0–255 and alpha of a computed colour ("rgb(…)" / "rgba(…)"). */
function rgba(colour: string): [number, number, number, number] {
  const m = /rgba?\(([^)]+)\)/.exec(colour);
  if (!m) throw new Error(`not a computed colour: ${colour}`);
  const [r, g, b, a = 1] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r!, g!, b!, a];
}
function luminance(colour: string): number {
  const [r, g, b] = rgba(colour);
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colours that bound the empty track: the bar's outline or border, or the edge drawn around
 * the ring's arc — and the track's own colour, which may be enough by itself.
 */
function trackBoundaries(el: AsfProgress): string[] {
  const track = part(el, 'track');
  const s = getComputedStyle(track);
  if (el.variant === 'ring') {
    const edge = el.shadowRoot!.querySelector('.track-edge');
    return [s.stroke, ...(edge ? [getComputedStyle(edge).stroke] : [])].filter((c) => c.startsWith('rgb'));
  }
  const out = [s.backgroundColor];
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) out.push(s.outlineColor);
  if (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1) out.push(s.borderTopColor);
  return out.filter((c) => rgba(c)[3] === 1);
}

const THEMES = ['kommun-bla.css', 'kommun-gron.css'];

async function withTheme(file: string | undefined, run: () => Promise<void>): Promise<void> {
  const before = document.adoptedStyleSheets;
  if (file) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch(`/examples/themes/${file}`)).text());
    document.adoptedStyleSheets = [...before, sheet];
  }
  try {
    await run();
  } finally {
    document.adoptedStyleSheets = before;
  }
}

describe('asf-progress drawing', () => {
  describe('the extent of the track can be seen (WCAG 1.4.11)', () => {
    for (const theme of [undefined, ...THEMES]) {
      for (const variant of ['bar', 'ring'] as const) {
        it(`has a boundary of at least 3:1 against the background: ${variant}, ${theme ?? 'default tokens'}`, async () => {
          await withTheme(theme, async () => {
            // The gauge on the page, and inside a scorecard item, whose background a theme may set.
            const wrapper = await fixture<HTMLElement>(html`<div class="page">
              <asf-progress variant=${variant} label="Aktiva ASF" value="0" target="30"></asf-progress>
            </div>`);
            const el = wrapper.querySelector('asf-progress')!;
            await el.updateComplete;
            const backgrounds = ['rgb(255, 255, 255)'];
            const probe = document.createElement('div');
            probe.className = 'probe';
            wrapper.append(probe);
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(
              '.probe { background: var(--asf-scorecard-item-background, var(--asf-color-surface, #fff)); }',
            );
            const before = document.adoptedStyleSheets;
            document.adoptedStyleSheets = [...before, sheet];
            backgrounds.push(getComputedStyle(probe).backgroundColor);
            document.adoptedStyleSheets = before;
            const best = Math.min(
              ...backgrounds.map((bg) => Math.max(...trackBoundaries(el).map((c) => contrast(c, bg)))),
            );
            expect(
              best,
              `track boundary ${trackBoundaries(el).join(', ')} on ${backgrounds.join(', ')}`,
            ).to.be.at.least(3);
          });
        });
      }
    }
  });

  it('keeps the status icon icon-sized beside the bar, whose fill and marks are SVGs of the full width', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 600px">
      <asf-progress label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>
    </div>`);
    const el = wrapper.querySelector('asf-progress')!;
    await el.updateComplete;
    const icon = part(el, 'status-icon').getBoundingClientRect();
    expect(icon.width).to.be.within(8, 32);
    expect(part(el, 'base').getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    const track = part(el, 'track').getBoundingClientRect();
    expect(track.width).to.be.closeTo(600, 1);
    expect(part(el, 'indicator').getBoundingClientRect().width).to.be.closeTo(600 * 0.9333, 2);
  });

  it("keeps the ring's baseline mark outside the ring, clear of the figure in the middle, and not dashed", async () => {
    // Baseline 25 of 30 falls at the right of the ring, level with the figure: where a dashed
    // line across the ring read as "28 …".
    const el = await fixture<AsfProgress>(
      html`<asf-progress variant="ring" label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
    );
    const mark = part(el, 'baseline-marker') as unknown as SVGGraphicsElement;
    expect(getComputedStyle(mark).strokeDasharray).to.equal('none');
    // In viewBox units: the ring's outer edge is at radius 40 + 10 / 2 = 45 from the centre (50, 50).
    const box = mark.getBBox();
    const nearest = Math.hypot(
      Math.max(box.x - 50, 0, 50 - (box.x + box.width)),
      Math.max(box.y - 50, 0, 50 - (box.y + box.height)),
    );
    expect(nearest).to.be.at.least(45);
    await expect(el).to.be.accessible();
  });

  describe('the fill reaches the target mark exactly when the status says achieved', () => {
    const cases: {
      direction: 'increase' | 'decrease';
      value: number;
      target: number;
      baseline?: number;
      status: string;
    }[] = [
      { direction: 'increase', value: 28, target: 30, baseline: 25, status: 'Ej uppnått' },
      { direction: 'increase', value: 209, target: 200, baseline: 190, status: 'Uppnått' },
      { direction: 'increase', value: 30, target: 30, status: 'Uppnått' },
      { direction: 'decrease', value: 12, target: 10, baseline: 15, status: 'Ej uppnått' },
      { direction: 'decrease', value: 18, target: 10, baseline: 15, status: 'Ej uppnått' },
      { direction: 'decrease', value: 8, target: 10, baseline: 15, status: 'Uppnått' },
      { direction: 'decrease', value: 10, target: 10, baseline: 15, status: 'Uppnått' },
      { direction: 'decrease', value: 5, target: 10, status: 'Uppnått' },
      { direction: 'decrease', value: 4, target: 2, status: 'Ej uppnått' },
      { direction: 'decrease', value: 3, target: 0, baseline: 6, status: 'Ej uppnått' },
      { direction: 'decrease', value: 0, target: 0, baseline: 6, status: 'Uppnått' },
    ];
    for (const c of cases) {
      const achieved = c.status === 'Uppnått';
      const name = `${c.direction} ${c.value} against ${c.target}${c.baseline === undefined ? '' : ` from ${c.baseline}`}: ${c.status}`;

      it(`bar, ${name}`, async () => {
        const el = await fixture<AsfProgress>(
          html`<asf-progress label="Indikator" direction=${c.direction} value=${c.value} target=${c.target} baseline=${c.baseline ?? ''}></asf-progress>`,
        );
        expect(part(el, 'status-label').textContent).to.equal(c.status);
        const track = part(el, 'track').getBoundingClientRect();
        const fill = part(el, 'indicator').getBoundingClientRect();
        const mark = part(el, 'target-marker').getBoundingClientRect();
        expect(fill.left).to.be.closeTo(track.left, 1);
        const fillEnd = fill.width === 0 ? track.left : fill.right;
        const markAt = mark.left + mark.width / 2;
        if (achieved) expect(fillEnd, 'the fill reaches the target mark').to.be.at.least(markAt - 2);
        else expect(fillEnd, 'the fill stops short of the target mark').to.be.below(markAt - 2);
      });

      it(`ring, ${name}`, async () => {
        const el = await fixture<AsfProgress>(
          html`<asf-progress variant="ring" label="Indikator" direction=${c.direction} value=${c.value} target=${c.target} baseline=${c.baseline ?? ''}></asf-progress>`,
        );
        expect(part(el, 'status-label').textContent).to.equal(c.status);
        const indicator = part(el, 'indicator');
        const filled =
          indicator.getAttribute('visibility') === 'hidden'
            ? 0
            : parseFloat(indicator.getAttribute('stroke-dasharray')!) / 100;
        // The target line's angle on the 270° arc, which starts at 135° (lower left), clockwise.
        const line = part(el, 'target-marker');
        const x = (Number(line.getAttribute('x1')) + Number(line.getAttribute('x2'))) / 2 - 50;
        const y = (Number(line.getAttribute('y1')) + Number(line.getAttribute('y2'))) / 2 - 50;
        const degrees = ((Math.atan2(y, x) * 180) / Math.PI - 135 + 720) % 360;
        const markAt = degrees / 270;
        if (achieved) expect(filled, 'the fill reaches the target mark').to.be.at.least(markAt - 0.005);
        else expect(filled, 'the fill stops short of the target mark').to.be.below(markAt - 0.005);
      });
    }
  });
});

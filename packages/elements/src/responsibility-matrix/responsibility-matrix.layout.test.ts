/**
 * Layout of <asf-responsibility-matrix> on small and zoomed screens and in print (issue 11:
 * reflow, the narrow layout, print).
 *
 * A viewport here is an iframe of that size: its document has a real viewport (media
 * queries, `vw`/`vh`, the initial containing block), in every engine the tests run in, at any
 * width — WebKit's MiniBrowser window cannot be narrower than about 447 px, so `setViewport`
 * cannot give it 320 or 160 px. Browser zoom is simulated the way the browser itself applies it: at 200 % a
 * 1280 × 800 window lays out a 640 × 400 CSS-pixel viewport, and a 320 px phone a 160 px one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './asf-responsibility-matrix.js';
import type { AsfResponsibilityMatrix } from './responsibility-matrix.js';
import { emulateMedia, resetMedia } from '../testing/browser.js';

const UPPSALA = '/examples/plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = '/examples/plans/bollnas-handlingsplan-2019-2024.json';
const MODULE = '/packages/elements/src/responsibility-matrix/asf-responsibility-matrix.ts';

interface Page {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  el: AsfResponsibilityMatrix;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/** A page of `width` × `height` CSS pixels with `body` in it, once the matrix has drawn its table. */
async function page(width: number, height: number, body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.srcdoc = `<!doctype html><html lang="sv"><head><meta charset="utf-8">
    <script type="module" src="${MODULE}"></script></head><body>${body}</body></html>`;
  frames.push(frame);
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.querySelector('asf-responsibility-matrix')?.shadowRoot?.querySelector('table'),
    'the matrix did not draw',
    {
      timeout: 8000,
    },
  );
  const doc = frame.contentDocument!;
  const el = doc.querySelector('asf-responsibility-matrix')!;
  await el.updateComplete;
  await new Promise((r) => frame.contentWindow!.requestAnimationFrame(() => r(undefined)));
  return { frame, win: frame.contentWindow!, doc, el };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const shown = (e: Element) => e.getClientRects().length > 0;

/** The document is no wider than its viewport, and the element no wider than its container; no blank space below. */
function expectReflow({ doc, el }: Page, what: string): void {
  const root = doc.documentElement;
  expect(root.scrollWidth, `${what}: page width`).to.be.at.most(root.clientWidth);
  const box = el.getBoundingClientRect();
  const container = el.parentElement!.getBoundingClientRect();
  expect(box.right, `${what}: element inside its container`).to.be.at.most(container.right + 0.5);
  // Nothing of the matrix hangs below it: the page ends with the element (and the body margin).
  const bottom = box.bottom + doc.defaultView!.scrollY;
  expect(root.scrollHeight, `${what}: page height`).to.be.at.most(Math.max(root.clientHeight, Math.ceil(bottom) + 16));
}

describe('asf-responsibility-matrix layout', () => {
  describe('reflow (WCAG 1.4.10): the page never scrolls sideways', () => {
    const cases: Array<[number, number, string]> = [
      [320, 640, 'a 320 px phone'],
      [160, 320, 'a 320 px phone at 200 % zoom'],
      [640, 400, 'a 1280 × 800 window at 200 % zoom'],
      [1280, 800, 'a 1280 px window'],
    ];
    for (const [width, height, name] of cases) {
      for (const [src, extra] of [
        [UPPSALA, ''],
        [UPPSALA, 'all-actors'],
        [BOLLNAS, ''],
      ] as const) {
        it(`${name}: ${src.split('/').pop()} ${extra}`, async () => {
          const p = await page(
            width,
            height,
            `<div><asf-responsibility-matrix src="${src}" ${extra}></asf-responsibility-matrix></div>`,
          );
          expectReflow(p, `${width}×${height}`);
        });
      }
    }

    it('keeps the cell words inside the scroll region when the table scrolls sideways', async () => {
      const p = await page(
        1280,
        800,
        `<div><asf-responsibility-matrix src="${UPPSALA}" all-actors></asf-responsibility-matrix></div>`,
      );
      const scroller = part(p.el, 'scroller');
      expect(scroller.scrollWidth, 'the 13 columns are wider than 1280 px').to.be.greaterThan(scroller.clientWidth);
      const box = scroller.getBoundingClientRect();
      const hidden = [...p.el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cell"] .visually-hidden')];
      expect(hidden.length).to.be.greaterThan(100);
      // Each word's containing block is the scroll region, so it scrolls and clips with it.
      for (const h of hidden)
        expect(h.offsetParent === scroller || scroller.contains(h.offsetParent), 'containing block').to.equal(true);
      expect(Math.max(...hidden.map((h) => h.getBoundingClientRect().bottom))).to.be.at.most(
        box.top + scroller.scrollHeight + 1,
      );
    });
  });

  describe('narrow containers: one card per activity', () => {
    it('shows cards instead of the table at 320 px, with the roles in words', async () => {
      const p = await page(
        320,
        640,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      expect(shown(part(p.el, 'scroller')), 'the table is hidden').to.equal(false);
      expect(shown(part(p.el, 'legend')), 'the cards say each role in words: no key').to.equal(false);
      const cards = parts(p.el, 'card');
      expect(cards).to.have.length(18);
      expect(cards.every(shown)).to.equal(true);
      const card = (id: string) => cards.find((c) => c.dataset.id === id)!;
      const text = (e: Element) => e.textContent.replace(/\s+/g, ' ').trim();
      expect(text(card('1.1').querySelector('[part~="card-title"]')!)).to.match(/^Samverka genom kontinuerliga möten/);
      expect(text(card('1.1').querySelector('[part~="card-lead"]')!)).to.equal('● Huvudansvarig: Kommunstyrelsen (KS)');
      expect(text(card('1.3').querySelector('[part~="card-involved"]')!)).to.equal(
        '○ Berörda: Arbetsmarknadsnämnden (AMN), Omsorgsnämnden (OMN), Socialnämnden (SCN), Kulturnämnden (KTN), Kommunala förvaltningar',
      );
      expect(text(card('1.3'))).to.contain('Andra berörda: samtliga');
      // The goals head their cards, and the workload follows in words.
      expect(parts(p.el, 'card-group').map((g) => text(g).slice(0, 8))).to.deep.equal([
        'Område 1',
        'Område 2',
        'Område 3',
        'Område 4',
        'Område 5',
      ]);
      expect(text(parts(p.el, 'card-workload').find((w) => w.dataset.actor === 'KS')!)).to.equal(
        'Kommunstyrelsen (KS): leder 12, berörd 4',
      );
      // Every card and every line of it fits the element.
      const host = p.el.getBoundingClientRect();
      for (const c of cards) {
        const r = c.getBoundingClientRect();
        expect(r.left, c.dataset.id).to.be.at.least(host.left - 0.5);
        expect(r.right, c.dataset.id).to.be.at.most(host.right + 0.5);
        expect(c.scrollWidth, c.dataset.id).to.be.at.most(c.clientWidth);
      }
    });

    it('is accessible as cards', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 300px"><asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix></div>`,
      );
      const el = wrapper.querySelector('asf-responsibility-matrix')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="card"]'), 'no cards', { timeout: 5000 });
      expect(shown(part(el, 'cards'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('wraps the caption in the narrow layout: nothing clipped', async () => {
      const p = await page(
        320,
        640,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      const caption = part(p.el, 'cards-caption');
      expect(caption.textContent.trim()).to.equal('Ansvarsfördelning: Handlingsplan för Sociala företag');
      expect(caption.scrollWidth).to.be.at.most(caption.clientWidth);
      expect(caption.getBoundingClientRect().right).to.be.at.most(p.el.getBoundingClientRect().right + 0.5);
      // The list of cards is named by it.
      const list = part(p.el, 'cards');
      expect(p.el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).to.equal(caption);
    });

    it('shows the table again in a wide container', async () => {
      const p = await page(
        1280,
        800,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      expect(shown(part(p.el, 'scroller'))).to.equal(true);
      expect(shown(part(p.el, 'cards'))).to.equal(false);
      // A narrow column of a wide page turns it into cards: the element's own width counts.
      const box = p.doc.querySelector('div')!;
      box.style.maxInlineSize = '300px';
      await waitUntil(() => !shown(part(p.el, 'scroller')), 'no cards in a narrow column');
      expect(shown(part(p.el, 'cards'))).to.equal(true);
    });

    it('leaves the page to scroll at 200 % zoom: no height cap, no sticky parts', async () => {
      const p = await page(
        640,
        400,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      const list = part(p.el, 'cards');
      expect(shown(list)).to.equal(true);
      expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
      const sticky = [...p.el.shadowRoot!.querySelectorAll('*')].filter(
        (e) => shown(e) && getComputedStyle(e).position === 'sticky',
      );
      expect(sticky).to.have.length(0);
    });
  });

  describe('the table in a wide container', () => {
    it('wraps a long caption inside the visible part of the scroll region', async () => {
      const caption =
        'Ansvarsfördelning för arbetsintegrerande sociala företag: alla nämnder, förvaltningar och myndigheter i Uppsala kommuns handlingsplan 2018–2020';
      const p = await page(
        900,
        800,
        `<div><asf-responsibility-matrix src="${UPPSALA}" all-actors caption="${caption}"></asf-responsibility-matrix></div>`,
      );
      const c = p.el.shadowRoot!.querySelector('caption')!;
      expect(c.textContent).to.equal(caption);
      const scroller = part(p.el, 'scroller').getBoundingClientRect();
      expect(scroller.right, 'the table is wider than its region').to.be.lessThan(
        p.el.shadowRoot!.querySelector('table')!.getBoundingClientRect().right,
      );
      // The caption's text (not its box, which spans the table) stays inside the region, on several lines.
      const range = p.doc.createRange();
      range.selectNodeContents(c);
      const text = range.getBoundingClientRect();
      expect(text.right).to.be.at.most(scroller.right + 0.5);
      expect(text.height, 'the caption wraps').to.be.greaterThan(40);
    });

    it('shows that more columns exist: a shadow edge and a hint that names the direction', async () => {
      const p = await page(
        1000,
        800,
        `<div><asf-responsibility-matrix src="${UPPSALA}" all-actors></asf-responsibility-matrix></div>`,
      );
      const scroller = part(p.el, 'scroller');
      const frame = part(p.el, 'frame');
      const hint = part(p.el, 'scroll-hint');
      await waitUntil(() => frame.hasAttribute('data-more-end'), 'no cue for the columns to the right');
      expect(shown(hint)).to.equal(true);
      expect(hint.textContent.trim()).to.equal('Fler kolumner åt höger: rulla tabellen i sidled.');
      expect(scroller.getAttribute('aria-describedby')).to.equal(hint.id);
      expect(getComputedStyle(frame, '::after').backgroundImage).to.contain('gradient');
      scroller.scrollLeft = scroller.scrollWidth;
      await waitUntil(
        () => !frame.hasAttribute('data-more-end') && frame.hasAttribute('data-more-start'),
        'the cue did not follow the scroll',
      );
      expect(hint.textContent.trim()).to.equal('Fler kolumner åt vänster: rulla tabellen i sidled.');
      expect(getComputedStyle(frame, '::after').backgroundImage).to.equal('none');
      const first = p.el.shadowRoot!.querySelector('[part="activity"]')!;
      expect(getComputedStyle(first).boxShadow, 'the sticky column casts a shadow').not.to.equal('none');
    });

    it('is accessible with the cue shown', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 700px"><asf-responsibility-matrix src=${UPPSALA} all-actors></asf-responsibility-matrix></div>`,
      );
      const el = wrapper.querySelector('asf-responsibility-matrix')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="frame"][data-more-end]'), 'no cue', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('shows no cue when every column fits', async () => {
      const p = await page(
        1280,
        800,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      const scroller = part(p.el, 'scroller');
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(shown(part(p.el, 'scroll-hint'))).to.equal(false);
      expect(scroller.hasAttribute('aria-describedby')).to.equal(false);
      expect(part(p.el, 'frame').hasAttribute('data-more-end')).to.equal(false);
    });

    it('caps the height with a sticky header and footer on a tall screen, leaving most of it to rows', async () => {
      const p = await page(
        1280,
        900,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      const scroller = part(p.el, 'scroller');
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
      const head = p.el.shadowRoot!.querySelector('thead th')!.getBoundingClientRect();
      const foot = p.el.shadowRoot!.querySelector('tfoot th')!.getBoundingClientRect();
      expect(getComputedStyle(p.el.shadowRoot!.querySelector('tfoot th')!).position).to.equal('sticky');
      const box = scroller.getBoundingClientRect();
      expect(foot.bottom).to.be.at.most(box.bottom + 0.5);
      expect(foot.top - head.bottom, 'room for rows').to.be.at.least(box.height / 2);
    });

    it('does not cap the height on a short screen (landscape phone, zoom): the page scrolls', async () => {
      const p = await page(
        1280,
        480,
        `<div><asf-responsibility-matrix src="${UPPSALA}"></asf-responsibility-matrix></div>`,
      );
      const scroller = part(p.el, 'scroller');
      expect(shown(scroller)).to.equal(true);
      expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight + 1);
      expect(getComputedStyle(p.el.shadowRoot!.querySelector('tfoot th')!).position).not.to.equal('sticky');
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await resetMedia();
    });

    for (const allActors of [false, true]) {
      it(`prints the whole table${allActors ? ' of 13 columns' : ''}: nothing sticky, no row over another, no controls`, async function () {
        // About the width of an A4 page inside its margins.
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 700px">
          <asf-responsibility-matrix src=${UPPSALA} ?all-actors=${allActors}></asf-responsibility-matrix>
          <p>Efter tabellen</p>
        </div>`);
        const el = wrapper.querySelector('asf-responsibility-matrix')!;
        await waitUntil(() => el.shadowRoot!.querySelector('table'), 'not loaded', { timeout: 5000 });
        // Print emulation needs the DevTools protocol: Chromium has it; Firefox (WebDriver BiDi)
        // and WebKit (WebDriver) cannot emulate print, and say so: print is checked by hand there.
        if (!(await emulateMedia({ media: 'print' }))) this.skip();
        await waitUntil(() => matchMedia('print').matches, 'print emulation did not apply');
        const all = [...el.shadowRoot!.querySelectorAll('*')];
        expect(
          all.filter((e) => getComputedStyle(e).position === 'sticky').map((e) => e.getAttribute('part') ?? e.tagName),
        ).to.deep.equal([]);
        const scroller = part(el, 'scroller');
        expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight + 1);
        expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
        expect(shown(part(el, 'table'))).to.equal(true);
        expect(shown(part(el, 'cards'))).to.equal(false);
        expect(shown(part(el, 'scroll-hint'))).to.equal(false);
        // The totals print once, after the last row, rather than at the foot of every page.
        expect(getComputedStyle(el.shadowRoot!.querySelector('tfoot')!).display).to.equal('table-row-group');
        // Rows (caption, header, each row, footer) follow one another without overlapping, and the
        // text after the element starts below it.
        const boxes = [el.shadowRoot!.querySelector('caption')!, ...el.shadowRoot!.querySelectorAll('tr')].map((e) =>
          e.getBoundingClientRect(),
        );
        for (let i = 1; i < boxes.length; i++)
          expect(boxes[i]!.top, `row ${i}`).to.be.at.least(boxes[i - 1]!.bottom - 0.5);
        const after = wrapper.querySelector('p')!.getBoundingClientRect();
        expect(after.top).to.be.at.least(el.getBoundingClientRect().bottom - 0.5);
        expect(el.getBoundingClientRect().bottom).to.be.at.least(boxes[boxes.length - 1]!.bottom - 0.5);
      });
    }
  });
});

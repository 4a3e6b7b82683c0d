// <asf-activity-table> on paper, in forced colours and at realistic widths: layout checks that
// measure the rendered boxes (issue 11, defects 4, 5 and 6).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, engine, resetMedia } from '../testing/browser.js';
import './asf-activity-table.js';
import type { AsfActivityTable } from './activity-table.js';

const UPPSALA = '/examples/plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = '/examples/plans/bollnas-handlingsplan-2019-2024.json';

const root = (el: AsfActivityTable) => el.shadowRoot!;
const bodyRows = (el: AsfActivityTable) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[part="row"]')];

/** Renders a template and waits until its (first) table has every row. */
async function withTable(
  template: ReturnType<typeof html>,
  rows: number,
): Promise<{ wrapper: HTMLElement; el: AsfActivityTable }> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.querySelector('asf-activity-table')!;
  await waitUntil(() => bodyRows(el).length === rows, 'the plan did not load', { timeout: 15000 });
  await el.updateComplete;
  // The columns are measured after the first render; wait for the render that applies them.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return { wrapper, el };
}

/** Whether a node is inside an element hidden from sight (visually hidden text for screen readers). */
const isVisuallyHidden = (node: Node) => !!node.parentElement?.closest('.visually-hidden');

/** The visible text nodes under an element. */
function textNodes(under: Element): Text[] {
  const walker = document.createTreeWalker(under, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent!.trim() && !isVisuallyHidden(n)) out.push(n as Text);
  }
  return out;
}

/** The boxes of the visible text under an element (one per line fragment). */
function textBoxes(under: Element): DOMRect[] {
  return textNodes(under).flatMap((t) => {
    const range = document.createRange();
    range.selectNodeContents(t);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  });
}

const overlaps = (a: DOMRect, b: DOMRect, tolerance = 0.5) =>
  a.left < b.right - tolerance &&
  b.left < a.right - tolerance &&
  a.top < b.bottom - tolerance &&
  b.top < a.bottom - tolerance;
const inside = (a: DOMRect, b: DOMRect, tolerance = 1) =>
  a.left >= b.left - tolerance &&
  a.right <= b.right + tolerance &&
  a.top >= b.top - tolerance &&
  a.bottom <= b.bottom + tolerance;
const show = (r: DOMRect) =>
  `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`;

/** Switches to print media; false where the engine cannot (the test then skips, saying why). */
async function printMedia(): Promise<boolean> {
  if (!(await emulateMedia({ media: 'print' }))) {
    // Only Chromium can emulate print here: Firefox over WebDriver BiDi would need CDP, and
    // WebKitWebDriver has no such command.
    if (engine() === 'chromium') throw new Error('print emulation failed in Chromium');
    return false;
  }
  if (!matchMedia('print').matches) throw new Error('print emulation had no effect');
  return true;
}

describe('asf-activity-table in print', () => {
  afterEach(resetMedia);

  /** Every check of one printed table whose next sibling is `next`. */
  function checkPrinted(el: AsfActivityTable, next: Element, rows: number): void {
    const r = root(el);
    // Controls are not printed; the column names are.
    expect(getComputedStyle(r.querySelector('[part="filters"]')!).display).to.equal('none');
    for (const button of r.querySelectorAll('[part="sort-button"]'))
      expect(getComputedStyle(button).display).to.equal('none');
    for (const th of r.querySelectorAll('thead th'))
      expect(textBoxes(th).length, 'a column name is not printed').to.be.greaterThan(0);
    expect(getComputedStyle(r.querySelector('table')!).display).to.equal('table');
    // Nothing is cut off at the edge of the page: the table fits in the element.
    expect(r.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(
      el.getBoundingClientRect().width + 0.5,
    );
    // Every row prints, and no text of one row overlaps the text of another.
    const printed = bodyRows(el);
    expect(printed).to.have.length(rows);
    const boxes = printed.map((row) => textBoxes(row));
    boxes.forEach((b, i) => expect(b.length, `row ${i + 1} prints no text`).to.be.greaterThan(0));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        for (const a of boxes[i]!)
          for (const b of boxes[j]!)
            expect(overlaps(a, b), `rows ${i + 1} and ${j + 1} overlap: ${show(a)} ${show(b)}`).to.equal(false);
    // The element's boxes (one per page) hold every row, and what follows the element starts
    // after its last row: nothing of the next heading lies on a row, and nothing of the
    // element's own content (count, caption, rows, abbreviations) outside the element.
    const host = [...el.getClientRects()];
    const content = [...r.querySelector('[part="base"]')!.children].flatMap((c) => [
      ...c.getClientRects(),
      ...textBoxes(c),
    ]);
    const rowBoxes = printed.flatMap((row) => [...row.getClientRects()]);
    for (const box of [...content, ...rowBoxes])
      expect(
        host.some((h) => inside(box, h)),
        `${show(box)} lies outside the element ${host.map(show).join(' ')}`,
      ).to.equal(true);
    const nextBoxes = [...next.getClientRects(), ...textBoxes(next)];
    for (const a of rowBoxes)
      for (const b of nextBoxes)
        expect(overlaps(a, b), `a row ${show(a)} overlaps the next heading ${show(b)}`).to.equal(false);
    expect(next.getBoundingClientRect().top).to.be.at.least(printed.at(-1)!.getBoundingClientRect().bottom - 0.5);
  }

  // 686 px: an A4 page (794 px) less the print margins and the example page's own padding.
  for (const [name, src, rows] of [
    ['Bollnäs', BOLLNAS, 10],
    ['Uppsala', UPPSALA, 18],
  ] as const) {
    it(`prints the ${name} plan as a real table on A4: every row, nothing overlapping or cut off, no controls`, async function () {
      const { wrapper, el } = await withTable(
        html`<div style="inline-size: 686px">
          <asf-activity-table src=${src}></asf-activity-table>
          <h3>Nästa rubrik</h3>
        </div>`,
        rows,
      );
      // Guard: Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate print media here.
      if (!(await printMedia())) this.skip();
      await el.updateComplete;
      checkPrinted(el, wrapper.querySelector('h3')!, rows);
      // Columns come from the content on paper too: no card layout in a 686 px wide page.
      expect(getComputedStyle(bodyRows(el)[0]!).display).to.equal('table-row');
    });
  }

  it('stays whole when its rows break across pages (pages emulated by columns)', async function () {
    // Columns of a fixed height fragment their content as pages do: rows that move to the
    // next column must push down what follows, or the next heading prints over them.
    const { wrapper } = await withTable(
      html`<div style="inline-size: 686px; columns: 1; column-gap: 80px; column-fill: auto; block-size: 1000px">
        <p>Illustrativ text före tabellen.</p>
        <p>Illustrativ text före tabellen.</p>
        <p>Illustrativ text före tabellen.</p>
        <asf-activity-table src=${BOLLNAS}></asf-activity-table>
        <h3>Nästa rubrik</h3>
        <asf-activity-table src=${UPPSALA}></asf-activity-table>
        <h3>Sista rubrik</h3>
      </div>`,
      10,
    );
    const [first, second] = [...wrapper.querySelectorAll('asf-activity-table')];
    await waitUntil(() => bodyRows(second!).length === 18, 'the second plan did not load', { timeout: 15000 });
    // Guard: Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate print media here.
    if (!(await printMedia())) this.skip();
    await first!.updateComplete;
    await second!.updateComplete;
    const [h1, h2] = [...wrapper.querySelectorAll('h3')];
    expect(first!.getClientRects().length, 'the first table should span two pages').to.be.greaterThan(1);
    checkPrinted(first!, h1!, 10);
    checkPrinted(second!, h2!, 18);
  });
});

describe('asf-activity-table in forced colours', () => {
  afterEach(resetMedia);

  it('keeps a visible border on the sort buttons', async function () {
    const { el } = await withTable(html`<div><asf-activity-table src=${UPPSALA}></asf-activity-table></div>`, 18);
    // Guard: only Chromium can emulate forced colours here (Firefox over WebDriver BiDi would
    // need CDP; WebKitWebDriver has no such command).
    if (!(await emulateMedia({ forcedColors: 'active' }))) {
      if (engine() === 'chromium') throw new Error('forced colours could not be emulated in Chromium');
      this.skip();
    }
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours were not emulated').to.equal(true);
    for (const button of root(el).querySelectorAll('[part="sort-button"]')) {
      const s = getComputedStyle(button);
      expect(s.borderTopStyle).not.to.equal('none');
      expect(parseFloat(s.borderTopWidth)).to.be.greaterThan(0);
      expect(s.borderBottomStyle).not.to.equal('none');
      expect(parseFloat(s.borderLeftWidth)).to.be.greaterThan(0);
    }
    await expect(el).to.be.accessible();
  });
});

describe('asf-activity-table column widths', () => {
  /** The width of a word in the font of an element, on one line. */
  function wordWidth(word: string, like: Element): number {
    const s = getComputedStyle(like);
    const probe = document.createElement('span');
    probe.textContent = word;
    for (const p of ['font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'font-stretch'])
      probe.style.setProperty(p, s.getPropertyValue(p));
    probe.style.whiteSpace = 'pre';
    probe.style.position = 'absolute';
    document.body.append(probe);
    const w = probe.getBoundingClientRect().width;
    probe.remove();
    return w;
  }

  /**
   * The words of the body cells that are wider than their cell, so that the browser must
   * break them without a hyphen. Words end at spaces and after a hyphen, slash or dash, where
   * a line may break anyway; text for screen readers only (visually hidden) does not count.
   */
  function wordsTooWide(el: AsfActivityTable): string[] {
    const out: string[] = [];
    for (const cell of root(el).querySelectorAll<HTMLElement>('tbody th, tbody td')) {
      const s = getComputedStyle(cell);
      const width = cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      for (const node of textNodes(cell)) {
        const words = node.textContent
          .split(/\s+/)
          .flatMap((w) => w.split(/(?<=[-/\u2013\u2014])/))
          .filter(Boolean);
        for (const word of words) {
          const w = wordWidth(word, node.parentElement!);
          if (w > width + 0.5) out.push(`"${word}" (${Math.round(w)} px) in a cell ${Math.round(width)} px wide`);
        }
      }
    }
    return out;
  }

  // 820 px: a table whose columns' widest words fit side by side; 720 px: cards.
  for (const width of [1024, 820, 720]) {
    for (const [name, src, rows] of [
      ['Uppsala', UPPSALA, 18],
      ['Bollnäs', BOLLNAS, 10],
    ] as const) {
      it(`breaks no word of the ${name} plan in the middle at ${width} px`, async () => {
        const { el } = await withTable(
          html`<div style="inline-size: ${width}px"><asf-activity-table src=${src}></asf-activity-table></div>`,
          rows,
        );
        expect(wordsTooWide(el)).to.deep.equal([]);
        // Every column of a row has the same width as in every other row.
        const lefts = (row: HTMLTableRowElement) =>
          [...row.children].map((c) => Math.round(c.getBoundingClientRect().left));
        const first = lefts(bodyRows(el)[0]!);
        for (const row of bodyRows(el)) expect(lefts(row)).to.deep.equal(first);
      });
    }
  }

  it('sizes columns from every row of 10 000, the rows never rendered too: a wide word in row 9 001 stays whole', async function () {
    this.timeout(60000);
    // Illustrative: a code of 32 wide letters leads only row 9 001 (far from any rendered
    // window), and a code longer in letters but narrower only row 5 001: the width must come
    // from the widest word in pixels over every row, not from a sample or the longest in letters.
    const wide = 'W'.repeat(32);
    const narrow = 'i'.repeat(40);
    const actors = ['KS', 'AMN', 'OMN'].map((id) => ({ id, abbreviation: id, name: `Nämnd ${id} (illustrativ)` }));
    const plan = {
      id: 'illustrativ-bred',
      kind: 'action-plan',
      illustrative: true,
      title: 'Illustrativ plan med ett brett ord',
      organisation: { name: 'Illustrativ kommun', type: 'municipality' },
      actors: [
        ...actors,
        { id: 'WIDE', abbreviation: wide, name: 'Bred aktör (illustrativ)' },
        { id: 'NARROW', abbreviation: narrow, name: 'Smal aktör (illustrativ)' },
      ],
      activities: Array.from({ length: 10000 }, (_, i) => ({
        id: `a${i}`,
        title: `Illustrativ åtgärd nummer ${i}`,
        lead: [i === 9000 ? 'WIDE' : i === 5000 ? 'NARROW' : actors[i % 3]!.id],
        involved: [actors[(i + 1) % 3]!.id],
        schedule: '2019 - 2021',
      })),
    };
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 1024px"><asf-activity-table .plan=${plan}></asf-activity-table></div>`,
    );
    const el = wrapper.querySelector('asf-activity-table')!;
    const table = () => root(el).querySelector('table');
    await waitUntil(() => table()?.getAttribute('aria-rowcount') === '10001', 'not windowed', { timeout: 20000 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r.dataset.id)).not.to.include('a9000');
    const template = getComputedStyle(bodyRows(el)[0]!).gridTemplateColumns;
    el.filterActor = 'WIDE';
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r.dataset.id)).to.deep.equal(['a9000']);
    expect(wordsTooWide(el)).to.deep.equal([]);
    const lead = bodyRows(el)[0]!.querySelector('[data-column="lead"] span[lang], [data-column="lead"] span')!;
    expect(wordWidth(wide, lead)).to.be.greaterThan(wordWidth(narrow, lead));
    // The columns do not move when the rows are filtered.
    expect(getComputedStyle(bodyRows(el)[0]!).gridTemplateColumns).to.equal(template);
  });

  it('keeps words whole when a narrow container (cards) widens into a table', async () => {
    const { wrapper, el } = await withTable(
      html`<div style="inline-size: 320px"><asf-activity-table src=${BOLLNAS}></asf-activity-table></div>`,
      10,
    );
    expect(getComputedStyle(bodyRows(el)[0]!).gridTemplateColumns.split(' ')).to.have.length(1);
    for (const width of [820, 1024]) {
      wrapper.style.inlineSize = `${width}px`;
      await waitUntil(() => getComputedStyle(bodyRows(el)[0]!).gridTemplateColumns.split(' ').length === 4, 'no table');
      expect(wordsTooWide(el), `at ${width} px`).to.deep.equal([]);
    }
  });

  it('gives the text of each cell hyphenation under its own language', async () => {
    const { el } = await withTable(
      html`<div lang="en" style="inline-size: 1024px"><asf-activity-table src=${UPPSALA}></asf-activity-table></div>`,
      18,
    );
    const title = bodyRows(el)[0]!.querySelector('[part~="title"] > span')!;
    expect(title.getAttribute('lang')).to.equal('sv');
    const s = getComputedStyle(title);
    expect(s.getPropertyValue('hyphens') || s.getPropertyValue('-webkit-hyphens')).to.equal('auto');
    expect(s.overflowWrap).to.equal('break-word');
  });
});

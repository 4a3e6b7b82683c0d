// The scorecard in forced colours and on paper (issue 11, defects 4 and 5).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, engine, resetMedia } from '../testing/browser.js';
import './asf-scorecard.js';
import type { AsfScorecard } from './scorecard.js';

const GAVLEBORG = '/examples/plans/gavleborg-arsredovisning-2018.json';

const root = (el: AsfScorecard) => el.shadowRoot!;
const filterButton = (el: AsfScorecard, status: string) =>
  root(el).querySelector<HTMLButtonElement>(`[part="filter"][data-status="${status}"]`)!;

async function loaded(): Promise<AsfScorecard> {
  const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
  await waitUntil(() => root(el).querySelector('[part="filters"]'), 'the plan did not load');
  return el;
}

/** A system colour as the engine computes it. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.textContent = 'x';
  document.body.append(probe);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.asf-probe { color: ${name}; }`);
  const before = document.adoptedStyleSheets;
  document.adoptedStyleSheets = [...before, sheet];
  probe.className = 'asf-probe';
  const colour = getComputedStyle(probe).color;
  document.adoptedStyleSheets = before;
  probe.remove();
  return colour;
}

describe('asf-scorecard in forced colours (Windows high contrast)', () => {
  afterEach(resetMedia);

  it('shows the pressed status button with visible text, a distinct border and a cue that is not colour', async function () {
    const el = await loaded();
    // Only Chromium can emulate forced colours (through its DevTools protocol): Firefox over
    // WebDriver BiDi and WebKitWebDriver cannot. There the test says so instead of passing.
    if (!(await emulateMedia({ forcedColors: 'active' }))) {
      expect(engine()).not.to.equal('chromium');
      this.skip();
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const pressed = filterButton(el, 'all');
    const plain = filterButton(el, 'achieved');
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    const p = getComputedStyle(pressed);
    const canvas = systemColour('Canvas');
    // The text must show against the button and against the backplate (Canvas) that forced
    // colours draw behind text: HighlightText on that backplate was a blank white box.
    expect(p.color, 'text on the button').not.to.equal(p.backgroundColor);
    expect(p.color, 'text on the backplate').not.to.equal(canvas);
    const label = pressed.querySelector('.filter-label')!;
    expect(getComputedStyle(label).color).not.to.equal(canvas);
    // Pressed differs from not pressed by more than colour: a thicker border, and the label underlined.
    expect(parseFloat(p.borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(plain).borderTopWidth));
    expect(getComputedStyle(label).textDecorationLine).to.contain('underline');
    expect(getComputedStyle(plain.querySelector('.filter-label')!).textDecorationLine).not.to.contain('underline');
  });
});

describe('asf-scorecard on paper', () => {
  afterEach(resetMedia);

  it('underlines the pressed status on screen too, not only by colour', async () => {
    const el = await loaded();
    const label = (status: string) =>
      getComputedStyle(filterButton(el, status).querySelector('.filter-label')!).textDecorationLine;
    expect(label('all')).to.contain('underline');
    expect(label('achieved')).not.to.contain('underline');
  });

  it('does not print the status buttons, and prints the counts as text', async function () {
    const el = await loaded();
    // Print media can be emulated in Chromium only (WebKit's WebDriver has no such command,
    // Firefox's BiDi needs the DevTools protocol for it); the end-to-end tests print the pages.
    if (!(await emulateMedia({ media: 'print' }))) {
      expect(engine()).not.to.equal('chromium');
      this.skip();
    }
    expect(matchMedia('print').matches).to.equal(true);
    const filters = root(el).querySelector<HTMLElement>('[part="filters"]')!;
    expect(filters.getClientRects().length, 'the buttons take no room on paper').to.equal(0);
    for (const button of root(el).querySelectorAll('button')) expect(button.getClientRects().length).to.equal(0);
    const counts = root(el).querySelector<HTMLElement>('[part="counts"]')!;
    expect(counts.getClientRects().length).to.be.greaterThan(0);
    expect(counts.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Uppnått: 5 · I fas: 0 · Efter plan: 0 · Ej uppnått: 4 · Kan inte bedömas: 4',
    );
    await resetMedia();
    expect(filters.getClientRects().length, 'the buttons are back on screen').to.be.greaterThan(0);
    expect(counts.getClientRects().length, 'the printed counts are not on screen').to.equal(0);
  });
});

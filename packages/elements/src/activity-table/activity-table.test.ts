import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './asf-activity-table.js';
import type { AsfActivityTable } from './activity-table.js';
import type { AsfFilterChangeEvent, AsfSortChangeEvent } from './events.js';
import type { AsfErrorEvent } from '../shared/events.js';

const UPPSALA = '/examples/plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = '/examples/plans/bollnas-handlingsplan-2019-2024.json';

const root = (el: AsfActivityTable) => el.shadowRoot!;
const bodyRows = (el: AsfActivityTable) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[part="row"]')];
const ids = (el: AsfActivityTable) => bodyRows(el).map((r) => r.dataset.id);
const header = (el: AsfActivityTable, column: string) =>
  root(el).querySelector<HTMLTableCellElement>(`th[data-column="${column}"]`)!;
const sortButton = (el: AsfActivityTable, column: string) => header(el, column).querySelector('button')!;
const count = (el: AsfActivityTable) => root(el).querySelector('[part="count"]')!.textContent.trim();
const cell = (row: HTMLTableRowElement, column: string) => row.querySelector<HTMLElement>(`[data-column="${column}"]`)!;

/** Loads a plan file into a table and waits until it is shown. */
async function loaded(template: ReturnType<typeof html>): Promise<AsfActivityTable> {
  const el = await fixture<AsfActivityTable>(template);
  await waitUntil(() => root(el).querySelector('table'), 'the plan did not load', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

/** A plan of many activities, generated for the test: illustrative, not from any document. */
function illustrativePlan(n: number) {
  const actors = ['KS', 'AMN', 'OMN', 'SCN', 'KTN'].map((id) => ({
    id,
    abbreviation: id,
    name: `Nämnd ${id} (illustrativ)`,
  }));
  const goals = [1, 2, 3, 4, 5].map((g) => ({ id: `g${g}`, title: `Område ${g} (illustrativt)` }));
  const activities = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    goal: `g${(i % 5) + 1}`,
    title: `Illustrativ åtgärd nummer ${i}${i % 1000 === 7 ? ' om samråd' : ''}`,
    lead: [actors[i % 5]!.id],
    involved: i % 7 === 0 ? 'all' : [actors[(i + 1) % 5]!.id],
    schedule: i % 3 === 0 ? 'Pågår' : `${2018 + (i % 4)} - 2021`,
  }));
  return {
    id: 'illustrativ',
    kind: 'action-plan',
    illustrative: true,
    title: 'Illustrativ plan med många åtgärder',
    organisation: { name: 'Illustrativ kommun', type: 'municipality' },
    actors,
    goals,
    activities,
  };
}

describe('asf-activity-table', () => {
  it('shows all 18 rows of the Uppsala plan in a captioned table, with columns as printed', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA}></asf-activity-table>`);
    expect(bodyRows(el)).to.have.length(18);
    expect(root(el).querySelector('caption')!.textContent).to.equal('Handlingsplan för Sociala företag');
    expect(count(el)).to.equal('Visar 18 av 18 åtgärder');
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => th.querySelector('span')!.textContent);
    expect(headers).to.deep.equal(['Åtgärd', 'Område', 'Huvudansvarig', 'Andra berörda aktörer', 'Tidplan']);
    const first = bodyRows(el)[0]!;
    expect(first.querySelector('th[scope="row"]')!.textContent).to.contain('Samverka genom kontinuerliga möten');
    expect(cell(first, 'schedule').textContent.trim()).to.equal('Pågå');
    // Codes to see, full names to hear.
    const lead = cell(first, 'lead');
    expect(lead.querySelector('[aria-hidden="true"]')!.textContent).to.equal('KS');
    expect(lead.querySelector('.visually-hidden')!.textContent).to.equal('Kommunstyrelsen');
    const involved13 = cell(bodyRows(el)[2]!, 'involved');
    expect(involved13.textContent.trim()).to.equal('Samtliga');
    expect(cell(bodyRows(el)[17]!, 'schedule').textContent.trim()).to.equal('Pågår kontinuerligt');
    const abbreviations = [...root(el).querySelectorAll('[part="abbreviations"] dt')].map((dt) => dt.textContent);
    expect(abbreviations).to.deep.equal(['KS', 'AMN', 'OMN', 'SCN', 'KTN']);
    expect(root(el).textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });

  it('takes its caption from the caption attribute', async () => {
    const el = await loaded(
      html`<asf-activity-table src=${UPPSALA} caption="Åtgärder i Uppsala 2018–2020"></asf-activity-table>`,
    );
    expect(root(el).querySelector('caption')!.textContent).to.equal('Åtgärder i Uppsala 2018–2020');
  });

  it('filters by goal: Område 5 has 6 rows, and the count says so', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA} filter-goal="omrade-5"></asf-activity-table>`);
    expect(ids(el)).to.deep.equal(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6']);
    expect(count(el)).to.equal('Visar 6 av 18 åtgärder');
    expect(root(el).querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
  });

  it('filters by actor, lead or involved, with "Samtliga" expanded', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA} filter-actor="KTN"></asf-activity-table>`);
    // KTN is named in 1.2, 3.2, 3.3, 4.1, 4.2, 5.5 and is one of "Samtliga" in 1.3.
    expect(ids(el)).to.deep.equal(['1.2', '1.3', '3.2', '3.3', '4.1', '4.2', '5.5']);
    el.filterActor = 'kommunala-forvaltningar';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1.3', '5.4']);
  });

  it('searches case- and diacritic-insensitively: "samrad" finds "samråd"', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA} query="SAMRAD"></asf-activity-table>`);
    expect(ids(el)).to.deep.equal(['2.2', '4.2']);
    el.query = 'reserverade kontrakt';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['5.4', '5.5', '5.6']);
    el.query = 'omsorgsnämnden 2019';
    await el.updateComplete;
    // Full names are searchable, every word must match.
    expect(ids(el)).to.include('2.1').and.not.include('1.1');
  });

  it('says so when nothing matches, and stays accessible', async () => {
    const el = await loaded(
      html`<asf-activity-table src=${UPPSALA} query="finns inte någonstans"></asf-activity-table>`,
    );
    expect(bodyRows(el)).to.have.length(0);
    expect(root(el).querySelector('[part~="empty-row"]')!.textContent).to.contain('Inga åtgärder matchar filtren.');
    expect(count(el)).to.equal('Visar 0 av 18 åtgärder');
    await expect(el).to.be.accessible();
  });

  it('sorts by schedule: ongoing first, then by start and end year; descending reverses', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA} sort-by="schedule"></asf-activity-table>`);
    expect(header(el, 'schedule').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'title').hasAttribute('aria-sort')).to.equal(false);
    const order = ids(el);
    expect(order.slice(0, 3)).to.deep.equal(['1.1', '5.3', '5.6']);
    // 2018–2019 before 2018–2020 before 2019 before 2019–2020; ties keep the plan's order.
    expect(order.slice(3)).to.deep.equal([
      '2.1',
      '2.2',
      '4.1',
      '5.2',
      '1.2',
      '3.1',
      '4.2',
      '5.1',
      '5.4',
      '5.5',
      '1.3',
      '3.2',
      '3.3',
      '2.3',
      '4.3',
    ]);
    el.sortDirection = 'descending';
    await el.updateComplete;
    expect(header(el, 'schedule').getAttribute('aria-sort')).to.equal('descending');
    expect(ids(el).slice(0, 2)).to.deep.equal(['2.3', '4.3']);
    expect(ids(el).slice(-3)).to.deep.equal(['1.1', '5.3', '5.6']);
  });

  it('sorts by a click on a header button: ascending, descending, then the plan order, with events', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA}></asf-activity-table>`);
    let event = oneEvent<AsfSortChangeEvent>(el, 'asf-sort-change');
    sortButton(el, 'lead').click();
    let e = await event;
    expect([e.sortBy, e.sortDirection]).to.deep.equal(['lead', 'ascending']);
    expect(e.bubbles && e.composed).to.equal(true);
    await el.updateComplete;
    expect(el.sortBy).to.equal('lead');
    expect(header(el, 'lead').getAttribute('aria-sort')).to.equal('ascending');
    // "AMN" < "AMN, KS" < "AMN, OMN" < "KS".
    expect(ids(el).slice(0, 5)).to.deep.equal(['3.2', '4.2', '4.3', '4.1', '2.1']);
    event = oneEvent<AsfSortChangeEvent>(el, 'asf-sort-change');
    sortButton(el, 'lead').click();
    e = await event;
    expect(e.sortDirection).to.equal('descending');
    await el.updateComplete;
    expect(header(el, 'lead').getAttribute('aria-sort')).to.equal('descending');
    expect(ids(el)[0]).to.equal('1.1');
    sortButton(el, 'lead').click();
    await el.updateComplete;
    expect(el.sortBy).to.equal('');
    expect(header(el, 'lead').hasAttribute('aria-sort')).to.equal(false);
    expect(ids(el)[0]).to.equal('1.1');
    expect(ids(el)[17]).to.equal('5.6');
    await expect(el).to.be.accessible();
  });

  it('fires no event when code changes sort or filters', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA}></asf-activity-table>`);
    let fired = 0;
    el.addEventListener('asf-sort-change', () => fired++);
    el.addEventListener('asf-filter-change', () => fired++);
    el.sortBy = 'title';
    el.sortDirection = 'descending';
    el.filterGoal = 'omrade-1';
    el.query = 'samverkan';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1.3', '1.2', '1.1']);
    expect(fired).to.equal(0);
  });

  it('is operable with the keyboard: Enter and Space sort, typing searches, selects filter', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA}></asf-activity-table>`);
    sortButton(el, 'title').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'title').getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: ' ' }); // ' ', not 'Space': Firefox over BiDi knows no key named Space
    await el.updateComplete;
    expect(header(el, 'title').getAttribute('aria-sort')).to.equal('descending');

    const search = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.focus();
    const filtered = oneEvent<AsfFilterChangeEvent>(el, 'asf-filter-change');
    await sendKeys({ type: 'h' });
    const e = await filtered;
    expect(e.filter.query).to.equal('h');
    await sendKeys({ type: 'andbok' });
    await el.updateComplete;
    expect(el.query).to.equal('handbok');
    expect(ids(el)).to.deep.equal(['3.3']);
    expect(count(el)).to.equal('Visar 1 av 18 åtgärder');

    el.query = '';
    const goal = root(el).querySelector<HTMLSelectElement>('[part="goal-filter"]')!;
    goal.focus();
    const changed = oneEvent<AsfFilterChangeEvent>(el, 'asf-filter-change');
    await sendKeys({ press: 'ArrowDown' });
    const g = await changed;
    expect(g.filter.filterGoal).to.equal('omrade-1');
    expect(g.shown).to.equal(3);
    expect(g.total).to.equal(18);
    await el.updateComplete;
    expect(el.filterGoal).to.equal('omrade-1');
    expect(ids(el)).to.have.length(3);
  });

  it('filters by actor from the select, whose options name the actors in full', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA}></asf-activity-table>`);
    const select = root(el).querySelector<HTMLSelectElement>('[part="actor-filter"]')!;
    const options = [...select.options].map((o) => o.textContent.trim());
    expect(options).to.deep.equal([
      'Alla aktörer',
      'KS – Kommunstyrelsen',
      'AMN – Arbetsmarknadsnämnden',
      'OMN – Omsorgsnämnden',
      'SCN – Socialnämnden',
      'KTN – Kulturnämnden',
      'Kommunala förvaltningar',
    ]);
    select.value = 'SCN';
    const event = oneEvent<AsfFilterChangeEvent>(el, 'asf-filter-change');
    select.dispatchEvent(new Event('change'));
    const e = await event;
    expect(e.filter).to.deep.equal({ filterActor: 'SCN', filterGoal: '', query: '' });
    expect(e.shown).to.equal(7);
    await el.updateComplete;
    expect(count(el)).to.equal('Visar 7 av 18 åtgärder');
  });

  it('shows the Bollnäs plan: 10 rows, full names, no schedule column', async () => {
    const el = await loaded(html`<asf-activity-table src=${BOLLNAS}></asf-activity-table>`);
    expect(bodyRows(el)).to.have.length(10);
    expect(header(el, 'schedule')).to.equal(null);
    expect(cell(bodyRows(el)[0]!, 'lead').textContent.trim()).to.equal(
      'Näringsliv och utveckling, Arbetsmarknadsenheten',
    );
    const involved = cell(bodyRows(el)[0]!, 'involved');
    expect(involved.querySelector('.visually-hidden')!.textContent).to.equal('Ingen');
    expect(root(el).querySelector('[part="abbreviations"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English inside lang="en", with English titles and number formats', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><asf-activity-table src=${UPPSALA} filter-goal="omrade-2"></asf-activity-table></div>`,
    );
    const el = wrapper.querySelector('asf-activity-table')!;
    await waitUntil(() => root(el).querySelector('table'), 'not loaded', { timeout: 5000 });
    await el.updateComplete;
    expect(count(el)).to.equal('Showing 3 of 18 activities');
    expect(root(el).querySelector('caption')!.textContent).to.equal('Action plan for social enterprises');
    expect(header(el, 'lead').textContent).to.contain('Lead');
    const heard = [...cell(bodyRows(el)[0]!, 'lead').querySelectorAll('.visually-hidden')]
      .map((s) => s.textContent)
      .join('');
    expect(heard).to.equal('Labour Market Committee, Care Committee');
    wrapper.setAttribute('lang', 'sv');
    await waitUntil(() => count(el) === 'Visar 3 av 18 åtgärder', 'language did not follow');
  });

  it('shows loading, then a readable error with a retry that loads again', async () => {
    const el = await fixture<AsfActivityTable>(
      html`<asf-activity-table src="/__status__/404/x.json"></asf-activity-table>`,
    );
    expect(root(el).querySelector('[part="loading"]')).not.to.equal(null);
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error shown', { timeout: 5000 });
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('404');
    await expect(el).to.be.accessible();
    el.src = UPPSALA;
    await waitUntil(() => bodyRows(el).length === 18, 'a new src did not load', { timeout: 5000 });
  });

  it('reports an invalid plan object with its paths and fires asf-error', async () => {
    const el = document.createElement('asf-activity-table');
    el.plan = {
      id: 'x',
      kind: 'action-plan',
      title: 'X',
      organisation: { name: 'K', type: 'municipality' },
      activities: [{ id: 'a', title: 'T', lead: ['nobody'], involved: [] }],
    };
    const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
    document.body.append(el);
    const { error } = await event;
    await el.updateComplete;
    expect(error.kind).to.equal('invalid');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('/activities/0/lead/0');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says that there is no plan when given none, and that a plan has no activities', async () => {
    const el = await fixture<AsfActivityTable>(html`<asf-activity-table></asf-activity-table>`);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('Ingen plan att visa.');
    el.plan = { id: 'tom', kind: 'policy', title: 'Tom policy', organisation: { name: 'K', type: 'municipality' } };
    await waitUntil(() => root(el).querySelector('[part~="empty-row"]'), 'no empty row');
    expect(root(el).querySelector('[part~="empty-row"]')!.textContent).to.contain('Planen har inga åtgärder.');
    await expect(el).to.be.accessible();
  });

  it('turns rows into cards in a narrow container, keeping table roles', async () => {
    const wrapper = await fixture(
      html`<div style="inline-size: 320px"><asf-activity-table src=${UPPSALA}></asf-activity-table></div>`,
    );
    const el = wrapper.querySelector('asf-activity-table')!;
    await waitUntil(() => root(el).querySelector('tbody tr[part="row"]'), 'not loaded', { timeout: 5000 });
    const row = bodyRows(el)[0]!;
    const columns = () => getComputedStyle(row).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    expect(row.getAttribute('role')).to.equal('row');
    // Chromium and WebKit resolve attr() in the computed value; Firefox keeps attr(data-label).
    const label = getComputedStyle(cell(row, 'lead'), '::before').content;
    expect(label).to.match(/Huvudansvarig|attr\(data-label\)/);
    expect(cell(row, 'lead').getAttribute('data-label')).to.equal('Huvudansvarig');
    await expect(el).to.be.accessible();
    (wrapper as HTMLElement).style.inlineSize = '1000px';
    await waitUntil(() => columns() === 5, 'no table in a wide container');
    expect(getComputedStyle(cell(row, 'lead'), '::before').content).to.equal('none');
  });

  it('renders and filters an illustrative plan of 10 000 activities', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    // updateComplete waits for the rows rendered in chunks.
    expect(bodyRows(el)).to.have.length(10000);
    expect(count(el)).to.equal('Visar 10\u00a0000 av 10\u00a0000 åtgärder');
    el.query = 'samrad';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([
      'a7',
      'a1007',
      'a2007',
      'a3007',
      'a4007',
      'a5007',
      'a6007',
      'a7007',
      'a8007',
      'a9007',
    ]);
    el.query = '';
    el.filterGoal = 'g2';
    el.filterActor = 'AMN';
    await el.updateComplete;
    // Goal g2 is i % 5 === 1, whose lead is AMN: all 2 000.
    expect(bodyRows(el)).to.have.length(2000);
    el.sortBy = 'schedule';
    el.sortDirection = 'descending';
    await el.updateComplete;
    const first = bodyRows(el)[0]!;
    expect(cell(first, 'schedule').textContent.trim()).to.equal('2021 - 2021');
  });
});

/** The language that applies to a node: its closest `lang`, across shadow roots. */
function langOf(node: Node): string | null {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
  }
  return null;
}

/** Every text a plan holds, by the language it is written in (a plain string is Swedish). */
function planTexts(plan: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (!['id', 'goal', 'lead', 'involved', 'type', 'kind', 'source', '$schema'].includes(key))
        texts.set(v.replace(/\s+/g, ' ').trim(), 'sv');
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.sv === 'string' && Object.keys(o).every((k) => k === 'sv' || k === 'en')) {
        texts.set(o.sv, 'sv');
        if (typeof o.en === 'string') texts.set(o.en, 'en');
      } else for (const [k, x] of Object.entries(o)) visit(x, k);
    }
  };
  visit(plan, '');
  return texts;
}

describe('asf-activity-table: language of parts and landmarks', () => {
  it('marks Swedish plan text with lang="sv" inside an English page; the words of the element stay English', async () => {
    const plan: unknown = await (await fetch(UPPSALA)).json();
    const texts = planTexts(plan);
    const wrapper = await fixture(html`<div lang="en"><asf-activity-table src=${UPPSALA}></asf-activity-table></div>`);
    const el = wrapper.querySelector('asf-activity-table')!;
    await waitUntil(() => bodyRows(el).length === 18, 'not loaded', { timeout: 5000 });
    await el.updateComplete;
    const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
    const fromPlan: string[] = [];
    const wrong: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!.replace(/\s+/g, ' ').trim();
      if (!/\p{L}/u.test(text)) continue; // separators, arrows and dashes
      // An option holds text only, so "KS – Municipal Executive Board" takes the language of
      // the name (checked below).
      if (n.parentElement?.closest('option')) continue;
      // Plan text in the language it is written in, every other word in the page's English.
      const expected = texts.get(text) ?? 'en';
      if (texts.has(text)) fromPlan.push(text);
      if (langOf(n) !== expected) wrong.push(`"${text}": ${langOf(n)}, expected ${expected}`);
    }
    expect(wrong).to.deep.equal([]);
    // The check saw titles, descriptions, printed schedules, Swedish codes and English names.
    for (const t of [
      'Samverka genom kontinuerliga möten med de sociala företagens representationsgrupp och i andra forum.',
      'Pågår kontinuerligt',
      'KS',
      'Municipal Executive Board',
      'Area 1: Better cooperation',
    ])
      expect(fromPlan).to.include(t);
    const options = [...root(el).querySelectorAll('[part="actor-filter"] option')].map((o) => [
      o.textContent.trim(),
      langOf(o),
    ]);
    expect(options.slice(0, 3)).to.deep.equal([
      ['All actors', 'en'],
      ['KS – Municipal Executive Board', 'en'],
      ['AMN – Labour Market Committee', 'en'],
    ]);
    expect(options.at(-1)).to.deep.equal(['Municipal administrations', 'en']);
    expect(root(el).querySelector('[part="count"]')!.textContent).to.equal('Showing 18 of 18 activities');
    await expect(el).to.be.accessible();
  });

  it('puts no lang on Swedish plan text on a Swedish page', async () => {
    const el = await loaded(html`<asf-activity-table src=${UPPSALA}></asf-activity-table>`);
    expect(root(el).querySelectorAll('[lang]')).to.have.length(0);
  });

  it('says the language of a plan written in English (plan.language) on a Swedish page', async () => {
    const el = await loaded(
      html`<asf-activity-table
        .plan=${{
          id: 'en-plan',
          kind: 'action-plan',
          language: 'en',
          title: 'Illustrative plan',
          organisation: { name: 'Illustrative council', type: 'municipality' },
          actors: [{ id: 'ec', name: 'Executive Committee', abbreviation: 'EC' }],
          activities: [{ id: 'a', title: 'Hold a meeting', lead: ['ec'], involved: [], schedule: 'Ongoing' }],
        }}
      ></asf-activity-table>`,
    );
    const row = bodyRows(el)[0]!;
    expect(row.querySelector('[part~="title"] > span')!.getAttribute('lang')).to.equal('en');
    expect(cell(row, 'schedule').querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(cell(row, 'lead').querySelector('[aria-hidden="true"] span')!.getAttribute('lang')).to.equal('en');
    expect(root(el).querySelector('caption span')!.getAttribute('lang')).to.equal('en');
    expect(count(el)).to.equal('Visar 1 av 1 åtgärd');
  });

  it('names each search landmark after its table: two tables on a page pass axe, landmark-unique included', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <asf-activity-table src=${UPPSALA}></asf-activity-table>
      <asf-activity-table src=${BOLLNAS}></asf-activity-table>
    </div>`);
    const [uppsala, bollnas] = [...wrapper.querySelectorAll('asf-activity-table')];
    await waitUntil(() => bodyRows(uppsala!).length === 18 && bodyRows(bollnas!).length === 10, 'not loaded', {
      timeout: 10000,
    });
    const search = (el: AsfActivityTable) => root(el).querySelector('[role="search"]')!.getAttribute('aria-label');
    expect(search(uppsala!)).to.equal('Filtrera åtgärder: Handlingsplan för Sociala företag');
    expect(search(bollnas!)).to.equal(
      'Filtrera åtgärder: Handlingsplan för främjande av arbetsintegrerande sociala företag 2019-2024',
    );
    await expect(wrapper).to.be.accessible();
    // No landmark inside the element holds another landmark.
    const LANDMARK =
      'main, nav, aside, search, form[aria-label], section[aria-label], section[aria-labelledby], [role="main"], [role="navigation"], [role="complementary"], [role="search"], [role="form"], [role="region"], [role="banner"], [role="contentinfo"]';
    for (const el of [uppsala!, bollnas!]) {
      const landmarks = [...root(el).querySelectorAll(LANDMARK)];
      expect(landmarks).to.have.length(1);
      for (const l of landmarks) expect(l.querySelector(LANDMARK)).to.equal(null);
    }
  });
});

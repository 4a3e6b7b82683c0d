import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './asf-activity-table.js';
import type { AsfActivityTable } from './activity-table.js';
import type { AsfFilterChangeEvent, AsfSortChangeEvent } from './events.js';
import type { AsfErrorEvent } from '../shared/events.js';
import { emulateMedia, resetMedia } from '../testing/browser.js';
import { buildResponsibilityMatrix, parsePlan } from '@asf-kit/core';

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

/**
 * Scrolls the page to its end until `id` renders, as a person keeps scrolling: rows measured on
 * the way may make the page a little longer (browsers without scroll anchoring do not follow).
 */
async function scrollToEnd(el: AsfActivityTable, id: string, message: string): Promise<void> {
  const scroller = document.scrollingElement!;
  for (let i = 0; i < 6 && !ids(el).includes(id); i++) {
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
  }
  await waitUntil(() => ids(el).includes(id), message);
}

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

  it('windows an illustrative plan of 10 000 activities: every row counted, searched, filtered and sorted', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    // A window of rows, not 10 000: the table says how many rows it has and where each is.
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('10001');
    expect(root(el).querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
    const rendered = bodyRows(el);
    expect(rendered.length).to.be.within(1, 300);
    expect(rendered.map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(rendered.map((_, i) => String(i + 2)));
    // The spacer after the window stands for the rows left out.
    const spacers = [...root(el).querySelectorAll<HTMLElement>('tbody tr.spacer')];
    expect(spacers.map((s) => s.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true']);
    expect(spacers[1]!.getBoundingClientRect().height).to.be.greaterThan(1000);
    expect(count(el)).to.equal('Visar 10\u00a0000 av 10\u00a0000 åtgärder');
    // The search field finds rows that are not on screen; ten rows are plain DOM again.
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
    expect(table.hasAttribute('aria-rowcount')).to.equal(false);
    el.query = '';
    el.filterGoal = 'g2';
    el.filterActor = 'AMN';
    await el.updateComplete;
    // Goal g2 is i % 5 === 1, whose lead is AMN: all 2 000, windowed.
    expect(table.getAttribute('aria-rowcount')).to.equal('2001');
    expect(count(el)).to.equal('Visar 2\u00a0000 av 10\u00a0000 åtgärder');
    el.sortBy = 'schedule';
    el.sortDirection = 'descending';
    await el.updateComplete;
    const first = bodyRows(el)[0]!;
    expect(cell(first, 'schedule').textContent.trim()).to.equal('2021 - 2021');
  });

  it('searches every row of a 10 000-row plan, never rendered ones too, as a search over each row would', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    expect(bodyRows(el).length).to.be.below(300);
    // "ks": KS leads (i % 5 === 0) or is involved ((i + 1) % 5 === 0, not "Samtliga", whose row
    // says "Samtliga" and not the names); "2019": the schedule starts in 2019 (i % 3 !== 0 and
    // i % 4 === 1), or the id or title number holds 2019.
    const expected = Array.from({ length: 10000 }, (_, i) => i)
      .filter((i) => i % 5 === 0 || (i % 7 !== 0 && (i + 1) % 5 === 0))
      .filter((i) => (i % 3 !== 0 && i % 4 === 1) || String(i).includes('2019'))
      .map((i) => `a${i}`);
    expect(expected.length).to.be.above(500);
    el.query = 'KS 2019';
    await el.updateComplete;
    expect(count(el)).to.equal(`Visar ${expected.length.toLocaleString('sv-SE')} av 10\u00a0000 åtgärder`);
    // Windowed: each rendered row is the expected row at its place (aria-rowindex, after the header).
    const rendered = bodyRows(el);
    expect(rendered.length).to.be.within(1, 300);
    expect(rendered.map((r) => r.dataset.id)).to.deep.equal(
      rendered.map((r) => expected[Number(r.getAttribute('aria-rowindex')) - 2]),
    );
    el.query = 'ks 2019 nummer 99';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(expected.filter((id) => id.slice(1).includes('99')));
    // The same search in another language of the element (a new model) finds the same rows.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(expected.filter((id) => id.slice(1).includes('99')));
  });

  it('filters by actor exactly as the responsibility matrix expands "Samtliga", in every example plan', async function () {
    this.timeout(30000);
    const plans: [string, unknown][] = [['illustrative', illustrativePlan(700)]];
    for (const file of [
      'uppsala-handlingsplan-2018-2020',
      'bollnas-handlingsplan-2019-2024',
      'dalarna-utveckling-asf-2017-2018',
      'vastra-gotaland-asf-2017-2018',
    ]) {
      const response = await fetch(`/examples/plans/${file}.json`);
      plans.push([file, await response.json()]);
    }
    // "Samtliga" in a plan with an actor no activity names (no column, not one of "Samtliga").
    const small = illustrativePlan(6);
    plans.push([
      'unnamed actor',
      {
        ...small,
        actors: [...small.actors, { id: 'KF', abbreviation: 'KF', name: 'Fullmäktige (illustrativ)' }],
        activities: [...small.activities, { id: 'r1', title: 'Illustrativ', lead: ['OMN'], involved: 'all' }],
      },
    ]);
    for (const [name, input] of plans) {
      const parsed = parsePlan(input);
      if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.error.issues[0])}`);
      if (parsed.data.activities.length === 0) continue;
      const matrix = buildResponsibilityMatrix(parsed.data);
      const el = await loaded(html`<asf-activity-table .plan=${parsed.data}></asf-activity-table>`);
      const options = [...root(el).querySelectorAll<HTMLOptionElement>('[part="actor-filter"] option')].map(
        (o) => o.value,
      );
      expect(options, name).to.deep.equal(['', ...matrix.actors.map((a) => a.id)]);
      for (const actor of matrix.actors) {
        el.filterActor = actor.id;
        await el.updateComplete;
        const rows = matrix.rows.filter((r) => r.cells[actor.id] != null).map((r) => r.activity.id);
        expect(count(el), `${name}, ${actor.id}`).to.equal(
          `Visar ${rows.length.toLocaleString('sv-SE')} av ${matrix.rows.length.toLocaleString('sv-SE')} åtgärder`,
        );
        if (rows.length <= 500) expect(ids(el), `${name}, ${actor.id}`).to.deep.equal(rows);
      }
    }
  });

  it('keeps plans of up to 500 shown rows in plain DOM, and windows from 501', async function () {
    this.timeout(30000);
    const small = await loaded(html`<asf-activity-table .plan=${illustrativePlan(500)}></asf-activity-table>`);
    expect(bodyRows(small)).to.have.length(500);
    expect(root(small).querySelector('table')!.hasAttribute('aria-rowcount')).to.equal(false);
    expect(root(small).querySelector('tbody tr.spacer')).to.equal(null);
    expect(bodyRows(small)[0]!.hasAttribute('tabindex')).to.equal(false);
    const large = await loaded(html`<asf-activity-table .plan=${illustrativePlan(501)}></asf-activity-table>`);
    expect(root(large).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('502');
    expect(bodyRows(large).length).to.be.below(501);
  });

  it('renders the rows near the screen as the page scrolls, to the last row and back', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    const scroller = document.scrollingElement!;
    try {
      scroller.scrollTop = scroller.scrollHeight;
      await scrollToEnd(el, 'a9999', 'the last row did not render at the end of the page');
      const last = bodyRows(el).find((r) => r.dataset.id === 'a9999')!;
      expect(last.getAttribute('aria-rowindex')).to.equal('10001');
      const box = last.getBoundingClientRect();
      expect(box.bottom).to.be.at.most(window.innerHeight + 1);
      expect(box.bottom).to.be.greaterThan(0);
      expect(ids(el)).not.to.include('a0');
      scroller.scrollTop = scroller.scrollHeight / 2;
      await waitUntil(() => ids(el).includes('a5000') || ids(el).includes('a4999'), 'the middle rows did not render');
      scroller.scrollTop = 0;
      await waitUntil(() => ids(el).includes('a0'), 'the first row did not come back');
    } finally {
      scroller.scrollTop = 0;
    }
  });

  it('moves the focus with the keyboard past the rendered window, and keeps it while rows scroll away', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    const focusedId = () => (root(el).activeElement as HTMLElement | null)?.dataset.id;
    const scroller = document.scrollingElement!;
    try {
      // One tab stop among the rows: the first rendered row.
      const rows = bodyRows(el);
      expect(rows.filter((r) => r.tabIndex === 0).map((r) => r.dataset.id)).to.deep.equal(['a0']);
      const lastRendered = rows.at(-1)!;
      const next = `a${Number(lastRendered.dataset.id!.slice(1)) + 1}`;
      expect(ids(el)).not.to.include(next);
      lastRendered.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focusedId() === next, `ArrowDown did not move the focus to ${next}`);
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedId() === 'a9999', 'End did not reach the last row');
      const last = root(el).activeElement!;
      expect(last.getAttribute('aria-rowindex')).to.equal('10001');
      expect(last.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight + 1);
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => focusedId() === 'a9998', 'ArrowUp did not move the focus');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focusedId() === 'a0', 'Home did not reach the first row');
      // Scrolled far away, the focused row stays rendered and focused; the keys go on from it.
      await scrollToEnd(el, 'a9999', 'the window did not follow the scroll');
      await el.updateComplete;
      expect(focusedId()).to.equal('a0');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focusedId() === 'a1', 'the focus did not go on from the kept row');
      // A sort keeps the focused row focused, at its new place.
      el.sortDirection = 'ascending';
      el.sortBy = 'title';
      await el.updateComplete;
      await el.updateComplete;
      expect(focusedId()).to.equal('a1');
    } finally {
      scroller.scrollTop = 0;
    }
  });

  it('re-orders a windowed table when a header is clicked: ascending, then descending', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    sortButton(el, 'title').click();
    await el.updateComplete;
    expect(header(el, 'title').getAttribute('aria-sort')).to.equal('ascending');
    expect(ids(el).slice(0, 3)).to.deep.equal(['a0', 'a1', 'a2']);
    sortButton(el, 'title').click();
    await el.updateComplete;
    expect(header(el, 'title').getAttribute('aria-sort')).to.equal('descending');
    expect(ids(el).slice(0, 3)).to.deep.equal(['a9999', 'a9998', 'a9997']);
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
  });

  it('renders every row of a windowed table for printing (beforeprint), and windows again after', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(10000);
    expect(root(el).querySelector('tbody tr.spacer')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(bodyRows(el).length).to.be.below(300);
  });

  it('renders every row of a windowed table under print media', async function () {
    this.timeout(60000);
    const el = await loaded(html`<asf-activity-table .plan=${illustrativePlan(10000)}></asf-activity-table>`);
    try {
      // Guard: Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate print media here.
      if (!(await emulateMedia({ media: 'print' }))) this.skip();
      await waitUntil(() => bodyRows(el).length === 10000, 'print media did not render every row', {
        timeout: 20000,
      });
      expect(getComputedStyle(bodyRows(el)[9999]!).display).to.equal('table-row');
    } finally {
      await resetMedia();
    }
    await waitUntil(() => bodyRows(el).length < 300, 'the window did not come back after print');
  });

  it('windows cards of varying height in a narrow container, to the last card', async function () {
    this.timeout(60000);
    const wrapper = await fixture(
      html`<div style="inline-size: 320px"><asf-activity-table .plan=${illustrativePlan(2000)}></asf-activity-table></div>`,
    );
    const el = wrapper.querySelector('asf-activity-table')!;
    await waitUntil(() => bodyRows(el).length > 0, 'not rendered', { timeout: 15000 });
    await el.updateComplete;
    const rows = bodyRows(el);
    expect(getComputedStyle(rows[0]!).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(rows.length).to.be.below(300);
    const scroller = document.scrollingElement!;
    try {
      scroller.scrollTop = scroller.scrollHeight;
      await scrollToEnd(el, 'a1999', 'the last card did not render');
      const last = bodyRows(el).find((r) => r.dataset.id === 'a1999')!;
      expect(last.getBoundingClientRect().bottom).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      scroller.scrollTop = 0;
    }
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

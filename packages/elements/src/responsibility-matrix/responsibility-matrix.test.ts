import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localizedPart, parsePlanJson, workloadByActor, type Plan, type PlanInput } from '@asf-kit/core';
import './asf-responsibility-matrix.js';
import type { AsfResponsibilityMatrix } from './responsibility-matrix.js';
import type { AsfErrorEvent } from '../shared/events.js';

const UPPSALA = '/examples/plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = '/examples/plans/bollnas-handlingsplan-2019-2024.json';

const root = (el: AsfResponsibilityMatrix) => el.shadowRoot!;
const rows = (el: AsfResponsibilityMatrix) => [
  ...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[part="row"]'),
];
const row = (el: AsfResponsibilityMatrix, id: string) =>
  root(el).querySelector<HTMLTableRowElement>(`tr[part="row"][data-id="${id}"]`)!;
const columnIds = (el: AsfResponsibilityMatrix) =>
  [...root(el).querySelectorAll<HTMLElement>('thead [part="actor-header"]')].map((th) => th.dataset.actor);
const cellsOf = (el: AsfResponsibilityMatrix, actor: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`tbody [part="cell"][data-actor="${actor}"]`),
];
const workloadCell = (el: AsfResponsibilityMatrix, actor: string) =>
  root(el).querySelector<HTMLElement>(`[part="workload-cell"][data-actor="${actor}"]`)!;

async function loaded(template: ReturnType<typeof html>): Promise<AsfResponsibilityMatrix> {
  const el = await fixture<AsfResponsibilityMatrix>(template);
  await waitUntil(() => root(el).querySelector('table'), 'the plan did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function planOf(url: string): Promise<Plan> {
  const result = parsePlanJson(await (await fetch(url)).text());
  if (!result.success) throw new Error(`invalid plan ${url}`);
  return result.data;
}

describe('asf-responsibility-matrix', () => {
  it('shows the 18 Uppsala activities against the actors of the table, grouped by område', async () => {
    const el = await loaded(html`<asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>`);
    expect(rows(el)).to.have.length(18);
    expect(columnIds(el)).to.deep.equal(['KS', 'AMN', 'OMN', 'SCN', 'KTN', 'kommunala-forvaltningar']);
    const groups = [...root(el).querySelectorAll('[part="group"] th')];
    expect(groups.map((g) => g.textContent.trim().slice(0, 8))).to.deep.equal([
      'Område 1',
      'Område 2',
      'Område 3',
      'Område 4',
      'Område 5',
    ]);
    expect(groups[0]!.getAttribute('scope')).to.equal('rowgroup');
    const ks = root(el).querySelector('[part="actor-header"][data-actor="KS"]')!;
    expect(ks.querySelector('[part="actor-code"]')!.textContent).to.equal('KS');
    expect(ks.querySelector('[part="actor-name"]')!.textContent).to.equal('Kommunstyrelsen');
    expect(root(el).querySelector('caption')!.textContent).to.equal(
      'Ansvarsfördelning: Handlingsplan för Sociala företag',
    );
    expect(root(el).textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });

  it('marks KS as lead in the 12 rows the document gives it (1.1–1.3, 3.1, 3.3, 4.1, 5.1–5.6)', async () => {
    const el = await loaded(html`<asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>`);
    const lead = cellsOf(el, 'KS').filter((c) => c.dataset.role === 'lead');
    expect(lead).to.have.length(12);
    expect(lead.map((c) => c.closest('tr')!.dataset.id)).to.deep.equal([
      '1.1',
      '1.2',
      '1.3',
      '3.1',
      '3.3',
      '4.1',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
    ]);
    // Each mark has its words: never a symbol alone.
    const first = lead[0]!;
    expect(first.querySelector('[part="mark"]')!.textContent).to.equal('●');
    expect(first.querySelector('[part="mark"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(first.querySelector('.visually-hidden')!.textContent).to.equal('Huvudansvarig');
    const involved = cellsOf(el, 'KS').filter((c) => c.dataset.role === 'involved');
    expect(involved.map((c) => c.closest('tr')!.dataset.id)).to.deep.equal(['2.3', '3.2', '4.2', '4.3']);
    expect(involved[0]!.textContent.replace(/\s+/g, '')).to.equal('○Berörd');
    const none = cellsOf(el, 'SCN').find((c) => c.dataset.role === 'none')!;
    expect(none.textContent.replace(/\s+/g, '')).to.equal('–Ejberörd');
  });

  it('expands "Samtliga" in row 1.3 to every actor of the table but the lead, and says so', async () => {
    const el = await loaded(html`<asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>`);
    const r = row(el, '1.3');
    const roles = [...r.querySelectorAll<HTMLElement>('[part="cell"]')].map((c) => [c.dataset.actor, c.dataset.role]);
    expect(roles).to.deep.equal([
      ['KS', 'lead'],
      ['AMN', 'involved'],
      ['OMN', 'involved'],
      ['SCN', 'involved'],
      ['KTN', 'involved'],
      ['kommunala-forvaltningar', 'involved'],
    ]);
    expect(r.querySelector('[part="all-note"]')!.textContent).to.equal('Andra berörda: samtliga');
    expect(row(el, '1.1').querySelector('[part="all-note"]')).to.equal(null);
    expect(root(el).querySelector('[part="legend"]')!.textContent).to.contain(
      'Samtliga: alla aktörer i tabellen utom den huvudansvariga',
    );
  });

  it('counts the workload in the footer as core does, and as the document reads', async () => {
    const el = await loaded(html`<asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>`);
    const footer = root(el).querySelector('tfoot [part="workload"]')!;
    expect(footer.querySelector('th')!.getAttribute('scope')).to.equal('row');
    // Counted by hand from the tables of Uppsala kommun's Handlingsplan för sociala företag 2018–2020 ("Samtliga" in 1.3 included).
    const byHand: Record<string, [number, number]> = {
      KS: [12, 4],
      AMN: [7, 9],
      OMN: [3, 13],
      SCN: [0, 7],
      KTN: [0, 7],
      'kommunala-forvaltningar': [0, 2],
    };
    const core = workloadByActor(await planOf(UPPSALA), { columns: 'referenced' });
    expect(core.map((w) => w.actor.id)).to.deep.equal(columnIds(el));
    for (const w of core) {
      expect([w.lead, w.involved], w.actor.id).to.deep.equal(byHand[w.actor.id]);
      expect(workloadCell(el, w.actor.id).textContent.trim()).to.equal(`leder ${w.lead}, berörd ${w.involved}`);
    }
    // The marks in each column agree with the footer.
    for (const [id, [lead, involved]] of Object.entries(byHand)) {
      expect(
        cellsOf(el, id).filter((c) => c.dataset.role === 'lead'),
        id,
      ).to.have.length(lead);
      expect(
        cellsOf(el, id).filter((c) => c.dataset.role === 'involved'),
        id,
      ).to.have.length(involved);
    }
  });

  it('adds the actors without activities with all-actors, with zero workload', async () => {
    const el = await loaded(html`<asf-responsibility-matrix src=${UPPSALA} all-actors></asf-responsibility-matrix>`);
    expect(columnIds(el)).to.have.length(13);
    expect(columnIds(el)).to.include.members(['KF', 'AF', 'FK', 'region-uppsala']);
    expect(workloadCell(el, 'AF').textContent.trim()).to.equal('leder 0, berörd 0');
    // "Samtliga" stays the actors of the table: Arbetsförmedlingen is not involved in 1.3.
    expect(row(el, '1.3').querySelector<HTMLElement>('[data-actor="AF"]')!.dataset.role).to.equal('none');
    const header = root(el).querySelector('[part="actor-header"][data-actor="AF"]')!;
    expect(header.querySelector('[part="actor-code"]')).to.equal(null);
    expect(header.textContent.trim()).to.equal('Arbetsförmedlingen');
    el.allActors = false;
    await el.updateComplete;
    expect(columnIds(el)).to.have.length(6);
  });

  it("shows the Bollnäs plan: 10 rows, full names, the document's leads", async () => {
    const el = await loaded(html`<asf-responsibility-matrix src=${BOLLNAS}></asf-responsibility-matrix>`);
    expect(rows(el)).to.have.length(10);
    expect(columnIds(el)).to.deep.equal(['KSF', 'NLU', 'AME', 'SOCT', 'SOCF', 'OVRIGA-FORV', 'BOLAG']);
    // Bollnäs kommun, "Handlingsplan för främjande av arbetsintegrerande sociala företag 2019-2024"
    // (2019-10-28): Arbetsmarknadsenheten is "Ansvarig" in 5 rows, Socialtjänsten is involved in 1.
    expect(workloadCell(el, 'AME').textContent.trim()).to.equal('leder 5, berörd 0');
    expect(workloadCell(el, 'SOCT').textContent.trim()).to.equal('leder 0, berörd 1');
    expect(workloadCell(el, 'KSF').textContent.trim()).to.equal('leder 3, berörd 0');
    expect(root(el).querySelector('[part="all-note"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('scrolls in a focusable, named region; the header row and the activity column stick', async () => {
    // Wide enough for the table (from 40rem), too narrow for its 6 columns.
    const wrapper = await fixture(
      html`<div style="inline-size: 680px"><asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix></div>`,
    );
    const el = wrapper.querySelector('asf-responsibility-matrix')!;
    await waitUntil(() => root(el).querySelector('table'), 'not loaded', { timeout: 5000 });
    const region = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    const label = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(label.tagName).to.equal('CAPTION');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(getComputedStyle(root(el).querySelector('[part="corner"]')!).position).to.equal('sticky');
    expect(getComputedStyle(root(el).querySelector('[part="activity"]')!).position).to.equal('sticky');
    expect(getComputedStyle(root(el).querySelector('[part="actor-header"]')!).position).to.equal('sticky');

    const before = document.createElement('button');
    before.textContent = 'före';
    wrapper.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(region);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'the arrow keys did not scroll the region');
    // 18 rows are taller than the region (at most 80vh on the 600 px tall test page): the header row sticks while it scrolls.
    expect(region.scrollHeight).to.be.greaterThan(region.clientHeight);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => region.scrollTop > 0, 'the arrow keys did not scroll the region down');
    await expect(el).to.be.accessible();
  });

  it('speaks English inside lang="en"', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix></div>`,
    );
    const el = wrapper.querySelector('asf-responsibility-matrix')!;
    await waitUntil(() => root(el).querySelector('table'), 'not loaded', { timeout: 5000 });
    expect(root(el).querySelector('caption')!.textContent).to.equal(
      'Responsibilities: Action plan for social enterprises',
    );
    expect(workloadCell(el, 'KS').textContent.trim()).to.equal('leads 12, involved in 4');
    expect(row(el, '1.1').querySelector('[data-role="lead"] .visually-hidden')!.textContent).to.equal('Lead');
    expect(root(el).querySelector('[part="actor-header"][data-actor="KS"] [part="actor-name"]')!.textContent).to.equal(
      'Municipal Executive Board',
    );
    wrapper.setAttribute('lang', 'sv');
    await waitUntil(
      () => workloadCell(el, 'KS').textContent.trim() === 'leder 12, berörd 4',
      'language did not follow',
    );
  });

  describe('language of parts (WCAG 3.1.2)', () => {
    /** A plan with every bilingual text reduced to its Swedish: a plan written in Swedish only. */
    const swedishOnly = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(swedishOnly);
      if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o.sv === 'string' && Object.keys(o).every((k) => k === 'sv' || k === 'en')) return o.sv;
        return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, swedishOnly(v)]));
      }
      return value;
    };
    /** Every text node of the element's view with the language it is spoken in. */
    const spoken = (el: AsfResponsibilityMatrix, hostLang: string) => {
      const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
      const out: Array<{ text: string; lang: string }> = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent!.trim();
        if (!text || n.parentElement!.closest('style')) continue;
        out.push({ text, lang: n.parentElement!.closest('[lang]')?.getAttribute('lang') ?? hostLang });
      }
      return out;
    };

    it('marks the text of a Swedish plan lang="sv" inside lang="en"; the words of the element stay English', async () => {
      const plan = swedishOnly(JSON.parse(await (await fetch(BOLLNAS)).text())) as Plan;
      const wrapper = await fixture(
        html`<div lang="en"><asf-responsibility-matrix .plan=${plan}></asf-responsibility-matrix></div>`,
      );
      const el = wrapper.querySelector('asf-responsibility-matrix')!;
      await waitUntil(() => root(el).querySelector('table'), 'not loaded', { timeout: 5000 });
      const fromPlan = new Set<string>([
        plan.title as string,
        ...(plan.goals ?? []).map((g) => g.title as string),
        ...(plan.activities ?? []).map((a) => a.title as string),
        ...(plan.actors ?? []).flatMap((a) => [a.name as string, a.abbreviation ?? '']).filter(Boolean),
      ]);
      const nodes = spoken(el, 'en');
      const planNodes = nodes.filter((n) => fromPlan.has(n.text));
      // Every activity and goal title shows (in the table and in the cards), and each says it is Swedish.
      for (const a of plan.activities ?? [])
        expect(
          planNodes.filter((n) => n.text === a.title),
          a.id,
        ).to.have.length(2);
      for (const g of plan.goals ?? [])
        if ((plan.activities ?? []).some((a) => a.goal === g.id))
          expect(
            planNodes.some((n) => n.text === g.title),
            g.id,
          ).to.equal(true);
      expect(planNodes.some((n) => n.text === plan.title)).to.equal(true);
      expect(planNodes.filter((n) => n.lang !== 'sv')).to.deep.equal([]);
      // Everything else is the element's own English.
      const ui = nodes.filter((n) => !fromPlan.has(n.text));
      expect(ui.map((n) => n.text)).to.include.members([
        'Responsibilities:',
        'Activity',
        'Lead',
        'Number of activities',
      ]);
      expect(ui.filter((n) => n.lang !== 'en')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('marks each part of a bilingual plan by the language it is shown in', async () => {
      const plan = await planOf(UPPSALA);
      const wrapper = await fixture(
        html`<div lang="en"><asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix></div>`,
      );
      const el = wrapper.querySelector('asf-responsibility-matrix')!;
      await waitUntil(() => root(el).querySelector('table'), 'not loaded', { timeout: 5000 });
      const langOf = (text: string) => {
        const found = spoken(el, 'en').filter((n) => n.text === text);
        expect(found.length, text).to.be.greaterThan(0);
        return [...new Set(found.map((n) => n.lang))];
      };
      // English where the plan has English (title, goals, actor names); Swedish where it has not (activities, codes).
      expect(langOf('Action plan for social enterprises')).to.deep.equal(['en']);
      for (const g of plan.goals ?? [])
        expect(langOf(localizedPart(g.title, 'en').text), g.id).to.deep.equal([localizedPart(g.title, 'en').lang]);
      for (const a of plan.activities ?? [])
        expect(langOf(localizedPart(a.title, 'en').text), a.id).to.deep.equal(['sv']);
      expect(langOf('Municipal Executive Board')).to.deep.equal(['en']);
      expect(langOf('KS')).to.deep.equal(['sv']);
      // In Swedish surroundings nothing needs a lang attribute: the plan's Swedish is the element's.
      wrapper.setAttribute('lang', 'sv');
      await waitUntil(
        () => root(el).querySelector('caption')!.textContent === 'Ansvarsfördelning: Handlingsplan för Sociala företag',
        'language did not follow',
      );
      expect(root(el).querySelectorAll('[lang]')).to.have.length(0);
    });

    it('marks plain text of a plan written in English (language "en") inside Swedish surroundings', async () => {
      const el = await fixture<AsfResponsibilityMatrix>(html`<asf-responsibility-matrix></asf-responsibility-matrix>`);
      el.plan = {
        id: 'en-plan',
        kind: 'action-plan',
        language: 'en',
        title: 'Action plan',
        organisation: { name: 'Town', type: 'municipality' },
        actors: [
          { id: 'board', name: 'Executive Board', abbreviation: 'EB' },
          { id: 'jobs', name: { sv: 'Arbetsmarknadsnämnden', en: 'Labour Market Committee' } },
        ],
        activities: [{ id: 'a', title: 'Meet the enterprises', lead: ['board'], involved: ['jobs'] }],
      };
      await waitUntil(() => root(el).querySelector('table, [part="error"]'), 'not loaded', { timeout: 5000 });
      expect(root(el).querySelector('[part="error"]')?.textContent ?? '', 'a valid plan').to.equal('');
      const nodes = spoken(el, 'sv');
      const langs = (text: string) => [...new Set(nodes.filter((n) => n.text === text).map((n) => n.lang))];
      expect(langs('Meet the enterprises')).to.deep.equal(['en']);
      expect(langs('Action plan')).to.deep.equal(['en']);
      expect(langs('Executive Board')).to.deep.equal(['en']);
      expect(langs('EB')).to.deep.equal(['en']);
      // Swedish surroundings pick the Swedish of a bilingual name: no mark needed.
      expect(langs('Arbetsmarknadsnämnden')).to.deep.equal(['sv']);
      expect(langs('Åtgärd')).to.deep.equal(['sv']);
    });
  });

  it('uses the caption attribute', async () => {
    const el = await loaded(
      html`<asf-responsibility-matrix src=${UPPSALA} caption="Vem gör vad?"></asf-responsibility-matrix>`,
    );
    expect(root(el).querySelector('caption')!.textContent).to.equal('Vem gör vad?');
  });

  it('shows loading, then an error with the status and a working retry', async () => {
    const el = await fixture<AsfResponsibilityMatrix>(
      html`<asf-responsibility-matrix src="/__status__/404/x.json"></asf-responsibility-matrix>`,
    );
    expect(root(el).querySelector('[part="loading"]')!.textContent).to.equal('Laddar…');
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error', { timeout: 5000 });
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('404');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'retry did not end in the error again', {
      timeout: 5000,
    });
  });

  it('reports an invalid plan with its paths and an asf-error event', async () => {
    const el = document.createElement('asf-responsibility-matrix');
    // Invalid on purpose (lead must be a list), as a plan read from untyped JSON can be.
    const invalid: unknown = {
      id: 'x',
      kind: 'action-plan',
      title: 'X',
      organisation: { name: 'K', type: 'municipality' },
      activities: [{ id: 'a', title: 'T', lead: 'KS', involved: [] }],
    };
    el.plan = invalid as PlanInput;
    const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
    document.body.append(el);
    const { error } = await event;
    await el.updateComplete;
    expect(error.kind).to.equal('invalid');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('/activities/0/lead');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says so when there is no plan, or a plan without activities', async () => {
    const el = await fixture<AsfResponsibilityMatrix>(html`<asf-responsibility-matrix></asf-responsibility-matrix>`);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('Ingen plan att visa.');
    el.plan = { id: 'tom', kind: 'policy', title: 'Tom', organisation: { name: 'K', type: 'municipality' } };
    await waitUntil(
      () => root(el).querySelector('[part="empty"]')?.textContent === 'Planen har inga åtgärder.',
      'no "no activities" text',
    );
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

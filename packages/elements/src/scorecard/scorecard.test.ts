import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { INDICATOR_STATUSES, type IndicatorStatus, type PlanInput } from '@asf-kit/core';
import './asf-scorecard.js';
import type { AsfScorecard } from './scorecard.js';
import type { AsfStatusFilterChangeEvent } from './events.js';
import type { AsfProgress } from '../progress/progress.js';

const NBSP = '\u00a0';
const GAVLEBORG = '/examples/plans/gavleborg-arsredovisning-2018.json';

const root = (el: AsfScorecard) => el.shadowRoot!;
const parts = (el: AsfScorecard, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const filterButton = (el: AsfScorecard, status: IndicatorStatus | 'all') =>
  root(el).querySelector<HTMLButtonElement>(`[part="filter"][data-status="${status}"]`)!;
const count = (el: AsfScorecard, status: IndicatorStatus | 'all') =>
  Number(filterButton(el, status).querySelector('[part="count"]')!.textContent);
const item = (el: AsfScorecard, id: string) =>
  root(el).querySelector<HTMLElement>(`[part="item"][data-indicator="${id}"]`);
const shownIds = (el: AsfScorecard) => parts(el, 'item').map((i) => i.dataset.indicator);

/** Waits until a plan given as an object has been checked (the parser loads on demand). */
async function settled(el: AsfScorecard): Promise<void> {
  await waitUntil(() => !root(el).querySelector('[part="loading"]'), 'the plan was not checked');
}

async function loaded(el: AsfScorecard): Promise<void> {
  await waitUntil(() => parts(el, 'filters').length > 0, 'the plan did not load');
}

/** A small plan: one goal, an indicator without a goal, two outcomes for a trend. All figures illustrative. */
const SMALL: PlanInput = {
  id: 'exempel',
  kind: 'follow-up',
  title: 'Uppföljning (illustrativ)',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
  illustrative: true,
  period: { start: '2019-01-01', end: '2020-12-31' },
  goals: [
    { id: 'fler-asf', title: { sv: 'Fler ASF', en: 'More WISEs' } },
    { id: 'tomt', title: 'Ett mål utan indikatorer' },
  ],
  indicators: [
    {
      id: 'asf',
      goal: 'fler-asf',
      title: { sv: 'Aktiva ASF', en: 'Active WISEs' },
      unit: { sv: 'aktiva ASF', en: 'active WISEs' },
      direction: 'increase',
      baseline: { value: 10, date: '2019-01-01' },
      target: { type: 'level', value: 14, date: '2020-12-31' },
      outcomes: [
        { value: 11, date: '2019-12-31', illustrative: true },
        { value: 13, date: '2020-06-30', illustrative: true },
      ],
    },
    {
      id: 'upphandlingar',
      title: 'Upphandlingar med sociala hänsyn',
      unit: 'upphandlingar',
      direction: 'increase',
      target: { type: 'level', value: 3, date: '2020-12-31' },
      outcomes: [{ value: 1, date: '2019-12-31', illustrative: true }],
    },
  ],
};

describe('asf-scorecard', () => {
  describe('Gävleborg 2018 at 2018-12-31', () => {
    it("counts the statuses as the plan's figures give them", async () => {
      // The expectation, from the figures of the plan file at the end of its period (every
      // target is dated 2018-12-31): no målbild or no outcome → not assessable; a milestone
      // counts its yes/no; otherwise outcome ≥ target → achieved, else not achieved.
      const plan = (await (await fetch(GAVLEBORG)).json()) as PlanInput;
      const expected = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
      for (const i of plan.indicators ?? []) {
        const o = i.outcomes?.at(-1);
        if (!i.target || !o) expected['not-assessable'] += 1;
        else if (i.target.type === 'milestone') expected[o.value === true ? 'achieved' : 'not-achieved'] += 1;
        else if (i.target.type === 'level')
          expected[(o.value as number) >= i.target.value ? 'achieved' : 'not-achieved'] += 1;
        else throw new Error(`unexpected change target in ${i.id}`);
      }
      expect(expected).to.deep.equal({ achieved: 5, 'on-track': 0, behind: 0, 'not-achieved': 4, 'not-assessable': 4 });

      const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
      await loaded(el);
      for (const status of INDICATOR_STATUSES) expect(count(el, status), status).to.equal(expected[status]);
      expect(count(el, 'all')).to.equal(13);
      expect(item(el, 'aktiva-asf')!.dataset.status).to.equal('not-achieved');
      expect(item(el, 'anstallda')!.dataset.status).to.equal('achieved');
      expect(item(el, 'politiker-information')!.dataset.status).to.equal('not-achieved');
      expect(item(el, 'utbildningar')!.dataset.status).to.equal('not-assessable');
    });

    it('shows each indicator with its gauge, status in words and summary sentence', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
      await loaded(el);
      const active = item(el, 'aktiva-asf')!;
      expect(active.querySelector('[part="item-title"]')!.textContent).to.equal('Antal aktivt verksamma ASF i länet');
      expect(active.querySelector('[part="status-label"]')!.textContent).to.equal('Ej uppnått');
      expect(active.querySelector('[part="summary"]')!.textContent).to.equal(
        `28 av 30 aktiva ASF — 60${NBSP}% av den planerade ökningen; målet nåddes inte.`,
      );
      const gauge = active.querySelector<AsfProgress>('asf-progress')!;
      await gauge.updateComplete;
      const meter = gauge.shadowRoot!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-label')).to.equal('Antal aktivt verksamma ASF i länet');
      expect(meter.getAttribute('aria-valuetext')).to.equal(
        `28 av 30 aktiva ASF, utgångsvärde 25, 60${NBSP}% av planerad ökning`,
      );
      expect(gauge.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
      const politicians = item(el, 'politiker-information')!;
      expect(politicians.querySelector('[part="summary"]')!.textContent).to.contain(`ca${NBSP}75 av 250`);
      await expect(el).to.be.accessible();
    });

    it('groups indicators under their goals, leaving out goals without indicators', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
      await loaded(el);
      expect(parts(el, 'goal-title').map((h) => h.textContent)).to.deep.equal([
        'ASF – ökad kompetens och mobilisering',
        'ASF är känt på övergripande nivå hos förbundets parter.',
        'bidra till utveckling av hållbara stödstrukturer på lokal och regional nivå.',
        'upprätta ett länsövergripande råd/akademi för ASF.',
      ]);
      const first = parts(el, 'goal')[0]!;
      expect([...first.querySelectorAll<HTMLElement>('[part="item"]')].map((i) => i.dataset.indicator)).to.deep.equal([
        'aktiva-asf',
        'anstallda',
        'deltagare',
        'jamstalldhet',
      ]);
    });

    it("states each goal's progress as a mean of capped progress, and the method", async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
      await loaded(el);
      // 0.6 (active ASF), 1.9 → 1 (employees), 1.63 → 1 (participants); the gender follow-up has no outcome.
      expect(
        parts(el, 'goal-progress')[0]!
          .textContent.replace(/[ \n]+/g, ' ')
          .trim(),
      ).to.equal(`Målets framsteg: 87${NBSP}% (medelvärde av 3 av 4 indikatorer)`);
      expect(parts(el, 'method')[0]!.textContent).to.contain('räknas som högst 100');
    });
  });

  describe('filter by status', () => {
    it('filters when the user presses a status, and fires asf-status-filter-change', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
      await loaded(el);
      expect(filterButton(el, 'all').getAttribute('aria-pressed')).to.equal('true');
      const event = oneEvent<AsfStatusFilterChangeEvent>(el, 'asf-status-filter-change');
      filterButton(el, 'not-achieved').click();
      const e = await event;
      expect(e.statusFilter).to.equal('not-achieved');
      expect(e.bubbles && e.composed).to.equal(true);
      expect(el.statusFilter).to.equal('not-achieved');
      await el.updateComplete;
      expect(filterButton(el, 'not-achieved').getAttribute('aria-pressed')).to.equal('true');
      expect(filterButton(el, 'all').getAttribute('aria-pressed')).to.equal('false');
      expect(shownIds(el)).to.deep.equal([
        'aktiva-asf',
        'medarbetare-information',
        'politiker-information',
        'rad-akademi',
      ]);
      expect(parts(el, 'showing')[0]!.textContent).to.equal('Visar 4 av 13 indikatorer.');
      await expect(el).to.be.accessible();

      // Pressing the chosen status again shows all.
      const again = oneEvent<AsfStatusFilterChangeEvent>(el, 'asf-status-filter-change');
      filterButton(el, 'not-achieved').click();
      expect((await again).statusFilter).to.equal('');
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(13);
    });

    it('is operable from the keyboard', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>`);
      await loaded(el);
      filterButton(el, 'all').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(filterButton(el, 'achieved'));
      let event = oneEvent<AsfStatusFilterChangeEvent>(el, 'asf-status-filter-change');
      await sendKeys({ press: 'Enter' });
      expect((await event).statusFilter).to.equal('achieved');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal([
        'anstallda',
        'deltagare',
        'organisationer-information',
        'informationsinsatser',
        'kommuner-stodstruktur',
      ]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(filterButton(el, 'not-achieved'));
      event = oneEvent<AsfStatusFilterChangeEvent>(el, 'asf-status-filter-change');
      await sendKeys({ press: ' ' }); // ' ', not 'Space': Firefox over BiDi knows no key named Space
      expect((await event).statusFilter).to.equal('not-achieved');
    });

    it('takes status-filter as input without firing an event', async () => {
      const el = await fixture<AsfScorecard>(
        html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31" status-filter="not-assessable"></asf-scorecard>`,
      );
      let fired = 0;
      el.addEventListener('asf-status-filter-change', () => (fired += 1));
      await loaded(el);
      expect(shownIds(el)).to.deep.equal(['jamstalldhet', 'utbildningar', 'ambassadorer', 'lokala-samverkansgrupper']);
      el.statusFilter = 'on-track';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal([]);
      expect(parts(el, 'empty')[0]!.textContent).to.equal('Inga indikatorer har status I fas.');
      // A value it does not know is named, with the allowed ones (shared/inputs.test.ts has more).
      el.setAttribute('status-filter', 'nonsense');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('status-filter="nonsense"');
      el.setAttribute('status-filter', '');
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(13);
      expect(filterButton(el, 'all').getAttribute('aria-pressed')).to.equal('true');
      expect(fired).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('from a plan object', () => {
    it('puts indicators without a goal under "Övrigt", shows trends, and says the figures are illustrative', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard .plan=${SMALL} as-of="2020-06-30"></asf-scorecard>`);
      await settled(el);
      expect(parts(el, 'goal-title').map((h) => h.textContent)).to.deep.equal(['Fler ASF', 'Övrigt']);
      expect(parts(el, 'note')[0]!.textContent).to.contain('illustrativa siffror');
      const asf = item(el, 'asf')!;
      expect(asf.querySelector('[part="trend"]')!.textContent).to.equal('Trend: Ökar');
      expect(asf.querySelector('[part="trend-icon"]')!.getAttribute('aria-hidden')).to.equal('true');
      // 3 of 4 planned (75 %) with about half of the time gone: on track.
      expect(asf.dataset.status).to.equal('on-track');
      expect(item(el, 'upphandlingar')!.querySelector('[part="trend"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('gives each gauge the plan period start, so gauge and scorecard agree', async () => {
      // "upphandlingar" has no baseline and no start: the pace counts from the plan period.
      const el = await fixture<AsfScorecard>(html`<asf-scorecard .plan=${SMALL} as-of="2020-06-30"></asf-scorecard>`);
      await settled(el);
      const upphandlingar = item(el, 'upphandlingar')!;
      expect(upphandlingar.dataset.status).to.equal('behind');
      const gauge = upphandlingar.querySelector<AsfProgress>('asf-progress')!;
      await gauge.updateComplete;
      expect(gauge.shadowRoot!.querySelector('[role="meter"]')).not.to.equal(null);
    });

    it('speaks English inside lang="en"', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><asf-scorecard .plan=${SMALL} as-of="2020-06-30"></asf-scorecard></div>`,
      );
      await settled(wrapper.querySelector<AsfScorecard>('asf-scorecard')!);
      const el = wrapper.querySelector('asf-scorecard')!;
      await el.updateComplete;
      expect(parts(el, 'goal-title').map((h) => h.textContent)).to.deep.equal(['More WISEs', 'Other']);
      expect(parts(el, 'meta')[0]!.textContent).to.equal('Exempel kommun · Status on 30 June 2020');
      expect(filterButton(el, 'all').textContent.replace(/\s+/g, ' ').trim()).to.equal('All 2');
      expect(item(el, 'asf')!.querySelector('[part="status-label"]')!.textContent).to.equal('On track');
    });

    it('follows up a plan whose period has ended at the end of the period, and says so', async () => {
      // SMALL's period ended on 2020-12-31, long before today: "today" would describe a time the plan does not cover.
      const el = await fixture<AsfScorecard>(html`<asf-scorecard .plan=${SMALL}></asf-scorecard>`);
      await settled(el);
      expect(parts(el, 'meta')[0]!.textContent).to.equal(
        'Exempel kommun · Läget den 31 december 2020, när planperioden slutade',
      );
      expect(item(el, 'asf')!.dataset.status).to.equal('not-achieved');
      el.asOf = '2020-06-30';
      await el.updateComplete;
      expect(parts(el, 'meta')[0]!.textContent).to.equal('Exempel kommun · Läget den 30 juni 2020');
      expect(item(el, 'asf')!.dataset.status).to.equal('on-track');
    });

    it('uses heading levels from heading-level', async () => {
      const el = await fixture<AsfScorecard>(
        html`<asf-scorecard heading-level="3" .plan=${SMALL} as-of="2020-06-30"></asf-scorecard>`,
      );
      await settled(el);
      expect(parts(el, 'title')[0]!.getAttribute('aria-level')).to.equal('3');
      expect(parts(el, 'goal-title')[0]!.getAttribute('aria-level')).to.equal('4');
      expect(parts(el, 'item-title')[0]!.getAttribute('aria-level')).to.equal('5');
    });
  });

  describe('states', () => {
    it('says what is missing when it has no plan', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard></asf-scorecard>`);
      expect(parts(el, 'empty')[0]!.textContent).to.contain('Ingen plan att visa');
      await expect(el).to.be.accessible();
    });

    it('shows a loading state, then an error with a retry', async () => {
      const el = await fixture<AsfScorecard>(html`<asf-scorecard src="/__status__/404/plan.json"></asf-scorecard>`);
      expect(parts(el, 'loading')).to.have.length(1);
      await expect(el).to.be.accessible();
      await waitUntil(() => parts(el, 'retry').length === 1, 'no error state');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
      await expect(el).to.be.accessible();
      const retried = oneEvent(el, 'asf-error');
      parts(el, 'retry')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await retried;
    });

    it('reports an as-of that is not a date', async () => {
      const el = document.createElement('asf-scorecard');
      el.plan = SMALL;
      el.setAttribute('as-of', '30/6/2020');
      const event = oneEvent(el, 'asf-error');
      document.body.append(el);
      await event;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('as-of="30/6/2020"');
      el.remove();
    });

    it('says so when the plan has no indicators', async () => {
      const plan = { ...SMALL, indicators: [] };
      const el = await fixture<AsfScorecard>(html`<asf-scorecard .plan=${plan}></asf-scorecard>`);
      await settled(el);
      expect(parts(el, 'empty')[0]!.textContent).to.equal('Planen har inga indikatorer att följa upp.');
      expect(parts(el, 'filters')).to.have.length(0);
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IndicatorData, Plan } from '@asf-kit/core';
import type { AsfErrorEvent } from '../shared/events.js';
import './asf-progress.js';
import type { AsfProgress } from './progress.js';

const NBSP = '\u00a0';
const GAVLEBORG = '/examples/plans/gavleborg-arsredovisning-2018.json';

const part = (el: AsfProgress, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const meter = (el: AsfProgress) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
/** Waits until an indicator given as an object has been checked (the parser loads on demand). */
const settled = (el: AsfProgress) => waitUntil(() => !part(el, 'loading'), 'the indicator was not checked');
const text = (el: AsfProgress) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
/** The figures list as "term: value" pairs. */
const figures = (el: AsfProgress) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('[part="figures"] .figure')].map((f) => [
      f.querySelector('dt')!.textContent.trim(),
      f.querySelector('dd')!.textContent.trim(),
    ]),
  );

/** Samordningsförbund Gävleborg, Årsredovisning ASF 2018, active ASF: baseline 25, målbild 30, resultat 28. */
const activeAsf: IndicatorData = {
  id: 'aktiva-asf',
  title: { sv: 'Antal aktivt verksamma ASF i länet', en: 'Active WISEs in the county' },
  unit: { sv: 'aktiva ASF', en: 'active WISEs' },
  direction: 'increase',
  baseline: { value: 25, date: '2018-01-01' },
  target: { type: 'level', value: 30, date: '2018-12-31' },
  outcomes: [{ value: 28, date: '2018-12-31' }],
};

describe('asf-progress', () => {
  describe('from attributes', () => {
    it('is a meter named by its label, saying outcome, baseline and progress in words', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF i länet" value="28" target="30" baseline="25" unit="aktiva ASF"></asf-progress>`,
      );
      const m = meter(el)!;
      expect(m.getAttribute('aria-label')).to.equal('Aktiva ASF i länet');
      expect(m.getAttribute('aria-valuenow')).to.equal('28');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('30');
      expect(m.getAttribute('aria-valuetext')).to.equal(
        `28 av 30 aktiva ASF, utgångsvärde 25, 60${NBSP}% av planerad ökning`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Aktiva ASF i länet');
      await expect(el).to.be.accessible();
    });

    it('shows progress and attainment side by side, each named', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
      );
      expect(figures(el)).to.deep.equal({
        Utfall: '28',
        Mål: '30',
        Utgångsvärde: '25',
        Framsteg: `60${NBSP}% av den planerade ökningen`,
        Måluppfyllelse: `93${NBSP}% av målnivån`,
      });
    });

    it('says the status in words with an icon, not by colour alone', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
      );
      const status = part(el, 'status')!;
      expect(status.dataset.status).to.equal('not-achieved');
      expect(part(el, 'status-label')!.textContent).to.equal('Ej uppnått');
      expect(part(el, 'status-icon')!.getAttribute('aria-hidden')).to.equal('true');
      el.value = 30;
      await el.updateComplete;
      expect(part(el, 'status-label')!.textContent).to.equal('Uppnått');
    });

    it('without a baseline speaks of the target only', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF" value="28" target="30" unit="aktiva ASF"></asf-progress>`,
      );
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal(`28 av 30 aktiva ASF, 93${NBSP}% av målet`);
      expect(figures(el)).not.to.have.property('Framsteg');
      expect(figures(el)).not.to.have.property('Utgångsvärde');
    });

    it('draws the outcome on a scale from 0 to the larger of target and outcome, with marks', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
      );
      // The geometry is in SVG attributes, which the server renders too (no style attributes).
      const width = (p: string) => part(el, p)!.getAttribute(p === 'indicator' ? 'width' : 'x1');
      expect(width('indicator')).to.equal('93.33%');
      expect(width('target-marker')).to.equal('100%');
      expect(width('baseline-marker')).to.equal('83.33%');
      el.value = 209;
      el.target = 200;
      el.baseline = 190;
      await el.updateComplete;
      expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('209');
      expect(width('indicator')).to.equal('100%');
      expect(width('target-marker')).to.equal('95.69%');
    });

    it('keeps "ca" for approximate figures, in the words and the figures', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Politiker som fått information" value="75" target="250" unit="politiker" approximate></asf-progress>`,
      );
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal(
        `ca${NBSP}75 av 250 politiker, ca${NBSP}30${NBSP}% av målet`,
      );
      expect(figures(el).Utfall).to.equal(`ca${NBSP}75 politiker`);
    });

    it('mirrors the arithmetic when less is better', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Långtidssjukskrivna" direction="decrease" value="12" target="10" baseline="15" unit="personer"></asf-progress>`,
      );
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal(
        `12 personer, mål högst 10, utgångsvärde 15, 60${NBSP}% av planerad minskning`,
      );
      expect(figures(el).Mål).to.equal('högst 10');
      expect(figures(el).Framsteg).to.equal(`60${NBSP}% av den planerade minskningen`);
      expect(part(el, 'status-label')!.textContent).to.equal('Ej uppnått');
    });

    it('judges the pace before the target date from the baseline date', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress
          label="Aktiva ASF"
          value="28"
          target="30"
          baseline="25"
          baseline-date="2018-01-01"
          target-date="2018-12-31"
          as-of="2018-07-02"
        ></asf-progress>`,
      );
      expect(part(el, 'status-label')!.textContent).to.equal('I fas');
      expect(figures(el)['Tid som gått']).to.equal(`50${NBSP}% av tiden fram till måldatum`);
      el.value = 26;
      await el.updateComplete;
      expect(part(el, 'status-label')!.textContent).to.equal('Efter plan');
      await expect(el).to.be.accessible();
    });

    it('does not invent a start: before the target date without a baseline date it cannot judge the pace', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25" target-date="2018-12-31" as-of="2018-07-02"></asf-progress>`,
      );
      expect(meter(el)).to.equal(null);
      expect(part(el, 'reason')!.textContent).to.contain('startdatum saknas');
    });

    it('is a group saying why when it cannot be assessed, never NaN or 0', async () => {
      const el = await fixture<AsfProgress>(html`<asf-progress label="Deltagare" target="30" value=""></asf-progress>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('group');
      expect(base.getAttribute('aria-label')).to.equal('Deltagare');
      expect(meter(el)).to.equal(null);
      expect(part(el, 'reason')!.textContent.replace(/\s+/g, ' ')).to.contain(
        'Kan inte bedömas: inget utfall har rapporterats',
      );
      expect(text(el)).not.to.match(/NaN|undefined|Utfall/);
      await expect(el).to.be.accessible();
    });

    it('shows a figure without a target as not assessable, keeping the figure', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Genomförda ASF-utbildningar" value="3"></asf-progress>`,
      );
      expect(part(el, 'reason')!.textContent).to.contain('inget mål att jämföra med');
      expect(figures(el)).to.deep.equal({ Utfall: '3' });
    });

    it('reads a decimal comma', async () => {
      const el = await fixture<AsfProgress>(html`<asf-progress label="Andel" value="2,5" target="5"></asf-progress>`);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2.5');
      expect(figures(el).Utfall).to.equal('2,5');
    });

    it('speaks English inside lang="en", and follows a change of language', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><asf-progress label="Active WISEs" value="28" target="30" baseline="25"></asf-progress></div>`,
      );
      const el = wrapper.querySelector('asf-progress')!;
      await el.updateComplete;
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('28 of 30, baseline 25, 60% of the planned increase');
      expect(figures(el)).to.include({
        Progress: '60% of the planned increase',
        Attainment: '93% of the target level',
      });
      expect(part(el, 'status-label')!.textContent).to.equal('Not achieved');
      wrapper.setAttribute('lang', 'sv');
      await waitUntil(() => part(el, 'status-label')!.textContent === 'Ej uppnått', 'language did not follow');
    });

    it('reports a date attribute that is not a date, in the element and as an asf-error', async () => {
      const el = document.createElement('asf-progress');
      el.setAttribute('label', 'Aktiva ASF');
      el.setAttribute('value', '28');
      el.setAttribute('target', '30');
      el.setAttribute('as-of', '2018-13-01');
      const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
      document.body.append(el);
      const { error } = await event;
      expect(error.kind).to.equal('invalid');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('as-of="2018-13-01"');
      expect(alert.textContent).to.contain('ÅÅÅÅ-MM-DD');
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('variants and options', () => {
    it('draws a ring with the same meter semantics', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress variant="ring" label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
      );
      expect(el.getAttribute('variant')).to.equal('ring');
      const m = meter(el)!;
      expect(m.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'indicator')!.getAttribute('stroke-dasharray')).to.equal('93.33 100');
      expect(part(el, 'target-marker')!.tagName.toLowerCase()).to.equal('line');
      expect(part(el, 'ring-value')!.textContent).to.equal('28');
      expect(el.shadowRoot!.innerHTML).not.to.contain('style=');
      await expect(el).to.be.accessible();
    });

    it('hides the label or the status on request, keeping the name', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress no-label no-status label="Aktiva ASF" value="28" target="30"></asf-progress>`,
      );
      expect(part(el, 'label')).to.equal(null);
      expect(part(el, 'status')).to.equal(null);
      expect(meter(el)!.getAttribute('aria-label')).to.equal('Aktiva ASF');
    });

    it('reads the theme tokens', async () => {
      const wrapper = await fixture(
        html`<div style="--asf-color-primary: rgb(1, 2, 3); --asf-progress-marker-color: rgb(4, 5, 6)">
          <asf-progress label="Aktiva ASF" value="28" target="30"></asf-progress>
        </div>`,
      );
      const el = wrapper.querySelector('asf-progress')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'indicator')!).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'target-marker')!).stroke).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('accessible name', () => {
    let warnings: unknown[][];
    let original: typeof console.warn;
    beforeEach(() => {
      warnings = [];
      original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
    });
    afterEach(() => {
      console.warn = original;
    });

    it('warns once when the gauge has no name', async () => {
      const el = await fixture<AsfProgress>(html`<asf-progress value="28" target="30"></asf-progress>`);
      el.value = 29;
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('no accessible name');
    });

    it('takes aria-label or aria-labelledby of the element as the name, without a warning', async () => {
      const wrapper = await fixture(html`<div>
        <h3 id="heading">Anställda i ASF</h3>
        <asf-progress aria-labelledby="heading" value="209" target="200"></asf-progress>
        <asf-progress aria-label="Deltagare i ASF" value="199" target="180"></asf-progress>
      </div>`);
      const [byId, byLabel] = [...wrapper.querySelectorAll('asf-progress')];
      await byId!.updateComplete;
      expect(meter(byId!)!.getAttribute('aria-label')).to.equal('Anställda i ASF');
      expect(meter(byLabel!)!.getAttribute('aria-label')).to.equal('Deltagare i ASF');
      byLabel!.setAttribute('aria-label', 'Deltagare');
      await byLabel!.updateComplete;
      expect(meter(byLabel!)!.getAttribute('aria-label')).to.equal('Deltagare');
      expect(warnings).to.have.length(0);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('from an indicator object', () => {
    it('takes the title as the label, and the unit from the indicator', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress .indicator=${activeAsf} as-of="2018-12-31"></asf-progress>`,
      );
      await settled(el);
      expect(part(el, 'label')!.textContent).to.equal('Antal aktivt verksamma ASF i länet');
      expect(meter(el)!.getAttribute('aria-label')).to.equal('Antal aktivt verksamma ASF i länet');
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal(
        `28 av 30 aktiva ASF, utgångsvärde 25, 60${NBSP}% av planerad ökning`,
      );
      el.label = 'Aktiva ASF';
      await el.updateComplete;
      expect(meter(el)!.getAttribute('aria-label')).to.equal('Aktiva ASF');
    });

    it('leaves out outcomes after as-of', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress .indicator=${activeAsf} as-of="2018-06-30"></asf-progress>`,
      );
      await settled(el);
      expect(meter(el)).to.equal(null);
      expect(part(el, 'reason')!.textContent).to.contain('inget utfall har rapporterats');
    });

    it('says yes or no for a milestone, without a meter', async () => {
      const milestone: IndicatorData = {
        id: 'rad-akademi',
        title: 'Länsövergripande råd/akademi för ASF',
        direction: 'increase',
        target: {
          type: 'milestone',
          date: '2018-12-31',
          text: 'ett regionövergripande råd/akademi ska initieras under 2018',
        },
        outcomes: [{ value: false, date: '2018-12-31', text: 'Ej uppnått' }],
      };
      const el = await fixture<AsfProgress>(
        html`<asf-progress .indicator=${milestone} as-of="2018-12-31"></asf-progress>`,
      );
      await settled(el);
      expect(meter(el)).to.equal(null);
      expect(part(el, 'base')!.getAttribute('role')).to.equal('group');
      expect(figures(el)).to.deep.equal({
        Utfall: 'ej uppnått',
        Mål: 'ett regionövergripande råd/akademi ska initieras under 2018',
      });
      expect(part(el, 'status-label')!.textContent).to.equal('Ej uppnått');
      await expect(el).to.be.accessible();
    });

    it('shows a target per area without a meter, and never crashes on the missing sum (plan format 1.1)', async () => {
      const perArea: IndicatorData = {
        id: 'fokus',
        title: 'Kommuner med särskilt fokus',
        unit: { sv: 'kommuner', en: 'municipalities' },
        direction: 'increase',
        target: { type: 'range', min: 2, max: 4, date: '2018-12-31', perArea: { count: 2 } },
        outcomes: [
          { value: 2, date: '2018-12-31', area: 'a' },
          { value: 3, date: '2018-12-31', area: 'b' },
        ],
      };
      const el = await fixture<AsfProgress>(
        html`<asf-progress .indicator=${perArea} as-of="2018-12-31"></asf-progress>`,
      );
      await settled(el);
      expect(meter(el)).to.equal(null);
      expect(part(el, 'base')!.getAttribute('role')).to.equal('group');
      expect(part(el, 'status-label')!.textContent).to.equal('Uppnått');
      expect(figures(el)).to.deep.equal({ Mål: '2–4' });
      await expect(el).to.be.accessible();
    });

    it('says a range and a direction target in words, not as a single level (plan format 1.1)', async () => {
      const range: IndicatorData = {
        id: 'kommuner',
        title: 'Kommuner',
        unit: { sv: 'kommuner', en: 'municipalities' },
        direction: 'increase',
        target: { type: 'range', min: 2, max: 4, date: '2018-12-31' },
        outcomes: [{ value: 3, date: '2018-12-31' }],
      };
      const el = await fixture<AsfProgress>(html`<asf-progress .indicator=${range} as-of="2018-12-31"></asf-progress>`);
      await settled(el);
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('3 kommuner, mål 2–4');
      expect(figures(el)['Mål']).to.equal('2–4');
      const more: IndicatorData = {
        id: 'asf',
        title: 'ASF i länet',
        unit: { sv: 'ASF', en: 'WISEs' },
        direction: 'increase',
        baseline: { value: 31, when: 'idag' },
        target: { type: 'direction', date: '2018-12-31', text: 'fler ASF' },
        outcomes: [{ value: 35, date: '2018-12-31' }],
      };
      const dir = await fixture<AsfProgress>(html`<asf-progress .indicator=${more} as-of="2018-12-31"></asf-progress>`);
      await settled(dir);
      expect(meter(dir)!.getAttribute('aria-valuetext')).to.equal('35 ASF, utgångsvärde 31');
      expect(figures(dir)['Mål']).to.equal('fler ASF');
      await expect(dir).to.be.accessible();
    });

    it('reports an invalid indicator with the paths of its problems', async () => {
      const el = document.createElement('asf-progress');
      el.indicator = {
        ...activeAsf,
        target: { type: 'level', value: '30', date: '2018-12-31' },
      } as unknown as IndicatorData;
      const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
      document.body.append(el);
      const { error } = await event;
      expect(error.issues!.map((i) => i.pointer)).to.deep.equal(['/target/value']);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('/target/value');
      expect(alert.textContent).to.contain('Indikatorn är inte giltig');
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('from a plan', () => {
    it('loads the plan, showing a loading state, then the indicator', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress src=${GAVLEBORG} indicator="aktiva-asf" as-of="2018-12-31"></asf-progress>`,
      );
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await waitUntil(() => meter(el), 'the plan did not load');
      expect(meter(el)!.getAttribute('aria-label')).to.equal('Antal aktivt verksamma ASF i länet');
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal(
        `28 av 30 aktiva ASF, utgångsvärde 25, 60${NBSP}% av planerad ökning`,
      );
      expect(part(el, 'status-label')!.textContent).to.equal('Ej uppnått');
      await expect(el).to.be.accessible();
    });

    it('evaluates at the end of the plan period when that has passed and no as-of is given', async () => {
      // An outcome reported after the period ended does not count for the plan (illustrative figures).
      const plan = {
        id: 'p',
        kind: 'follow-up',
        title: 'Plan 2019–2020',
        organisation: { name: 'Exempel kommun', type: 'municipality' },
        period: { start: '2019-01-01', end: '2020-12-31' },
        indicators: [
          {
            ...activeAsf,
            baseline: { value: 25, date: '2019-01-01' },
            target: { type: 'level', value: 30, date: '2020-12-31' },
            outcomes: [
              { value: 28, date: '2020-12-31' },
              { value: 31, date: '2021-06-30' },
            ],
          },
        ],
      } as unknown as Plan;
      const el = await fixture<AsfProgress>(html`<asf-progress .plan=${plan} indicator="aktiva-asf"></asf-progress>`);
      await waitUntil(() => meter(el), 'the plan was not checked');
      expect(part(el, 'status-label')!.textContent).to.equal('Ej uppnått');
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('28');
      el.asOf = '2021-12-31';
      await el.updateComplete;
      expect(part(el, 'status-label')!.textContent).to.equal('Uppnått');
    });

    it('shows another indicator of the plan when the id changes', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress src=${GAVLEBORG} indicator="politiker-information" as-of="2018-12-31"></asf-progress>`,
      );
      await waitUntil(() => meter(el), 'the plan did not load');
      expect(figures(el).Utfall).to.equal(`ca${NBSP}75 politiker`);
      el.indicator = 'anstallda';
      await el.updateComplete;
      expect(part(el, 'status-label')!.textContent).to.equal('Uppnått');
      expect(figures(el).Framsteg).to.equal(`190${NBSP}% av den planerade ökningen`);
    });

    it('marks Swedish plan text with lang="sv" on an English page, and only that (WCAG 3.1.2)', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><asf-progress src=${GAVLEBORG} indicator="rad-akademi" as-of="2018-12-31"></asf-progress></div>`,
      );
      const el = wrapper.querySelector<AsfProgress>('asf-progress')!;
      await waitUntil(() => part(el, 'figures'), 'the plan did not load');
      // The milestone's text is Swedish only; the title has an English version.
      const target = [...el.shadowRoot!.querySelectorAll('[part="figures"] dd')].find((dd) =>
        dd.textContent.includes('råd/akademi'),
      )!;
      expect(target.querySelector('[lang]')!.getAttribute('lang')).to.equal('sv');
      expect(part(el, 'label')!.textContent).to.equal('Setting up a region-wide council/academy for WISEs');
      expect(part(el, 'label')!.hasAttribute('lang')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[lang]').length).to.equal(1);
      // A plan-language given with an indicator object: a Swedish title and unit on an English page.
      const object = await fixture(
        html`<div lang="en"><asf-progress .indicator=${{ ...activeAsf, title: 'Aktiva ASF', unit: 'aktiva ASF' }} as-of="2018-12-31"></asf-progress></div>`,
      );
      const gauge = object.querySelector<AsfProgress>('asf-progress')!;
      await settled(gauge);
      expect(part(gauge, 'label')!.getAttribute('lang')).to.equal('sv');
      expect(figures(gauge).Outcome).to.equal('28 aktiva ASF');
      const unit = [...gauge.shadowRoot!.querySelectorAll('[part="figures"] dd [lang]')].map((s) => [
        s.textContent,
        s.getAttribute('lang'),
      ]);
      expect(unit).to.deep.equal([['aktiva ASF', 'sv']]);
      gauge.planLanguage = 'en';
      await gauge.updateComplete;
      expect(gauge.shadowRoot!.querySelectorAll('[lang]').length).to.equal(0);
      await expect(gauge).to.be.accessible();
    });

    it('names an unknown indicator id and lists the ids there are', async () => {
      const el = document.createElement('asf-progress');
      el.src = GAVLEBORG;
      el.indicator = 'aktiva';
      const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
      document.body.append(el);
      await event;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('ingen indikator med id "aktiva"');
      expect(alert.textContent).to.contain('aktiva-asf, anstallda');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('reports a plan that cannot be loaded, and retries from the keyboard', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress src="/__status__/404/plan.json" indicator="aktiva-asf"></asf-progress>`,
      );
      await waitUntil(() => part(el, 'retry'), 'no error state');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
      await expect(el).to.be.accessible();
      el.src = GAVLEBORG;
      // The new src loads at once; a retry after an error loads the current src again.
      await waitUntil(() => meter(el), 'the new src did not load');
      el.src = '/__status__/404/again.json';
      await waitUntil(() => part(el, 'retry'), 'no error state');
      const retried = oneEvent(el, 'asf-error');
      part(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await retried;
    });
  });
});

// Inputs as frameworks give them: React 19 and Vue 3 set properties (as text when the template
// writes text), pages set attributes. Every numeric, date and enumerated input of every element
// reads text the same way in both, and names what it does not understand.
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AsfErrorEvent } from './events.js';
import { parseNumberText } from './inputs.js';
import '../progress/asf-progress.js';
import '../scorecard/asf-scorecard.js';
import '../activity-table/asf-activity-table.js';
import '../eligibility-check/asf-eligibility-check.js';
import '../responsibility-matrix/asf-responsibility-matrix.js';
import type { AsfProgress } from '../progress/progress.js';
import type { AsfScorecard } from '../scorecard/scorecard.js';
import type { AsfActivityTable } from '../activity-table/activity-table.js';
import type { AsfEligibilityCheck } from '../eligibility-check/eligibility-check.js';

const NBSP = '\u00a0';

const GAVLEBORG = '/examples/plans/gavleborg-arsredovisning-2018.json';
const UPPSALA = '/examples/plans/uppsala-handlingsplan-2018-2020.json';

const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** Sets up an element, waits for its single asf-error, and checks the message names the input. */
async function expectProblem(el: HTMLElement, named: string, sv: RegExp) {
  const errors: AsfErrorEvent[] = [];
  el.addEventListener('asf-error', (e) => errors.push(e));
  const first = oneEvent<AsfErrorEvent>(el, 'asf-error');
  document.body.append(el);
  const { error } = await first;
  expect(error.kind).to.equal('invalid');
  expect(error.message.en).to.contain(named);
  expect(error.message.sv).to.match(sv);
  const alert = alertOf(el)!;
  assert.exists(alert, 'a visible alert');
  expect(alert.textContent).to.contain(named);
  expect(alert.textContent).to.match(sv);
  // A re-render without a change does not report again.
  (el as unknown as { requestUpdate(): void }).requestUpdate();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect(errors.length).to.equal(1);
  await expect(el).to.be.accessible();
  el.remove();
  return error;
}

function make<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  props: Record<string, unknown> = {},
): T {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, props);
  return el;
}

describe('inputs', () => {
  it('reads numbers in digits, with a decimal comma or grouped by spaces, and nothing else', () => {
    expect(parseNumberText('28')).to.equal(28);
    expect(parseNumberText(' 28,5 ')).to.equal(28.5);
    expect(parseNumberText('-3.25')).to.equal(-3.25);
    expect(parseNumberText('1 000')).to.equal(1000);
    expect(parseNumberText(`12${NBSP}500,5`)).to.equal(12500.5);
    for (const bad of ['abc', '', '28abc', '0x10', 'Infinity', '1e3', '2,8,1', '1 00', ',', '-']) {
      expect(parseNumberText(bad), bad).to.equal(undefined);
    }
  });

  describe('asf-progress', () => {
    it('takes numbers set as text properties (React 19, Vue 3) as the attributes take them', async () => {
      const el = await fixture<AsfProgress>(
        html`<asf-progress label="Aktiva ASF" .value=${'28'} .target=${'30'} .baseline=${'25'}></asf-progress>`,
      );
      const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('28');
      expect(text(el)).to.contain('Ej uppnått');
      expect(text(el)).not.to.contain('Kan inte bedömas');
      el.value = '28,5';
      el.targetDate = '2018-12-31';
      el.asOf = '2018-12-31';
      await el.updateComplete;
      expect(meter.getAttribute('aria-valuenow')).to.equal('28.5');
    });

    it('names a number property it does not understand', async () => {
      await expectProblem(
        make('asf-progress', { label: 'Aktiva ASF', target: '30' }, { value: {} }),
        'value={{}}',
        /är inget tal/,
      );
    });

    it('names a number attribute it does not understand, instead of "no outcome"', async () => {
      const el = make<AsfProgress>('asf-progress', { label: 'Aktiva ASF', value: 'abc', target: '30' });
      await expectProblem(el, 'value="abc"', /är inget tal/);
      expect(text(el)).not.to.contain('inget utfall');
    });

    it('says it in English inside lang="en"', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><asf-progress label="Active WISEs" value="abc" target="30"></asf-progress></div>`,
      );
      const el = wrapper.querySelector('asf-progress')!;
      await waitUntil(() => alertOf(el)?.textContent?.includes('is not a number'), 'no English message');
      expect(alertOf(el)!.textContent).to.contain('The attribute value="abc" is not a number');
    });

    it('names a date property it does not understand', async () => {
      await expectProblem(
        make('asf-progress', { label: 'A', value: '1', target: '2' }, { targetDate: '31/12/2018' }),
        'target-date="31/12/2018"',
        /inget datum/,
      );
    });

    it('names the allowed values of direction and variant', async () => {
      const error = await expectProblem(
        make('asf-progress', { label: 'A', value: '1', target: '2', direction: 'sideways' }),
        'direction="sideways"',
        /tillåtna värdena: increase, decrease/,
      );
      expect(error.attribute).to.equal('direction');
      await expectProblem(
        make('asf-progress', { label: 'A', value: '1', target: '2', variant: 'pie' }),
        'variant="pie"',
        /bar, ring/,
      );
    });
  });

  describe('asf-scorecard', () => {
    it('takes heading-level set as a text property', async () => {
      const el = await fixture<AsfScorecard>(
        html`<asf-scorecard src=${GAVLEBORG} as-of="2018-12-31" .headingLevel=${'3'}></asf-scorecard>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]'), 'no title');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    });

    it('names a heading level it does not understand', async () => {
      await expectProblem(
        make('asf-scorecard', { 'heading-level': 'två' }, { src: GAVLEBORG }),
        'heading-level="två"',
        /heltal från 1 till 6/,
      );
      await expectProblem(
        make('asf-scorecard', { 'heading-level': '9' }, { src: GAVLEBORG }),
        'heading-level="9"',
        /heltal från 1 till 6/,
      );
    });

    it('names the allowed values of status-filter', async () => {
      await expectProblem(
        make('asf-scorecard', { 'status-filter': 'done' }, { src: GAVLEBORG }),
        'status-filter="done"',
        /achieved, on-track, behind, not-achieved, not-assessable \(eller tomt\)/,
      );
    });

    it('names an as-of property that is not a date', async () => {
      await expectProblem(make('asf-scorecard', {}, { src: GAVLEBORG, asOf: 'igår' }), 'as-of="igår"', /inget datum/);
    });
  });

  describe('asf-activity-table', () => {
    it('names the allowed values of sort-by and sort-direction', async () => {
      await expectProblem(
        make('asf-activity-table', { 'sort-by': 'date', src: UPPSALA }),
        'sort-by="date"',
        /title, goal, lead, involved, schedule \(eller tomt\)/,
      );
      await expectProblem(
        make<AsfActivityTable>('asf-activity-table', { src: UPPSALA }, { sortDirection: 'up' }),
        'sort-direction="up"',
        /ascending, descending/,
      );
    });

    it('sorts by a valid sort-by attribute', async () => {
      const el = await fixture<AsfActivityTable>(
        html`<asf-activity-table src=${UPPSALA} sort-by="title" sort-direction="descending"></asf-activity-table>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]'), 'no rows');
      expect(alertOf(el)).to.equal(null);
      const titles = [...el.shadowRoot!.querySelectorAll('[part~="row"] [part~="title"]')].map((t) =>
        t.textContent.trim(),
      );
      const sorted = [...titles].sort((a, b) => b.localeCompare(a, 'sv'));
      expect(titles.length).to.be.greaterThan(3);
      expect(titles[0]).to.equal(sorted[0]);
    });
  });

  describe('asf-eligibility-check', () => {
    it('takes heading-level set as a text property', async () => {
      const el = await fixture<AsfEligibilityCheck>(
        html`<asf-eligibility-check .headingLevel=${'4'}></asf-eligibility-check>`,
      );
      expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('4');
    });

    it('names a heading level it does not understand', async () => {
      await expectProblem(
        make('asf-eligibility-check', { 'heading-level': 'h2' }),
        'heading-level="h2"',
        /heltal från 1 till 6/,
      );
    });
  });
});

// The rules engine loads only when the form is used. Each test file runs in its own page, so
// this file starts with nothing loaded; its tests build on each other and must stay in order.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './asf-eligibility-check.js';
import { AsfEligibilityCheck, type AsfEligibilityChangeEvent } from './eligibility-check.js';

/** The next asf-eligibility-change event (oneEvent is typed for CustomEvent). */
const nextChange = (el: HTMLElement) => oneEvent<AsfEligibilityChangeEvent>(el, 'asf-eligibility-change');

const loaderRequested = () =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('/eligibility-check/rules-loader'));

describe('asf-eligibility-check: loading the rules engine', () => {
  const realLoader = AsfEligibilityCheck.rulesLoader;
  let calls = 0;
  beforeEach(() => {
    calls = 0;
  });
  after(() => {
    AsfEligibilityCheck.rulesLoader = realLoader;
  });

  it('defines the element and renders the form without loading the rules', async () => {
    AsfEligibilityCheck.rulesLoader = () => {
      calls++;
      return realLoader();
    };
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check check="both"></asf-eligibility-check>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).not.to.equal(null);
    expect(el.rulesLoaded).to.equal(false);
    expect(calls).to.equal(0);
    expect(loaderRequested()).to.equal(false);
  });

  it('shows an error with a retry when the download fails, and the retry (Space) loads the rules', async () => {
    AsfEligibilityCheck.rulesLoader = () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="sellsGoodsOrServices"][value="yes"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(calls).to.be.greaterThan(0);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Regelmotorn kunde inte laddas.');
    expect(el.rulesLoaded).to.equal(false);
    expect(el.result).to.equal(undefined);
    await expect(el).to.be.accessible();

    AsfEligibilityCheck.rulesLoader = () => {
      calls++;
      return realLoader();
    };
    calls = 0;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
    const changed = nextChange(el);
    // ' ' rather than 'Space': Firefox over WebDriver BiDi knows the key, not the code name.
    await sendKeys({ press: ' ' });
    const event = await changed;
    expect(calls).to.equal(1);
    expect(el.rulesLoaded).to.equal(true);
    expect(loaderRequested()).to.equal(true);
    expect(event.result.checks[0]!.criteria[0]!.outcome).to.equal('met');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('loads the rules once per page: a second form answers without loading again', async () => {
    AsfEligibilityCheck.rulesLoader = () => {
      calls++;
      return realLoader();
    };
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    expect(el.rulesLoaded).to.equal(true);
    const changed = nextChange(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="sellsGoodsOrServices"][value="no"]')!.click();
    const event = await changed;
    expect(event.result.checks[0]!.verdict).to.equal('not-eligible');
    expect(calls).to.equal(0);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import './asf-progress.js';
import type { AsfProgress } from './progress.js';

const meter = (el: AsfProgress) => el.shadowRoot!.querySelector('[role="meter"]')!;
const base = (el: AsfProgress) => el.shadowRoot!.querySelector('[part="base"]')!;

describe('asf-progress', () => {
  it('is a meter named by its label, with the figures in words', async () => {
    const el = await fixture<AsfProgress>(
      html`<asf-progress label="Aktiva ASF i länet" value="28" target="30" unit="aktiva ASF"></asf-progress>`,
    );
    const m = meter(el);
    expect(m.getAttribute('aria-label')).to.equal('Aktiva ASF i länet');
    expect(m.getAttribute('aria-valuenow')).to.equal('28');
    expect(m.getAttribute('aria-valuemax')).to.equal('30');
    expect(m.getAttribute('aria-valuetext')).to.equal('28 av 30 aktiva ASF (93\u00a0% av målet)');
    await expect(el).to.be.accessible();
  });

  it('speaks English inside lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><asf-progress label="Active WISEs" value="28" target="30"></asf-progress></div>`);
    const el = wrapper.querySelector('asf-progress')!;
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('28 of 30 (93% of the target)');
  });

  it('keeps "ca" for approximate figures', async () => {
    const el = await fixture<AsfProgress>(html`<asf-progress label="Politiker" value="75" target="250" approximate></asf-progress>`);
    expect(meter(el).getAttribute('aria-valuetext')).to.match(/^ca 75 av 250/);
  });

  it('says it cannot be assessed when the value is missing, never NaN', async () => {
    const el = await fixture<AsfProgress>(html`<asf-progress label="Deltagare" target="30"></asf-progress>`);
    expect(base(el).getAttribute('role')).to.equal('group');
    expect(base(el).getAttribute('aria-label')).to.equal('Deltagare');
    expect(base(el).textContent).to.contain('Kan inte bedömas');
    expect(el.shadowRoot!.textContent).not.to.contain('NaN');
    expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

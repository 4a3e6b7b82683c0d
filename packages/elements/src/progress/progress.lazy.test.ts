// What a page with gauges fed by attributes downloads (issue 17): the gauge on a small base class
// over lit-html, no plan loading, and its figures from a lazy part that `updateComplete` waits
// for. This file runs in a page of its own, so the module requests seen are this file's.
import { expect, fixture, html } from '@open-wc/testing';
import './asf-progress.js';
import type { AsfProgress } from './progress.js';

const requested = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('asf-progress: what a gauge fed by attributes loads', () => {
  it('shows its figures once updateComplete resolves, and never loads plan loading', async () => {
    const el = await fixture<AsfProgress>(
      html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part="figures"] .figure').length).to.equal(5);
    expect(el.shadowRoot!.querySelector('[role="meter"]')).not.to.equal(null);
    const names = requested();
    expect(
      names.some((n) => /progress\.parts\.ts/.test(n)),
      'the figures part',
    ).to.equal(true);
    for (const unwanted of [/progress\.plan\.ts/, /plan-controller\.ts/, /parse-plan-loader\.ts/])
      expect(
        names.filter((n) => unwanted.test(n)),
        String(unwanted),
      ).to.deep.equal([]);
  });

  it('is not a LitElement, and keeps the update contract its users rely on', async () => {
    const el = await fixture<AsfProgress>(
      html`<asf-progress label="Aktiva ASF" value="28" target="30"></asf-progress>`,
    );
    expect(el.hasUpdated).to.equal(true);
    expect((el.constructor as { _$litElement$?: boolean })._$litElement$).to.equal(undefined);
    el.variant = 'ring';
    expect(await el.updateComplete).to.equal(true);
    expect(el.getAttribute('variant'), 'reflected').to.equal('ring');
    expect(el.shadowRoot!.querySelector('.ring [part="indicator"]'), 'the ring, from the lazy part').not.to.equal(null);
    el.setAttribute('value', '29,5');
    await el.updateComplete;
    expect(el.value).to.equal(29.5);
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('29.5');
  });

  it('takes properties set before it was defined', async () => {
    const el = document.createElement('asf-progress-later') as AsfProgress;
    Object.assign(el, { label: 'Före', value: 3, target: 4 });
    document.body.append(el);
    const { AsfProgress: Gauge } = await import('./progress.js');
    customElements.define('asf-progress-later', class extends Gauge {});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('3');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Före');
    el.remove();
  });
});

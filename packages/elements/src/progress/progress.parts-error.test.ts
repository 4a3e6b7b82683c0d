// A gauge whose lazy parts cannot be downloaded (issue 17: its words, figures and messages are a
// lazy chunk) says so from its first chunk, in the page's language, with a retry that works.
// A page of its own: the parts are shared by every gauge of a page.
import { expect, fixture, html } from '@open-wc/testing';
import './asf-progress.js';
import { progressLazyModules, type AsfProgress } from './progress.js';

describe('asf-progress: lazy parts that cannot be downloaded', () => {
  const { parts } = progressLazyModules;
  const download = parts.importer;
  afterEach(() => {
    parts.importer = download;
  });

  it('shows the problem with a retry, in Swedish and English, and the gauge once the retry works', async () => {
    parts.importer = () => Promise.reject(new Error('offline'));
    const el = await fixture<AsfProgress>(
      html`<asf-progress label="Aktiva ASF" value="28" target="30" baseline="25"></asf-progress>`,
    );
    const root = el.shadowRoot!;
    const error = root.querySelector('[part="error"]');
    expect(error, 'the problem is shown').not.to.equal(null);
    expect(error!.getAttribute('role')).to.equal('alert');
    expect(error!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Mätaren kan inte visas. En del av mätaren kunde inte laddas (offline). Försök igen',
    );
    expect(root.querySelector('[role="meter"]'), 'no half-drawn gauge').to.equal(null);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root.querySelector('[part="error"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'The gauge cannot be shown. A part of the gauge could not be loaded (offline). Try again',
    );

    parts.importer = download;
    root.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(root.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal(
      '28 of 30, baseline 25, 60% of the planned increase',
    );
    expect(root.querySelectorAll('[part="figures"] .figure').length).to.equal(5);
  });
});

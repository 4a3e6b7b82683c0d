import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PlanController } from './plan-controller.js';
import { renderError, renderLoading, statusStyles } from './status-view.js';
import { LangController } from './lang-controller.js';
import type { AsfErrorEvent } from './events.js';

/** A minimal element that shows what the controllers hold. */
class TestPlanHost extends LitElement {
  static override styles = statusStyles;
  @property() src = '';
  @property({ attribute: false }) plan: unknown;
  readonly data = new PlanController(this);
  readonly i18n = new LangController(this);
  override willUpdate() {
    this.data.set({ src: this.src, plan: this.plan });
  }
  override render() {
    const s = this.data.state;
    if (s.status === 'loading') return renderLoading(this.i18n.lang);
    if (s.status === 'error') return renderError(s.error, this.i18n.lang, () => this.data.retry());
    if (s.status === 'ready') return html`<p>${s.plan.id}</p>`;
    return nothing;
  }
}
customElements.define('test-plan-host', TestPlanHost);

const VALID = {
  id: 'demo',
  kind: 'policy',
  title: 'Policy',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
};

describe('PlanController', () => {
  it('shows a plan given as an object', async () => {
    const el = await fixture<TestPlanHost>(html`<test-plan-host .plan=${VALID}></test-plan-host>`);
    expect(el.data.state.status).to.equal('loading');
    await waitUntil(() => el.data.state.status === 'ready', 'the plan was not checked');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('demo');
  });

  it('reports an invalid plan with its paths, in the element and as an asf-error event', async () => {
    const el = document.createElement('test-plan-host') as TestPlanHost;
    el.plan = { ...VALID, kind: 'nope', title: 5 };
    const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
    document.body.append(el);
    const { error } = await event;
    await el.updateComplete;
    expect(error.kind).to.equal('invalid');
    expect(error.issues!.map((i) => i.pointer)).to.have.members(['/kind', '/title']);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('kind');
    expect(alert.textContent).to.contain('Planen kan inte visas');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports a 404 with a retry button that loads again', async () => {
    const el = await fixture<TestPlanHost>(html`<test-plan-host src="/__status__/404/plan.json"></test-plan-host>`);
    await waitUntil(() => el.data.state.status === 'error', 'no error state');
    await el.updateComplete;
    const s = el.data.state;
    expect(s.status === 'error' && s.error.kind).to.equal('http');
    expect(s.status === 'error' && s.error.status).to.equal(404);
    expect(el.shadowRoot!.textContent).to.contain('404');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.click();
    await el.updateComplete;
    expect(['loading', 'error']).to.include(el.data.state.status);
    await waitUntil(() => el.data.state.status === 'error', 'retry did not finish');
  });

  it('reports malformed JSON as invalid, and a network failure as a network error', async () => {
    const el = await fixture<TestPlanHost>(html`<test-plan-host src="/package.json"></test-plan-host>`);
    await waitUntil(() => el.data.state.status === 'error');
    expect(el.data.state.status === 'error' && el.data.state.error.kind).to.equal('invalid');
    el.src = 'http://127.0.0.1:9/plan.json';
    await waitUntil(
      () => el.data.state.status === 'error' && el.data.state.error.kind === 'network',
      'no network error',
      { timeout: 8000 },
    );
  });

  it('speaks English inside lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-plan-host .plan=${{ id: 1 }}></test-plan-host></div>`);
    const el = wrapper.querySelector<TestPlanHost>('test-plan-host')!;
    await waitUntil(() => el.shadowRoot!.textContent.includes('Could not show the plan'), 'no English error');
    wrapper.setAttribute('lang', 'sv');
    await waitUntil(() => el.shadowRoot!.textContent.includes('Planen kan inte visas'), 'language did not follow');
  });
});

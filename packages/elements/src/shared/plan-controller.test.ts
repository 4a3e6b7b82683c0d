import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { loadPlanParser, planParser, PlanController } from './plan-controller.js';
import { renderError, renderLoading } from './status-view.js';
import { statusStyles } from './status-styles.js';
import { LangController } from './lang-controller.js';
import type { AsfErrorEvent } from './events.js';
import '../progress/asf-progress.js';
import '../scorecard/asf-scorecard.js';
import '../activity-table/asf-activity-table.js';
import '../responsibility-matrix/asf-responsibility-matrix.js';

/** A minimal element that shows what the controllers hold. */
class TestPlanHost extends LitElement {
  static override styles = statusStyles;
  @property() src = '';
  @property({ attribute: false }) plan: unknown;
  readonly data = new PlanController(this, () => ({ src: this.src, plan: this.plan }));
  readonly i18n = new LangController(this);
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

  it('reads a plan written inline in a child <script type="application/json">, and follows a change to it', async () => {
    const el = await fixture<TestPlanHost>(
      html`<test-plan-host><script type="application/json">${JSON.stringify(VALID)}</script></test-plan-host>`,
    );
    await waitUntil(() => el.data.state.status === 'ready', 'the inline plan was not read');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('demo');
    el.querySelector('script')!.textContent = JSON.stringify({ ...VALID, id: 'andra' });
    await waitUntil(() => el.shadowRoot!.textContent.includes('andra'), 'a change to the script was not read');
    // src wins over the inline plan.
    el.src = '/__status__/404/plan.json';
    await waitUntil(() => el.data.state.status === 'error', 'src did not win');
  });

  it('reports inline JSON that does not parse as a bilingual load error naming the script', async () => {
    const el = document.createElement('test-plan-host') as TestPlanHost;
    el.innerHTML = '<script type="application/json">{ "id": "demo", </script>';
    const event = oneEvent<AsfErrorEvent>(el, 'asf-error');
    document.body.append(el);
    const { error } = await event;
    await el.updateComplete;
    expect(error.kind).to.equal('invalid');
    expect(error.url).to.equal('(script)');
    expect(error.message.sv).to.contain('<script type="application/json">').and.contain('inte giltig JSON');
    expect(error.message.en).to.contain('<script type="application/json">').and.contain('not valid JSON');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('<script type="application/json">');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('is ready in the first update once the parser is loaded (server rendering: no "Laddar…")', async () => {
    await loadPlanParser();
    expect(planParser.value).to.not.equal(undefined);
    const el = document.createElement('test-plan-host') as TestPlanHost;
    el.plan = VALID;
    let firstRender = '';
    const first = el.updateComplete.then(() => (firstRender = el.shadowRoot!.textContent!));
    document.body.append(el);
    expect(el.data.state.status).to.equal('ready');
    await first;
    expect(firstRender).to.contain('demo');
    expect(firstRender).not.to.contain('Laddar');
    el.remove();
  });

  it('lets a newer src cancel an older one: the older answer, even when it arrives, never shows', async () => {
    const realFetch = window.fetch;
    let answerOld: () => void = () => {};
    // The old request ignores its abort signal and answers late: the worst case.
    window.fetch = (input: RequestInfo | URL) => {
      const id = (input instanceof Request ? input.url : String(input)).includes('old.json') ? 'old' : 'new';
      const answer = () => new Response(JSON.stringify({ ...VALID, id: `plan-${id}` }));
      if (id === 'new') return Promise.resolve(answer());
      return new Promise<Response>((resolve) => (answerOld = () => resolve(answer())));
    };
    try {
      const el = await fixture<TestPlanHost>(html`<test-plan-host src="/old.json"></test-plan-host>`);
      expect(el.data.state.status).to.equal('loading');
      el.src = '/new.json';
      await waitUntil(() => el.shadowRoot!.textContent.includes('plan-new'), 'the newer src did not show');
      answerOld();
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('plan-new').and.not.contain('plan-old');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('lets every plan element render its plan in the first update once the parser is loaded', async () => {
    await loadPlanParser();
    const response = await fetch('/examples/plans/gavleborg-arsredovisning-2018.json');
    const plan = (await response.json()) as { indicators: { id: string }[] };
    for (const tag of ['asf-progress', 'asf-scorecard', 'asf-activity-table', 'asf-responsibility-matrix']) {
      const el = document.createElement(tag) as LitElement & { plan: unknown; indicator?: string };
      el.plan = plan;
      if (tag === 'asf-progress') el.indicator = plan.indicators[0]!.id;
      document.body.append(el);
      await el.updateComplete;
      const shown = el.shadowRoot!.textContent;
      expect(el.shadowRoot!.querySelector('[part="loading"]'), `${tag} showed "Laddar…"`).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]'), `${tag} showed an error: ${shown}`).to.equal(null);
      expect(shown.trim().length, `${tag} is empty`).to.be.greaterThan(0);
      el.remove();
    }
  });
});

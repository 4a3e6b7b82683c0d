// Language of parts (issue 11, defect 3; WCAG 3.1.2): plan text shown inside an element whose
// language differs carries the plan's language, in the scorecard and in its gauges.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PlanInput } from '@asf-kit/core';
import './asf-scorecard.js';
import '../progress/asf-progress.js';
import type { AsfScorecard } from './scorecard.js';
import type { AsfProgress } from '../progress/progress.js';

/** A plan written in Swedish only (plain strings). All figures illustrative. */
const SWEDISH: PlanInput = {
  id: 'svensk-plan',
  kind: 'follow-up',
  title: 'Uppföljning av handlingsplanen för sociala företag',
  organisation: { name: 'Exempelby kommun', type: 'municipality' },
  illustrative: true,
  period: { start: '2019-01-01', end: '2020-12-31' },
  goals: [{ id: 'fler', title: 'Fler arbetsintegrerande sociala företag' }],
  indicators: [
    {
      id: 'asf',
      goal: 'fler',
      title: 'Antal verksamma företag i kommunen',
      unit: 'verksamma företag',
      direction: 'increase',
      baseline: { value: 10, date: '2019-01-01' },
      target: { type: 'level', value: 14, date: '2020-12-31' },
      outcomes: [{ value: 13, date: '2020-06-30', illustrative: true }],
    },
    {
      id: 'sjuk',
      goal: 'fler',
      title: 'Långtidssjukskrivna bland deltagarna',
      unit: 'långtidssjukskrivna',
      direction: 'decrease',
      baseline: { value: 15, date: '2019-01-01' },
      target: { type: 'level', value: 10, date: '2020-06-30' },
      outcomes: [{ value: 12, date: '2020-06-30', illustrative: true }],
    },
    {
      id: 'rad',
      title: 'Ett regionalt råd för sociala företag',
      direction: 'increase',
      target: { type: 'milestone', date: '2020-12-31', text: 'Rådet ska vara inrättat under året' },
      outcomes: [{ value: true, date: '2020-06-30', illustrative: true }],
    },
    // No target: not assessable, but its outcome and unit are shown.
    {
      id: 'utan',
      title: 'Utbildade handledare',
      unit: 'utbildade handledare',
      direction: 'increase',
      outcomes: [{ value: 12, date: '2020-06-30', illustrative: true }],
    },
  ],
};

/** Every text of the plan that an element may show. */
const PLAN_TEXTS = [
  SWEDISH.title as string,
  SWEDISH.organisation.name,
  ...(SWEDISH.goals ?? []).map((g) => g.title as string),
  ...(SWEDISH.indicators ?? []).flatMap((i) => [
    i.title as string,
    (i.unit as string | undefined) ?? '',
    i.target?.text ?? '',
  ]),
].filter(Boolean);

/** The text nodes of an element, through its shadow root and the shadow roots of the gauges in it. */
function textNodes(node: Node, out: Text[] = []): Text[] {
  if (node instanceof Text) {
    if (node.data.trim()) out.push(node);
    return out;
  }
  if (node instanceof Element && node.shadowRoot) textNodes(node.shadowRoot, out);
  for (const child of node.childNodes) textNodes(child, out);
  return out;
}

/** The language of a text node: the closest lang attribute, crossing shadow roots. */
function langOf(node: Node): string | null {
  let el: Node | null = node.parentNode;
  while (el) {
    if (el instanceof Element && el.hasAttribute('lang')) return el.getAttribute('lang');
    el = el instanceof ShadowRoot ? el.host : el.parentNode;
  }
  return null;
}

/** Whether a node is shown (not in a display: none subtree, e.g. the counts that only print). */
const shown = (t: Text) => (t.parentElement?.getClientRects().length ?? 0) > 0;

async function english(): Promise<AsfScorecard> {
  const wrapper = await fixture(
    html`<div lang="en"><asf-scorecard .plan=${SWEDISH} as-of="2020-06-30"></asf-scorecard></div>`,
  );
  const el = wrapper.querySelector<AsfScorecard>('asf-scorecard')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"]'), 'the plan was not checked');
  const gauges = [...el.shadowRoot!.querySelectorAll<AsfProgress>('asf-progress')];
  await waitUntil(
    () => gauges.every((g) => g.shadowRoot?.querySelector('[part="figures"], [part="reason"]')),
    'the gauges did not render',
  );
  return el;
}

describe('language of parts', () => {
  it('marks every text from a Swedish plan with lang="sv" inside an English scorecard, gauges included', async () => {
    const el = await english();
    const nodes = textNodes(el).filter(shown);
    const fromPlan = nodes.filter((t) => PLAN_TEXTS.some((p) => t.data.includes(p)));
    const wrong = fromPlan.filter((t) => langOf(t) !== 'sv').map((t) => `"${t.data.trim()}" (lang ${langOf(t)})`);
    expect(wrong, 'plan text without lang="sv"').to.deep.equal([]);
    // Every plan text is shown somewhere, so the check above saw them all.
    for (const text of PLAN_TEXTS)
      expect(
        fromPlan.some((t) => t.data.includes(text)),
        text,
      ).to.equal(true);
    // The milestone's target text and a unit inside a gauge's figures, and a unit inside a summary sentence.
    const inGauges = fromPlan
      .filter((t) => (t.getRootNode() as ShadowRoot).host?.localName === 'asf-progress')
      .map((t) => t.data.trim());
    expect(inGauges).to.include.members(['Rådet ska vara inrättat under året', 'verksamma företag']);
    await expect(el).to.be.accessible();
  });

  it("keeps the element's own words in the page's language", async () => {
    const el = await english();
    const ui = [
      'All',
      'Achieved',
      'Not achieved',
      'On track',
      'Other',
      'Outcome',
      'Target',
      'Baseline',
      'Progress of the goal',
      'the target was not reached',
    ];
    const nodes = textNodes(el).filter(shown);
    for (const word of ui) {
      const found = nodes.filter((t) => t.data.includes(word));
      expect(found.length, word).to.be.greaterThan(0);
      for (const t of found) expect(langOf(t), `"${t.data.trim()}"`).to.equal('en');
    }
  });

  it('adds no lang where the plan and the page speak the same language', async () => {
    const wrapper = await fixture(
      html`<div lang="sv"><asf-scorecard .plan=${SWEDISH} as-of="2020-06-30"></asf-scorecard></div>`,
    );
    const el = wrapper.querySelector<AsfScorecard>('asf-scorecard')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"]'), 'the plan was not checked');
    const gauge = el.shadowRoot!.querySelector<AsfProgress>('asf-progress')!;
    await waitUntil(() => gauge.shadowRoot?.querySelector('[part="figures"]'), 'the gauge did not render');
    expect(el.shadowRoot!.querySelector('[lang]')).to.equal(null);
    expect(gauge.shadowRoot!.querySelector('[lang]')).to.equal(null);
  });

  it('marks English plan text inside a Swedish page with lang="en"', async () => {
    const plan: PlanInput = {
      ...SWEDISH,
      language: 'en',
      title: 'Follow-up of the action plan',
      goals: [{ id: 'fler', title: 'More social enterprises' }],
    };
    const el = await fixture<AsfScorecard>(html`<asf-scorecard .plan=${plan} as-of="2020-06-30"></asf-scorecard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="filters"]'), 'the plan was not checked');
    for (const name of ['title', 'goal-title']) {
      const nodes = textNodes(el.shadowRoot!.querySelector(`[part="${name}"]`)!);
      expect(nodes.length, name).to.be.greaterThan(0);
      for (const t of nodes) expect(langOf(t), t.data).to.equal('en');
    }
  });
});

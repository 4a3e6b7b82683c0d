import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { EnterpriseFacts, WelfareOrganisationFacts } from '@asf-kit/core';
import '@asf-kit/elements/eligibility-check/asf-eligibility-check.js';

/** A work-integration enterprise as a municipality's business advisers meet them: a second-hand shop and café. */
/**
 * A page author's typo, written as the plain HTML of a page: a typed template (and lit-analyzer)
 * rightly refuses `check="asff"`, but a page can hold it, and the element must say what is wrong.
 */
const TYPO = unsafeHTML('<asf-eligibility-check heading-level="3" check="asff"></asf-eligibility-check>');

const RETURBUTIKEN: EnterpriseFacts = {
  organisationNumber: '556036-0793',
  sellsGoodsOrServices: true,
  integrationIsMainPurpose: true,
  staffParticipation: 'agreement',
  profitReinvestedShare: 1,
  publicOwnershipShare: 0,
  peopleWorking: 14,
  peopleWorkingFromTargetGroups: 9,
  employeesFromTargetGroups: 4,
};

/** A municipal company: it fails the independence criterion of Tillväxtverket's definition. */
const KOMMUNALT_BOLAG: EnterpriseFacts = {
  sellsGoodsOrServices: true,
  integrationIsMainPurpose: true,
  staffParticipation: 'none',
  profitReinvestedShare: 0.4,
  publicOwnershipShare: 1,
};

/** A sheltered workshop (skyddad verkstad) bidding for a reserved contract: everyone working counts, employed or not. */
const SKYDDAD_VERKSTAD: EnterpriseFacts = {
  shelteredWorkshop: true,
  peopleWorking: 40,
  peopleWorkingFromTargetGroups: 31,
};

/** A cooperative of personal assistants: may a procurement of these welfare services be reserved for it? (Illustrative.) */
const ASSISTANSKOOPERATIV: WelfareOrganisationFacts = {
  publicServiceMission: true,
  profitUse: 'reinvested',
  participatoryManagement: true,
  awardedUnderRuleInPastThreeYears: false,
  contractDurationYears: 2,
  servicesListed: true,
};

/** Only some answers known: the result needs review, no criterion fails for lack of facts. */
const HALVA_SVAR: EnterpriseFacts = {
  sellsGoodsOrServices: true,
  integrationIsMainPurpose: true,
  peopleWorking: 10,
  peopleWorkingFromTargetGroups: 3,
};

const INTRO = html`<p>
  Frågorna bygger på Tillväxtverkets kriterier för arbetsintegrerande sociala företag och på LOU 4 kap. 18 § om reserverade kontrakt.
  Ta gärna kontakt med kommunens näringslivsenhet om resultatet behöver utredas.
</p>`;

const meta: Meta = {
  title: 'Elements/asf-eligibility-check',
  component: 'asf-eligibility-check',
  tags: ['autodocs'],
  args: { check: 'asf', profile: 'tillvaxtverket', 'heading-level': 2, 'no-heading': false },
  argTypes: {
    check: { control: 'inline-radio', options: ['asf', 'reserved-contract', 'both', 'reserved-welfare-contract'] },
    profile: { control: 'inline-radio', options: ['tillvaxtverket', 'sofisam', 'skoopi'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<asf-eligibility-check
      check=${args.check}
      profile=${args.profile}
      heading-level=${args['heading-level']}
      ?no-heading=${args['no-heading']}
      >${INTRO}</asf-eligibility-check
    >`,
};
export default meta;
type Story = StoryObj;

/** "Är vi ett ASF?": answer the questions and watch each criterion change. */
export const Playground: Story = {};

/** Before any answer, a fully eligible enterprise, one that fails, one with open questions, and invalid input. */
export const States: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Inga svar ännu</h2>
      <asf-eligibility-check heading-level="3"></asf-eligibility-check>
    </section>
    <section>
      <h2>Uppfyller kriterierna – second hand-butik med café</h2>
      <asf-eligibility-check heading-level="3" check="both" .facts=${RETURBUTIKEN}></asf-eligibility-check>
    </section>
    <section>
      <h2>Uppfyller inte – kommunalt ägt bolag</h2>
      <asf-eligibility-check heading-level="3" .facts=${KOMMUNALT_BOLAG}></asf-eligibility-check>
    </section>
    <section>
      <h2>Behöver utredas – flera svar saknas</h2>
      <asf-eligibility-check heading-level="3" check="both" .facts=${HALVA_SVAR}></asf-eligibility-check>
    </section>
    <section>
      <h2>Okänt värde på attributet check</h2>
      ${TYPO}
    </section>
    <section>
      <h2>Ogiltiga svar – 120 % och fel kontrollsiffra</h2>
      <asf-eligibility-check
        heading-level="3"
        .facts=${{ organisationNumber: '556036-0794', sellsGoodsOrServices: true, profitReinvestedShare: 1.2 }}
      ></asf-eligibility-check>
    </section>
  </div>`,
};

/**
 * The four forms, a sheltered workshop, and the stricter profile `skoopi` (all profit reinvested;
 * people from the target groups employed — for the ASF check only: the reserved contract follows the law).
 */
export const Variants: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <asf-eligibility-check check="asf" .facts=${RETURBUTIKEN}></asf-eligibility-check>
    <asf-eligibility-check check="reserved-contract" .facts=${{ integrationIsMainPurpose: true, peopleWorking: 10, peopleWorkingFromTargetGroups: 3 }}></asf-eligibility-check>
    <asf-eligibility-check check="reserved-contract" .facts=${SKYDDAD_VERKSTAD}></asf-eligibility-check>
    <asf-eligibility-check check="both" profile="skoopi" .facts=${{ ...RETURBUTIKEN, profitReinvestedShare: 0.9 }}></asf-eligibility-check>
    <asf-eligibility-check check="reserved-welfare-contract" .facts=${ASSISTANSKOOPERATIV}></asf-eligibility-check>
  </div>`,
};

/** The global tokens, set on a wrapper: a municipality's own colours, font and corners. */
export const Theming: Story = {
  render: () => html`<div
    class="tema"
    style="
      --asf-color-primary:#00507a;
      --asf-color-text:#14202b;
      --asf-color-text-muted:#4a5864;
      --asf-color-surface:#ffffff;
      --asf-color-surface-muted:#eef4f8;
      --asf-color-border:#7c8d99;
      --asf-color-success:#17693a;
      --asf-color-warning:#8a4b00;
      --asf-color-danger:#a3162b;
      --asf-color-focus:#f2a900;
      --asf-font-family:Georgia, 'Times New Roman', serif;
      --asf-radius:0;
      --asf-radius-small:0;
      --asf-eligibility-check-gap:1.75rem"
  >
    <asf-eligibility-check check="both" .facts=${HALVA_SVAR}></asf-eligibility-check>
  </div>`,
};

/**
 * In English (`lang="en"` on an ancestor), under the page's own heading (`no-heading`), with the
 * results' headings one level below it (`heading-level="2"`: the page's `<h2>` stands in for the
 * hidden title, so the results are `<h3>`, no level skipped). Try it with the keyboard: Tab moves
 * between questions, the arrow keys choose within a question; results are announced politely on
 * the summary line.
 */
export const Accessibility: Story = {
  render: () => html`<div lang="en">
    <h2>Are we a work-integration social enterprise?</h2>
    <asf-eligibility-check no-heading heading-level="2" check="both"></asf-eligibility-check>
  </div>`,
};

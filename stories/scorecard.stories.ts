import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dateArg } from './args.js';
import '@asf-kit/elements/scorecard/asf-scorecard.js';

/** The example plans, served to Storybook from examples/plans. */
const GAVLEBORG = 'plans/gavleborg-arsredovisning-2018.json';
const BOLLNAS = 'plans/bollnas-handlingsplan-2019-2024.json';
const UPPSALA = 'plans/uppsala-handlingsplan-2018-2020.json';

/**
 * A mid-period follow-up with made-up outcomes, to show "I fas", "Efter plan" and trends: the
 * source documents have no such figures. Marked illustrative in the plan and in every outcome.
 */
const ILLUSTRATIVE_PLAN = {
  id: 'exempel-halvtid',
  kind: 'follow-up',
  title: 'Halvtidsuppföljning (illustrativt exempel)',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
  illustrative: true,
  period: { start: '2019-01-01', end: '2020-12-31' },
  goals: [{ id: 'fler-asf', title: { sv: 'Fler livskraftiga ASF', en: 'More viable WISEs' } }],
  indicators: [
    {
      id: 'aktiva',
      goal: 'fler-asf',
      title: { sv: 'Aktiva ASF i kommunen', en: 'Active WISEs in the municipality' },
      unit: { sv: 'aktiva ASF', en: 'active WISEs' },
      direction: 'increase',
      baseline: { value: 10, date: '2019-01-01' },
      target: { type: 'level', value: 14, date: '2020-12-31' },
      outcomes: [
        { value: 11, date: '2019-12-31', illustrative: true },
        { value: 13, date: '2020-06-30', illustrative: true },
      ],
    },
    {
      id: 'deltagare',
      goal: 'fler-asf',
      title: { sv: 'Deltagare i ASF', en: 'Participants in WISEs' },
      unit: { sv: 'deltagare', en: 'participants' },
      direction: 'increase',
      baseline: { value: 40, date: '2019-01-01' },
      target: { type: 'level', value: 60, date: '2020-12-31' },
      outcomes: [
        { value: 46, date: '2019-12-31', illustrative: true },
        { value: 44, date: '2020-06-30', illustrative: true },
      ],
    },
    {
      id: 'upphandlingar',
      title: { sv: 'Upphandlingar med sociala hänsyn', en: 'Procurements with social criteria' },
      unit: { sv: 'upphandlingar', en: 'procurements' },
      direction: 'increase',
      target: { type: 'level', value: 3, date: '2020-12-31' },
      outcomes: [{ value: 1, date: '2020-06-30', illustrative: true }],
    },
  ],
};

const meta: Meta = {
  title: 'Elements/asf-scorecard',
  component: 'asf-scorecard',
  tags: ['autodocs'],
  args: { src: GAVLEBORG, 'as-of': '2018-12-31', 'status-filter': '', 'heading-level': 2 },
  argTypes: {
    src: { control: 'select', options: [GAVLEBORG, BOLLNAS, UPPSALA] },
    'status-filter': {
      control: 'select',
      options: ['', 'achieved', 'on-track', 'behind', 'not-achieved', 'not-assessable'],
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<asf-scorecard
      src=${args.src}
      as-of=${ifDefined(dateArg(args['as-of']))}
      status-filter=${args['status-filter']}
      heading-level=${args['heading-level']}
    ></asf-scorecard>`,
};
export default meta;
type Story = StoryObj;

/** Samordningsförbund Gävleborg, årsredovisning ASF 2018, at the end of the year: 5 achieved, 4 not achieved, 4 not assessable. */
export const Playground: Story = {};

/** Filtered to one status, a plan with no outcomes yet, a plan without indicators, and a file that cannot be loaded. */
export const States: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Filtrerat på "Ej uppnått" (status-filter)</h2>
      <asf-scorecard heading-level="3" src=${GAVLEBORG} as-of="2018-12-31" status-filter="not-achieved"></asf-scorecard>
    </section>
    <section>
      <h2>Inga utfall ännu – Bollnäs handlingsplan 2019–2024</h2>
      <asf-scorecard heading-level="3" src=${BOLLNAS} as-of="2019-12-31"></asf-scorecard>
    </section>
    <section>
      <h2>Planen har inga indikatorer – Uppsala handlingsplan 2018–2020</h2>
      <asf-scorecard heading-level="3" src=${UPPSALA} as-of="2020-12-31"></asf-scorecard>
    </section>
    <section>
      <h2>Filen finns inte</h2>
      <asf-scorecard heading-level="3" src="plans/finns-inte.json"></asf-scorecard>
    </section>
    <section>
      <h2>Ingen plan angiven</h2>
      <asf-scorecard heading-level="3"></asf-scorecard>
    </section>
  </div>`,
};

/** Mid-period (illustrative figures: on track, behind, trends, an indicator without a goal) and the same in English. */
export const Variants: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Halvtid med trender (illustrativa siffror)</h2>
      <asf-scorecard heading-level="3" .plan=${ILLUSTRATIVE_PLAN} as-of="2020-06-30"></asf-scorecard>
    </section>
    <section lang="en">
      <h2>In English (lang="en")</h2>
      <asf-scorecard heading-level="3" src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>
    </section>
  </div>`,
};

/** The scorecard and its gauges read the --asf-* tokens; --asf-scorecard-* knobs set the cards. */
export const Theming: Story = {
  render: () => html`<div
    style="--asf-font-family: 'Trebuchet MS', sans-serif; --asf-color-primary: #00695c; --asf-color-text: #102a27; --asf-color-text-muted: #37524e; --asf-color-surface: #f7fbfa; --asf-color-surface-muted: #dcefeb; --asf-color-border: #7fa8a1; --asf-color-focus: #ff9100; --asf-radius: 14px; --asf-radius-small: 8px; --asf-scorecard-item-background: #ffffff; --asf-scorecard-gap: 2.5rem"
  >
    <asf-scorecard src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>
  </div>`,
};

/**
 * Counts are toggle buttons (aria-pressed) in a named group, reachable with Tab and pressed with
 * Enter or Space; the chosen one is underlined and framed (also in forced colours); the number
 * shown is announced politely; headings follow heading-level; every status is an icon and words.
 * On paper the buttons give way to the counts as text. Swedish plan text on an English page
 * carries lang="sv".
 */
export const Accessibility: Story = {
  render: () => html`<main>
    <h1 style="font-size:1.5rem">Uppföljning av arbetet med ASF</h1>
    <asf-scorecard heading-level="2" src=${GAVLEBORG} as-of="2018-12-31"></asf-scorecard>
    <section lang="en">
      <h2>A plan that ended, on an English page</h2>
      <asf-scorecard heading-level="3" src=${BOLLNAS}></asf-scorecard>
    </section>
  </main>`,
};

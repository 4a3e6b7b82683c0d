import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@asf-kit/elements/activity-table/asf-activity-table.js';

/** The example plans, served to Storybook from examples/plans. */
const UPPSALA = 'plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = 'plans/bollnas-handlingsplan-2019-2024.json';
const GOTLAND = 'plans/gotland-policy-2015.json';

/** A generated plan of many activities, to show that large tables stay usable. Illustrative: not from any document. */
function illustrativePlan(n: number) {
  const actors = ['KS', 'AMN', 'OMN', 'SCN', 'KTN'].map((id) => ({
    id,
    abbreviation: id,
    name: `Nämnd ${id} (illustrativ)`,
  }));
  return {
    id: 'illustrativ-stor-plan',
    kind: 'action-plan',
    illustrative: true,
    title: `Illustrativ plan med ${n} påhittade åtgärder`,
    organisation: { name: 'Illustrativ kommun', type: 'municipality' },
    actors,
    goals: [1, 2, 3, 4, 5].map((g) => ({ id: `g${g}`, title: `Område ${g} (illustrativt)` })),
    activities: Array.from({ length: n }, (_, i) => ({
      id: `a${i + 1}`,
      goal: `g${(i % 5) + 1}`,
      title: `Illustrativ åtgärd ${i + 1}`,
      lead: [actors[i % 5]!.id],
      involved: i % 7 === 0 ? 'all' : [actors[(i + 1) % 5]!.id],
      schedule: i % 3 === 0 ? 'Pågår' : `${2018 + (i % 4)} - 2021`,
    })),
  };
}

const meta: Meta = {
  title: 'Elements/asf-activity-table',
  component: 'asf-activity-table',
  tags: ['autodocs'],
  args: {
    src: UPPSALA,
    caption: '',
    'sort-by': '',
    'sort-direction': 'ascending',
    'filter-actor': '',
    'filter-goal': '',
    query: '',
    'no-descriptions': false,
  },
  argTypes: {
    src: { control: 'select', options: [UPPSALA, BOLLNAS, GOTLAND] },
    'sort-by': { control: 'select', options: ['', 'title', 'goal', 'lead', 'involved', 'schedule'] },
    'sort-direction': { control: 'inline-radio', options: ['ascending', 'descending'] },
    'filter-actor': { control: 'select', options: ['', 'KS', 'AMN', 'OMN', 'SCN', 'KTN', 'kommunala-forvaltningar'] },
    'filter-goal': { control: 'select', options: ['', 'omrade-1', 'omrade-2', 'omrade-3', 'omrade-4', 'omrade-5'] },
  },
  render: (args) =>
    html`<asf-activity-table
      src=${args.src}
      caption=${args.caption}
      sort-by=${args['sort-by']}
      sort-direction=${args['sort-direction']}
      filter-actor=${args['filter-actor']}
      filter-goal=${args['filter-goal']}
      query=${args.query}
      ?no-descriptions=${args['no-descriptions']}
    ></asf-activity-table>`,
};
export default meta;
type Story = StoryObj;

/** Uppsala kommun, Handlingsplan för sociala företag 2018–2020: all 18 åtgärder with the printed tidplan ("Pågå" as printed). */
export const Playground: Story = {};

/** Filtered to Område 5 (6 of 18), a search that finds nothing, loading a file that does not exist, and no plan at all. */
export const States: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Område 5, sorterat på tidplan</h2>
      <asf-activity-table src=${UPPSALA} filter-goal="omrade-5" sort-by="schedule"></asf-activity-table>
    </section>
    <section>
      <h2>Sökning utan träff</h2>
      <asf-activity-table src=${UPPSALA} query="bostadsförsörjning"></asf-activity-table>
    </section>
    <section>
      <h2>Filen finns inte</h2>
      <asf-activity-table src="plans/finns-inte.json"></asf-activity-table>
    </section>
    <section>
      <h2>Ingen plan angiven</h2>
      <asf-activity-table></asf-activity-table>
    </section>
  </div>`,
};

/**
 * Bollnäs (no tidplan, full names instead of codes), Region Gotland's policy, a narrow column
 * where rows become cards, and English.
 */
export const Variants: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Bollnäs kommun 2019–2024: ingen tidplan, inga förkortningar</h2>
      <asf-activity-table src=${BOLLNAS}></asf-activity-table>
    </section>
    <section>
      <h2>Region Gotland, policy 2015</h2>
      <asf-activity-table src=${GOTLAND} no-descriptions></asf-activity-table>
    </section>
    <section style="max-inline-size: 22rem">
      <h2>Smal spalt: rader blir kort</h2>
      <asf-activity-table src=${UPPSALA} filter-actor="SCN"></asf-activity-table>
    </section>
    <section lang="en">
      <h2>In English (lang="en"): the plan's Swedish titles, codes and schedules carry lang="sv"</h2>
      <asf-activity-table src=${UPPSALA} filter-goal="omrade-4"></asf-activity-table>
    </section>
  </div>`,
};

/**
 * A generated plan of 2 000 made-up activities (illustrative): the first rows show at once, the
 * rest follow frame by frame, and search, filters and sorting stay quick. The accessibility
 * addon is off for this story only: axe needs many seconds for 2 000 rows, and the same markup
 * is checked in the other stories and in the tests. Not on the docs page (`!autodocs`): inline
 * there, 2 000 rows made the page some 150 000 px tall; open it from the sidebar.
 */
export const LargePlan: Story = {
  name: 'Large plan (illustrative)',
  tags: ['!autodocs'],
  parameters: { a11y: { disable: true } },
  render: () => html`<asf-activity-table .plan=${illustrativePlan(2000)}></asf-activity-table>`,
};

/** The table reads the --asf-* tokens; --asf-activity-table-* knobs set the header and the cards. */
export const Theming: Story = {
  render: () => html`<div
    style="--asf-font-family: Georgia, serif; --asf-color-primary: #6a1b9a; --asf-color-text: #231b29; --asf-color-text-muted: #4f4257; --asf-color-surface: #fdfbff; --asf-color-surface-muted: #efe6f5; --asf-color-border: #a995b8; --asf-color-focus: #ff9100; --asf-radius: 14px; --asf-radius-small: 8px; --asf-activity-table-header-background: #e4d4f0; --asf-activity-table-card-gap: 1.25rem"
  >
    <asf-activity-table src=${UPPSALA} caption="Åtgärder för sociala företag i Uppsala 2018–2020"></asf-activity-table>
  </div>`,
};

/**
 * A real table with a caption; sort buttons in the column headers (Enter or Space) with
 * aria-sort on the header; labelled filters in a search landmark named after the table
 * ("Filtrera åtgärder: <caption>"), so two tables on a page have two distinct landmarks; the
 * number of rows shown is announced politely; codes such as "KS" are read as
 * "Kommunstyrelsen" and listed under the table; empty cells are a dash to see and a word to
 * hear. Plan text in another language than the page carries its own lang (WCAG 3.1.2), which
 * also picks the hyphenation rules. Columns are as wide as their longest word, so no word
 * breaks in the middle. Printed, it is a plain table without filters or sort buttons, whose
 * header repeats on every page; forced colours keep a border on the sort buttons.
 */
export const Accessibility: Story = {
  render: () => html`<main>
    <h1 style="font-size:1.5rem">Handlingsplaner för sociala företag</h1>
    <h2 style="font-size:1.25rem">Uppsala kommun 2018–2020</h2>
    <asf-activity-table src=${UPPSALA} sort-by="lead"></asf-activity-table>
    <h2 style="font-size:1.25rem">Bollnäs kommun 2019–2024</h2>
    <asf-activity-table src=${BOLLNAS}></asf-activity-table>
  </main>`,
};

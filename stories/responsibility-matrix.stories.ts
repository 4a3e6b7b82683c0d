import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@asf-kit/elements/responsibility-matrix/asf-responsibility-matrix.js';

/** The example plans, served to Storybook from examples/plans. */
const UPPSALA = 'plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = 'plans/bollnas-handlingsplan-2019-2024.json';
const GOTLAND = 'plans/gotland-policy-2015.json';

const meta: Meta = {
  title: 'Elements/asf-responsibility-matrix',
  component: 'asf-responsibility-matrix',
  tags: ['autodocs'],
  args: { src: UPPSALA, caption: '', 'all-actors': false },
  argTypes: { src: { control: 'select', options: [UPPSALA, BOLLNAS, GOTLAND] } },
  render: (args) =>
    html`<asf-responsibility-matrix src=${args.src} caption=${args.caption} ?all-actors=${args['all-actors']}></asf-responsibility-matrix>`,
};
export default meta;
type Story = StoryObj;

/** Uppsala 2018–2020: KS leads 12 åtgärder and is involved in 4; "Samtliga" in 1.3 is expanded to the table's actors. */
export const Playground: Story = {};

/** Loading a file that does not exist, and no plan at all. */
export const States: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Filen finns inte</h2>
      <asf-responsibility-matrix src="plans/finns-inte.json"></asf-responsibility-matrix>
    </section>
    <section>
      <h2>Ingen plan angiven</h2>
      <asf-responsibility-matrix></asf-responsibility-matrix>
    </section>
  </div>`,
};

/**
 * Every actor of the plan (all-actors), Bollnäs and Gotland with full names, a column too
 * narrow for every actor (the table scrolls sideways and says so), a narrow column (one card per
 * activity), and English (Swedish plan text is marked lang="sv").
 */
export const Variants: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Alla aktörer i planen (all-actors)</h2>
      <asf-responsibility-matrix src=${UPPSALA} all-actors></asf-responsibility-matrix>
    </section>
    <section>
      <h2>Bollnäs kommun 2019–2024</h2>
      <asf-responsibility-matrix src=${BOLLNAS}></asf-responsibility-matrix>
    </section>
    <section>
      <h2>Region Gotland, policy 2015</h2>
      <asf-responsibility-matrix src=${GOTLAND}></asf-responsibility-matrix>
    </section>
    <section style="max-inline-size: 44rem">
      <h2>Spalt på 44rem: fler kolumner än som får plats</h2>
      <p>En skugga vid kanten och en text ovanför tabellen visar att det finns fler kolumner; tabellen rullar i sidled.</p>
      <asf-responsibility-matrix src=${UPPSALA} all-actors style="--asf-responsibility-matrix-max-height: 30rem; --asf-responsibility-matrix-activity-width: 12rem"></asf-responsibility-matrix>
    </section>
    <section style="max-inline-size: 20rem">
      <h2>Smal spalt (under 40rem): ett kort per åtgärd</h2>
      <asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>
    </section>
    <section lang="en">
      <h2>In English (lang="en")</h2>
      <asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>
    </section>
  </div>`,
};

/** The matrix reads the --asf-* tokens; --asf-responsibility-matrix-* knobs set the marks and the size. */
export const Theming: Story = {
  render: () => html`<div
    style="--asf-font-family: 'Trebuchet MS', sans-serif; --asf-color-primary: #00695c; --asf-color-text: #102a27; --asf-color-text-muted: #37524e; --asf-color-surface: #f7fbfa; --asf-color-surface-muted: #dcefeb; --asf-color-border: #7fa8a1; --asf-color-focus: #ff9100; --asf-radius: 14px; --asf-responsibility-matrix-lead-color: #b71c1c; --asf-responsibility-matrix-involved-color: #00695c; --asf-responsibility-matrix-max-height: 30rem"
  >
    <asf-responsibility-matrix src=${UPPSALA} caption="Vem gör vad i Uppsalas handlingsplan?"></asf-responsibility-matrix>
  </div>`,
};

/**
 * A table with row and column headers; each mark is a shape (● ○ –) and words for screen
 * readers ("Huvudansvarig", "Berörd", "Ej berörd"), never colour alone; the scroll region is
 * focusable with Tab, named by the caption, scrolls with the arrow keys and is described by the
 * hint "Fler kolumner åt höger" while columns are hidden; the workload is a footer row. Below
 * 40rem (a phone, or a page zoomed to 200–400 %) each activity is a card that says the roles in
 * words, and the page never scrolls sideways (WCAG 1.4.10). Plan text in another language than
 * the page carries its own lang (WCAG 3.1.2). In print nothing is sticky and the whole table
 * fits the page.
 */
export const Accessibility: Story = {
  render: () => html`<main>
    <h1 style="font-size:1.5rem">Ansvarsfördelning</h1>
    <asf-responsibility-matrix src=${UPPSALA}></asf-responsibility-matrix>
  </main>`,
};

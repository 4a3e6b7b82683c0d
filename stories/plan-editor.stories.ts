import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@asf-kit/elements/plan-editor/asf-plan-editor.js';

/** The seed plans, served to Storybook from examples/plans. */
const GAVLEBORG = 'plans/gavleborg-arsredovisning-2018.json';
const UPPSALA = 'plans/uppsala-handlingsplan-2018-2020.json';
const BOLLNAS = 'plans/bollnas-handlingsplan-2019-2024.json';
const VASTRA_GOTALAND = 'plans/vastra-gotaland-asf-2017-2018.json';

const meta: Meta = {
  title: 'Elements/asf-plan-editor',
  component: 'asf-plan-editor',
  tags: ['autodocs'],
  args: { src: GAVLEBORG, 'as-of': '2018-12-31', 'storage-key': 'storybook' },
  argTypes: { src: { control: 'select', options: [GAVLEBORG, UPPSALA, BOLLNAS] } },
  render: (args) =>
    html`<asf-plan-editor
      src=${args.src}
      as-of=${args['as-of']}
      storage-key=${args['storage-key']}
    ></asf-plan-editor>`,
};
export default meta;
type Story = StoryObj;

/** Samordningsförbund Gävleborg's follow-up 2018, opened for editing; the preview shows it at 2018-12-31. */
export const Playground: Story = {};

/** An empty plan (every required field says what it needs), and a plan with problems at their fields. */
export const States: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Ny tom plan</h2>
      <asf-plan-editor storage-key="storybook-empty" no-autosave heading-level="3"></asf-plan-editor>
    </section>
    <section>
      <h2>En plan med problem</h2>
      <asf-plan-editor
        storage-key="storybook-problems"
        no-autosave
        heading-level="3"
        .plan=${{
          id: 'exempel',
          kind: 'action-plan',
          title: 'Plan med problem (illustrativ)',
          organisation: { name: '', type: 'municipality' },
          actors: [{ id: 'KS', name: 'Kommunstyrelsen' }],
          activities: [{ id: '1', title: 'En åtgärd', lead: ['OKÄND'], involved: [], schedule: 'När budget finns' }],
        }}
      ></asf-plan-editor>
    </section>
  </div>`,
};

/**
 * Uppsala's handlingsplan (target-group priorities and support needs), Bollnäs' plan in English
 * (definitions), and Västra Götaland's plan (responsibility, targets per area).
 */
export const Variants: Story = {
  render: () => html`<div style="display:grid;gap:3rem">
    <section>
      <h2>Uppsala kommun 2018–2020</h2>
      <asf-plan-editor src=${UPPSALA} storage-key="storybook-uppsala" no-autosave heading-level="3"></asf-plan-editor>
    </section>
    <section lang="en">
      <h2>Bollnäs, in English</h2>
      <asf-plan-editor src=${BOLLNAS} storage-key="storybook-bollnas" no-autosave heading-level="3"></asf-plan-editor>
    </section>
    <section>
      <h2>Västra Götalandsregionen 2017–2018</h2>
      <asf-plan-editor
        src=${VASTRA_GOTALAND}
        storage-key="storybook-vastra-gotaland"
        no-autosave
        heading-level="3"
      ></asf-plan-editor>
    </section>
  </div>`,
};

/** The editor's tokens overridden on an ancestor. */
export const Theming: Story = {
  render: () => html`<div
    style="--asf-color-focus:#6b2c91;--asf-color-border:#6b2c91;--asf-plan-editor-gap:2rem;--asf-radius-small:0"
  >
    <asf-plan-editor src=${GAVLEBORG} storage-key="storybook-theme" no-autosave></asf-plan-editor>
  </div>`,
};

/**
 * Everything by keyboard: each list has Lägg till, Flytta upp, Flytta ned and Ta bort buttons;
 * focus goes to the new item's first field, or the next item after a removal; a live region
 * says what happened; Ctrl+Z and Ctrl+Shift+Z undo and redo.
 */
export const Accessibility: Story = {
  render: () => html`<asf-plan-editor src=${UPPSALA} storage-key="storybook-a11y" no-autosave></asf-plan-editor>`,
};

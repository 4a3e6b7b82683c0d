import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@asf-kit/elements/progress/asf-progress.js';

const meta: Meta = {
  title: 'Elements/asf-progress',
  component: 'asf-progress',
  tags: ['autodocs'],
  args: { label: 'Antal aktivt verksamma ASF i länet', value: 28, target: 30, unit: 'aktiva ASF', approximate: false },
  render: (args) =>
    html`<asf-progress label=${args.label} value=${args.value} target=${args.target} unit=${args.unit} ?approximate=${args.approximate}></asf-progress>`,
};
export default meta;
type Story = StoryObj;

/** Gävleborg 2018: 28 active ASF against the målbild 30. */
export const Playground: Story = {};

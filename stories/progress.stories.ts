import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dateArg } from './args.js';
import '@asf-kit/elements/progress/asf-progress.js';

/** Samordningsförbund Gävleborg, Årsredovisning ASF 2018, served to Storybook from examples/plans. */
const GAVLEBORG = 'plans/gavleborg-arsredovisning-2018.json';
const BOLLNAS = 'plans/bollnas-handlingsplan-2019-2024.json';

const stack = (content: unknown) => html`<div style="display:grid;gap:2rem;max-inline-size:40rem">${content}</div>`;
const section = (heading: string, content: unknown) =>
  html`<section><h2 style="margin:0 0 .5rem;font-size:1.125rem">${heading}</h2>${content}</section>`;

const meta: Meta = {
  title: 'Elements/asf-progress',
  component: 'asf-progress',
  tags: ['autodocs'],
  args: {
    label: 'Antal aktivt verksamma ASF i länet',
    value: 28,
    target: 30,
    baseline: 25,
    unit: 'aktiva ASF',
    approximate: false,
    direction: 'increase',
    variant: 'bar',
    'as-of': '2018-12-31',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['bar', 'ring'] },
    direction: { control: 'inline-radio', options: ['increase', 'decrease'] },
  },
  render: (args) =>
    html`<asf-progress
      label=${args.label}
      value=${ifDefined(args.value)}
      target=${ifDefined(args.target)}
      baseline=${ifDefined(args.baseline)}
      unit=${args.unit}
      direction=${args.direction}
      variant=${args.variant}
      as-of=${ifDefined(dateArg(args['as-of']))}
      ?approximate=${args.approximate}
    ></asf-progress>`,
};
export default meta;
type Story = StoryObj;

/**
 * Gävleborg 2018: 25 active ASF on 2018-01-01, målbild 30, resultat 28. Progress is 60 % of the
 * planned increase, attainment 93 % of the target level: the gauge shows both and names them.
 */
export const Playground: Story = {};

/** Every status, from the example plans' figures, plus the loading and error states of a plan source. */
export const States: Story = {
  render: () =>
    stack(html`
      ${section(
        'Uppnått – anställda i ASF (Gävleborg 2018)',
        html`<asf-progress src=${GAVLEBORG} indicator="anstallda" as-of="2018-12-31"></asf-progress>`,
      )}
      ${section(
        'Ej uppnått – aktiva ASF (Gävleborg 2018)',
        html`<asf-progress src=${GAVLEBORG} indicator="aktiva-asf" as-of="2018-12-31"></asf-progress>`,
      )}
      ${section(
        'Ungefärligt utfall – "ca 75" politiker (Gävleborg 2018)',
        html`<asf-progress src=${GAVLEBORG} indicator="politiker-information" as-of="2018-12-31"></asf-progress>`,
      )}
      ${section(
        'Delmål ja/nej – länsövergripande råd (Gävleborg 2018)',
        html`<asf-progress src=${GAVLEBORG} indicator="rad-akademi" as-of="2018-12-31"></asf-progress>`,
      )}
      ${section(
        'Kan inte bedömas – redovisas utan målbild (Gävleborg 2018)',
        html`<asf-progress src=${GAVLEBORG} indicator="utbildningar" as-of="2018-12-31"></asf-progress>`,
      )}
      ${section(
        'Kan inte bedömas – förändringsmål utan utgångsvärde (Bollnäs 2019–2024)',
        html`<asf-progress src=${BOLLNAS} indicator="livskraftiga-asf" as-of="2024-12-31"></asf-progress>`,
      )}
      ${section(
        'I fas – illustrativa siffror, halvvägs genom året',
        html`<asf-progress
          label="Aktiva ASF (illustrativt exempel)"
          value="28"
          target="30"
          baseline="25"
          baseline-date="2018-01-01"
          target-date="2018-12-31"
          as-of="2018-07-02"
        ></asf-progress>`,
      )}
      ${section(
        'Efter plan – illustrativa siffror, halvvägs genom året',
        html`<asf-progress
          label="Aktiva ASF (illustrativt exempel)"
          value="26"
          target="30"
          baseline="25"
          baseline-date="2018-01-01"
          target-date="2018-12-31"
          as-of="2018-07-02"
        ></asf-progress>`,
      )}
      ${section('Laddar och fel – planfilen finns inte', html`<asf-progress src="plans/finns-inte.json" indicator="aktiva-asf"></asf-progress>`)}
      ${section('Fel – okänd indikator', html`<asf-progress src=${GAVLEBORG} indicator="aktiva"></asf-progress>`)}
    `),
};

/** Bar and ring, less-is-better, and the options that hide the label or the status. */
export const Variants: Story = {
  render: () =>
    stack(html`
      ${section(
        'Stapel (standard) och ring – deltagare i ASF (Gävleborg 2018)',
        html`<div style="display:flex;gap:2rem;flex-wrap:wrap;align-items:start">
          <asf-progress style="flex:1 1 16rem" src=${GAVLEBORG} indicator="deltagare" as-of="2018-12-31"></asf-progress>
          <asf-progress variant="ring" src=${GAVLEBORG} indicator="deltagare" as-of="2018-12-31"></asf-progress>
          <asf-progress variant="ring" src=${GAVLEBORG} indicator="aktiva-asf" as-of="2018-12-31"></asf-progress>
        </div>`,
      )}
      ${section(
        'Mindre är bättre – illustrativa siffror: skalan går från det största värdet, så fyllningen når målmarkeringen först när målet är nått',
        html`<div style="display:grid;gap:1rem">
          <asf-progress
            label="Personer i långvarigt försörjningsstöd (illustrativt exempel, ej uppnått)"
            direction="decrease"
            value="120"
            target="100"
            baseline="150"
            unit="personer"
          ></asf-progress>
          <asf-progress
            label="Personer i långvarigt försörjningsstöd (illustrativt exempel, uppnått)"
            direction="decrease"
            value="90"
            target="100"
            baseline="150"
            unit="personer"
          ></asf-progress>
          <div style="display:flex;gap:2rem;flex-wrap:wrap">
            <asf-progress variant="ring" label="Ej uppnått (illustrativt)" direction="decrease" value="120" target="100" baseline="150"></asf-progress>
            <asf-progress variant="ring" label="Uppnått (illustrativt)" direction="decrease" value="90" target="100" baseline="150"></asf-progress>
          </div>
        </div>`,
      )}
      ${section(
        'Utan synlig etikett och status (no-label, no-status) – namnet finns kvar för skärmläsare',
        html`<asf-progress no-label no-status src=${GAVLEBORG} indicator="medarbetare-information" as-of="2018-12-31"></asf-progress>`,
      )}
    `),
};

/** Everything visual reads the --asf-* tokens; --asf-progress-* knobs fine-tune the gauge. */
export const Theming: Story = {
  render: () =>
    stack(html`
      <div
        style="--asf-font-family: Georgia, serif; --asf-color-primary: #6a1b9a; --asf-color-text: #221133; --asf-color-text-muted: #4a3b5c; --asf-color-surface-muted: #efe6f5; --asf-color-success: #1b5e20; --asf-color-danger: #8e0000; --asf-radius: 2px"
      >
        ${section('Eget tema via --asf-*', html`<asf-progress src=${GAVLEBORG} indicator="aktiva-asf" as-of="2018-12-31"></asf-progress>`)}
      </div>
      <div
        style="--asf-progress-height: 1.5rem; --asf-progress-indicator-color: #00695c; --asf-progress-marker-color: #bf360c; --asf-progress-ring-size: 10rem; --asf-progress-ring-width: 14"
      >
        ${section(
          'Elementets egna rattar --asf-progress-*',
          html`<div style="display:flex;gap:2rem;flex-wrap:wrap;align-items:start">
            <asf-progress style="flex:1 1 16rem" src=${GAVLEBORG} indicator="anstallda" as-of="2018-12-31"></asf-progress>
            <asf-progress variant="ring" src=${GAVLEBORG} indicator="anstallda" as-of="2018-12-31"></asf-progress>
          </div>`,
        )}
      </div>
      <div style="background:#111;color:#f5f5f5;padding:1rem;--asf-color-text:#f5f5f5;--asf-color-text-muted:#cfcfcf;--asf-color-surface-muted:#3a3a3a;--asf-color-primary:#8ab4f8;--asf-color-danger:#ff8a80;--asf-color-success:#81c995">
        ${section('Mörk bakgrund', html`<asf-progress src=${GAVLEBORG} indicator="aktiva-asf" as-of="2018-12-31"></asf-progress>`)}
      </div>
    `),
};

/**
 * The gauge is a meter named by its label and speaking its figures in words (aria-valuetext);
 * status is an icon and words; a heading on the page can name it (aria-labelledby); in English
 * inside lang="en", where Swedish plan text keeps lang="sv". The empty track has an edge of 3:1.
 * Switch the toolbar language, or emulate forced colours in the browser.
 */
export const Accessibility: Story = {
  render: () =>
    stack(html`
      <section>
        <h2 id="rubrik-deltagare" style="margin:0 0 .5rem;font-size:1.125rem">Deltagare i åtgärd i verksamma ASF</h2>
        <asf-progress aria-labelledby="rubrik-deltagare" no-label src=${GAVLEBORG} indicator="deltagare" as-of="2018-12-31"></asf-progress>
      </section>
      ${section(
        'Engelska (lang="en")',
        html`<div lang="en"><asf-progress src=${GAVLEBORG} indicator="aktiva-asf" as-of="2018-12-31"></asf-progress></div>`,
      )}
      ${section(
        'Svensk plantext på en engelsk sida: målets text får lang="sv"',
        html`<div lang="en"><asf-progress src=${GAVLEBORG} indicator="rad-akademi" as-of="2018-12-31"></asf-progress></div>`,
      )}
      ${section(
        'Ungefärligt och "kan inte bedömas" sägs i ord',
        html`<div style="display:grid;gap:1rem">
          <asf-progress src=${GAVLEBORG} indicator="politiker-information" as-of="2018-12-31"></asf-progress>
          <asf-progress src=${GAVLEBORG} indicator="jamstalldhet" as-of="2018-12-31"></asf-progress>
        </div>`,
      )}
    `),
};

import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from './style-props.js';

describe('styleProps', () => {
  it('sets, updates and removes CSS properties through the CSSOM', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (props: Record<string, string | undefined>) => html`<span ${styleProps(props)}></span>`;
    render(view({ 'inline-size': '60%', '--_columns': '1fr 2fr' }), host);
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('inline-size')).to.equal('60%');
    expect(span.style.getPropertyValue('--_columns')).to.equal('1fr 2fr');
    render(view({ 'inline-size': '75%', '--_columns': undefined }), host);
    expect(span.style.getPropertyValue('inline-size')).to.equal('75%');
    expect(span.style.getPropertyValue('--_columns')).to.equal('');
  });

  it('refuses to be bound to an attribute (a programmer error)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${styleProps({})}></span>`, host)).to.throw(/must be bound to an element/);
  });
});

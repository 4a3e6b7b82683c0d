// The floor of the page-weight comparison (bench/README.md, issue 17): what any gauge built as
// <asf-progress> is built — lit-html, the gauge's own base class (LiteElement) and Lit's `css`
// tag for a constructed stylesheet — with the least a gauge can show: a label and a bar from two
// attributes, as a meter. No status, no words in two languages, no evaluation, no input checks,
// no lazy parts. Never shipped; built by bench/lib/build.mjs with the gauge's CDN config, so that
// the bytes <asf-progress> adds above it can be read off side by side with the anchors.
import { html } from 'lit/html.js';
import { css } from '@lit/reactive-element/css-tag.js';
import { LiteElement, property } from '../../packages/elements/src/shared/lite-element.js';

const number = { fromAttribute: (v: string | null) => (v === null || v.trim() === '' ? undefined : Number(v)) };

class FloorGauge extends LiteElement {
  static override styles = css`
    :host {
      display: block;
    }
    [part='track'] {
      block-size: 0.75rem;
      background: #e6e6e6;
      border-radius: 999px;
      overflow: hidden;
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    [part='indicator'] {
      fill: #005a9c;
    }
  `;

  @property() label = '';
  @property({ converter: number }) value: number | undefined;
  @property({ converter: number }) target: number | undefined;

  override render(): unknown {
    const value = Number.isFinite(this.value) ? this.value! : 0;
    const max = Math.max(value, Number.isFinite(this.target) ? this.target! : 0, 1);
    return html`<span part="label">${this.label}</span>
      <div part="meter" role="meter" aria-label=${this.label} aria-valuemin="0" aria-valuemax=${max} aria-valuenow=${value}>
        <div part="track">
          <svg aria-hidden="true"><rect part="indicator" width=${`${(value / max) * 100}%`} height="100%" /></svg>
        </div>
      </div>`;
  }
}

customElements.define('asf-floor-gauge', FloorGauge);

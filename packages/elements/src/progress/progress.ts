import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Language } from '@asf-kit/core';
import { languageOf } from '../shared/lang.js';
import { styles } from './progress.styles.js';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * One indicator as a gauge: the outcome against the target, with meter semantics.
 *
 * @summary Shows how far an indicator has come towards its target.
 * @tagname asf-progress
 * @csspart base - The meter.
 * @csspart label - The label.
 * @csspart track - The track of the gauge.
 * @csspart indicator - The filled part of the track.
 * @csspart value - The figures in words.
 * @cssprop --asf-progress-track-color - Colour of the track.
 * @cssprop --asf-progress-indicator-color - Colour of the filled part.
 * @cssprop --asf-progress-height - Height of the track.
 */
export class AsfProgress extends LitElement {
  static override styles = styles;

  /** The accessible name and visible label of the gauge. Required. */
  @property() label = '';

  /** The outcome (utfall). */
  @property({ type: Number }) value: number | undefined;

  /** The target level (målbild). */
  @property({ type: Number }) target: number | undefined;

  /** What is counted, e.g. "aktiva ASF". */
  @property() unit = '';

  /** Marks the value as approximate ("ca"). */
  @property({ type: Boolean }) approximate = false;

  @state() private lang_: Language = 'sv';

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang_ = languageOf(this);
  }

  private format(n: number, style: 'decimal' | 'percent' = 'decimal'): string {
    return new Intl.NumberFormat(LOCALES[this.lang_], { style, maximumFractionDigits: style === 'percent' ? 0 : 1 }).format(n);
  }

  override render() {
    const sv = this.lang_ === 'sv';
    const value = typeof this.value === 'number' && Number.isFinite(this.value) ? this.value : undefined;
    const target = typeof this.target === 'number' && Number.isFinite(this.target) && this.target > 0 ? this.target : undefined;
    const ca = this.approximate ? (sv ? 'ca ' : 'about ') : '';
    const unit = this.unit ? ` ${this.unit}` : '';
    let text: string;
    let share: number | undefined;
    if (value === undefined || target === undefined) {
      text = sv ? 'Kan inte bedömas: utfall eller mål saknas' : 'Not assessable: outcome or target missing';
    } else {
      share = value / target;
      text = sv
        ? `${ca}${this.format(value)} av ${this.format(target)}${unit} (${this.format(share, 'percent')} av målet)`
        : `${ca}${this.format(value)} of ${this.format(target)}${unit} (${this.format(share, 'percent')} of the target)`;
    }
    const width = share === undefined ? 0 : Math.min(1, Math.max(0, share)) * 100;
    if (share === undefined) {
      return html`<div part="base" role="group" aria-label=${this.label || nothing}>
        <span part="label" aria-hidden="true">${this.label}</span>
        <div part="track"></div>
        <span part="value">${text}</span>
      </div>`;
    }
    return html`<div
      part="base"
      role="meter"
      aria-label=${this.label || nothing}
      aria-valuemin="0"
      aria-valuemax=${target ?? nothing}
      aria-valuenow=${value ?? nothing}
      aria-valuetext=${text}
    >
      <span part="label" aria-hidden="true">${this.label}</span>
      <div part="track"><div part="indicator" style=${styleMap({ inlineSize: `${width}%` })}></div></div>
      <span part="value" aria-hidden="true">${text}</span>
    </div>`;
  }
}

import { AsfProgress } from './progress.js';

export { AsfProgress };

if (!customElements.get('asf-progress')) customElements.define('asf-progress', AsfProgress);

declare global {
  interface HTMLElementTagNameMap {
    'asf-progress': AsfProgress;
  }
}

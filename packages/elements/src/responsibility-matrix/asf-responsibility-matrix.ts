import { AsfResponsibilityMatrix } from './responsibility-matrix.js';

export { AsfResponsibilityMatrix };

if (!customElements.get('asf-responsibility-matrix'))
  customElements.define('asf-responsibility-matrix', AsfResponsibilityMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'asf-responsibility-matrix': AsfResponsibilityMatrix;
  }
}

import { AsfScorecard } from './scorecard.js';
// The scorecard shows each indicator with an <asf-progress> gauge.
import '../progress/asf-progress.js';

export { AsfScorecard };

if (!customElements.get('asf-scorecard')) customElements.define('asf-scorecard', AsfScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'asf-scorecard': AsfScorecard;
  }
}

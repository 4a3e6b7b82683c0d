// Every element: importing it defines all asf-* tags. Published as `@asf-kit/elements/all.js`
// and, bundled with Lit, as the CDN file `cdn/asf-kit.js`.
import './progress/asf-progress.js';
import './scorecard/asf-scorecard.js';
import './eligibility-check/asf-eligibility-check.js';
import './activity-table/asf-activity-table.js';
import './responsibility-matrix/asf-responsibility-matrix.js';
export * from './index.js';

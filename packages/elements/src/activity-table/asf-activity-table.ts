import { AsfActivityTable } from './activity-table.js';

export { AsfActivityTable };

if (!customElements.get('asf-activity-table')) customElements.define('asf-activity-table', AsfActivityTable);

declare global {
  interface HTMLElementTagNameMap {
    'asf-activity-table': AsfActivityTable;
  }
}

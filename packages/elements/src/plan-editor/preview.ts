// Loaded on demand by <asf-plan-editor> when the user opens the preview: the three elements
// that show the plan being edited.
import '../scorecard/asf-scorecard.js';
import '../activity-table/asf-activity-table.js';
import '../responsibility-matrix/asf-responsibility-matrix.js';

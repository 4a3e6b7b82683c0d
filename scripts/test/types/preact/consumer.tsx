// A Preact consumer of the generated JSX declarations (scripts/test/framework-types.test.mjs).
// Each `@ts-expect-error` line must stay an error.
import type {} from '@asf-kit/elements/frameworks/preact';
import type { StatusFilter } from '@asf-kit/elements';
import type { Plan } from '@asf-kit/core';

declare const plan: Plan;

export function Consumer({ onFilter }: { onFilter: (filter: StatusFilter) => void }) {
  return (
    <div>
      <asf-progress label="Aktiva ASF" value={28} target="30" baseline={25} direction="decrease" />
      {/* @ts-expect-error an object is not a number */}
      <asf-progress label="Aktiva ASF" value={{}} />
      <asf-scorecard plan={plan} onasf-status-filter-change={(event) => onFilter(event.statusFilter)} />
      {/* @ts-expect-error the event has no field "filter" */}
      <asf-scorecard plan={plan} onasf-status-filter-change={(event) => onFilter(event.filter)} />
      <asf-activity-table plan={plan} sort-by="goal" />
      <asf-responsibility-matrix src="/plan.json" />
      <asf-eligibility-check heading-level={3} />
    </div>
  );
}

// A Solid consumer of the generated declarations (scripts/test/framework-types.test.mjs): Solid
// sets properties with `prop:` and listens with `on:`. Each `@ts-expect-error` must stay an error.
import type {} from '@asf-kit/elements/frameworks/solid';
import type { StatusFilter } from '@asf-kit/elements';
import type { Plan } from '@asf-kit/core';

declare const plan: Plan;

export function Consumer(props: { onFilter: (filter: StatusFilter) => void }) {
  return (
    <div>
      <asf-progress label="Aktiva ASF" value={28} target="30" baseline={25} direction="decrease" />
      {/* @ts-expect-error an object is not a number */}
      <asf-progress label="Aktiva ASF" value={{}} />
      <asf-scorecard prop:plan={plan} on:asf-status-filter-change={(event) => props.onFilter(event.statusFilter)} />
      {/* @ts-expect-error the event has no field "filter" */}
      <asf-scorecard prop:plan={plan} on:asf-status-filter-change={(event) => props.onFilter(event.filter)} />
      <asf-activity-table prop:plan={plan} sort-by="goal" />
      <asf-responsibility-matrix src="/plan.json" />
      <asf-eligibility-check heading-level={3} />
    </div>
  );
}

// A React 19 consumer of the generated JSX declarations, type-checked by
// scripts/test/framework-types.test.mjs. Each `@ts-expect-error` line must stay an error: if the
// declarations stopped catching it, the check fails ("Unused '@ts-expect-error' directive").
import type {} from '@asf-kit/elements/frameworks/react';
import type { AsfStatusFilterChangeEvent, StatusFilter } from '@asf-kit/elements';
import type { Plan } from '@asf-kit/core';

declare const plan: Plan;

export function Consumer({ onFilter }: { onFilter: (filter: StatusFilter) => void }) {
  return (
    <>
      <asf-progress
        label="Aktiva ASF"
        value={28}
        target={30}
        baseline={25}
        unit="aktiva ASF"
        direction="increase"
        variant="ring"
      />
      <asf-progress label="Aktiva ASF" value="28" target="30" as-of="2018-12-31" />
      {/* @ts-expect-error an object is not a number */}
      <asf-progress label="Aktiva ASF" value={{}} />
      {/* @ts-expect-error direction is increase or decrease */}
      <asf-progress label="Aktiva ASF" value={1} direction="sideways" />
      <asf-scorecard
        plan={plan}
        as-of="2018-12-31"
        onasf-status-filter-change={(event: AsfStatusFilterChangeEvent) => onFilter(event.statusFilter)}
      />
      {/* @ts-expect-error the event has no field "filter" */}
      <asf-scorecard plan={plan} onasf-status-filter-change={(event) => onFilter(event.filter)} />
      <asf-activity-table
        plan={plan}
        sort-by="lead"
        onasf-sort-change={(event) => console.log(event.sortBy, event.sortDirection)}
      />
      <asf-responsibility-matrix src="/plan.json" all-actors />
      <asf-eligibility-check check="asf" onasf-eligibility-change={(event) => console.log(event.result)} />
      {/* @ts-expect-error not an element of the package */}
      <asf-gauge value={1} />
    </>
  );
}

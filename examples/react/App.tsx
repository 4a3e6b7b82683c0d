// asf-kit's five elements in a React 19 app. React 19 passes a value to a custom element as a
// property when the element has one (`plan={plan}` sets `el.plan`, `value="28"` sets
// `el.value = '28'`, which the elements read like the attribute), and listens to its events with
// `on<event-name>` (`onasf-status-filter-change`). The elements are registered first, by
// importing their asf-*.js modules, so that React finds their properties.
import { useEffect, useState } from 'react';
import '@asf-kit/elements/progress/asf-progress.js';
import '@asf-kit/elements/scorecard/asf-scorecard.js';
import '@asf-kit/elements/activity-table/asf-activity-table.js';
import '@asf-kit/elements/responsibility-matrix/asf-responsibility-matrix.js';
import '@asf-kit/elements/eligibility-check/asf-eligibility-check.js';
import type {} from '@asf-kit/elements/frameworks/react';
import type {
  AsfEligibilityChangeEvent,
  AsfSortChangeEvent,
  AsfStatusFilterChangeEvent,
  StatusFilter,
} from '@asf-kit/elements';
import type { Plan } from '@asf-kit/core';

/** The example plans of the repository, next to this app's folder (examples/plans/). */
const planUrl = (file: string) => new URL(`../../plans/${file}`, document.baseURI).href;

function usePlan(file: string): Plan | undefined {
  const [plan, setPlan] = useState<Plan>();
  useEffect(() => {
    let current = true;
    void fetch(planUrl(file))
      .then((response) => response.json())
      .then((data: Plan) => current && setPlan(data));
    return () => {
      current = false;
    };
  }, [file]);
  return plan;
}

export function App() {
  const gavleborg = usePlan('gavleborg-arsredovisning-2018.json');
  const uppsala = usePlan('uppsala-handlingsplan-2018-2020.json');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('');
  const [sort, setSort] = useState('planens ordning');
  const [verdict, setVerdict] = useState('inget svar ännu');

  return (
    <>
      <header>
        <p className="kicker">asf-kit · React 19</p>
        <h1>asf-kit i en React-app</h1>
        <nav aria-label="Exempelsidor">
          <ul>
            <li>
              <a href="../../index.html">Alla exempel</a>
            </li>
            <li>
              <a href="../../vue/dist/index.html">Vue 3</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <section aria-labelledby="progress">
          <h2 id="progress">Mätare med attribut</h2>
          <p>Samordningsförbund Gävleborg 2018: utgångsvärde 25, målbild 30, resultat 28.</p>
          <asf-progress
            label="Aktiva ASF i länet"
            value="28"
            target="30"
            baseline="25"
            unit="aktiva ASF"
            target-date="2018-12-31"
            as-of="2018-12-31"
          />
          <asf-progress
            label="Aktiva ASF i länet (ring)"
            variant="ring"
            value={28}
            target={30}
            baseline={25}
            as-of="2018-12-31"
          />
        </section>

        <section aria-labelledby="scorecard">
          <h2 id="scorecard">Resultattavla med planen som egenskap</h2>
          <p id="chosen-status">Vald status: {statusFilter || 'alla'}</p>
          <asf-scorecard
            plan={gavleborg}
            as-of="2018-12-31"
            heading-level="3"
            status-filter={statusFilter}
            onasf-status-filter-change={(event: AsfStatusFilterChangeEvent) => setStatusFilter(event.statusFilter)}
          />
        </section>

        <section aria-labelledby="activities">
          <h2 id="activities">Åtgärder</h2>
          <p id="chosen-sort">Sortering: {sort}</p>
          <asf-activity-table
            plan={uppsala}
            onasf-sort-change={(event: AsfSortChangeEvent) =>
              setSort(event.sortBy ? `${event.sortBy} (${event.sortDirection})` : 'planens ordning')
            }
          />
        </section>

        <section aria-labelledby="matrix">
          <h2 id="matrix">Ansvarsfördelning</h2>
          <asf-responsibility-matrix plan={uppsala} />
        </section>

        <section aria-labelledby="check">
          <h2 id="check">Självtest</h2>
          <p id="verdict">Resultat: {verdict}</p>
          <asf-eligibility-check
            heading-level="3"
            onasf-eligibility-change={(event: AsfEligibilityChangeEvent) =>
              setVerdict(event.result.checks.map((c) => `${c.check}: ${c.verdict}`).join(', '))
            }
          />
        </section>
      </main>
    </>
  );
}

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  buildResponsibilityMatrix,
  formatNumber,
  localize,
  workloadByActor,
  type ActorWorkload,
  type Goal,
  type Language,
  type Plan,
  type ResponsibilityMatrix,
  type ResponsibilityRole,
  type ResponsibilityRow,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { PlanController } from '../shared/plan-controller.js';
import { renderError, renderLoading } from '../shared/status-view.js';
import { actorNameMap, namesOf, type ActorNames } from '../activity-table/actor-names.js';
import { styles } from './responsibility-matrix.styles.js';
import { baseStyles } from '../shared/base-styles.js';

const TEXT = {
  sv: {
    caption: (title: string) => `Ansvarsfördelning: ${title}`,
    activity: 'Åtgärd',
    lead: 'Huvudansvarig',
    involved: 'Berörd',
    notInvolved: 'Ej berörd',
    workload: 'Antal åtgärder',
    workloadText: (lead: string, involved: string) => [`leder ${lead},`, `berörd ${involved}`],
    all: 'Andra berörda: samtliga',
    allLegend: 'Samtliga: alla aktörer i tabellen utom den huvudansvariga',
    legend: 'Teckenförklaring',
    noActivities: 'Planen har inga åtgärder.',
    empty: 'Ingen plan att visa.',
    noGoal: 'Utan område',
  },
  en: {
    caption: (title: string) => `Responsibilities: ${title}`,
    activity: 'Activity',
    lead: 'Lead',
    involved: 'Involved',
    notInvolved: 'Not involved',
    workload: 'Number of activities',
    workloadText: (lead: string, involved: string) => [`leads ${lead},`, `involved in ${involved}`],
    all: 'Others involved: all',
    allLegend: 'All: every actor of the table except the lead',
    legend: 'Key',
    noActivities: 'The plan has no activities.',
    empty: 'No plan to show.',
    noGoal: 'No goal',
  },
} as const;

const MARKS: Record<ResponsibilityRole | 'none', string> = { lead: '●', involved: '○', none: '–' };

/** Consecutive rows of one goal. */
interface RowGroup {
  goal?: Goal;
  rows: ResponsibilityRow[];
}

let captionIds = 0;

/**
 * Who does what: a plan's activities as rows and its actors as columns, each cell a lead
 * mark (● Huvudansvarig), an involved mark (○ Berörd) or a dash (– Ej berörd), with the words
 * for screen readers and a legend. Rows are grouped by goal (område). The footer row counts
 * each actor's activities ("leder 12, berörd 4"), from core's `workloadByActor`.
 *
 * Columns are the actors that lead or take part in some activity, in plan order; with
 * `all-actors`, every actor of the plan. "Samtliga" is expanded as core's
 * `buildResponsibilityMatrix` does — every actor of the table except the row's lead — and the
 * row says so. Column headers show the printed code ("KS") and the full name.
 *
 * The table scrolls inside a keyboard-focusable region, with the header row and the activity
 * column sticky; its height is limited by `--asf-responsibility-matrix-max-height`.
 *
 * @summary Actors × activities: who leads, who is involved, and each actor's workload.
 * @tagname asf-responsibility-matrix
 * @csspart base - The wrapper of the scroll region and the legend.
 * @csspart scroller - The focusable scroll region around the table.
 * @csspart table - The table.
 * @csspart caption - The caption.
 * @csspart corner - The header of the activity column.
 * @csspart actor-header - A column header.
 * @csspart actor-code - The printed code in a column header ("KS").
 * @csspart actor-name - The full name in a column header.
 * @csspart group - The header row of a goal (område).
 * @csspart row - An activity's row.
 * @csspart activity - An activity's title (the row header).
 * @csspart all-note - The note "Andra berörda: samtliga" under a title.
 * @csspart cell - A cell, with `data-role` `lead`, `involved` or `none`.
 * @csspart mark - The mark in a cell (●, ○, –).
 * @csspart workload - The footer row.
 * @csspart workload-cell - An actor's workload.
 * @csspart legend - The key to the marks.
 * @csspart empty - The text shown when there is no plan or no activity.
 * @csspart loading - The loading message.
 * @csspart error - The error message, with the problems and their paths.
 * @csspart retry - The retry button of the error message.
 * @cssprop --asf-responsibility-matrix-max-height - Height of the scroll region (default 80vh; `none` for no limit).
 * @cssprop --asf-responsibility-matrix-activity-width - Width of the activity column (default 18rem).
 * @cssprop --asf-responsibility-matrix-lead-color - Colour of the lead mark.
 * @cssprop --asf-responsibility-matrix-involved-color - Colour of the involved mark.
 * @cssprop --asf-color-primary - Lead marks.
 * @cssprop --asf-color-text - Text and involved marks.
 * @cssprop --asf-color-text-muted - Dashes, names and notes.
 * @cssprop --asf-color-surface - Background, also of the sticky header and column.
 * @cssprop --asf-color-surface-muted - Header, group and footer backgrounds.
 * @cssprop --asf-color-border - Lines.
 * @cssprop --asf-color-focus - Focus ring of the scroll region.
 * @cssprop --asf-font-family - Font.
 * @cssprop --asf-radius - Corners of the scroll region.
 * @fires {AsfErrorEvent} asf-error - The plan could not be loaded or is not valid.
 */
export class AsfResponsibilityMatrix extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of a plan JSON document. */
  @property() src = '';

  /** A plan object; wins over `src`. Validated like a loaded document. */
  @property({ attribute: false }) plan?: Plan | unknown;

  /** The table's caption (and the scroll region's name); "Ansvarsfördelning: <plan title>" when empty. */
  @property() caption = '';

  /** Show every actor of the plan as a column, also those no activity names. */
  @property({ type: Boolean, attribute: 'all-actors' }) allActors = false;

  private readonly i18n = new LangController(this);
  private readonly data = new PlanController(this);
  private readonly captionId = `asf-responsibility-matrix-caption-${++captionIds}`;

  private matrix?: ResponsibilityMatrix;
  private groups: RowGroup[] = [];
  private workload = new Map<string, ActorWorkload>();
  private derivedOf?: { plan: Plan; allActors: boolean };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('plan')) this.data.set({ src: this.src, plan: this.plan });
    const s = this.data.state;
    if (s.status !== 'ready') {
      this.matrix = undefined;
      this.derivedOf = undefined;
      return;
    }
    if (this.derivedOf?.plan === s.plan && this.derivedOf.allActors === this.allActors) return;
    const columns = this.allActors ? 'all' : 'referenced';
    this.matrix = buildResponsibilityMatrix(s.plan, { columns });
    this.workload = new Map(workloadByActor(s.plan, { columns }).map((w) => [w.actor.id, w]));
    this.groups = [];
    for (const row of this.matrix.rows) {
      const last = this.groups[this.groups.length - 1];
      if (last && last.goal?.id === row.goal?.id) last.rows.push(row);
      else this.groups.push(row.goal ? { goal: row.goal, rows: [row] } : { rows: [row] });
    }
    this.derivedOf = { plan: s.plan, allActors: this.allActors };
  }

  override render() {
    const lang = this.i18n.lang;
    const s = this.data.state;
    if (s.status === 'loading') return renderLoading(lang);
    if (s.status === 'error') return renderError(s.error, lang, () => this.data.retry());
    if (s.status === 'empty' || !this.matrix) return html`<p part="empty">${TEXT[lang].empty}</p>`;
    if (this.matrix.rows.length === 0) return html`<p part="empty">${TEXT[lang].noActivities}</p>`;
    return this.renderMatrix(s.plan, this.matrix, lang);
  }

  private renderMatrix(plan: Plan, matrix: ResponsibilityMatrix, lang: Language): TemplateResult {
    const t = TEXT[lang];
    const names = actorNameMap(matrix.actors, lang);
    const actors = matrix.actors.map((a) => namesOf(names, a.id));
    const caption = this.caption.trim() || t.caption(localize(plan.title, lang));
    const grouped = this.groups.some((g) => g.goal);
    const hasAll = matrix.rows.some((r) => r.involvedAll);
    return html`<div part="base">
      <div part="scroller" role="region" aria-labelledby=${this.captionId} tabindex="0">
        <table part="table">
          <caption part="caption" id=${this.captionId}>${caption}</caption>
          <thead>
            <tr>
              <th part="corner" scope="col">${t.activity}</th>
              ${actors.map((a) => this.renderActorHeader(a))}
            </tr>
          </thead>
          ${this.groups.map(
            (g) => html`<tbody>
              ${grouped
                ? html`<tr part="group">
                    <th scope="rowgroup" colspan=${actors.length + 1}>
                      <span>${g.goal ? localize(g.goal.title, lang) : t.noGoal}</span>
                    </th>
                  </tr>`
                : nothing}
              ${g.rows.map((r) => this.renderRow(r, actors, lang))}
            </tbody>`,
          )}
          <tfoot>
            <tr part="workload">
              <th scope="row">${t.workload}</th>
              ${actors.map((a) => {
                const w = this.workload.get(a.id);
                const lead = formatNumber(w?.lead ?? 0, lang, { maximumFractionDigits: 0 });
                const involved = formatNumber(w?.involved ?? 0, lang, { maximumFractionDigits: 0 });
                const [leads, involvedIn] = t.workloadText(lead, involved);
                return html`<td part="workload-cell" data-actor=${a.id}><span>${leads}</span> <span>${involvedIn}</span></td>`;
              })}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul part="legend" aria-label=${t.legend}>
        <li><span class="mark" data-role="lead">${MARKS.lead}</span> ${t.lead}</li>
        <li><span class="mark" data-role="involved">${MARKS.involved}</span> ${t.involved}</li>
        <li><span class="mark" data-role="none">${MARKS.none}</span> ${t.notInvolved}</li>
        ${hasAll ? html`<li>${t.allLegend}</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderActorHeader(a: ActorNames): TemplateResult {
    return html`<th part="actor-header" scope="col" data-actor=${a.id}>
      ${a.abbreviated ? html`<span part="actor-code" aria-hidden="true">${a.short}</span>` : nothing}
      <span part="actor-name">${a.full}</span>
    </th>`;
  }

  private renderRow(r: ResponsibilityRow, actors: readonly ActorNames[], lang: Language): TemplateResult {
    const t = TEXT[lang];
    return html`<tr part="row" data-id=${r.activity.id}>
      <th part="activity" scope="row">
        ${localize(r.activity.title, lang)}${r.involvedAll ? html`<span part="all-note">${t.all}</span>` : nothing}
      </th>
      ${actors.map((a) => {
        const role = r.cells[a.id] ?? 'none';
        const words = role === 'lead' ? t.lead : role === 'involved' ? t.involved : t.notInvolved;
        return html`<td part="cell" data-role=${role} data-actor=${a.id}>
          <span part="mark" aria-hidden="true">${MARKS[role]}</span><span class="visually-hidden">${words}</span>
        </td>`;
      })}
    </tr>`;
  }
}

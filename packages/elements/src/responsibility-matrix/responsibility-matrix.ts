import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  buildResponsibilityMatrix,
  formatNumber,
  localizedPart,
  workloadByActor,
  type ActorWorkload,
  type Goal,
  type Language,
  type LocalizedPart,
  type Plan,
  type PlanInput,
  type ResponsibilityMatrix,
  type ResponsibilityRole,
  type ResponsibilityRow,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { langOfPart } from '../shared/lang.js';
import { PlanController } from '../shared/plan-controller.js';
import { renderCommon, viewOfPlan, type CommonView } from '../shared/status-view.js';
import { memo } from '../shared/memo.js';
import { actorNameMap, namesOf, type ActorNames } from '../shared/actor-names.js';
import { styles } from './responsibility-matrix.styles.js';
import { ScrollEdgesController, type ScrollEdges } from './scroll-edges.js';
import { baseStyles } from '../shared/base-styles.js';
import { TEXTS } from './responsibility-matrix.texts.js';
const MARKS: Record<ResponsibilityRole | 'none', string> = { lead: '●', involved: '○', none: '–' };

/** Consecutive rows of one goal. */
interface RowGroup {
  goal?: Goal;
  rows: ResponsibilityRow[];
}

/** The matrix of a plan, ready to render. */
interface MatrixModel {
  matrix: ResponsibilityMatrix;
  groups: RowGroup[];
  workload: Map<string, ActorWorkload>;
}

/** What the matrix shows, derived once per update. */
type View = CommonView | { kind: 'empty' } | ({ kind: 'ready'; plan: Plan } & MatrixModel);

/** The names of an actor, and the language each is written in. */
interface Column extends ActorNames {
  /** The language of `full`. */
  fullLang: Language;
  /** The language of `short` where it is a printed code (the plan's own language). */
  shortLang: Language;
}

let ids = 0;

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
 * column sticky; its height is limited by `--asf-responsibility-matrix-max-height` on screens
 * at least 40rem tall (on a shorter screen, or a zoomed one, the page scrolls instead and the
 * footer is not sticky). When columns are hidden to a side, a shadow marks that edge and a hint
 * above the table says so ("Fler kolumner åt höger"); the region is described by the hint.
 *
 * In a narrow container (below 40rem: the element's own width, not the viewport's, so also a
 * phone or a zoomed page) the matrix is a list of cards instead, one per activity under its
 * goal: "Huvudansvarig: Kommunstyrelsen (KS)", "Berörda: …", then each actor's workload.
 * Print shows the table in full, with nothing sticky.
 *
 * Plan text (the plan title, goals, activities, actor names) carries a `lang` attribute when
 * it is written in another language than the element's (WCAG 3.1.2): a Swedish activity title
 * inside `lang="en"` is marked `lang="sv"`. Plain strings are in `plan.language` (Swedish by
 * default).
 *
 * @summary Actors × activities: who leads, who is involved, and each actor's workload.
 * @tagname asf-responsibility-matrix
 * @csspart base - The wrapper of the table, the cards and the legend.
 * @csspart scroll-hint - The hint above the table that more columns are hidden to a side.
 * @csspart frame - The wrapper of the scroll region that draws the edge shadow; `data-more-start`, `data-more-end` when columns are hidden there.
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
 * @csspart all-note - The note "Andra berörda: samtliga" under a title (also in a card).
 * @csspart cell - A cell, with `data-role` `lead`, `involved` or `none`.
 * @csspart mark - The mark in a cell (●, ○, –).
 * @csspart workload - The footer row.
 * @csspart workload-cell - An actor's workload.
 * @csspart cards - The narrow layout: the list of cards (shown below 40rem).
 * @csspart cards-caption - The caption of the cards.
 * @csspart card-group - A goal's title above its cards.
 * @csspart card-list - The cards of a goal.
 * @csspart card - An activity's card.
 * @csspart card-title - An activity's title in its card.
 * @csspart card-lead - The line "Huvudansvarig: …" of a card.
 * @csspart card-involved - The line "Berörda: …" of a card.
 * @csspart card-workload-title - The title "Antal åtgärder" above the workload list.
 * @csspart card-workload-list - The list of workloads per actor in the narrow layout.
 * @csspart card-workload - An actor's workload in the narrow layout.
 * @csspart legend - The key to the marks.
 * @csspart empty - The text shown when there is no plan or no activity.
 * @csspart loading - The loading message.
 * @csspart error - The error message, with the problems and their paths.
 * @csspart retry - The retry button of the error message.
 * @cssprop --asf-responsibility-matrix-max-height - Height of the scroll region on screens at least 40rem tall (default 80vh; `none` for no limit).
 * @cssprop --asf-responsibility-matrix-activity-width - Width of the activity column (default 18rem, at most 40 % of the element).
 * @cssprop --asf-responsibility-matrix-lead-color - Colour of the lead mark.
 * @cssprop --asf-responsibility-matrix-involved-color - Colour of the involved mark.
 * @cssprop --asf-responsibility-matrix-edge-shadow - Colour of the shadow at an edge that hides columns.
 * @cssprop --asf-color-primary - Lead marks.
 * @cssprop --asf-color-text - Text and involved marks.
 * @cssprop --asf-color-text-muted - Dashes, names and notes.
 * @cssprop --asf-color-surface - Background, also of the sticky header and column, and of the cards.
 * @cssprop --asf-color-surface-muted - Header, group and footer backgrounds.
 * @cssprop --asf-color-border - Lines.
 * @cssprop --asf-color-focus - Focus ring of the scroll region.
 * @cssprop --asf-font-family - Font.
 * @cssprop --asf-radius - Corners of the scroll region and the cards.
 * @fires {AsfErrorEvent} asf-error - The plan could not be loaded or is not valid.
 */
export class AsfResponsibilityMatrix extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of a plan JSON document. */
  @property() src = '';

  /** A plan object; wins over `src`. Validated like a loaded document. */
  @property({ attribute: false }) plan?: Plan | PlanInput;

  /** The table's caption (and the scroll region's name); "Ansvarsfördelning: <plan title>" when empty. */
  @property() caption = '';

  /** Show every actor of the plan as a column, also those no activity names. */
  @property({ type: Boolean, attribute: 'all-actors' }) allActors = false;

  private readonly i18n = new LangController(this);
  private readonly data = new PlanController(this, () => ({ src: this.src, plan: this.plan }));
  private readonly edges = new ScrollEdgesController(this, () =>
    this.renderRoot.querySelector<HTMLElement>('[part="scroller"]'),
  );
  private readonly instance = ++ids;
  private readonly captionId = `asf-responsibility-matrix-caption-${this.instance}`;
  private readonly cardsCaptionId = `asf-responsibility-matrix-cards-caption-${this.instance}`;
  private readonly hintId = `asf-responsibility-matrix-hint-${this.instance}`;

  private view: View = { kind: 'loading' };
  /** The matrix, the rows grouped by goal and each actor's workload; derived again only for another plan or column choice. */
  private readonly derive = memo((plan: Plan, allActors: boolean): MatrixModel => {
    const columns = allActors ? 'all' : 'referenced';
    const matrix = buildResponsibilityMatrix(plan, { columns });
    const workload = new Map(workloadByActor(plan, { columns }).map((w) => [w.actor.id, w]));
    const groups: RowGroup[] = [];
    for (const row of matrix.rows) {
      const last = groups[groups.length - 1];
      if (last && last.goal?.id === row.goal?.id) last.rows.push(row);
      else groups.push(row.goal ? { goal: row.goal, rows: [row] } : { rows: [row] });
    }
    return { matrix, groups, workload };
  });

  protected override willUpdate(): void {
    this.view = viewOfPlan<View>(
      this.data,
      () => ({ kind: 'empty' }),
      (plan) => ({ kind: 'ready', plan, ...this.derive(plan, this.allActors) }),
    );
  }

  private get groups(): RowGroup[] {
    return this.view.kind === 'ready' ? this.view.groups : [];
  }

  private get workload(): Map<string, ActorWorkload> {
    return this.view.kind === 'ready' ? this.view.workload : new Map();
  }

  override render() {
    const lang = this.i18n.lang;
    const v = this.view;
    if (v.kind === 'empty') return html`<p part="empty">${TEXTS.empty[lang]}</p>`;
    if (v.kind !== 'ready') return renderCommon(v, lang, () => this.data.retry());
    if (v.matrix.rows.length === 0) return html`<p part="empty">${TEXTS.noActivities[lang]}</p>`;
    return this.renderMatrix(v.plan, v.matrix, lang);
  }

  /** Plan text in a span that says its language where it differs from the element's. */
  private planText(text: LocalizedPart, lang: Language): TemplateResult {
    return html`<span lang=${ifDefined(langOfPart(text.lang, lang))}>${text.text}</span>`;
  }

  private renderMatrix(plan: Plan, matrix: ResponsibilityMatrix, lang: Language): TemplateResult {
    const planLang = plan.language ?? 'sv';
    const names = actorNameMap(matrix.actors, lang);
    const columns: Column[] = matrix.actors.map((a) => ({
      ...namesOf(names, a.id),
      fullLang: localizedPart(a.name, lang, planLang).lang,
      shortLang: planLang,
    }));
    const caption = this.caption.trim()
      ? html`${this.caption.trim()}`
      : html`${TEXTS.caption[lang]}${this.planText(localizedPart(plan.title, lang, planLang), lang)}`;
    const goalTitle = (g: RowGroup) =>
      g.goal ? this.planText(localizedPart(g.goal.title, lang, planLang), lang) : html`${TEXTS.noGoal[lang]}`;
    const grouped = this.groups.some((g) => g.goal);
    const hasAll = matrix.rows.some((r) => r.involvedAll);
    const edges = this.edges.value;
    const more = edges.start || edges.end;
    return html`<div part="base">
      <p part="scroll-hint" id=${this.hintId} ?hidden=${!more}>${more ? this.hintText(edges, lang) : nothing}</p>
      <div part="frame" ?data-more-start=${edges.start} ?data-more-end=${edges.end}>
        <div
          part="scroller"
          role="region"
          aria-labelledby=${this.captionId}
          aria-describedby=${ifDefined(more ? this.hintId : undefined)}
          tabindex="0"
        >
          <table part="table">
            <caption part="caption" id=${this.captionId}><span class="caption-text">${caption}</span></caption>
            <thead>
              <tr>
                <th part="corner" scope="col">${TEXTS.activity[lang]}</th>
                ${columns.map((a) => this.renderActorHeader(a, lang))}
              </tr>
            </thead>
            ${this.groups.map(
              (g) => html`<tbody>
                ${
                  grouped
                    ? html`<tr part="group">
                      <th scope="rowgroup" colspan=${columns.length + 1}><span class="group-title">${goalTitle(g)}</span></th>
                    </tr>`
                    : nothing
                }
                ${g.rows.map((r) => this.renderRow(r, columns, lang, planLang))}
              </tbody>`,
            )}
            <tfoot>
              <tr part="workload">
                <th scope="row">${TEXTS.workload[lang]}</th>
                ${columns.map((a) => html`<td part="workload-cell" data-actor=${a.id}>${this.workloadText(a, lang)}</td>`)}
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
      ${this.renderCards(caption, columns, grouped, goalTitle, lang, planLang)}
      <ul part="legend" aria-label=${TEXTS.legend[lang]}>
        <li><span class="mark" data-role="lead">${MARKS.lead}</span> ${TEXTS.lead[lang]}</li>
        <li><span class="mark" data-role="involved">${MARKS.involved}</span> ${TEXTS.involved[lang]}</li>
        <li><span class="mark" data-role="none">${MARKS.none}</span> ${TEXTS.notInvolved[lang]}</li>
        ${hasAll ? html`<li>${TEXTS.allLegend[lang]}</li>` : nothing}
      </ul>
    </div>`;
  }

  private hintText(edges: ScrollEdges, lang: Language): string {
    const side = edges.start && edges.end ? 'both' : edges.end ? 'end' : 'start';
    return `${TEXTS.moreColumns[side][lang]}: ${TEXTS.scrollSideways[lang]}`;
  }

  private workloadText(a: Column, lang: Language): TemplateResult {
    const w = this.workload.get(a.id);
    const lead = formatNumber(w?.lead ?? 0, lang, { maximumFractionDigits: 0 });
    const involved = formatNumber(w?.involved ?? 0, lang, { maximumFractionDigits: 0 });
    const [leads, involvedIn] = TEXTS.workloadText(lead, involved)[lang];
    return html`<span>${leads}</span> <span>${involvedIn}</span>`;
  }

  /** An actor's full name with its printed code: "Kommunstyrelsen (KS)". */
  private actorLabel(a: Column, lang: Language): TemplateResult {
    const full = this.planText({ text: a.full, lang: a.fullLang }, lang);
    return a.abbreviated ? html`${full} (${this.planText({ text: a.short, lang: a.shortLang }, lang)})` : full;
  }

  private renderActorHeader(a: Column, lang: Language): TemplateResult {
    return html`<th part="actor-header" scope="col" data-actor=${a.id}>
      ${
        a.abbreviated
          ? html`<span part="actor-code" aria-hidden="true" lang=${ifDefined(langOfPart(a.shortLang, lang))}>${a.short}</span>`
          : nothing
      }
      <span part="actor-name" lang=${ifDefined(langOfPart(a.fullLang, lang))}>${a.full}</span>
    </th>`;
  }

  private renderRow(
    r: ResponsibilityRow,
    columns: readonly Column[],
    lang: Language,
    planLang: Language,
  ): TemplateResult {
    return html`<tr part="row" data-id=${r.activity.id}>
      <th part="activity" scope="row">
        ${this.planText(localizedPart(r.activity.title, lang, planLang), lang)}${r.involvedAll ? html`<span part="all-note">${TEXTS.all[lang]}</span>` : nothing}
      </th>
      ${columns.map((a) => {
        const role = r.cells[a.id] ?? 'none';
        const words =
          role === 'lead' ? TEXTS.lead[lang] : role === 'involved' ? TEXTS.involved[lang] : TEXTS.notInvolved[lang];
        return html`<td part="cell" data-role=${role} data-actor=${a.id}>
          <span part="mark" aria-hidden="true">${MARKS[role]}</span><span class="visually-hidden">${words}</span>
        </td>`;
      })}
    </tr>`;
  }

  /**
   * The narrow layout: one card per activity, under its goal, with the lead and the involved
   * actors by name, then each actor's workload. Shown instead of the table below 40rem.
   */
  private renderCards(
    caption: TemplateResult,
    columns: readonly Column[],
    grouped: boolean,
    goalTitle: (g: RowGroup) => TemplateResult,
    lang: Language,
    planLang: Language,
  ): TemplateResult {
    const list = (actors: readonly Column[]) =>
      actors.length === 0
        ? html`${TEXTS.nobody[lang]}`
        : actors.map((a, i) => html`${i > 0 ? ', ' : ''}${this.actorLabel(a, lang)}`);
    return html`<div part="cards" role="group" aria-labelledby=${this.cardsCaptionId}>
      <p part="cards-caption" id=${this.cardsCaptionId}>${caption}</p>
      ${this.groups.map(
        (g) => html`${grouped ? html`<p part="card-group">${goalTitle(g)}</p>` : nothing}
          <ul part="card-list">
            ${g.rows.map((r) => {
              const lead = columns.filter((a) => r.cells[a.id] === 'lead');
              const involved = columns.filter((a) => r.cells[a.id] === 'involved');
              return html`<li part="card" data-id=${r.activity.id}>
                <p part="card-title">${this.planText(localizedPart(r.activity.title, lang, planLang), lang)}</p>
                <dl>
                  <div part="card-lead">
                    <dt><span class="mark" data-role="lead" aria-hidden="true">${MARKS.lead}</span> ${TEXTS.lead[lang]}:</dt>
                    <dd>${list(lead)}</dd>
                  </div>
                  <div part="card-involved">
                    <dt><span class="mark" data-role="involved" aria-hidden="true">${MARKS.involved}</span> ${TEXTS.involvedList[lang]}:</dt>
                    <dd>${list(involved)}</dd>
                  </div>
                </dl>
                ${r.involvedAll ? html`<p part="all-note">${TEXTS.all[lang]}</p>` : nothing}
              </li>`;
            })}
          </ul>`,
      )}
      <p part="card-workload-title">${TEXTS.workload[lang]}</p>
      <ul part="card-workload-list">
        ${columns.map((a) => html`<li part="card-workload" data-actor=${a.id}>${this.actorLabel(a, lang)}: ${this.workloadText(a, lang)}</li>`)}
      </ul>
    </div>`;
  }
}

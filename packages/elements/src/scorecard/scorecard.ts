import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  evaluatePlan,
  formatPercent,
  INDICATOR_STATUSES,
  INDICATOR_STATUS_LABELS,
  localizedPart,
  summarizeIndicator,
  type GoalEvaluation,
  type IndicatorEvaluation,
  type IndicatorStatus,
  type Language,
  type LocalizedText,
  type Plan,
  type PlanInput,
  type PlanEvaluation,
} from '@asf-kit/core';
import { LangController } from '../shared/lang-controller.js';
import { langOfPart } from '../shared/lang.js';
import { markPlanWords, type MarkedPart } from './plan-words.js';
import { PlanController } from '../shared/plan-controller.js';
import { problemOf, renderCommon, type CommonView } from '../shared/status-view.js';
import { reportOnce } from '../shared/report-once.js';
import { memo } from '../shared/memo.js';
import { renderStatus, renderStatusIcon, renderTrend } from '../shared/status-icon.js';
import { InputCheck, optionalNumber, todayIso } from '../shared/inputs.js';
import { AsfStatusFilterChangeEvent, type StatusFilter } from './events.js';
import {
  TEXTS,
  asOfText,
  countsText,
  meanOfText,
  NO_GOAL_PROGRESS,
  noneWithStatus,
  showingText,
} from './scorecard.texts.js';
import { styles } from './scorecard.styles.js';
import { baseStyles } from '../shared/base-styles.js';

const STATUS_FILTERS: readonly StatusFilter[] = ['', ...INDICATOR_STATUSES];

/** What the scorecard shows, derived once per update. */
type View =
  CommonView | { kind: 'empty' } | { kind: 'ready'; plan: Plan; evaluation: PlanEvaluation; atPeriodEnd: boolean };

/**
 * A plan's indicators at a date, grouped by goal: counts per status on top (buttons that filter
 * the list by status), then per goal its progress and each indicator with its gauge
 * (`<asf-progress>`), status, trend and a one-sentence summary.
 *
 * Everything is computed by `evaluatePlan` of `@asf-kit/core`. A goal's progress is the mean of
 * its indicators' progress, each counted as at most 100 % and at least 0 %, over the indicators
 * that can be assessed; the scorecard says so below the goals. Indicators that belong to no goal
 * of the plan are shown last, under "Övrigt" ("Other"). Goals without indicators are left out.
 *
 * @summary Follow-up of a plan: every indicator's status, grouped by goal, filterable by status.
 * @tagname asf-scorecard
 * @csspart base - The whole scorecard.
 * @csspart header - The plan title, organisation and date.
 * @csspart title - The plan title (a heading).
 * @csspart meta - The organisation and the date of the follow-up.
 * @csspart filters - The group of status buttons.
 * @csspart filter - A status button (`data-status` holds its status, or `all`); `aria-pressed` says whether it is chosen (then its words are underlined and its border thicker). Not printed.
 * @csspart count - The number on a status button.
 * @csspart counts - The number of indicators per status as text; shown only in print, where the buttons are not.
 * @csspart showing - How many indicators are shown (a polite live region).
 * @csspart goal - One goal with its indicators.
 * @csspart goal-title - The goal's title (a heading).
 * @csspart goal-progress - The goal's progress in words, with a small bar.
 * @csspart goal-bar - The small bar of the goal's progress (decorative: the words say it).
 * @csspart list - The list of a goal's indicators.
 * @csspart item - One indicator (`data-status` holds its status).
 * @csspart item-title - The indicator's title (a heading).
 * @csspart progress - The `<asf-progress>` gauge of an indicator.
 * @csspart summary - The one-sentence summary of an indicator.
 * @csspart status - A status badge (`data-status` holds the status).
 * @csspart status-icon - The icon of a status.
 * @csspart status-label - The words of a status.
 * @csspart trend - The trend badge (`data-trend` holds up, down or flat).
 * @csspart trend-icon - The arrow of the trend.
 * @csspart trend-label - The words of the trend.
 * @csspart method - How a goal's progress is computed.
 * @csspart method-title - The heading of that note.
 * @csspart note - The note that the plan holds illustrative figures.
 * @csspart empty - The message when there is nothing to show.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The retry button of a loading error.
 * @cssprop --asf-scorecard-gap - Space between goals.
 * @cssprop --asf-scorecard-item-background - Background of an indicator (default `--asf-color-surface`).
 * @cssprop --asf-scorecard-item-border-color - Border of an indicator (default `--asf-color-border`).
 * @fires {AsfStatusFilterChangeEvent} asf-status-filter-change - The user chose which status to show; `event.statusFilter` holds it (`''` for all).
 * @fires {AsfErrorEvent} asf-error - The plan could not be loaded or is invalid, or `as-of` is not a date.
 */
export class AsfScorecard extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of a plan JSON file. */
  @property() src = '';

  /** A plan object as written in a plan file (defaults may be left out; it is checked like a file) (instead of `src`). */
  @property({ attribute: false }) plan: Plan | PlanInput | undefined;

  /**
   * The date of the follow-up, `YYYY-MM-DD`; outcomes after it are left out. Default: today, or
   * the end of the plan's period when that has passed (a plan that ended is followed up at its
   * end, and the scorecard says so).
   */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /**
   * Which indicators to show: one status (`achieved`, `on-track`, `behind`, `not-achieved`,
   * `not-assessable`), or all (`''`, the default); another value is shown as a problem. Set by the user
   * with the status buttons, and then an `asf-status-filter-change` event is fired.
   */
  @property({ attribute: 'status-filter' }) statusFilter: StatusFilter = '';

  /**
   * The heading level of the plan title (1–6, default 2; a number or its text); goals are one
   * level below, indicators two.
   */
  @property({ attribute: 'heading-level', converter: optionalNumber }) headingLevel: number | string = 2;

  private readonly i18n = new LangController(this);
  private readonly data = new PlanController(this, () => ({ src: this.src, plan: this.plan }));
  private view: View = { kind: 'loading' };
  private readonly evaluate = memo((plan: Plan, asOf: string) => evaluatePlan(plan, { asOf }));
  /**
   * Each indicator as given to its gauge, with the plan period's start (kept per plan, so that
   * gauges are not re-checked): evaluatePlan counts the elapsed time from the plan period's start
   * when an indicator has no baseline date or start of its own; the gauge evaluates one indicator.
   */
  private readonly gauges = memo((plan: Plan) => {
    const start = plan.period?.start;
    return new Map(plan.indicators.map((i) => [i.id, i.start || !start ? i : { ...i, start }]));
  });
  private readonly inputs = new InputCheck(this);
  /** The inputs as read in `willUpdate`. */
  private read: { asOf: string | undefined; filter: StatusFilter; level: number } = {
    asOf: undefined,
    filter: '',
    level: 2,
  };

  constructor() {
    super();
    reportOnce(this, () => problemOf(this.view));
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const input = this.inputs;
    input.begin();
    this.read = {
      asOf: input.date('as-of', this.asOf),
      filter: input.oneOf('status-filter', this.statusFilter, STATUS_FILTERS, ''),
      level: input.integer('heading-level', this.headingLevel, 1, 6, 2),
    };
    const error = input.error;
    this.view = error
      ? { kind: 'problem', title: TEXTS.problemTitle, error }
      : this.data.render<View>({
          loading: () => ({ kind: 'loading' }),
          error: (e) => ({ kind: 'load-error', error: e }),
          empty: () => ({ kind: 'empty' }),
          ready: (plan) => {
            const today = todayIso();
            const end = plan.period?.end;
            // A plan whose period has ended is followed up at the end of its period, by default.
            const atPeriodEnd = !this.read.asOf && !!end && end < today;
            const asOf = this.read.asOf ?? (atPeriodEnd ? end : today);
            return { kind: 'ready', plan, evaluation: this.evaluate(plan, asOf), atPeriodEnd };
          },
        });
  }

  /** The filter in force. */
  private get filter(): StatusFilter {
    return this.read.filter;
  }

  private get level(): number {
    return this.read.level;
  }

  private choose(status: StatusFilter): void {
    // Pressing the chosen status again shows all.
    const next: StatusFilter = status !== '' && status === this.filter ? '' : status;
    if (next === this.filter) return;
    this.statusFilter = next;
    this.dispatchEvent(new AsfStatusFilterChangeEvent(next));
  }

  override render(): TemplateResult {
    const lang = this.i18n.lang;
    const v = this.view;
    if (v.kind === 'empty') return html`<p part="empty">${TEXTS.noPlan[lang]}</p>`;
    if (v.kind === 'ready') return this.renderPlan(v.plan, v.evaluation, v.atPeriodEnd, lang);
    return renderCommon(v, lang, () => this.data.retry());
  }

  private heading(level: number, part: string, content: unknown, id?: string, lang?: Language): TemplateResult {
    return html`<div part=${part} role="heading" aria-level=${Math.min(6, level)} id=${id ?? nothing} lang=${ifDefined(lang)}>${content}</div>`;
  }

  /** A text of the plan in the page's language where it has one, and the `lang` it needs here (WCAG 3.1.2). */
  private planText(text: LocalizedText | null | undefined, plan: Plan, lang: Language): MarkedPart {
    const p = localizedPart(text ?? undefined, lang, plan.language ?? 'sv');
    return { text: p.text, lang: langOfPart(p.lang, lang) };
  }

  private renderPlan(plan: Plan, result: PlanEvaluation, atPeriodEnd: boolean, lang: Language): TemplateResult {
    const filter = this.filter;
    const shown = (e: IndicatorEvaluation) => filter === '' || e.status === filter;
    const shownCount = result.indicators.filter(shown).length;
    const goals = result.goals.filter((g) => g.indicators.some(shown));
    const title = this.planText(plan.title, plan, lang);
    const organisation = this.planText(plan.organisation.name, plan, lang);
    return html`<section part="base" aria-labelledby="title">
      <div part="header">
        ${this.heading(this.level, 'title', title.text, 'title', title.lang)}
        <p part="meta"><span lang=${ifDefined(organisation.lang)}>${organisation.text}</span> · ${asOfText(result.asOf, lang, atPeriodEnd)}</p>
        ${plan.illustrative ? html`<p part="note">${TEXTS.illustrative[lang]}</p>` : nothing}
      </div>
      ${
        result.indicators.length === 0
          ? html`<p part="empty">${TEXTS.noIndicators[lang]}</p>`
          : html`${this.renderFilters(result, lang)}
            <p part="counts">${countsText(result.counts, lang)}</p>
            <p part="showing" role="status">${showingText(shownCount, result.counts.total, lang)}</p>
            ${
              goals.length === 0
                ? html`<p part="empty">${noneWithStatus(INDICATOR_STATUS_LABELS[filter as IndicatorStatus][lang], lang)}</p>`
                : goals.map((g) => this.renderGoal(g, plan, shown, lang, result.asOf))
            }
            <div part="method">
              ${this.heading(this.level + 1, 'method-title', TEXTS.methodHeading[lang])}
              <p>${result.progress.method[lang]}</p>
            </div>`
      }
    </section>`;
  }

  private renderFilters(result: PlanEvaluation, lang: Language): TemplateResult {
    const filter = this.filter;
    return html`<div part="filters" role="group" aria-label=${TEXTS.filterGroup[lang]}>
      <button part="filter" type="button" data-status="all" aria-pressed=${filter === '' ? 'true' : 'false'} @click=${() => this.choose('')}>
        <span class="filter-label">${TEXTS.all[lang]}</span> <span part="count">${result.counts.total}</span>
      </button>
      ${INDICATOR_STATUSES.map(
        (status) =>
          html`<button
            part="filter"
            type="button"
            data-status=${status}
            aria-pressed=${filter === status ? 'true' : 'false'}
            @click=${() => this.choose(status)}
          >
            <span class="status" data-status=${status}>${renderStatusIcon(status)}</span>
            <span class="filter-label">${INDICATOR_STATUS_LABELS[status][lang]}</span> <span part="count">${result.counts[status]}</span>
          </button>`,
      )}
    </div>`;
  }

  private renderGoal(
    goal: GoalEvaluation,
    plan: Plan,
    shown: (e: IndicatorEvaluation) => boolean,
    lang: Language,
    asOf: string,
  ): TemplateResult {
    const title: MarkedPart = goal.title
      ? this.planText(goal.title, plan, lang)
      : { text: TEXTS.other[lang], lang: undefined };
    const p = goal.progress;
    const progressText =
      p.value === null
        ? NO_GOAL_PROGRESS[lang]
        : `${formatPercent(p.value, lang, { approximate: p.approximate })} (${meanOfText(p.included, p.of, lang)})`;
    return html`<section part="goal" data-goal=${goal.id ?? ''}>
      ${this.heading(this.level + 1, 'goal-title', title.text, undefined, title.lang)}
      <p part="goal-progress">
        <span>${TEXTS.goalProgress[lang]}: ${progressText}</span>
        ${
          p.value === null
            ? nothing
            : // The length is an SVG attribute, so that the server renders it (no style attribute).
              html`<span part="goal-bar" aria-hidden="true"
                ><svg focusable="false"><rect width=${`${Math.round(p.value * 10000) / 100}%`} height="100%" /></svg
              ></span>`
        }
      </p>
      <ul part="list">
        ${goal.indicators.filter(shown).map((e) => this.renderItem(e, plan, lang, asOf))}
      </ul>
    </section>`;
  }

  private renderItem(e: IndicatorEvaluation, plan: Plan, lang: Language, asOf: string): TemplateResult {
    const title = this.planText(e.title, plan, lang);
    // The summary is written in the page's language; the plan's title and unit in it keep theirs.
    const summary = markPlanWords(summarizeIndicator(e)[lang], [title, this.planText(e.unit, plan, lang)]);
    return html`<li part="item" data-status=${e.status} data-indicator=${e.id}>
      <div class="item-header">
        ${this.heading(this.level + 2, 'item-title', title.text, undefined, title.lang)}
        <span class="badges">${renderStatus(e.status, lang)} ${e.trend ? renderTrend(e.trend, lang) : nothing}</span>
      </div>
      <asf-progress
        part="progress"
        no-label
        no-status
        plan-language=${plan.language ?? 'sv'}
        .indicator=${this.gauges(plan).get(e.id)}
        as-of=${asOf}
      ></asf-progress>
      <p part="summary">${summary}</p>
    </li>`;
  }
}

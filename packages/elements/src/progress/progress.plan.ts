/**
 * Where `<asf-progress>` gets a plan (`src`, `.plan`, an inline plan) or checks an indicator
 * object: a lazy chunk, fetched only by a gauge that has one (a gauge fed by attributes never
 * does), together with the shared plan controller; the plan parser is a lazy chunk of its own.
 * @internal
 * @module
 */
import {
  evaluateIndicator,
  toLanguage,
  type Bilingual,
  type IndicatorData,
  type IndicatorEvaluation,
  type Language,
  type LocalizedText,
  type Plan,
  type PlanIssue,
} from '@asf-kit/core';
import type { ReactiveControllerHost } from 'lit';
import { planParser, PlanController } from '../shared/plan-controller.js';
import type { CommonView } from '../shared/status-view.js';
import { PLAN_PROBLEM_TEXTS } from './progress.texts.js';
import { PROBLEM_TEXTS } from './progress.meter.texts.js';

/** What the gauge shows (see `View` in progress.ts). */
export type PlanView =
  CommonView | { kind: 'ready'; evaluation: IndicatorEvaluation; title: LocalizedText; textLang: Language | undefined };

/** The gauge's inputs the parts read. */
export interface GaugeHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  plan: unknown;
  indicator: string | IndicatorData | undefined;
  planLanguage: Language | undefined;
  asOf: string | undefined;
}

/** Where the gauge's plan comes from: a plan (`src`, `.plan`, inline) or an indicator object. */
export class PlanSource {
  private readonly data: PlanController;

  constructor(private readonly host: GaugeHost) {
    this.data = new PlanController(host, () =>
      host.indicator !== null && typeof host.indicator === 'object' ? null : { src: host.src, plan: host.plan },
    );
  }

  retry(): void {
    this.data.retry();
  }

  /** The view of the plan's indicator or of the indicator object; `fromFigures` when there is no plan. */
  view(asOf: string, fromFigures: () => PlanView): PlanView {
    const host = this.host;
    if (host.indicator !== null && typeof host.indicator === 'object') {
      const checker = planParser.value;
      if (!checker && !planParser.failed) {
        const update = () => host.requestUpdate();
        planParser.load().then(update, update);
        return { kind: 'loading' };
      }
      // A chunk that could not be downloaded leaves the indicator unchecked: a problem, as before.
      const check = checker?.checkIndicator(host.indicator) ?? { success: false, issues: [] };
      if (!check.success) return this.problem(PLAN_PROBLEM_TEXTS.invalidIndicator(check.issues.length), check.issues);
      return ready(check.data, asOf, toLanguage(host.planLanguage ?? 'sv'));
    }
    return this.data.render<PlanView>({
      loading: () => ({ kind: 'loading' }),
      error: (error) => ({ kind: 'load-error', error }),
      ready: (plan) => this.fromPlan(plan, asOf),
      empty: fromFigures,
    });
  }

  /** The indicator `indicator` of the plan. */
  private fromPlan(plan: Plan, asOf: string): PlanView {
    const ids = plan.indicators.map((i) => i.id);
    const id = typeof this.host.indicator === 'string' ? this.host.indicator.trim() : '';
    if (!id) return this.problem(PLAN_PROBLEM_TEXTS.noIndicatorId(ids));
    const found = plan.indicators.find((i) => i.id === id);
    if (!found) return this.problem(PLAN_PROBLEM_TEXTS.unknownIndicator(id, ids));
    // A plan whose period has ended is followed up at the end of its period, as the scorecard does.
    const end = plan.period?.end;
    const planAsOf = !this.host.asOf && end && end < asOf ? end : asOf;
    return ready(found, planAsOf, plan.language ?? 'sv', plan.period?.start);
  }

  private problem(message: Bilingual, issues?: PlanIssue[]): PlanView {
    const { src, indicator } = this.host;
    const url = src && !(typeof indicator === 'object' && indicator) ? src : '(indicator)';
    return {
      kind: 'problem',
      title: PROBLEM_TEXTS.title,
      error: { kind: 'invalid', url, ...(issues?.length ? { issues } : {}), message },
    };
  }
}

function ready(indicator: IndicatorData, asOf: string, textLang: Language, planStart?: string): PlanView {
  const evaluation = evaluateIndicator(indicator, { asOf, ...(planStart ? { planStart } : {}) });
  return { kind: 'ready', evaluation, title: indicator.title, textLang };
}

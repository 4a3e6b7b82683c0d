/**
 * The messages about a plan's content, Swedish and English side by side. Only the lazy plan
 * parser chunk (parse-plan-loader.ts) imports them: they are needed once a plan has arrived.
 * @internal
 * @module
 */
import type { Bilingual } from '@asf-kit/core';

/** Where a plan came from, as the messages name it: a URL, a plan object, or an inline script. */
export type PlanOrigin = { url: string } | 'plan' | 'script';

/** "i plan.json " / "in plan.json ": where the plan was, before the verb; nothing for a plan object. */
const where = (origin: PlanOrigin): Bilingual | undefined =>
  origin === 'plan'
    ? undefined
    : origin === 'script'
      ? {
          sv: 'i elementets <script type="application/json"> ',
          en: 'in the element’s <script type="application/json"> ',
        }
      : { sv: `i ${origin.url} `, en: `in ${origin.url} ` };

export const PLAN_CHECK_TEXTS = {
  planInvalid: (origin: PlanOrigin, n: number): Bilingual => ({
    sv: `Planen ${where(origin)?.sv ?? ''}är inte giltig: ${n} fel.`,
    en: `The plan ${where(origin)?.en ?? ''}is not valid: ${n} ${n === 1 ? 'problem' : 'problems'}.`,
  }),
  scriptNotJson: (detail: string): Bilingual => ({
    sv: `Planen ${where('script')!.sv}är inte giltig JSON: ${detail}`,
    en: `The plan ${where('script')!.en}is not valid JSON: ${detail}`,
  }),
};

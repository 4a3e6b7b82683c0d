/**
 * Plan words inside a sentence the element writes: "13 of 14 verksamma företag — 75 % of the
 * planned increase". Core's summary sentence is one string in the page's language, with the
 * plan's unit or title in it; to say which words are in another language (WCAG 3.1.2) they are
 * found again in the sentence and wrapped in a span with `lang`.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@asf-kit/core';

/** A text of the plan and the `lang` to mark it with (`undefined`: the page's language, no mark). */
export interface MarkedPart {
  text: string;
  lang: Language | undefined;
}

const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/**
 * The sentence with every occurrence of a part that needs a `lang` wrapped in `<span lang>`;
 * the longest part wins where two overlap ("Utbildade handledare" before "handledare"), and only
 * whole words count (a unit "st" is not found in "first"). Parts in the page's language, and
 * empty parts, are left as they are.
 */
export function markPlanWords(sentence: string, parts: readonly MarkedPart[]): TemplateResult | string {
  const marked = [...new Map(parts.filter((p) => p.lang && p.text.trim()).map((p) => [p.text, p])).values()].sort(
    (a, b) => b.text.length - a.text.length,
  );
  if (marked.length === 0) return sentence;
  const pieces: (string | TemplateResult)[] = [];
  let plain = '';
  let i = 0;
  while (i < sentence.length) {
    const hit = marked.find(
      (p) => sentence.startsWith(p.text, i) && !isLetter(sentence[i - 1]) && !isLetter(sentence[i + p.text.length]),
    );
    if (hit) {
      if (plain) pieces.push(plain);
      plain = '';
      pieces.push(html`<span lang=${hit.lang ?? nothing}>${hit.text}</span>`);
      i += hit.text.length;
    } else {
      plain += sentence[i];
      i += 1;
    }
  }
  if (plain) pieces.push(plain);
  return html`${pieces}`;
}

import { expect, fixture, html } from '@open-wc/testing';
import { markPlanWords } from './plan-words.js';

async function rendered(content: unknown): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<p lang="en">${content}</p>`);
}

describe('markPlanWords', () => {
  it('wraps the plan words in a span with their lang, the longest first', async () => {
    const p = await rendered(
      markPlanWords('Utbildade handledare: 12 utbildade handledare; no target.', [
        { text: 'utbildade handledare', lang: 'sv' },
        { text: 'Utbildade handledare', lang: 'sv' },
        { text: 'handledare', lang: 'sv' },
      ]),
    );
    expect(p.textContent).to.equal('Utbildade handledare: 12 utbildade handledare; no target.');
    expect([...p.querySelectorAll('span')].map((s) => [s.textContent, s.lang])).to.deep.equal([
      ['Utbildade handledare', 'sv'],
      ['utbildade handledare', 'sv'],
    ]);
  });

  it('finds whole words only, and leaves text in the page language alone', async () => {
    const p = await rendered(
      markPlanWords('The first 3 st of 5 — the target was not reached.', [
        { text: 'st', lang: 'sv' },
        { text: 'target', lang: undefined },
      ]),
    );
    expect([...p.querySelectorAll('span')].map((s) => s.textContent)).to.deep.equal(['st']);
    expect(p.textContent).to.equal('The first 3 st of 5 — the target was not reached.');
    expect(markPlanWords('No parts here.', [])).to.equal('No parts here.');
  });
});

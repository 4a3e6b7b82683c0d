// The text measures behind <asf-activity-table>'s column widths: one pass over the characters,
// measuring only the words that may be the widest, must find the same widest word as measuring
// every word.
import { expect } from '@open-wc/testing';
import { TextMeasurer, wordsOf } from './columns.js';

const FONT = '400 16px system-ui';
const BOLD = '700 16px system-ui';

/** Every word measured on a canvas of its own: what the one-pass measurer must agree with. */
function reference(texts: readonly string[], font: string): { widest: number; lines: number[] } {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  const width = (t: string) => context.measureText(t).width;
  let widest = 0;
  const lines = texts.map((text) => {
    const words = wordsOf(text);
    for (const w of words) widest = Math.max(widest, width(w));
    return words.reduce((sum, w) => sum + width(w), 0) + Math.max(0, words.length - 1) * width(' ');
  });
  return { widest, lines };
}

describe('asf-activity-table column measures', () => {
  it('splits words where a line may break: spaces, and after hyphens, slashes and dashes', () => {
    expect(wordsOf('  Kommunstyrelsen\u00a0och  arbetsmarknads-/socialnämnden\n2018–2020 a--b ')).to.deep.equal([
      'Kommunstyrelsen',
      'och',
      'arbetsmarknads-',
      '/',
      'socialnämnden',
      '2018–',
      '2020',
      'a-',
      '-',
      'b',
    ]);
    expect(wordsOf('')).to.deep.equal([]);
    expect(wordsOf(' \t ')).to.deep.equal([]);
    expect(wordsOf('—')).to.deep.equal(['—']);
  });

  for (const font of [FONT, BOLD]) {
    it(`finds the widest word of many texts as measuring every word does (${font})`, () => {
      const texts = [
        // Longer in letters, narrower in pixels, first: the widest must not be taken by letters.
        'illlllllllllllllllllliiiiiiii ettord',
        'Informera om ASF i upphandlingar 1234',
        'WWWWWWWWWWMM kort',
        'Samverka med Arbetsförmedlingen och Försäkringskassan',
        'Pågår kontinuerligt',
        // Scripts measured whole: joined and combined letters.
        'مرحبا بالعالم',
        'नमस्ते दुनिया',
        'e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301',
        'AVAVAVAVAVAV fiffiffiffi',
        '',
      ];
      const expected = reference(texts, font);
      const measure = new TextMeasurer().measurer(font);
      const got = texts.map((t) => measure(t));
      expect(Math.max(...got.map((m) => m.widest))).to.equal(expected.widest);
      // The last measure holds the widest word of all texts given so far.
      expect(got.at(-1)!.widest).to.equal(expected.widest);
      // Lines: exact for measured words, within kerning and ligatures (10 %) for words counted by their letters.
      got.forEach((m, i) => expect(m.line).to.be.closeTo(expected.lines[i]!, expected.lines[i]! * 0.1 + 0.01));
      // A text measured alone: its own widest word.
      for (const t of texts)
        expect(new TextMeasurer().measure({ text: t, font }).widest).to.equal(reference([t], font).widest);
    });
  }

  it('measures again after clear() (a web font came in)', () => {
    const m = new TextMeasurer();
    const before = m.width('Kommunstyrelsen', FONT);
    m.clear();
    expect(m.width('Kommunstyrelsen', FONT)).to.equal(before);
  });
});

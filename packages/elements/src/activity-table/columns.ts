/**
 * Column widths of `<asf-activity-table>` from its content. Rows are separate grids (so that
 * rows off screen can skip layout), so the browser cannot size a column from the cells of
 * every row as a CSS table would; the element measures the text instead, once per plan and
 * language, and gives every row the same grid columns:
 *
 * - at least as wide as the column's longest word, so that no word has to break in the middle
 *   (`hyphens: auto` may still hyphenate it, under the text's own `lang`); when the longest
 *   words of all columns do not fit side by side they shrink in proportion, and
 *   `overflow-wrap: break-word` breaks inside a word only as the last resort;
 * - the remaining space shared by how much text a column holds on average: in proportion to
 *   its square root, which keeps rows low (a cell of length L in a column of width w is about
 *   L / w lines high, and the sum of L / w over columns of a given total width is least when
 *   w grows with √L), so a column of short codes gives its space to the long titles without
 *   squeezing the middle-sized goals into a narrow strip.
 * @module
 */

/** One column's measures, in pixels at the font size of the row. */
export interface ColumnMeasure {
  /** The widest word, plus the cell's padding and whatever else shares a line with it. */
  min: number;
  /** The average width of the column's text on one line, plus padding. */
  mean: number;
}

/** A text in a cell, and the font it is set in. */
export interface CellText {
  text: string;
  /** A CSS font shorthand ("400 16px system-ui"). */
  font: string;
}

/**
 * The places where a browser may break a line without hyphenating: spaces, and after a
 * hyphen, a slash or a dash. A "word" here is what lies between them.
 */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((w) => w.split(/(?<=[-/\u2013\u2014])/u))
    .filter((w) => w !== '');
}

/** Measures the width of text in a font, with a cache (plans repeat words a lot). */
export class TextMeasurer {
  /** Widths by font, then by text. */
  private readonly cache = new Map<string, Map<string, number>>();
  private context: CanvasRenderingContext2D | null | undefined;

  /** The widths of texts in one font, measured on demand. */
  private widths(font: string): (text: string) => number {
    if (this.context === undefined) this.context = document.createElement('canvas').getContext('2d');
    const context = this.context;
    let cache = this.cache.get(font);
    if (!cache) this.cache.set(font, (cache = new Map<string, number>()));
    const known = cache;
    return (text) => {
      let w = known.get(text);
      if (w === undefined) {
        if (!context) return 0;
        if (context.font !== font) context.font = font;
        w = context.measureText(text).width;
        known.set(text, w);
      }
      return w;
    };
  }

  /** The width of `text` in `font` in CSS pixels (0 where nothing can measure). */
  width(text: string, font: string): number {
    return this.widths(font)(text);
  }

  /**
   * The widest word of a text, and the width of the text on one line, from the widths of its
   * words and spaces: each word is measured once, however many rows repeat it.
   */
  measure({ text, font }: CellText): { widest: number; line: number } {
    const width = this.widths(font);
    const words = wordsOf(text);
    let widest = 0;
    let line = Math.max(0, words.length - 1) * width(' ');
    for (const word of words) {
      const w = width(word);
      if (w > widest) widest = w;
      line += w;
    }
    return { widest, line };
  }
}

/** The CSS font shorthand of an element's computed style (Firefox leaves `font` empty). */
export function fontOf(element: Element): string {
  const s = getComputedStyle(element);
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
}

/**
 * A `grid-template-columns` value from column measures, in `em` of the row's font size so that
 * it follows a change of text size: `minmax(min(<widest word>, <its share>), <√mean>fr)`. The
 * share caps the minimums so that together they never exceed the row: only then may a word
 * break inside.
 */
export function columnTemplate(measures: readonly ColumnMeasure[], fontSize: number): string {
  const total = measures.reduce((sum, m) => sum + m.min, 0) || 1;
  const em = (px: number) => `${round(px / fontSize)}em`;
  return measures
    .map(
      (m) =>
        `minmax(min(${em(m.min)}, ${Math.floor((m.min / total) * 100000) / 1000}%), ${round(Math.sqrt(Math.max(m.mean, m.min) / fontSize))}fr)`,
    )
    .join(' ');
}

const round = (n: number) => Math.ceil(n * 1000) / 1000;

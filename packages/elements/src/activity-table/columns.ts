/**
 * Column widths of `<asf-activity-table>` from its content. Rows are separate grids (so that
 * rows off screen can skip layout), so the browser cannot size a column from the cells of
 * every row as a CSS table would; the element measures the text instead, once per plan and
 * language, and gives every row the same grid columns. Every row counts, also rows a windowed
 * table never renders; the measuring is one pass over the characters of each distinct text, in
 * which only a word that may be the widest so far is measured on a canvas (see
 * `TextMeasurer.measurer`). The columns are:
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

/** White space as `\s` matches it: where a line may break. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** A hyphen, a slash, an en or em dash: a line may break after it. */
const breaksAfter = (c: number) => c === 0x2d || c === 0x2f || c === 0x2013 || c === 0x2014;

/**
 * The places where a browser may break a line without hyphenating: spaces, and after a
 * hyphen, a slash or a dash. A "word" here is what lies between them.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}

/** Calls `fn` with the start and end of each word of `text` (see `wordsOf`), without a regular expression. */
function forEachWord(text: string, fn: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (i > start) fn(start, i);
      start = i + 1;
    } else if (breaksAfter(c)) {
      fn(start, i + 1);
      start = i + 1;
    }
  }
  if (text.length > start) fn(start, text.length);
}

/** A text's widest word and its width on one line. */
export interface TextMeasure {
  widest: number;
  line: number;
}

/**
 * Characters below this code point (Latin, with Swedish and other European letters) are
 * estimated from their own widths; a word with any other character is always measured whole
 * (scripts that join or combine letters have no width per character).
 */
const ESTIMATED = 0x300;
/**
 * How much wider than the sum of its letters a word may be measured (kerning mostly narrows
 * words; a ligature does): a word whose estimate, with this margin, stays below the widest
 * word found so far cannot be the widest and is not measured.
 */
const MARGIN = 1.15;

/** Measures the width of text in a font, with caches (plans repeat words a lot). */
export class TextMeasurer {
  /** Widths of words by font, then by word. */
  private readonly cache = new Map<string, Map<string, number>>();
  /** Widths of single characters below `ESTIMATED` by font (NaN until measured). */
  private readonly chars = new Map<string, Float64Array>();
  private context: CanvasRenderingContext2D | null | undefined;

  /** Forgets every width (a web font came in: the same font name now has other widths). */
  clear(): void {
    this.cache.clear();
    this.chars.clear();
  }

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
   * A measurer of texts in one font: the widest word of all texts it has been given (this one
   * included), and the width of this text on one line, from the widths of its words and spaces,
   * in one pass over the characters.
   *
   * Only a word that may be the widest so far is measured (once, however many rows repeat it);
   * the others count on the line by the sum of their letters' widths. So `widest` is exact,
   * while `line` is exact for measured words and within kerning of it for the others. A text
   * that repeats (a lead, a schedule) is read once for as long as the measurer is kept.
   */
  measurer(font: string): (text: string) => TextMeasure {
    const width = this.widths(font);
    let chars = this.chars.get(font);
    if (!chars) this.chars.set(font, (chars = new Float64Array(ESTIMATED).fill(NaN)));
    const charWidths = chars;
    const charWidth = (c: number) => {
      let w = charWidths[c]!;
      if (Number.isNaN(w)) charWidths[c] = w = width(String.fromCharCode(c));
      return w;
    };
    const known = new Map<string, TextMeasure>();
    const space = width(' ');
    let widestSoFar = 0;
    return (text) => {
      let m = known.get(text);
      if (m) return m;
      let line = 0;
      let words = 0;
      let start = 0;
      let estimate = 0;
      let exact = false;
      const word = (end: number) => {
        words++;
        let w = estimate;
        if (exact || estimate * MARGIN >= widestSoFar) {
          w = width(text.slice(start, end));
          if (w > widestSoFar) widestSoFar = w;
        }
        line += w;
        estimate = 0;
        exact = false;
      };
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
          if (i > start) word(i);
          start = i + 1;
          continue;
        }
        if (c < ESTIMATED) estimate += charWidth(c);
        else exact = true;
        if (breaksAfter(c)) {
          word(i + 1);
          start = i + 1;
        }
      }
      if (text.length > start) word(text.length);
      m = { widest: widestSoFar, line: line + Math.max(0, words - 1) * space };
      known.set(text, m);
      return m;
    };
  }

  /** The widest word of a text, and the width of the text on one line (see `measurer`). */
  measure({ text, font }: CellText): TextMeasure {
    return this.measurer(font)(text);
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

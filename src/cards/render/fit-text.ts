/**
 * Fits a text into a box of the card before satori draws it, so that no line is wider than its
 * box and no word is cut mid-letter. satori on its own lets a word wider than the box run on past
 * it (on the card's edge it is cut mid-letter); `wordBreak` makes it break anywhere, without a
 * hyphen; a soft hyphen (U+00AD) is a break for it, but it draws no hyphen there.
 *
 * So the lines are made here, with real glyph widths (text-measure.ts), and handed to satori
 * one per line (card-layout.ts). In this order:
 *  1. Lines break where satori would break them (Unicode line breaking, npm `linebreak`, which
 *     satori uses too) and as greedily, so that ordinary text comes out as before.
 *  2. A word wider than a whole line (a German compound of 40 letters on a title line) is
 *     hyphenated at German break points (npm `hyphen`, TeX patterns for the reformed spelling,
 *     which Swiss German follows), as much of it on each line as fits, with a drawn hyphen.
 *  3. If the text then needs more lines than the box has, or a word has no break point that
 *     fits, the next smaller font size is tried, down to the box's minimum.
 *  4. At the minimum, the text is shortened at a word boundary and ends in the ellipsis.
 *     Only when not even the first word fits is it shortened inside the word, at a break
 *     point if one fits, always at a whole letter, and marked by the ellipsis.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface TextBox {
  /** Width of the box in pixels. */
  width: number;
  /** Lines the box has room for. */
  maxLines: number;
  /** Font sizes to try, largest first; the last one is the box's minimum. */
  sizes: readonly number[];
}

export interface FittedText {
  /** The font size the text fits at. */
  size: number;
  /** The lines as satori is to draw them; a line ending inside a word ends in `HYPHEN`. */
  lines: string[];
  /** The text was shortened (its last line ends in the ellipsis). */
  shortened: boolean;
}

/** Width in pixels of a text at the size in question. */
export type Measure = (text: string) => number;

/** Drawn at a break inside a word. The plain hyphen-minus: the card fonts have it, and so does every font. */
export const HYPHEN = '-';
/** Ends a shortened text; the no-break space keeps the ellipsis on the line of the word before it. */
export const FIT_ELLIPSIS = '\u00A0…';

interface LineBreakerClass {
  new (text: string): { nextBreak(): { position: number; required: boolean } | null };
}
let LineBreaker: LineBreakerClass | undefined;

/** The text in the pieces between break opportunities, each with the spaces after it (as satori splits it). */
function breakUnits(text: string): string[] {
  LineBreaker ??= require('linebreak') as LineBreakerClass;
  const breaker = new LineBreaker(text);
  const units: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    units.push(text.slice(last, bk.position));
    last = bk.position;
  }
  return units;
}

let hyphenateWord: ((word: string) => string) | undefined;

/**
 * Where a hyphen may go in `unit`: offsets (UTF-16) into it, between two letters, with at least
 * two letters of the same word on either side. Loaded on the first word that needs it: compiling
 * the German patterns takes ~150 ms, which a card run without a long word never pays.
 */
export function hyphenationPoints(unit: string): number[] {
  hyphenateWord ??= (() => {
    const { hyphenateSync } = require('hyphen/de-1996') as typeof import('hyphen/de-1996');
    return (word: string) => hyphenateSync(word, { hyphenChar: '\u00AD' });
  })();
  const points: number[] = [];
  // Each run of letters on its own, so that quotes, digits or a dash never count as part of a word.
  for (const match of unit.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0];
    let offset = 0;
    for (const char of hyphenateWord(word)) {
      if (char === '\u00AD') {
        if (offset >= 2 && word.length - offset >= 2) points.push(match.index + offset);
      } else {
        offset += char.length;
      }
    }
  }
  return points;
}

interface Layout {
  lines: string[];
  /** Widths as satori computes them: the units' widths added up, without the spaces at the end. */
  widths: number[];
  /** Every line fits the width (false: a word without a break point that fits ran over). */
  fits: boolean;
}

/** Lays `text` out in lines of at most `width`, as satori would, hyphenating words wider than a line. */
export function layOut(text: string, width: number, measure: Measure): Layout {
  const lines: string[] = [];
  const widths: number[] = [];
  let fits = true;
  let line = '';
  // satori's running width of a line: each unit measured on its own, the spaces after it included;
  // the spaces at the end of a line may hang past the box, so they do not count.
  let lineWidth = 0;
  let trailing = 0;
  const inked = (piece: string) => measure(piece.trimEnd());
  const fitsOnLine = (piece: string) => (line === '' ? inked(piece) : lineWidth + inked(piece)) <= width;
  const add = (piece: string) => {
    line += piece;
    lineWidth += measure(piece);
    trailing = measure(piece) - inked(piece);
  };
  const endLine = () => {
    lines.push(line.trimEnd());
    widths.push(lineWidth - trailing);
    line = '';
    lineWidth = 0;
    trailing = 0;
  };
  for (const unit of breakUnits(text)) {
    if (inked(unit) <= width) {
      if (!fitsOnLine(unit)) endLine();
      add(unit);
      continue;
    }
    // Wider than a whole line: on each line as much of it as fits, up to a break point, and a hyphen.
    const points = hyphenationPoints(unit);
    let consumed = 0;
    for (;;) {
      const rest = unit.slice(consumed);
      if (fitsOnLine(rest)) {
        add(rest);
        break;
      }
      let cut = -1;
      for (const point of points) {
        if (point <= consumed) continue;
        if (!fitsOnLine(unit.slice(consumed, point) + HYPHEN)) break;
        cut = point;
      }
      if (cut > 0) {
        add(unit.slice(consumed, cut) + HYPHEN);
        endLine();
        consumed = cut;
      } else if (line !== '') {
        endLine();
      } else {
        // Not even the shortest piece fits an empty line: it runs over (the caller shrinks or shortens).
        fits = false;
        add(rest);
        break;
      }
    }
  }
  if (line !== '') endLine();
  return { lines, widths, fits };
}

/** Strips what should not stand before the ellipsis (as src/view/truncate.ts does). */
const stripEnd = (text: string) => text.replace(/[\s,;:.–-]+$/u, '');

/**
 * Fits `text` into `box`: the largest of its sizes at which it fits its lines, hyphenated where
 * a word is wider than a line; at the smallest size, shortened at a word boundary. `measureAt`
 * gives the measure for a size.
 */
export function fitText(text: string, box: TextBox, measureAt: (size: number) => Measure): FittedText {
  // As satori lays it out with `whiteSpace: pre-line`: runs of spaces and line breaks are one space.
  const plain = text.replace(/\s+/gu, ' ').trim();
  const fitsBox = (layout: Layout) => layout.fits && layout.lines.length <= box.maxLines;
  for (const size of box.sizes) {
    const layout = layOut(plain, box.width, measureAt(size));
    if (fitsBox(layout)) return { size, lines: layout.lines, shortened: false };
  }
  const size = box.sizes[box.sizes.length - 1]!;
  const measure = measureAt(size);
  const words = plain.split(' ');
  for (let count = words.length - 1; count >= 1; count--) {
    const head = stripEnd(words.slice(0, count).join(' '));
    if (!head) continue;
    const layout = layOut(`${head}${FIT_ELLIPSIS}`, box.width, measure);
    if (fitsBox(layout)) return { size, lines: layout.lines, shortened: true };
  }
  // Not even the first word fits, at any break point, in the lines there are (a long number, a
  // link, a compound in a one-line box). It is shortened inside: at the last break point that
  // fits, else at the last whole letter, and the ellipsis says so.
  const first = words[0] ?? '';
  const fitsAlone = (head: string) => measure(`${head}…`) <= box.width;
  const atPoint = hyphenationPoints(first).filter((point) => fitsAlone(first.slice(0, point))).pop();
  let head = atPoint === undefined ? '' : first.slice(0, atPoint);
  if (!head) {
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(first)) {
      if (!fitsAlone(head + segment)) break;
      head += segment;
    }
  }
  return { size, lines: [`${head}…`], shortened: true };
}

/**
 * What every build-time picture needs for its text: escaping, and the room a label takes.
 * Labels are measured by an average glyph width rather than by the font, because the reader's
 * browser picks the font; the estimate errs wide so that labels planned apart stay apart.
 */

/** A coordinate to a tenth of a pixel: finer than any screen shows, and it keeps the SVG short. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Average advance of a sans-serif glyph, as a share of the font size: the wide end (DejaVu Sans,
 * Linux's usual system font, runs about 0.55 to 0.6; Segoe UI and Helvetica about 0.5). Bold
 * (600) runs wider, up to 0.74 in DejaVu Sans; capitals spaced 0.06em apart (the maps' country
 * names) up to 0.83. Measured in Chromium with DejaVu Sans.
 */
const AVERAGE_GLYPH = 0.6;
const STYLE_FACTOR = { regular: 1, bold: 1.2, caps: 1.35 } as const;

export type TextStyle = keyof typeof STYLE_FACTOR;

export function textWidth(text: string, fontSize: number, style: TextStyle = 'regular'): number {
  return [...text].length * fontSize * AVERAGE_GLYPH * STYLE_FACTOR[style];
}

/**
 * Splits a text into lines of at most `maxChars` characters, breaking after spaces and hyphens.
 * Nothing is cut: a single word longer than a line gets a line of its own.
 */
export function wrapLines(text: string, maxChars: number): string[] {
  const words = text.split(/(?<=[\s-])/u);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && [...(line + word).trimEnd()].length > maxChars) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Like wrapLines, but as even as the same number of lines allows: the narrowest measure that
 * needs no more lines than `maxChars` does, so that no last line holds a lone word.
 */
export function wrapBalanced(text: string, maxChars: number): string[] {
  const lines = wrapLines(text, maxChars);
  for (let chars = Math.ceil([...text].length / lines.length); chars < maxChars; chars += 1) {
    const even = wrapLines(text, chars);
    if (even.length === lines.length) return even;
  }
  return lines;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Where a label's text sits on its `y`: on the baseline (the default), centred on it, or
 * hanging below it. Centred and hanging labels stay in place whatever size the stylesheet gives
 * them, which a map needs: a phone draws its labels larger than a desktop does.
 */
export type Baseline = 'alphabetic' | 'central' | 'hanging';

/** The box a one-line label covers, for text drawn at `y` with the given anchor and baseline. */
export function labelBox(text: string, x: number, y: number, anchor: 'start' | 'end' | 'middle', fontSize: number, style: TextStyle = 'regular', baseline: Baseline = 'alphabetic'): Box {
  const w = textWidth(text, fontSize, style);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const [above, below] = baseline === 'central' ? [0.65, 0.65] : baseline === 'hanging' ? [0.2, 1.1] : [1, 0.3];
  return { x0, y0: y - fontSize * above, x1: x0 + w, y1: y + fontSize * below };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

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
 * Linux's usual system font, runs about 0.6; Segoe UI and Helvetica about 0.5). Bold runs wider.
 */
const AVERAGE_GLYPH = 0.6;
const BOLD_FACTOR = 1.1;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return [...text].length * fontSize * AVERAGE_GLYPH * (bold ? BOLD_FACTOR : 1);
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a one-line label covers, for text drawn at baseline `y` with the given anchor. */
export function labelBox(text: string, x: number, y: number, anchor: 'start' | 'end' | 'middle', fontSize: number, bold = false): Box {
  const w = textWidth(text, fontSize, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - fontSize, x1: x0 + w, y1: y + fontSize * 0.3 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Widths of card text as satori measures them, so that the layout (card-layout.ts) can break
 * lines, hyphenate and shrink before satori draws: satori itself lets a word wider than its box
 * run on past the box (and past the card's edge, where it is cut mid-letter), breaks it anywhere
 * without a hyphen (`wordBreak`), or ignores soft hyphens for drawing (it breaks there but draws
 * no hyphen).
 *
 * The same fonts (fonts.ts), the same shaping engine (HarfBuzz, npm `harfbuzzjs`, which satori
 * bundles in the same version) and satori's way of choosing a font per character: the requested
 * family at its nearest weight, then every other loaded family in load order, each at its
 * nearest weight; among faces of the same family and weight the first loaded (the latin subset).
 * Widths are in pixels at the given size, summed per font run as satori does, so that a line
 * measured here is the line satori lays out.
 */
import { createRequire } from 'node:module';
import { cardFonts, type CardFont } from './fonts.ts';
import { codePointsOf } from './sfnt.ts';

const require = createRequire(import.meta.url);

/** Width in pixels of `text` set in `family` at `weight` and `size`. */
export type TextMeasure = (family: string, weight: number, size: number) => (text: string) => number;

// The part of harfbuzzjs that is used here (the package ships no types).
interface HbGlyph { ax: number }
interface HbBuffer { addText(text: string): void; guessSegmentProperties(): void; json(): HbGlyph[]; destroy(): void }
interface HbFont { setScale(x: number, y: number): void }
interface HarfBuzz {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { upem: number; destroy(): void };
  createFont(face: unknown): HbFont;
  createBuffer(): HbBuffer;
  shape(font: HbFont, buffer: HbBuffer): void;
}

interface Face {
  family: string;
  weight: number;
  points: Set<number>;
  /** HarfBuzz's font and units per em, made on the face's first text (most cards use four faces of ten). */
  shaper?: { font: HbFont; upem: number };
  data: Buffer;
}

/** CSS font matching for weights, as satori does it (its `compareFont`): > 0 when `b` is the better match. */
function compareWeight(wanted: number, a: number, b: number): number {
  if (a === b) return -1;
  if (a === wanted) return -1;
  if (b === wanted) return 1;
  if (wanted === 400 && a === 500) return -1;
  if (wanted === 500 && a === 400) return -1;
  if (wanted === 400 && b === 500) return 1;
  if (wanted === 500 && b === 400) return 1;
  if (wanted < 400) {
    if (a < wanted && b < wanted) return b - a;
    if (a < wanted) return -1;
    if (b < wanted) return 1;
    return a - b;
  }
  if (wanted < a && wanted < b) return a - b;
  if (wanted < a) return -1;
  if (wanted < b) return 1;
  return b - a;
}

function nearest(faces: readonly Face[], weight: number): Face {
  let best = faces[0]!;
  for (const face of faces.slice(1)) if (compareWeight(weight, best.weight, face.weight) > 0) best = face;
  return best;
}

/** Caches are per word and size; a run over thousands of cards starts them afresh now and then rather than grow without end. */
const MAX_CACHED = 50_000;
function remember(cache: Map<string, number>, text: string, value: number): void {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, value);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function createMeasure(hb: HarfBuzz, fonts: readonly CardFont[]): TextMeasure {
  const faces: Face[] = fonts.map((f) => ({ family: f.name, weight: f.weight, points: codePointsOf(f.data), data: f.data }));
  const shaperOf = (face: Face) => {
    if (!face.shaper) {
      const blob = hb.createBlob(face.data);
      const hbFace = hb.createFace(blob, 0);
      const font = hb.createFont(hbFace);
      // Advances in font units, as satori asks HarfBuzz for them.
      font.setScale(hbFace.upem, hbFace.upem);
      face.shaper = { font, upem: hbFace.upem };
      hbFace.destroy();
      blob.destroy();
    }
    return face.shaper;
  };
  const families = [...new Set(faces.map((f) => f.family))];
  // Per face and text: the advance in em, so that one shaping serves every size.
  const shaped = new Map<Face, Map<string, number>>();
  const em = (face: Face, text: string): number => {
    let cache = shaped.get(face);
    if (!cache) shaped.set(face, (cache = new Map()));
    let value = cache.get(text);
    if (value === undefined) {
      const { font, upem } = shaperOf(face);
      const buffer = hb.createBuffer();
      try {
        buffer.addText(text);
        buffer.guessSegmentProperties();
        hb.shape(font, buffer);
        value = buffer.json().reduce((sum, glyph) => sum + glyph.ax, 0) / upem;
      } finally {
        buffer.destroy();
      }
      remember(cache, text, value);
    }
    return value;
  };
  const measures = new Map<string, (text: string) => number>();
  return (family, weight, size) => {
    const key = `${family}|${weight}|${size}`;
    let measure = measures.get(key);
    if (measure) return measure;
    const order = [family, ...families.filter((f) => f !== family)]
      .filter((f) => families.includes(f))
      .map((f) => nearest(faces.filter((face) => face.family === f), weight));
    // No font has the character: satori takes the last one (which draws its .notdef).
    const fontFor = (grapheme: string) => order.find((face) => face.points.has(grapheme.codePointAt(0)!)) ?? order[order.length - 1]!;
    const widths = new Map<string, number>();
    measure = (text: string) => {
      let width = widths.get(text);
      if (width !== undefined) return width;
      // Runs of one font, white space staying with the font before it where that has it (as satori splits).
      const runs: [Face, string][] = [];
      for (const { segment } of segmenter.segment(text)) {
        const last = runs[runs.length - 1];
        const face = last && /^\s+$/u.test(segment) && last[0].points.has(segment.codePointAt(0)!) ? last[0] : fontFor(segment);
        if (last && last[0] === face) last[1] += segment;
        else runs.push([face, segment]);
      }
      width = 0;
      for (const [face, run] of runs) width += em(face, run) * size;
      remember(widths, text, width);
      return width;
    };
    measures.set(key, measure);
    return measure;
  };
}

let loading: Promise<TextMeasure> | undefined;

/** The measure for the card fonts; loads HarfBuzz (~10 ms) on the first call of the process. */
export function cardTextMeasure(): Promise<TextMeasure> {
  loading ??= (require('harfbuzzjs') as Promise<HarfBuzz>).then((hb) => createMeasure(hb, cardFonts()));
  return loading;
}

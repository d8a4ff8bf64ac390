/**
 * The card's pixels as palette indices, the form they are stored in (an indexed PNG). A card is
 * a few flat colours and anti-aliased edges between two of them, so instead of drawing in RGB
 * and quantising afterwards (libimagequant: ~20 ms a card), every edge pixel is snapped to one
 * of LEVELS steps between the colour below and the colour drawn, and each blend gets a palette
 * entry when it is first used: ~6 colours × 32 steps stays well below the 256 entries a palette
 * can hold, the result needs no dithering and encodes small.
 */
import type { AreaBuffer, Box, Coverage } from './rasterise.ts';
import { UnsupportedSvgError } from './read-satori-svg.ts';

/** Steps of anti-aliasing between two colours; 32 looks the same as 256 on text at card size. */
export const LEVELS = 32;
const MAX_COLOURS = 256;

export class PaletteCanvas {
  readonly width: number;
  readonly height: number;
  /**
   * Palette indices row by row, each row led by one byte for the PNG row filter (0, none), so
   * that the rows can be compressed as they are.
   */
  readonly rows: Uint8Array;
  readonly stride: number;
  /** 0xRRGGBB per palette entry, in order of first use. */
  readonly palette: number[] = [];
  readonly #entry = new Map<number, number>();
  /** Per drawn colour: (index below × (LEVELS + 1) + level) -> index of the blend, -1 if not yet known. */
  readonly #blends = new Map<number, Int16Array>();
  /** Blend tables of earlier cards, to reuse: fresh memory is slow here (see reset). */
  readonly #spareBlends: Int16Array[] = [];

  constructor(width: number, height: number, background: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.rows = new Uint8Array(this.stride * height);
    this.reset(background);
  }

  /**
   * Starts a new card of one colour on this canvas. Reusing a canvas matters: on the build
   * machines (VMs) every freshly allocated megabyte costs ~3 ms of page faults, more than drawing.
   */
  reset(background: number): void {
    this.palette.length = 0;
    this.#entry.clear();
    for (const table of this.#blends.values()) this.#spareBlends.push(table.fill(-1));
    this.#blends.clear();
    this.fillPixels(0, 0, this.width, this.height, background);
  }

  /**
   * The palette entry for an exact colour. A card that needs more than 256 colours is not what
   * this canvas is for: it refuses, and librsvg draws that card (the build names it), rather
   * than shifting colours silently.
   */
  entryFor(rgb: number): number {
    const known = this.#entry.get(rgb);
    if (known !== undefined) return known;
    if (this.palette.length >= MAX_COLOURS) throw new UnsupportedSvgError(`mehr als ${MAX_COLOURS} Farben`);
    this.palette.push(rgb);
    this.#entry.set(rgb, this.palette.length - 1);
    return this.palette.length - 1;
  }

  /** Whole pixels of one colour, no anti-aliasing. */
  fillPixels(x0: number, y0: number, x1: number, y1: number, rgb: number): void {
    const index = this.entryFor(rgb);
    const from = Math.max(0, x0);
    const to = Math.min(this.width, x1);
    for (let y = Math.max(0, y0); y < Math.min(this.height, y1); y++) this.rows.fill(index, y * this.stride + 1 + from, y * this.stride + 1 + to);
  }

  #blendsFor(rgb: number): Int16Array {
    let blends = this.#blends.get(rgb);
    if (!blends) this.#blends.set(rgb, (blends = this.#spareBlends.pop() ?? new Int16Array(MAX_COLOURS * (LEVELS + 1)).fill(-1)));
    return blends;
  }

  /** The pixel at `at` with `level` steps of `rgb` over it. */
  #blend(at: number, level: number, rgb: number, solid: number, blends: Int16Array): void {
    if (level >= LEVELS) {
      this.rows[at] = solid;
      return;
    }
    const key = this.rows[at]! * (LEVELS + 1) + level;
    let blended = blends[key]!;
    if (blended < 0) blends[key] = blended = this.entryFor(mix(this.palette[this.rows[at]!]!, rgb, level / LEVELS));
    this.rows[at] = blended;
  }

  /** Draws `rgb` over the canvas, as much of each pixel as `coverage` says. */
  paint(coverage: Coverage, rgb: number): void {
    const solid = this.entryFor(rgb);
    const blends = this.#blendsFor(rgb);
    const x0 = Math.max(0, coverage.x);
    const x1 = Math.min(this.width, coverage.x + coverage.width);
    for (let y = Math.max(0, coverage.y); y < Math.min(this.height, coverage.y + coverage.height); y++) {
      const from = (y - coverage.y) * coverage.stride - coverage.x;
      for (let x = x0; x < x1; x++) {
        const level = Math.round(coverage.values[from + x]! * LEVELS);
        if (level > 0) this.#blend(y * this.stride + 1 + x, level, rgb, solid, blends);
      }
    }
  }

  /**
   * Draws `rgb` where the buffer's path is, inside the whole-pixel box `clip`, and clears the
   * buffer: running sums, blending and clearing in one pass over the path's rows (the common case).
   */
  paintArea(buffer: AreaBuffer, clip: Box, rgb: number): void {
    const solid = this.entryFor(rgb);
    const blends = this.#blendsFor(rgb);
    const { from, to } = buffer.columns;
    const x0 = Math.max(from, clip.x0);
    const x1 = Math.min(to, clip.x1);
    const y0 = Math.max(buffer.top, clip.y0);
    const y1 = Math.min(buffer.bottom, clip.y1);
    const area = buffer.area;
    for (let y = y0; y < y1; y++) {
      const row = y * buffer.stride;
      const out = y * this.stride + 1;
      let sum = 0;
      for (let x = from; x < x1; x++) {
        sum += area[row + x]!;
        if (x < x0) continue;
        const level = Math.round((sum < 0 ? -sum : sum) * LEVELS);
        if (level > 0) this.#blend(out + x, level, rgb, solid, blends);
      }
    }
    buffer.clear();
  }
}

/** `below` with `share` of `over` on top, per channel in sRGB, as SVG renderers blend. */
function mix(below: number, over: number, share: number): number {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const b = (below >> shift) & 255;
    const o = (over >> shift) & 255;
    out |= Math.round(b + (o - b) * share) << shift;
  }
  return out;
}

/**
 * Anti-aliased filling of paths: each edge adds its signed area to a buffer, a running sum along
 * each row then gives the exact area of every pixel that lies inside (the method of font-rs and
 * stb_truetype), under the non-zero rule. That is all a card needs, and in plain JS it costs a
 * few milliseconds, where librsvg spends ~50 ms on satori's SVG.
 *
 * One buffer the size of the card is reused for every path (allocating one per path made the
 * garbage collector a tenth of the work); paths feed their lines straight into it.
 */
import { tracePath, type PathSink, type Polyline } from './svg-path.ts';

/** A rectangle in pixels; edges may be fractional. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How much of each pixel of an integer rectangle is covered, 0 … 1; row `r` starts at `r * stride`. */
export interface Coverage {
  x: number;
  y: number;
  width: number;
  height: number;
  stride: number;
  values: Float32Array;
}

export function intersect(a: Box, b: Box): Box {
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

export function isEmpty(box: Box): boolean {
  return !(box.x1 > box.x0 && box.y1 > box.y0);
}

/** True if the box has whole-pixel edges: it can be filled without anti-aliasing. */
export function isPixelAligned(box: Box): boolean {
  return Number.isInteger(box.x0) && Number.isInteger(box.y0) && Number.isInteger(box.x1) && Number.isInteger(box.y1);
}

/** Signed areas of the lines added since the last `take`, over the whole card. */
export class AreaBuffer implements PathSink {
  readonly width: number;
  readonly height: number;
  /** Two spare columns: an edge at x = width still writes to width and width + 1. */
  readonly stride: number;
  readonly area: Float32Array;
  /** Rows and columns that hold areas, so that only those are summed and cleared. */
  top = Infinity;
  bottom = -Infinity;
  left = Infinity;
  right = -Infinity;
  #startX = 0;
  #startY = 0;
  #x = 0;
  #y = 0;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 2;
    this.area = new Float32Array(this.stride * height);
  }

  start(x: number, y: number): void {
    this.#startX = this.#x = x;
    this.#startY = this.#y = y;
  }

  line(x: number, y: number): void {
    this.addLine(this.#x, this.#y, x, y);
    this.#x = x;
    this.#y = y;
  }

  /** Filling closes every subpath. */
  end(): void {
    this.addLine(this.#x, this.#y, this.#startX, this.#startY);
  }

  addPath(d: string): void {
    tracePath(d, this);
  }

  addPolygons(lines: readonly Polyline[]): void {
    for (const { points } of lines) {
      const n = points.length;
      for (let i = 0; i < n; i += 2) {
        const j = i + 2 < n ? i + 2 : 0;
        this.addLine(points[i]!, points[i + 1]!, points[j]!, points[j + 1]!);
      }
    }
  }

  /** A line whose parts left of 0 or right of the card run along those edges instead: for the sums of the columns inside, that is the same. */
  addLine(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    const top = Math.max(0, Math.floor(Math.min(y0, y1)));
    const bottom = Math.min(this.height, Math.ceil(Math.max(y0, y1)));
    if (top >= bottom) return;
    const width = this.width;
    if (x0 >= 0 && x1 >= 0 && x0 <= width && x1 <= width) {
      this.#mark(top, bottom, Math.min(x0, x1), Math.max(x0, x1));
      line(this.area, this.stride, this.height, x0, y0, x1, y1);
      return;
    }
    // Split where the line crosses x = 0 and x = width, then clamp each piece.
    const cuts = [0, 1];
    for (const edge of [0, width]) {
      const t = (edge - x0) / (x1 - x0);
      if (t > 0 && t < 1) cuts.push(t);
    }
    cuts.sort((a, b) => a - b);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const ta = cuts[k]!;
      const tb = cuts[k + 1]!;
      const mid = x0 + (x1 - x0) * ((ta + tb) / 2);
      const clamp = (t: number) => Math.min(width, Math.max(0, x0 + (x1 - x0) * t));
      // A piece wholly outside runs exactly along the edge.
      const xa = mid < 0 ? 0 : mid > width ? width : clamp(ta);
      const xb = mid < 0 ? 0 : mid > width ? width : clamp(tb);
      this.#mark(top, bottom, Math.min(xa, xb), Math.max(xa, xb));
      line(this.area, this.stride, this.height, xa, y0 + (y1 - y0) * ta, xb, y0 + (y1 - y0) * tb);
    }
  }

  #mark(top: number, bottom: number, left: number, right: number): void {
    if (top < this.top) this.top = top;
    if (bottom > this.bottom) this.bottom = bottom;
    if (left < this.left) this.left = left;
    if (right > this.right) this.right = right;
  }

  /** Columns a running sum must start at and may stop after: areas end by column ceil(right) + 1. */
  get columns(): { from: number; to: number } {
    return { from: Math.floor(this.left), to: Math.min(this.width, Math.ceil(this.right) + 1) };
  }

  /** Zeroes what was written and forgets the bounds, ready for the next path. */
  clear(): void {
    if (this.top < this.bottom) {
      const from = Math.floor(this.left);
      const to = Math.min(this.stride, Math.ceil(this.right) + 2);
      for (let y = this.top; y < this.bottom; y++) this.area.fill(0, y * this.stride + from, y * this.stride + to);
    }
    this.top = this.left = Infinity;
    this.bottom = this.right = -Infinity;
  }

  /** The coverage of what was added, within `clip` (fractional edges scaled), then clears. */
  take(clip: Box): Coverage | undefined {
    const { from, to } = this.columns;
    const region = { x0: Math.max(from, Math.floor(clip.x0)), y0: Math.max(this.top, Math.floor(clip.y0)), x1: Math.min(to, Math.ceil(clip.x1)), y1: Math.min(this.bottom, Math.ceil(clip.y1)) };
    if (isEmpty(region)) {
      this.clear();
      return undefined;
    }
    const width = region.x1 - region.x0;
    const height = region.y1 - region.y0;
    const values = new Float32Array(width * height);
    for (let y = region.y0; y < region.y1; y++) {
      let sum = 0;
      const row = y * this.stride;
      // The sum starts at the leftmost area, even if the clip starts further right.
      for (let x = from; x < region.x1; x++) {
        sum += this.area[row + x]!;
        if (x < region.x0) continue;
        const c = sum < 0 ? -sum : sum;
        values[(y - region.y0) * width + (x - region.x0)] = c > 1 ? 1 : c;
      }
    }
    this.clear();
    const coverage = { x: region.x0, y: region.y0, width, height, stride: width, values };
    clipToBox(coverage, clip);
    return coverage;
  }
}

/** Adds the signed area of one edge (0 <= x <= width) to the rows it crosses. Hot: no destructuring. */
function line(area: Float32Array, stride: number, height: number, ax: number, ay: number, bx: number, by: number): void {
  const up = ay > by;
  const direction = up ? -1 : 1;
  const x0 = up ? bx : ax;
  const y0 = up ? by : ay;
  const x1 = up ? ax : bx;
  const y1 = up ? ay : by;
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  let yStart = Math.floor(y0);
  if (y0 < 0) {
    x -= y0 * dxdy;
    yStart = 0;
  }
  const yEnd = Math.min(height, Math.ceil(y1));
  for (let y = yStart; y < yEnd; y++) {
    const row = y * stride;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const xNext = x + dxdy * dy;
    const d = dy * direction;
    const xa = x < xNext ? x : xNext;
    const xb = x < xNext ? xNext : x;
    const xai = Math.floor(xa);
    const xbi = Math.ceil(xb);
    if (xbi <= xai + 1) {
      const xm = 0.5 * (x + xNext) - xai;
      area[row + xai]! += d - d * xm;
      area[row + xai + 1]! += d * xm;
    } else {
      const s = 1 / (xb - xa);
      const xaFrac = xa - xai;
      const a0 = 0.5 * s * (1 - xaFrac) * (1 - xaFrac);
      const xbFrac = xb - xbi + 1;
      const am = 0.5 * s * xbFrac * xbFrac;
      area[row + xai]! += d * a0;
      if (xbi === xai + 2) {
        area[row + xai + 1]! += d * (1 - a0 - am);
      } else {
        const a1 = s * (1.5 - xaFrac);
        area[row + xai + 1]! += d * (a1 - a0);
        for (let xi = xai + 2; xi < xbi - 1; xi++) area[row + xi]! += d * s;
        const a2 = a1 + (xbi - xai - 3) * s;
        area[row + xbi - 1]! += d * (1 - a2 - am);
      }
      area[row + xbi]! += d * am;
    }
    x = xNext;
  }
}

/** Scales the edge pixels of `coverage` by how much of them lies inside `clip`. */
function clipToBox(coverage: Coverage, clip: Box): void {
  const { x, y, width, height, stride, values } = coverage;
  const inside = (from: number, to: number, at: number) => Math.max(0, Math.min(at + 1, to) - Math.max(at, from));
  for (let row = 0; row < height; row++) {
    const fy = inside(clip.y0, clip.y1, y + row);
    if (fy < 1) for (let col = 0; col < width; col++) values[row * stride + col]! *= fy;
  }
  for (let col = 0; col < width; col++) {
    const fx = inside(clip.x0, clip.x1, x + col);
    if (fx < 1) for (let row = 0; row < height; row++) values[row * stride + col]! *= fx;
  }
}

/** Multiplies `coverage` by `mask` (0 where the mask has no pixels): drawing through a clip path. */
export function multiply(coverage: Coverage, mask: Coverage | undefined): void {
  for (let row = 0; row < coverage.height; row++) {
    const my = coverage.y + row - (mask?.y ?? 0);
    for (let col = 0; col < coverage.width; col++) {
      const mx = coverage.x + col - (mask?.x ?? 0);
      const m = mask && my >= 0 && my < mask.height && mx >= 0 && mx < mask.width ? mask.values[my * mask.stride + mx]! : 0;
      coverage.values[row * coverage.stride + col]! *= m;
    }
  }
}

/** Coverage of polygons within `clip`, on a buffer of their own: for tests and one-off shapes. */
export function fillPolygons(lines: readonly Polyline[], clip: Box): Coverage | undefined {
  const buffer = new AreaBuffer(Math.ceil(clip.x1), Math.ceil(clip.y1));
  buffer.addPolygons(lines);
  return buffer.take(clip);
}

/**
 * SVG path data (`d`) as straight lines, for the card rasteriser: curves and arcs are cut into
 * segments no further than FLATNESS pixels from the true curve, which is below what
 * anti-aliasing can show.
 */

/** One subpath: x0, y0, x1, y1, … in pixels. */
export interface Polyline {
  points: number[];
  closed: boolean;
}

export class UnsupportedPathError extends Error {}

const FLATNESS = 0.05;

function isCommand(code: number): boolean {
  // A-Z, a-z except e/E, which belong to numbers.
  return ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) && code !== 101 && code !== 69;
}

/** Reads `d` number by number; arc flags may be written without separators (`a1 1 0 01 5 5`). */
class PathReader {
  d: string;
  at = 0;
  constructor(d: string) {
    this.d = d;
  }
  skipSeparators(): void {
    const d = this.d;
    while (this.at < d.length) {
      const c = d.charCodeAt(this.at);
      if (c === 32 || c === 44 || c === 9 || c === 10 || c === 13) this.at += 1;
      else break;
    }
  }
  /** The next command letter, or 0 when numbers follow (an implicit repeat) or the data ended. */
  command(): number {
    this.skipSeparators();
    if (this.at >= this.d.length) return -1;
    const c = this.d.charCodeAt(this.at);
    if (isCommand(c)) {
      this.at += 1;
      return c;
    }
    return 0;
  }
  /** Digits are summed as an integer and divided once: exact as Number() for satori's short decimals, without a string per number. */
  number(): number {
    this.skipSeparators();
    const d = this.d;
    const start = this.at;
    let i = start;
    let c = d.charCodeAt(i);
    const negative = c === 45;
    if (c === 43 || c === 45) c = d.charCodeAt(++i);
    let mantissa = 0;
    let decimals = -1;
    let digits = 0;
    while ((c >= 48 && c <= 57) || (c === 46 && decimals < 0)) {
      if (c === 46) decimals = 0;
      else {
        mantissa = mantissa * 10 + (c - 48);
        digits += 1;
        if (decimals >= 0) decimals += 1;
      }
      c = d.charCodeAt(++i);
    }
    if (digits === 0) throw new UnsupportedPathError(`Pfaddaten unlesbar bei Zeichen ${start}: «${d.slice(start, start + 12)}»`);
    let value: number;
    if (c === 101 || c === 69 || digits > 15) {
      // Rare forms (exponent, long digit strings): let the engine parse them.
      if (c === 101 || c === 69) {
        c = d.charCodeAt(++i);
        if (c === 43 || c === 45) c = d.charCodeAt(++i);
        while (c >= 48 && c <= 57) c = d.charCodeAt(++i);
      }
      value = Number(d.slice(start, i));
      if (Number.isNaN(value)) throw new UnsupportedPathError(`Pfaddaten unlesbar bei Zeichen ${start}: «${d.slice(start, start + 12)}»`);
    } else {
      value = decimals > 0 ? mantissa / 10 ** decimals : mantissa;
      if (negative) value = -value;
    }
    this.at = i;
    return value;
  }
  flag(): number {
    this.skipSeparators();
    const c = this.d[this.at];
    if (c !== '0' && c !== '1') throw new UnsupportedPathError(`Bogen-Flag erwartet bei Zeichen ${this.at}.`);
    this.at += 1;
    return c === '1' ? 1 : 0;
  }
}

/** Receives a path as straight lines, subpath by subpath. */
export interface PathSink {
  start(x: number, y: number): void;
  line(x: number, y: number): void;
  /** The subpath ended; `closed` if by Z. */
  end(closed: boolean): void;
}

/** The path's subpaths as straight lines. */
export function flattenPath(d: string): Polyline[] {
  const out: Polyline[] = [];
  let current: Polyline | undefined;
  tracePath(d, {
    start(x, y) {
      current = { points: [x, y], closed: false };
    },
    line(x, y) {
      current!.points.push(x, y);
    },
    end(closed) {
      current!.closed = closed;
      if (current!.points.length >= 4) out.push(current!);
    },
  });
  return out;
}

/** Walks `d` and hands its lines to `sink`. Supports M L H V Q T C S A Z, absolute and relative. */
export function tracePath(d: string, sink: PathSink): void {
  const reader = new PathReader(d);
  let open = false;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last control point, for the smooth forms (S, T).
  let controlX = 0;
  let controlY = 0;
  let previous = 0;
  let command = reader.command();
  if (command === -1) return;
  if (command !== 77 && command !== 109) throw new UnsupportedPathError('Pfad beginnt nicht mit M.');
  const begin = () => {
    if (!open) {
      sink.start(x, y);
      open = true;
    }
  };
  const lineTo = (nx: number, ny: number) => {
    begin();
    sink.line(nx, ny);
    x = nx;
    y = ny;
  };
  while (command !== -1) {
    const upper = command & ~32;
    const relative = command !== upper;
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    switch (upper) {
      case 77: {
        if (open) sink.end(false);
        open = false;
        x = ox + reader.number();
        y = oy + reader.number();
        startX = x;
        startY = y;
        break;
      }
      case 76:
        lineTo(ox + reader.number(), oy + reader.number());
        break;
      case 72:
        lineTo(ox + reader.number(), y);
        break;
      case 86:
        lineTo(x, oy + reader.number());
        break;
      case 90:
        if (open) sink.end(true);
        open = false;
        // A drawing command after Z without M starts a new subpath at the same point.
        x = startX;
        y = startY;
        break;
      case 81:
      case 84: {
        const smooth = upper === 84;
        const cx = smooth ? (previous === 81 ? 2 * x - controlX : x) : ox + reader.number();
        const cy = smooth ? (previous === 81 ? 2 * y - controlY : y) : oy + reader.number();
        const ex = ox + reader.number();
        const ey = oy + reader.number();
        begin();
        quadratic(sink, x, y, cx, cy, ex, ey);
        controlX = cx;
        controlY = cy;
        x = ex;
        y = ey;
        break;
      }
      case 67:
      case 83: {
        const smooth = upper === 83;
        const c1x = smooth ? (previous === 67 ? 2 * x - controlX : x) : ox + reader.number();
        const c1y = smooth ? (previous === 67 ? 2 * y - controlY : y) : oy + reader.number();
        const c2x = ox + reader.number();
        const c2y = oy + reader.number();
        const ex = ox + reader.number();
        const ey = oy + reader.number();
        begin();
        cubic(sink, x, y, c1x, c1y, c2x, c2y, ex, ey);
        controlX = c2x;
        controlY = c2y;
        x = ex;
        y = ey;
        break;
      }
      case 65: {
        const rx = reader.number();
        const ry = reader.number();
        const rotation = reader.number();
        const large = reader.flag();
        const sweep = reader.flag();
        const ex = ox + reader.number();
        const ey = oy + reader.number();
        begin();
        arc(sink, x, y, rx, ry, rotation, large, sweep, ex, ey);
        x = ex;
        y = ey;
        break;
      }
      default:
        throw new UnsupportedPathError(`Pfadbefehl «${String.fromCharCode(command)}» wird nicht unterstützt.`);
    }
    previous = upper === 84 ? 81 : upper === 83 ? 67 : upper;
    const next = reader.command();
    if (next === 0 && upper === 90) throw new UnsupportedPathError('Zahlen nach Z.');
    // Numbers after a command repeat it; after M they are line-tos.
    if (next === 0) command = upper === 77 ? (relative ? 108 : 76) : command;
    else command = next;
  }
  if (open) sink.end(false);
}

function quadratic(sink: PathSink, x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): void {
  // The chord error of n equal steps is |p0 - 2p1 + p2| / (4n²).
  const ddx = x0 - 2 * x1 + x2;
  const ddy = y0 - 2 * y1 + y2;
  const n = Math.max(1, Math.ceil(Math.sqrt(Math.sqrt(ddx * ddx + ddy * ddy) / (4 * FLATNESS))));
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const u = 1 - t;
    sink.line(u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2);
  }
  sink.line(x2, y2);
}

function cubic(sink: PathSink, x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
  // The chord error of n equal steps is at most 3/4 · max|second difference| / n².
  const d1 = Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2);
  const d2 = Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3);
  const n = Math.max(1, Math.ceil(Math.sqrt((0.75 * Math.max(d1, d2)) / FLATNESS)));
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const e = t * t * t;
    sink.line(a * x0 + b * x1 + c * x2 + e * x3, a * y0 + b * y1 + c * y2 + e * y3);
  }
  sink.line(x3, y3);
}

/** Elliptical arc, converted to centre form as in SVG 1.1, appendix F.6.5. */
function arc(sink: PathSink, x1: number, y1: number, rxIn: number, ryIn: number, degrees: number, large: number, sweep: number, x2: number, y2: number): void {
  if (x1 === x2 && y1 === y2) return;
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) {
    sink.line(x2, y2);
    return;
  }
  const phi = (degrees * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const hx = (x1 - x2) / 2;
  const hy = (y1 - y2) / 2;
  const x1p = cos * hx + sin * hy;
  const y1p = -sin * hx + cos * hy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const coefficient = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator));
  const cxp = (coefficient * rx * y1p) / ry;
  const cyp = (-coefficient * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const ux = (x1p - cxp) / rx;
  const uy = (y1p - cyp) / ry;
  const vx = (-x1p - cxp) / rx;
  const vy = (-y1p - cyp) / ry;
  const start = Math.atan2(uy, ux);
  let delta = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const radius = Math.max(rx, ry);
  const step = radius > FLATNESS ? 2 * Math.acos(1 - FLATNESS / radius) : Math.PI / 2;
  const n = Math.max(1, Math.ceil(Math.abs(delta) / step));
  for (let i = 1; i < n; i++) {
    const t = start + (delta * i) / n;
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    sink.line(cx + cos * ex - sin * ey, cy + sin * ex + cos * ey);
  }
  sink.line(x2, y2);
}

/**
 * The area a stroke of `width` covers, as polygons to fill with the non-zero rule: one quad per
 * segment (butt ends) and a bevel triangle at each joint, all wound the same way so that their
 * overlaps add up instead of cancelling. Bevel instead of miter joins only differs on the outer
 * side of sharp corners.
 */
export function strokeOutline(lines: readonly Polyline[], width: number): Polyline[] {
  const half = width / 2;
  const out: Polyline[] = [];
  for (const line of lines) {
    const p = dedupe(line.points, line.closed);
    const count = p.length / 2;
    const segments = line.closed ? count : count - 1;
    const normals: number[] = [];
    for (let s = 0; s < segments; s++) {
      const [ax, ay, bx, by] = [p[2 * s]!, p[2 * s + 1]!, p[(2 * (s + 1)) % p.length]!, p[((2 * (s + 1)) % p.length) + 1]!];
      const length = Math.hypot(bx - ax, by - ay);
      const nx = (-(by - ay) / length) * half;
      const ny = ((bx - ax) / length) * half;
      normals.push(nx, ny);
      out.push(wound([ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny, ax - nx, ay - ny]));
    }
    for (let j = line.closed ? 0 : 1; j < (line.closed ? count : count - 1); j++) {
      const before = (j - 1 + segments) % segments;
      const [vx, vy] = [p[2 * j]!, p[2 * j + 1]!];
      const [n1x, n1y, n2x, n2y] = [normals[2 * before]!, normals[2 * before + 1]!, normals[2 * j]!, normals[2 * j + 1]!];
      out.push(wound([vx, vy, vx + n1x, vy + n1y, vx + n2x, vy + n2y]), wound([vx, vy, vx - n1x, vy - n1y, vx - n2x, vy - n2y]));
    }
  }
  return out;
}

/** Points without zero-length steps (and, if closed, without a last point equal to the first). */
function dedupe(points: readonly number[], closed: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const n = out.length;
    if (n && Math.abs(out[n - 2]! - points[i]!) < 1e-9 && Math.abs(out[n - 1]! - points[i + 1]!) < 1e-9) continue;
    out.push(points[i]!, points[i + 1]!);
  }
  if (closed && out.length > 2 && Math.abs(out[0]! - out[out.length - 2]!) < 1e-9 && Math.abs(out[1]! - out[out.length - 1]!) < 1e-9) out.length -= 2;
  return out;
}

/** The polygon, reversed if needed so that its signed area is positive. */
function wound(points: number[]): Polyline {
  let area = 0;
  for (let i = 0; i < points.length; i += 2) {
    const j = (i + 2) % points.length;
    area += points[i]! * points[j + 1]! - points[j]! * points[i + 1]!;
  }
  if (area < 0) {
    const reversed: number[] = [];
    for (let i = points.length - 2; i >= 0; i -= 2) reversed.push(points[i]!, points[i + 1]!);
    return { points: reversed, closed: true };
  }
  return { points, closed: true };
}

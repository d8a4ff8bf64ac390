/**
 * Reads the SVG that satori writes for a card into a list of drawing operations: filled
 * rectangles and paths, and stroked paths (borders), each with the rectangle and the paths it is
 * clipped to. Satori clips overflow with masks that are one white rectangle each; they are read
 * as that rectangle (a mask is what made librsvg slow: it renders every mask into an offscreen
 * image the size of the card).
 *
 * Only what satori produces for our layout is accepted, and strictly: any other element,
 * attribute or colour syntax throws UnsupportedSvgError, and the card goes to librsvg instead of
 * being drawn wrong.
 */
import type { Box } from './rasterise.ts';

export class UnsupportedSvgError extends Error {}

export interface Clip {
  box: Box;
  /** Path data (`d`) of clip paths; the operation is drawn only inside all of them. */
  paths: string[];
}

export type DrawOp =
  | { kind: 'box'; box: Box; colour: number; clip: Clip }
  | { kind: 'fill'; d: string; colour: number; clip: Clip }
  | { kind: 'stroke'; d: string; width: number; colour: number; clip: Clip };

export interface SatoriDrawing {
  width: number;
  height: number;
  ops: DrawOp[];
}

interface SvgNode {
  name: string;
  attrs: Record<string, string>;
  children: SvgNode[];
}

const ALLOWED: Record<string, readonly string[]> = {
  svg: ['width', 'height', 'viewBox', 'xmlns'],
  defs: [],
  g: ['mask', 'clip-path'],
  mask: ['id'],
  clipPath: ['id', 'clip-path'],
  rect: ['x', 'y', 'width', 'height', 'fill', 'mask', 'clip-path'],
  // Satori puts the box's width and height on paths as well; SVG ignores them there.
  path: ['d', 'fill', 'stroke', 'stroke-width', 'mask', 'clip-path', 'x', 'y', 'width', 'height'],
};

function unsupported(what: string): never {
  throw new UnsupportedSvgError(`Satori-SVG enthält ${what}, das der Kartenrasterer nicht kennt.`);
}

function parse(svg: string): SvgNode {
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"<>&]*")*)\s*(\/?)>/y;
  const attr = /\s+([\w:-]+)="([^"]*)"/g;
  const root: SvgNode = { name: '#root', attrs: {}, children: [] };
  const open: SvgNode[] = [root];
  let at = 0;
  while (at < svg.length) {
    const text = svg.indexOf('<', at);
    if (text < 0 || svg.slice(at, text).trim() !== '') unsupported('Text ausserhalb von Elementen');
    tag.lastIndex = text;
    const match = tag.exec(svg);
    if (!match) unsupported(`unlesbares Markup bei Zeichen ${text}`);
    const [, closing, name, attributes, selfClosing] = match as unknown as [string, string, string, string, string];
    at = tag.lastIndex;
    if (closing) {
      if (open.pop()?.name !== name) unsupported(`ein falsch geschlossenes <${name}>`);
      continue;
    }
    const allowed = ALLOWED[name] ?? unsupported(`<${name}>`);
    const node: SvgNode = { name, attrs: {}, children: [] };
    for (const [, key, value] of attributes.matchAll(attr)) {
      if (!allowed.includes(key!)) unsupported(`das Attribut ${key} an <${name}>`);
      node.attrs[key!] = value!;
    }
    open.at(-1)!.children.push(node);
    if (!selfClosing) open.push(node);
  }
  if (open.length !== 1 || root.children.length !== 1 || root.children[0]!.name !== 'svg') unsupported('kein einzelnes <svg>');
  return root.children[0]!;
}

function number(node: SvgNode, key: string, fallback?: number): number {
  const raw = node.attrs[key];
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(value)) unsupported(`${key}="${raw}" an <${node.name}>`);
  return value;
}

/** `#rgb` or `#rrggbb` as 0xRRGGBB; undefined for `none`; black when absent, as in SVG. */
function colour(raw: string | undefined): number | undefined {
  if (raw === undefined) return 0;
  if (raw === 'none') return undefined;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(raw);
  if (short) return Number.parseInt(short.slice(1).map((c) => c + c).join(''), 16);
  if (/^#[0-9a-f]{6}$/i.test(raw)) return Number.parseInt(raw.slice(1), 16);
  return unsupported(`die Farbe «${raw}»`);
}

function boxOf(node: SvgNode): Box {
  const x = number(node, 'x', 0);
  const y = number(node, 'y', 0);
  return { x0: x, y0: y, x1: x + number(node, 'width'), y1: y + number(node, 'height') };
}

function narrow(clip: Clip, box: Box | undefined, path?: string): Clip {
  const next = box ? { x0: Math.max(clip.box.x0, box.x0), y0: Math.max(clip.box.y0, box.y0), x1: Math.min(clip.box.x1, box.x1), y1: Math.min(clip.box.y1, box.y1) } : clip.box;
  return { box: next, paths: path === undefined ? clip.paths : [...clip.paths, path] };
}

export function readSatoriSvg(svg: string): SatoriDrawing {
  const root = parse(svg);
  const width = number(root, 'width');
  const height = number(root, 'height');
  if ((root.attrs.viewBox ?? `0 0 ${width} ${height}`).trim().split(/[\s,]+/).map(Number).join(' ') !== `0 0 ${width} ${height}`) unsupported(`viewBox="${root.attrs.viewBox}"`);

  const byId = new Map<string, SvgNode>();
  const index = (node: SvgNode) => {
    if (node.attrs.id !== undefined) byId.set(node.attrs.id, node);
    node.children.forEach(index);
  };
  index(root);
  const target = (ref: string, kind: string) => {
    const id = /^url\(#([^)]+)\)$/.exec(ref)?.[1];
    const node = id === undefined ? undefined : byId.get(id);
    if (!node || node.name !== kind) unsupported(`den Verweis ${ref}`);
    return node;
  };

  /** Narrows `clip` by an element's clip-path and mask. */
  const clipBy = (clip: Clip, node: SvgNode): Clip => {
    let out = clip;
    const clipPath = node.attrs['clip-path'];
    if (clipPath !== undefined) {
      const definition = target(clipPath, 'clipPath');
      out = clipBy(out, definition);
      const [shape, ...rest] = definition.children;
      if (!shape || rest.length || shape.children.length) unsupported('einen clipPath mit mehr als einer Form');
      out = shape.name === 'rect' ? narrow(out, boxOf(shape)) : shape.name === 'path' ? narrow(out, undefined, shape.attrs.d ?? '') : unsupported(`<${shape.name}> im clipPath`);
    }
    const mask = node.attrs.mask;
    if (mask !== undefined) {
      // A mask of one opaque white rectangle lets through exactly that rectangle.
      const [shape, ...rest] = target(mask, 'mask').children;
      if (!shape || rest.length || shape.name !== 'rect' || shape.children.length || colour(shape.attrs.fill) !== 0xffffff) unsupported('eine Maske, die nicht ein weisses Rechteck ist');
      out = narrow(clipBy(out, shape), boxOf(shape));
    }
    return out;
  };

  const ops: DrawOp[] = [];
  const draw = (nodes: readonly SvgNode[], clip: Clip) => {
    for (const node of nodes) {
      if (node.name === 'mask' || node.name === 'clipPath' || node.name === 'defs') continue;
      const inner = clipBy(clip, node);
      if (node.name === 'g') {
        draw(node.children, inner);
        continue;
      }
      if (node.children.length) unsupported(`Kinder in <${node.name}>`);
      const fill = colour(node.attrs.fill);
      if (node.name === 'rect') {
        if (fill !== undefined) ops.push({ kind: 'box', box: boxOf(node), colour: fill, clip: inner });
        continue;
      }
      if (node.name !== 'path') unsupported(`<${node.name}> als Zeichnung`);
      const d = node.attrs.d ?? '';
      if (fill !== undefined) ops.push({ kind: 'fill', d, colour: fill, clip: inner });
      const stroke = node.attrs.stroke === undefined ? undefined : colour(node.attrs.stroke);
      if (stroke !== undefined) {
        // Satori draws borders as a stroke clipped to the box's outline; joins and caps then never show.
        if (!inner.paths.length) unsupported('eine Kontur ohne Clip-Pfad');
        ops.push({ kind: 'stroke', d, width: number(node, 'stroke-width', 1), colour: stroke, clip: inner });
      }
    }
  };
  draw(root.children, { box: { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity }, paths: [] });
  return { width, height, ops };
}

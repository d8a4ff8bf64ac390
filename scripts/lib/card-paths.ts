/**
 * The card renderers compared by `npm run bench:cards`, each turning the same card specs into
 * PNGs in memory with both cores, timed cold in a fresh process (the clock starts before any
 * library is loaded and before the fonts are unpacked, as a build pays it):
 *
 * - `eigen`: the build's pipeline as it is (satori on this thread, the private rasteriser in a
 *   worker; src/cards/render/render-threads.ts), template as is;
 * - `sharp`: satori on this thread, sharp (librsvg) `png()` on libuv's threads, at most
 *   IN_FLIGHT cards waiting; `sharp-palette`: the same with a palette PNG (libimagequant);
 * - `resvg`: satori on this thread, `@resvg/resvg-js` `renderAsync` on its own threads.
 *
 * The library paths use the template without `overflow: hidden`: satori draws it as a mask,
 * and masks are what make librsvg slow. `minHeight: 0` takes its place so that the layout stays
 * the same (overflow also lets the column shrink below its content).
 *
 * Run as a child: `node scripts/bench-cards.ts --path <name> --specs <file>` prints one JSON line.
 */
import { createRequire } from 'node:module';
import type satoriFunction from 'satori';
import type sharpFunction from 'sharp';
import type { CardSpec } from '../../src/cards/spec/card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, drawnText } from '../../src/cards/render/card-layout.ts';
import { facesFor } from '../../src/cards/render/font-choice.ts';
import { cardFonts } from '../../src/cards/render/fonts.ts';
import { renderCards } from '../../src/cards/render/render-threads.ts';

export const CARD_PATHS = ['eigen', 'sharp', 'sharp-palette', 'resvg'] as const;
export type CardPath = (typeof CARD_PATHS)[number];

/** Cards handed to the library and not yet back: two keep both cores busy while satori lays out the next. */
const IN_FLIGHT = 2;

const require = createRequire(import.meta.url);

type Element = ReturnType<typeof cardElement>;

/** The layout with `minHeight: 0` wherever it says `overflow` (see above). */
export function withoutOverflow(element: Element): Element {
  const { style, children } = element.props;
  const map = (child: Element | string): Element | string => (typeof child === 'string' ? child : withoutOverflow(child));
  let newStyle = style;
  if (style && 'overflow' in style) {
    const { overflow: _overflow, ...rest } = style;
    newStyle = { ...rest, minHeight: 0 };
  }
  const newChildren = children === undefined ? undefined : Array.isArray(children) ? children.map(map) : map(children);
  return { type: element.type, props: { ...element.props, style: newStyle, ...(newChildren === undefined ? {} : { children: newChildren }) } };
}

async function viaLibrary(specs: readonly CardSpec[], toPng: (svg: string) => Promise<Uint8Array>): Promise<Uint8Array[]> {
  const satori = (require('satori') as { default: typeof satoriFunction }).default;
  const fonts = cardFonts();
  const out: Uint8Array[] = [];
  const waiting = new Set<Promise<void>>();
  for (const [index, spec] of specs.entries()) {
    const svg = await satori(withoutOverflow(cardElement(spec)) as Parameters<typeof satoriFunction>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: facesFor(fonts, drawnText(spec)) });
    const done: Promise<void> = toPng(svg).then((png) => {
      out[index] = png;
      waiting.delete(done);
    });
    waiting.add(done);
    while (waiting.size >= IN_FLIGHT) await Promise.race(waiting);
  }
  await Promise.all(waiting);
  return out;
}

/** Renders every spec with one path; returns the PNGs in spec order. */
export async function renderWithPath(path: CardPath, specs: readonly CardSpec[]): Promise<Uint8Array[]> {
  if (path === 'eigen') {
    const out: Uint8Array[] = [];
    await renderCards(specs, cardFonts(), (index, card) => (out[index] = card.png));
    return out;
  }
  if (path === 'resvg') {
    const { renderAsync } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    // satori writes text as paths: no fonts needed, none loaded from the system.
    return viaLibrary(specs, async (svg) => (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng());
  }
  const sharp = require('sharp') as typeof sharpFunction;
  // One libvips thread per image: librsvg draws on one thread anyway; IN_FLIGHT images share the cores.
  sharp.concurrency(1);
  const options = path === 'sharp' ? {} : { palette: true, compressionLevel: 6, effort: 1 };
  return viaLibrary(specs, (svg) => sharp(Buffer.from(svg)).png(options).toBuffer());
}

/** Mean absolute difference per channel (0–255) and share of values off by more than 48, as tests/unit/cards.test.ts measures. */
export async function pixelDifference(one: Uint8Array, other: Uint8Array): Promise<{ mean: number; off: number }> {
  const sharp = require('sharp') as typeof sharpFunction;
  const [a, b] = await Promise.all([one, other].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  let sum = 0;
  let off = 0;
  for (let i = 0; i < a!.length; i++) {
    const d = Math.abs(a![i]! - b![i]!);
    sum += d;
    if (d > 48) off += 1;
  }
  return { mean: sum / a!.length, off: off / a!.length };
}

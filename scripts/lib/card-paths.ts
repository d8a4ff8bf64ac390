/**
 * The card renderers compared by `npm run bench:cards`, each turning the same card specs into
 * PNGs in memory with both cores, timed cold in a fresh process (the clock starts before any
 * library is loaded and before the fonts are unpacked, as a build pays it):
 *
 * - `build`: the build's own pipeline (src/cards/render/render-pipeline.ts): satori on this
 *   thread, sharp (librsvg) `png()` on libuv's threads, at most two cards waiting;
 * - `sharp-palette`: the same with a palette PNG (libimagequant): smaller files, slower;
 * - `resvg`: satori on this thread, `@resvg/resvg-js` `renderAsync` on its own threads.
 *
 * Until the commit that removed it, a fourth path timed the project's private rasteriser; the
 * README keeps that run's table.
 *
 * Run as a child: `node scripts/bench-cards.ts --child <path> --specs <file> --png-dir <dir>`.
 */
import { createRequire } from 'node:module';
import type satoriFunction from 'satori';
import type sharpFunction from 'sharp';
import type { CardSpec } from '../../src/cards/spec/card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, drawnText } from '../../src/cards/render/card-layout.ts';
import { facesFor } from '../../src/cards/render/font-choice.ts';
import { cardFonts } from '../../src/cards/render/fonts.ts';
import { renderCards } from '../../src/cards/render/render-pipeline.ts';

export const CARD_PATHS = ['build', 'sharp-palette', 'resvg'] as const;
export type CardPath = (typeof CARD_PATHS)[number];

/** Cards handed to the library and not yet back: two keep both cores busy while satori lays out the next. */
const IN_FLIGHT = 2;

const require = createRequire(import.meta.url);

async function viaLibrary(specs: readonly CardSpec[], toPng: (svg: string) => Promise<Uint8Array>): Promise<Uint8Array[]> {
  const satori = (require('satori') as { default: typeof satoriFunction }).default;
  const fonts = cardFonts();
  const out: Uint8Array[] = [];
  const waiting = new Set<Promise<void>>();
  for (const [index, spec] of specs.entries()) {
    const svg = await satori(cardElement(spec) as Parameters<typeof satoriFunction>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: facesFor(fonts, drawnText(spec)) });
    const done: Promise<void> = toPng(svg).then((png) => {
      out[index] = png;
      waiting.delete(done);
    });
    // A failure ends the child process with its message (below); no rejection goes unhandled meanwhile.
    done.catch(() => {});
    waiting.add(done);
    while (waiting.size >= IN_FLIGHT) await Promise.race(waiting);
  }
  await Promise.all(waiting);
  return out;
}

/** Renders every spec with one path; returns the PNGs in spec order. */
export async function renderWithPath(path: CardPath, specs: readonly CardSpec[]): Promise<Uint8Array[]> {
  if (path === 'build') {
    const out: Uint8Array[] = [];
    await renderCards(specs, cardFonts(), (index, png) => (out[index] = png));
    return out;
  }
  if (path === 'resvg') {
    const { renderAsync } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    // satori writes text as paths: no fonts needed, none loaded from the system.
    return viaLibrary(specs, async (svg) => (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng());
  }
  const sharp = require('sharp') as typeof sharpFunction;
  // As the build's pipeline does: one libvips thread per image, two images in flight.
  sharp.concurrency(1);
  return viaLibrary(specs, (svg) => sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 6, effort: 1 }).toBuffer());
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

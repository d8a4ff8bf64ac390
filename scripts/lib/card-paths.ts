/**
 * The card renderers compared by `npm run bench:cards`, each turning the same card specs into
 * PNGs in memory with both cores, timed cold in a fresh process (the clock starts before any
 * library is loaded and before the fonts are unpacked, as a build pays it):
 *
 * - `build`: the build's own pipeline (src/cards/render/render-pipeline.ts): satori on this
 *   thread, sharp (librsvg) `png()` on libuv's threads, two cards in the pipeline;
 * - `sharp-palette`: the same pipeline with a palette PNG (libimagequant): smaller files, slower;
 * - `resvg`: the same pipeline, `@resvg/resvg-js` `renderAsync` drawing on its own threads.
 *
 * Until the commit that removed it, a fourth path timed the project's private rasteriser; the
 * README keeps that run's table.
 *
 * Run as a child: `node scripts/bench-cards.ts --child <path> --specs <file> --png-dir <dir>`.
 */
import { createRequire } from 'node:module';
import type sharpFunction from 'sharp';
import type { CardSpec } from '../../src/cards/spec/card-spec.ts';
import { cardFonts } from '../../src/cards/render/fonts.ts';
import { renderCards } from '../../src/cards/render/render-pipeline.ts';

export const CARD_PATHS = ['build', 'sharp-palette', 'resvg'] as const;
export type CardPath = (typeof CARD_PATHS)[number];

const require = createRequire(import.meta.url);

/** The SVG-to-PNG step of each path other than the build's own. */
function drawerFor(path: Exclude<CardPath, 'build'>): (svg: string) => Promise<Uint8Array> {
  if (path === 'resvg') {
    const { renderAsync } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    // satori writes text as paths: no fonts needed, none loaded from the system.
    return async (svg) => (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
  }
  const sharp = require('sharp') as typeof sharpFunction;
  return (svg) => sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 6, effort: 1 }).toBuffer();
}

/** Renders every spec with one path, through the build's pipeline; returns the PNGs in spec order. */
export async function renderWithPath(path: CardPath, specs: readonly CardSpec[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  await renderCards(specs, cardFonts(), (index, png) => (out[index] = png), path === 'build' ? undefined : drawerFor(path));
  return out;
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

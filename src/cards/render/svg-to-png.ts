/**
 * satori's SVG of a card as PNG, drawn by librsvg through sharp. `npm run bench:cards` compared
 * this with resvg-js and with a palette PNG, and with the private rasteriser the project used to
 * have (see README, «Vorschaukarten»): sharp's plain `png()` was the fastest library path, and
 * the private rasteriser was not twice as fast, so the library draws.
 */
import { createRequire } from 'node:module';
import type sharpFunction from 'sharp';

// Loaded on the first card, not with the build's config; with require, because Astro loads the
// integrations through Vite's module runner, which is closed by the time the cards render.
const require = createRequire(import.meta.url);

/** The PNG (1200×630, RGBA, zlib level 6) of a card's SVG; rejects with sharp's error if librsvg cannot read it. */
export async function pngFromSvg(svg: string): Promise<Uint8Array> {
  const sharp = require('sharp') as typeof sharpFunction;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

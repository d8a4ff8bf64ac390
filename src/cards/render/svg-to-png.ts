/**
 * satori's SVG of a card as PNG: our rasteriser draws it into a palette and writes the PNG (see
 * rasterise.ts for why not librsvg). Should satori ever write something the rasteriser does not
 * know (after a layout change), that card is drawn by librsvg through sharp as before, slower
 * but right, and the build says so.
 */
import { createRequire } from 'node:module';
import type sharpFunction from 'sharp';
import { drawSatoriSvg } from '../raster/draw-satori-svg.ts';
import { encodeIndexedPng } from '../raster/indexed-png.ts';
import { UnsupportedSvgError } from '../raster/read-satori-svg.ts';
import { UnsupportedPathError } from '../raster/svg-path.ts';

export interface RenderedCard {
  png: Uint8Array;
  /** Why librsvg had to draw this card, if it did. */
  fallback?: string;
}

export async function cardPng(svg: string): Promise<RenderedCard> {
  try {
    // Drawing and encoding in one synchronous step: the canvas is reused by the next card.
    const canvas = drawSatoriSvg(svg);
    return { png: encodeIndexedPng(canvas.width, canvas.height, canvas.rows, canvas.palette) };
  } catch (error) {
    if (!(error instanceof UnsupportedSvgError || error instanceof UnsupportedPathError)) throw error;
    return { png: await pngWithLibrsvg(svg), fallback: error.message };
  }
}

// Loaded only for such a card; with require, as Astro's module runner is closed by then (see card-svg.ts).
const require = createRequire(import.meta.url);

async function pngWithLibrsvg(svg: string): Promise<Buffer> {
  const sharp = require('sharp') as typeof sharpFunction;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1 }).toBuffer();
}

/**
 * The baseline for the card benchmark: Open Graph cards rendered the way most Astro blogs do it.
 * One card after the other on the main thread, the font files read from disk for every card,
 * satori for the SVG, sharp's png() with its default settings for the PNG, no cache. Same layout
 * (cardElement) and the same fonts as the site's cards, so that only the way of rendering differs.
 *
 * satori and sharp are loaded before the clock starts; the site's own figure includes starting
 * its workers and loading satori there, so the comparison errs in the baseline's favour.
 */
import { readFileSync } from 'node:fs';
import satori from 'satori';
import sharp from 'sharp';
import type { CardSpec } from '../../src/cards/spec/card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement } from '../../src/cards/render/card-layout.ts';
import { cardFontFiles } from '../../src/cards/render/fonts.ts';
import { cardTextMeasure } from '../../src/cards/render/text-measure.ts';

export async function renderCardsBaseline(specs: readonly CardSpec[]): Promise<{ cards: number; totalMs: number }> {
  // The baseline as it was measured: the eight Source faces, without the later fallback font.
  const faces = cardFontFiles().filter((face) => face.subset !== 'fallback');
  // The layout measures its texts with the fonts' glyph widths (HarfBuzz); loaded before the clock, like satori and sharp.
  await cardTextMeasure();
  const started = performance.now();
  for (const spec of specs) {
    const fonts = faces.map((face) => ({ name: face.name, weight: face.weight, style: 'normal' as const, data: readFileSync(face.file) }));
    const svg = await satori((await cardElement(spec)) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    await sharp(Buffer.from(svg)).png().toBuffer();
  }
  return { cards: specs.length, totalMs: performance.now() - started };
}

/**
 * Renders a list of cards with both cores as a pipeline: this thread lays out the next card with
 * satori (layout-svg.ts) while sharp draws the one before on libuv's threads (svg-to-png.ts).
 * Fewer than IN_FLIGHT cards are ever drawing when satori starts the next, so thousands of SVGs
 * (~80 kB each) never pile up.
 */
import { createRequire } from 'node:module';
import type sharpFunction from 'sharp';
import type { CardSpec } from '../spec/card-spec.ts';
import type { CardFont } from './fonts.ts';
import { cardSvg } from './layout-svg.ts';
import { pngFromSvg } from './svg-to-png.ts';

/** Two cards in the pipeline, one drawing while one is laid out, keep both cores busy (measured: 2 beat 3 and 4). */
const IN_FLIGHT = 2;

const require = createRequire(import.meta.url);

/** The first failure of a card, naming its page. */
function cardError(spec: CardSpec, error: unknown): Error {
  return new Error(`Vorschaukarte für /${spec.page}: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Calls `onCard(index, png)` once per spec, as soon as that card is drawn (`onCard` may write
 * files; an exception there fails the run too). Rejects naming the page of the first card that
 * cannot be laid out, drawn or written; no further card is started after a failure. `draw`
 * turns a card's SVG into its PNG off this thread; `npm run bench:cards` passes other renderers.
 */
export async function renderCards(
  specs: readonly CardSpec[],
  fonts: CardFont[],
  onCard: (index: number, png: Uint8Array) => void,
  draw: (svg: string) => Promise<Uint8Array> = pngFromSvg,
): Promise<void> {
  const sharp = require('sharp') as typeof sharpFunction;
  // One libvips thread per image: librsvg draws an SVG on one thread anyway, and the cards in
  // flight share the cores. Set back afterwards, as the setting holds for the whole process.
  const threadsBefore = sharp.concurrency();
  sharp.concurrency(1);
  const drawing = new Set<Promise<void>>();
  let failure: Error | undefined;
  try {
    for (const [index, spec] of specs.entries()) {
      if (failure) break;
      let svg: string;
      try {
        svg = await cardSvg(spec, fonts);
      } catch (error) {
        // Reported after the cards already drawing have finished, so none is written afterwards.
        failure ??= cardError(spec, error);
        break;
      }
      const drawn: Promise<void> = draw(svg)
        .then((png) => onCard(index, png))
        .catch((error: unknown) => {
          failure ??= cardError(spec, error);
        })
        .finally(() => drawing.delete(drawn));
      drawing.add(drawn);
      while (drawing.size >= IN_FLIGHT) await Promise.race(drawing);
    }
    await Promise.all(drawing);
  } finally {
    sharp.concurrency(threadsBefore);
  }
  if (failure) throw failure;
}

/**
 * A process of its own that draws the build's cards into the card cache while Astro bundles and
 * renders the pages, so that the card step after the pages only copies them
 * (src/integrations/og-cards.ts). Its own process, not a worker thread: satori's and sharp's
 * memory is then not on Astro's heap, and it runs at a lower priority, so the pages (the
 * build's longer path) keep the cores they need.
 *
 *   node src/cards/render/card-process.ts <specs.json> <card cache folder>
 *
 * `specs.json` holds the CardSpec list. Exits 0 when every card is in the cache, 1 naming the
 * card that failed (the card step after the pages then reports it again, in the build log).
 */
import { readFileSync } from 'node:fs';
import type { CardSpec } from '../spec/card-spec.ts';
import { renderAllCards } from './render-cards.ts';

// Started with an IPC channel (early-cards.ts): when the build goes, so does this process.
process.on('disconnect', () => process.exit(1));

const [specFile, cacheDir] = process.argv.slice(2);
if (!specFile || !cacheDir) {
  console.error('Aufruf: node src/cards/render/card-process.ts <specs.json> <Karten-Cache>');
  process.exit(2);
}
try {
  const specs = JSON.parse(readFileSync(specFile, 'utf8')) as CardSpec[];
  const report = await renderAllCards(specs, { cacheDir });
  console.log(JSON.stringify({ cards: report.cards, rendered: report.rendered, renderMs: report.renderMs }));
  // Done: let go of the channel (which otherwise keeps this process alive), without the exit above.
  process.removeAllListeners('disconnect');
  process.disconnect?.();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

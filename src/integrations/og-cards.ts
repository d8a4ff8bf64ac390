/**
 * After the pages are built, renders the Open Graph card of every page. The pages know what
 * each card shows (they read the dossier graph); the build manifest hands the list over.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderAllCards, SUBSTITUTE } from '../cards/render/render-cards.ts';
import { writeAtomically } from '../io/files.ts';
import { readBuildManifest } from './build-manifest.ts';

export function ogCards(): AstroIntegration {
  let astroCache = '';
  return {
    name: 'dossier:og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        astroCache = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { cards } = readBuildManifest(astroCache);
        // The card cache, and the figures of the last run that the benchmarks read.
        const cacheDir = path.join(astroCache, 'og-cards');
        const report = await renderAllCards(cards, { outDir: fileURLToPath(dir), cacheDir });
        // A missing glyph never stops the build; the editor learns which page shows what.
        for (const note of report.glyphs) {
          if (note.drawnWith === 'fallback') {
            logger.info(`Vorschaukarte ${note.page}: «${note.char}» (${note.codePoint}) aus der Ersatzschrift DejaVu Sans gezeichnet.`);
          } else {
            logger.warn(`Vorschaukarte ${note.page}: kein Zeichen in den Kartenschriften für «${note.char}» (${note.codePoint}); als «${SUBSTITUTE}» gezeichnet. Hinweis: den Text anpassen oder in src/cards/render/fonts.ts eine Schrift (npm-Paket) ergänzen, die es enthält.`);
          }
        }
        // Kept beside the cache for the benchmarks (npm run bench:cards, npm run bench).
        writeAtomically(path.join(cacheDir, 'last-run.json'), JSON.stringify(report, null, 2));
        const perCard = report.rendered ? ` (${(report.renderMs / report.rendered).toFixed(1)} ms je Karte)` : '';
        logger.info(`Vorschaukarten: ${report.cards}, davon ${report.rendered} neu gerendert${perCard}, ${report.fromCache} aus dem Cache.`);
      },
    },
  };
}

/**
 * After the pages are built, renders the Open Graph card of every page. The pages know what
 * each card shows (they read the dossier graph); the build manifest hands the list over.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { MissingGlyphError, renderAllCards } from '../cards/render/render-cards.ts';
import { writeAtomically } from '../io/files.ts';
import { siteConfig } from '../site.config.ts';
import { readBuildManifest } from './build-manifest.ts';

/** The card cache, and the figures of the last run that the benchmarks read. */
export const CARD_CACHE_DIR = path.join(siteConfig.cacheDir, 'og-cards');

export function ogCards(): AstroIntegration {
  return {
    name: 'dossier:og-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { cards } = readBuildManifest();
        let report;
        try {
          report = await renderAllCards(cards, { outDir: fileURLToPath(dir), cacheDir: CARD_CACHE_DIR });
        } catch (error) {
          if (error instanceof MissingGlyphError) throw new AstroError(error.message);
          throw error;
        }
        // Kept beside the cache for the benchmarks (npm run bench:cards, npm run bench).
        writeAtomically(path.join(CARD_CACHE_DIR, 'last-run.json'), JSON.stringify(report, null, 2));
        const perCard = report.rendered ? ` (${(report.renderMs / report.rendered).toFixed(1)} ms je Karte)` : '';
        logger.info(`Vorschaukarten: ${report.cards}, davon ${report.rendered} neu gerendert${perCard}, ${report.fromCache} aus dem Cache.`);
      },
    },
  };
}

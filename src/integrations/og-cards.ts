/**
 * After the pages are built, renders the Open Graph card of every page. The pages know what
 * each card shows (they read the dossier graph); they leave the list in `og-cards.json`, which
 * this integration consumes and removes.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { CardSpec } from '../cards/spec/card-spec.ts';
import { MissingGlyphError, renderAllCards } from '../cards/render/render-cards.ts';
import { writeAtomically } from '../io/files.ts';

export const CARD_MANIFEST = 'og-cards.json';

export function ogCards(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'dossier:og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'og-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = path.join(outDir, CARD_MANIFEST);
        const specs = JSON.parse(readFileSync(manifest, 'utf8')) as CardSpec[];
        rmSync(manifest);
        let report;
        try {
          report = await renderAllCards(specs, { outDir, cacheDir });
        } catch (error) {
          if (error instanceof MissingGlyphError) throw new AstroError(error.message);
          throw error;
        }
        // Kept beside the cache for the benchmarks (npm run bench:cards, npm run bench): the
        // figures of this run, and the cards it rendered so that the baseline can draw the same.
        writeAtomically(path.join(cacheDir, 'last-run.json'), JSON.stringify(report, null, 2));
        writeAtomically(path.join(cacheDir, 'last-specs.json'), JSON.stringify(specs, null, 2));
        const perCard = report.rendered ? ` (${(report.renderMs / report.rendered).toFixed(1)} ms je Karte, ${report.threads} Threads)` : '';
        logger.info(`Vorschaukarten: ${report.cards}, davon ${report.rendered} neu gerendert${perCard}, ${report.fromCache} aus dem Cache.`);
        if (report.drawnByLibrsvg.length) {
          logger.warn(
            `Vorschaukarten: ${report.drawnByLibrsvg.length} Karte(n) mit librsvg gezeichnet (langsam), weil der eigene Rasterer das SVG von satori nicht lesen kann:\n${report.drawnByLibrsvg.map((c) => `/${c.page}: ${c.reason}`).join('\n')}\nHinweis: src/cards/satori-svg.ts um das Fehlende ergänzen.`,
          );
        }
      },
    },
  };
}

/**
 * Renders the Open Graph card of every page: started beside the pages from the content check's
 * graph (early-cards.ts), finished after them from the build manifest (written from the same
 * graph when the build starts), drawing what the early run did not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderAllCards, SUBSTITUTE, type GlyphNote } from '../cards/render/render-cards.ts';
import { writeAtomically } from '../io/files.ts';
import { readBuildManifest } from './build-manifest.ts';
import { builtDossier } from '../content-check/checked-dossier.ts';
import { startEarlyCards, type EarlyCardRun } from '../cards/render/early-cards.ts';
import { allCards } from '../cards/spec/page-cards.ts';

/** Pages named per character in the build log; the rest are counted. */
const PAGES_NAMED = 5;

/**
 * The build log's lines about glyphs: one per character and way of drawing it, naming up to five
 * pages, so that a name in Cyrillic on a thousand cards is one line, not a thousand. A substitute
 * is a warning (the card does not show the character); the fallback font is information.
 */
export function glyphReport(notes: readonly GlyphNote[]): { level: 'info' | 'warn'; text: string }[] {
  const groups = new Map<string, GlyphNote[]>();
  for (const note of notes) {
    const key = `${note.drawnWith} ${note.codePoint}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.values()].map((group) => {
    const { char, codePoint, drawnWith } = group[0]!;
    const pages = group.map((n) => n.page);
    const named = `${pages.slice(0, PAGES_NAMED).join(', ')}${pages.length > PAGES_NAMED ? ` und ${pages.length - PAGES_NAMED} weitere` : ''}`;
    return drawnWith === 'fallback'
      ? { level: 'info' as const, text: `Vorschaukarten: «${char}» (${codePoint}) aus der Ersatzschrift DejaVu Sans gezeichnet: ${named}.` }
      : {
          level: 'warn' as const,
          text: `Vorschaukarten: kein Zeichen in den Kartenschriften für «${char}» (${codePoint}); als «${SUBSTITUTE}» gezeichnet: ${named}. Hinweis: den Text anpassen oder in src/cards/render/fonts.ts eine Schrift (npm-Paket) ergänzen, die es enthält.`,
        };
  });
}

export function ogCards(): AstroIntegration {
  let astroCache = '';
  let early: EarlyCardRun | undefined;
  return {
    name: 'dossier:og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        astroCache = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        // The cards are drawn while the pages are, from the graph of the content check; the
        // step below then finds them in the card cache.
        const dossier = builtDossier();
        if (dossier) early = startEarlyCards([...allCards(dossier).values()], path.join(astroCache, 'og-cards'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const earlyRun = early ? await early.finished : undefined;
        if (earlyRun && !earlyRun.ok) logger.warn(`Vorschaukarten: der Vorlauf neben den Seiten brach ab (${earlyRun.message.split('\n')[0]}); die übrigen Karten werden jetzt gezeichnet.`);
        const { cards } = readBuildManifest(astroCache);
        // The card cache, and the figures of the last run that the benchmarks read.
        const cacheDir = path.join(astroCache, 'og-cards');
        const finalRun = await renderAllCards(cards, { outDir: fileURLToPath(dir), cacheDir });
        // Cards drawn beside the pages count as drawn in this build (the benchmarks read it).
        const report = earlyRun?.ok
          ? {
              ...finalRun,
              // Approximate where the early list differed from the pages' (then the step above drew the rest).
              rendered: Math.min(finalRun.cards, finalRun.rendered + earlyRun.rendered),
              fromCache: Math.max(0, finalRun.fromCache - earlyRun.rendered),
              renderMs: finalRun.renderMs + earlyRun.renderMs,
            }
          : finalRun;
        // A missing glyph never stops the build; the editor learns what was drawn how, and where.
        for (const line of glyphReport(report.glyphs)) (line.level === 'warn' ? logger.warn : logger.info).call(logger, line.text);
        // Kept beside the cache for the benchmarks (npm run bench:cards, npm run bench).
        writeAtomically(path.join(cacheDir, 'last-run.json'), JSON.stringify(report, null, 2));
        const perCard = report.rendered ? ` (${(report.renderMs / report.rendered).toFixed(1)} ms je Karte)` : '';
        logger.info(`Vorschaukarten: ${report.cards}, davon ${report.rendered} neu gerendert${perCard}, ${report.fromCache} aus dem Cache.`);
      },
    },
  };
}

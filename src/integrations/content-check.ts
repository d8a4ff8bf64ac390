/**
 * Before a build reads anything: the whole content is checked (src/content-check/), and if
 * anything is wrong the build stops with every problem at once, in German, each with file,
 * line where known, field, what is wrong and a hint; without Astro's framing, stack trace or
 * links (which the intranet may not reach). The output folder is not touched (see
 * staged-output.ts); `npm run build` then says what it still holds. The graph it built is the
 * build's only one: the pages, the build manifest and the cards read it.
 */
import type { AstroIntegration } from 'astro';
import { reviewContent } from '../content-check/check-content.ts';
import { formatIssues, formatWarnings } from '../graph/build-graph.ts';
import { siteConfig } from '../site.config.ts';
import { handOverCheckedDossier } from '../content-check/checked-dossier.ts';
import { ContentLockedError, holdContentForBuild } from '../io/content-lock.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'dossier:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // No build while an editor's command changes the content; an interrupted one is finished or undone first.
        let hold: ReturnType<typeof holdContentForBuild>;
        try {
          hold = holdContentForBuild(siteConfig.contentDir);
        } catch (error) {
          if (!(error instanceof ContentLockedError)) throw error;
          logger.error(`${error.message}\nEs wurde nichts gebaut.`);
          process.exit(1);
        }
        if (hold.recovered) logger.warn(hold.recovered);
        buildHold = hold;
        const { problems, warnings, dossier } = reviewContent(siteConfig.contentDir, { includeDrafts: siteConfig.includeDrafts });
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (problems.length === 0) {
          // The one graph of this build: the pages, the build manifest and the cards read it.
          handOverCheckedDossier({ contentDir: siteConfig.contentDir, includeDrafts: siteConfig.includeDrafts, dossier });
          return;
        }
        logger.error(`${formatIssues(problems)}\n\nDie genannten Dateien korrigieren und erneut bauen; es wurde nichts gebaut.`);
        // Ends the build here, as a failed check of our own: Astro's error framing would add an
        // English heading and a stack trace to a list that is already complete.
        process.exit(1);
      },
      'astro:build:done': () => {
        buildHold?.release();
      },
    },
  };
}

/** This build's hold on the content folder (released when the build is done, or the process ends). */
let buildHold: { release: () => void } | undefined;

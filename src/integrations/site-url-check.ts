/**
 * A build without SITE_URL publishes the placeholder address in every canonical link, og:url
 * and og:image (so a shared link previews without a picture), sitemap.xml, robots.txt and the
 * printed addresses. `npm run build` says so at its end, where the last lines are read
 * (scripts/build.ts, after the offline edition and publishing); with
 * DOSSIER_REQUIRE_SITE_URL=1 (for deployments; deliberately not tied to CI, whose test builds
 * need no address) it stops before anything is built.
 */
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';

/** What the missing SITE_URL affects, for both the warning and the error. */
export const SITE_URL_MISSING = `SITE_URL ist nicht gesetzt: kanonische Links, og:url und og:image (Linkvorschauen), sitemap.xml, robots.txt und die Adressen auf gedruckten Seiten zeigen auf den Platzhalter ${siteConfig.siteUrl}.`;
export const SITE_URL_HINT = 'Hinweis: mit der veröffentlichten Adresse bauen, z. B. SITE_URL=https://intranet.example.ch npm run build.';

export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'dossier:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || siteConfig.siteUrlSet || !siteConfig.requireSiteUrl) return;
        logger.error(`${SITE_URL_MISSING}\nDOSSIER_REQUIRE_SITE_URL=1 verlangt sie; es wurde nichts gebaut.\n${SITE_URL_HINT}`);
        process.exit(1);
      },
    },
  };
}

/**
 * Deployment settings, read once from the environment. Everything that differs between a
 * developer's preview, an intranet under a sub-path and a test build lives here and nowhere else.
 */

/** Absolute URL the dossier is published at; canonical links and card URLs are built from it. */
const DEFAULT_SITE_URL = 'https://dossier.example.ch';

function readSiteUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL="${value}" ist keine absolute URL.\nHinweis: SITE_URL=https://intranet.example.ch setzen (ohne Pfad; den Pfad setzt BASE_PATH).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${value}" muss mit http:// oder https:// beginnen.`);
  }
  return url.origin;
}

/** `/`, or a sub-path such as `/briefings/`, always with leading and trailing slash. */
function readBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const siteConfig = {
  siteUrl: readSiteUrl(process.env.SITE_URL),
  /** Whether SITE_URL was set; without it the placeholder address above is published. */
  siteUrlSet: Boolean(process.env.SITE_URL?.trim()),
  /** `DOSSIER_REQUIRE_SITE_URL=1`: a build without SITE_URL fails instead of warning (for deployments). */
  requireSiteUrl: process.env.DOSSIER_REQUIRE_SITE_URL === '1',
  basePath: readBasePath(process.env.BASE_PATH),
  /** Where the editors' content lives; tests and benchmarks point this at a copy. */
  contentDir: process.env.CONTENT_DIR?.trim() || './content',
  outDir: process.env.OUT_DIR?.trim() || './dist',
  /** Show draft entries (flagged): set by `npm run dev`, never by the published build. */
  includeDrafts: process.env.DOSSIER_DRAFTS === '1',
  /** Astro's cache; separate builds that run at the same time need separate caches. */
  cacheDir: process.env.ASTRO_CACHE_DIR?.trim() || './node_modules/.astro',
} as const;

/**
 * The build manifest: what the post-build steps need to know of the dossier graph (the pages
 * indexed for search, every page's card, the edition), handed over as one typed file instead of
 * being read back out of the built site. Written when `astro build` starts, from the graph the
 * content check built (the graph the pages render from), and read by the search-index guard, the
 * card renderer and the offline edition in `astro:build:done` and after it. It lives in the
 * build's cache folder (Astro's `cacheDir`), never in the published output; the dev server never
 * writes one.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { CardSpec } from '../cards/spec/card-spec.ts';
import { allCards } from '../cards/spec/page-cards.ts';
import type { Dossier } from '../graph/dossier.ts';
import { writeAtomically } from '../io/files.ts';
import { siteConfig } from '../site.config.ts';
import { builtDossier } from '../content-check/checked-dossier.ts';
import { edition } from '../view/edition.ts';

/** Bump when the shape changes. */
const MANIFEST_VERSION = 1;

export interface BuildManifest {
  version: typeof MANIFEST_VERSION;
  /** The base path the pages were rendered for, e.g. `/briefings/`. */
  basePath: string;
  /** Pages that carry `data-pagefind-body` (one per entry), as paths below the base path, e.g. `personen/x/`. */
  indexedPages: string[];
  /** The Open Graph card of every page, in page order. */
  cards: CardSpec[];
  /** The edition the download page names: its label and the offline zip's file name. */
  edition: { label: string; zipName: string; news: string[] };
}

/** Where the manifest of builds with the cache folder `cacheDir` (a path) lives. */
export function buildManifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'dossier', 'build-manifest.json');
}

/** The manifest of a dossier graph; pure. */
function buildManifestOf(dossier: Dossier): BuildManifest {
  return {
    version: MANIFEST_VERSION,
    basePath: siteConfig.basePath,
    indexedPages: [...dossier.nodes.values()].map((node) => `${node.section}/${node.id}/`),
    cards: [...allCards(dossier).values()],
    edition: edition(dossier),
  };
}


/**
 * The manifest this build wrote. Throws an AstroError if there is none (the pages never loaded
 * the graph) or it is of another version.
 */
export function readBuildManifest(cacheDir: string): BuildManifest {
  const file = buildManifestFile(cacheDir);
  if (!existsSync(file)) {
    throw new AstroError(`Das Build-Manifest fehlt: ${file}.`, 'Die Seiten haben den Dossier-Graphen nicht geladen; die Meldungen weiter oben im Build-Protokoll lesen.');
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  if (manifest.version !== MANIFEST_VERSION) throw new AstroError(`Das Build-Manifest ${file} hat Version ${manifest.version}, erwartet ${MANIFEST_VERSION}.`, 'Neu bauen.');
  return manifest;
}

/**
 * Writes this build's manifest when the build starts, from the content check's graph (replacing
 * the last build's atomically, so that the post-build steps never read a stale one).
 */
export function buildManifest(): AstroIntegration {
  let file = '';
  return {
    name: 'dossier:build-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = buildManifestFile(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': () => {
        rmSync(file, { force: true });
        const dossier = builtDossier();
        if (!dossier) throw new AstroError('Die Inhaltsprüfung hat keinen Dossier-Graphen hinterlassen.', 'Die Integration dossier:content-check muss vor dossier:build-manifest stehen (astro.config.mjs).');
        writeAtomically(file, `${JSON.stringify(buildManifestOf(dossier))}\n`);
      },
    },
  };
}

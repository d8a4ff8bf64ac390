/**
 * The build manifest: what the page rendering knows from the dossier graph and the post-build
 * steps need, handed over as one typed file instead of being read back out of the built site.
 * Written once per build when the graph has loaded (src/graph/load-dossier.ts), read by the
 * search-index guard, the card renderer and the offline edition in `astro:build:done`. It lives
 * in the build's cache folder (Astro's `cacheDir`), never in the published output.
 *
 * The integration below tells the page rendering where to write it, through the process
 * environment, only while `astro build` runs: the dev server never writes one, and a build never
 * reads one it did not write (it removes the last one when it starts).
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

/** Set while `astro build` runs: the file the pages write the manifest to. */
const MANIFEST_FILE_VARIABLE = 'DOSSIER_BUILD_MANIFEST';

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

/** Writes the manifest of `dossier` for this build's post-build steps (atomically); does nothing outside `astro build`. */
export function writeBuildManifest(dossier: Dossier): void {
  const file = process.env[MANIFEST_FILE_VARIABLE];
  if (file) writeAtomically(file, `${JSON.stringify(buildManifestOf(dossier))}\n`);
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
 * Removes the previous build's manifest when a build starts, so that the post-build steps can
 * never read a stale one, and tells the page rendering where to write this build's.
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
        process.env[MANIFEST_FILE_VARIABLE] = file;
      },
      'astro:build:done': () => {
        delete process.env[MANIFEST_FILE_VARIABLE];
      },
    },
  };
}

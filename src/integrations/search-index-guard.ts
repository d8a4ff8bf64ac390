/**
 * astro-pagefind only logs when indexing fails and lets the build pass, which would publish a
 * dossier whose search silently finds nothing. This integration runs after it and fails the
 * build unless the index exists and holds exactly the pages marked for indexing (one per entry,
 * as the build manifest lists them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readBuildManifest } from './build-manifest.ts';

export interface IndexCheck {
  /** Pages that carry `data-pagefind-body`, as the build manifest lists them. */
  expected: number;
  /** Pages Pagefind reports in `pagefind-entry.json`, over all languages. */
  indexed: number;
  languages: string[];
}

/**
 * Compares the pages Pagefind indexed in `outDir` with the `expected` number; throws an
 * AstroError with a readable message if the index is missing or the numbers differ.
 */
export function checkSearchIndex(outDir: string, expected: number): IndexCheck {
  const entryFile = path.join(outDir, 'pagefind', 'pagefind-entry.json');
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  } catch {
    throw new AstroError(
      `Der Suchindex fehlt: ${entryFile} wurde nicht geschrieben.`,
      'Die Meldungen von Pagefind weiter oben im Build-Protokoll lesen; meist ist das Pagefind-Programm für diese Plattform nicht installiert (npm install erneut ausführen).',
    );
  }
  const languages = Object.keys(entry.languages ?? {});
  const indexed = Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
  if (expected === 0 || indexed !== expected) {
    throw new AstroError(
      `Der Suchindex ist unvollständig: ${indexed} Seiten indexiert, ${expected} Seiten zum Indexieren markiert (data-pagefind-body).`,
      'Die Meldungen von Pagefind weiter oben im Build-Protokoll lesen. Jede Eintragsseite muss genau ein Element mit data-pagefind-body haben.',
    );
  }
  return { expected, indexed, languages };
}

export function searchIndexGuard(): AstroIntegration {
  let astroCache = '';
  return {
    name: 'dossier:search-index-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        astroCache = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { indexed, languages } = checkSearchIndex(fileURLToPath(dir), readBuildManifest(astroCache).indexedPages.length);
        logger.info(`Suchindex geprüft: ${indexed} Seiten (${languages.join(', ')}).`);
      },
    },
  };
}

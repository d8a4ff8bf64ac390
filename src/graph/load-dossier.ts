/**
 * The dossier graph every page reads. During `astro build` it is the very graph the content check
 * built before Astro started (src/integrations/content-check.ts, handed over by
 * src/content-check/checked-dossier.ts): the content is read, parsed and checked once per build,
 * and there is no second graph that could differ from the first. In the preview (`npm run dev`),
 * where editors change files while the server runs, the content folder is read and checked again
 * on the first request after a file in it changed; an inconsistent dossier then shows every
 * problem (file, field, what is wrong, how to fix it).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { COLLECTION, COLLECTION_NAMES } from '../model/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import { reviewContent } from '../content-check/check-content.ts';
import { builtDossier } from '../content-check/checked-dossier.ts';
import { formatIssues } from './build-graph.ts';
import type { Dossier } from './dossier.ts';

/** Every file of the content's collection folders with its size and time stamp: changes when any file does. */
function contentSignature(dir: string): string {
  const folders = [...new Set(COLLECTION_NAMES.map((name) => COLLECTION[name].folder))];
  const parts: string[] = [];
  for (const folder of folders) {
    const full = path.join(dir, folder);
    let names: string[];
    try {
      names = readdirSync(full).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const stat = statSync(path.join(full, name));
        parts.push(`${folder}/${name}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        parts.push(`${folder}/${name}:gone`);
      }
    }
  }
  return parts.join('|');
}

let lastRead: { signature: string; dossier: Dossier } | undefined;

/** The preview's graph: read and checked again when the content changed since the last request. */
function readDossier(): Dossier {
  const signature = contentSignature(siteConfig.contentDir);
  if (lastRead?.signature === signature) return lastRead.dossier;
  const { problems, dossier } = reviewContent(siteConfig.contentDir, { includeDrafts: siteConfig.includeDrafts });
  if (problems.length > 0) {
    throw new AstroError(
      formatIssues(problems),
      'Die genannten Dateien korrigieren und erneut bauen. Das Dossier wird nie mit unaufgelösten Verweisen oder falschen Belegen veröffentlicht.',
    );
  }
  lastRead = { signature, dossier };
  return dossier;
}

/** The validated dossier graph; throws an AstroError listing every problem of the content. */
export async function loadDossier(): Promise<Dossier> {
  return builtDossier() ?? readDossier();
}

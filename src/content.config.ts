/**
 * The content collections. Each schema lives in `src/schemas/`; this module only wires them to
 * their folders. Cross-references between collections are plain ids checked afterwards, once, by
 * the dossier graph (`src/lib/graph/`), because Astro does not fail on dangling references.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './site.config.ts';
import { briefingSchema } from './schemas/briefing.ts';
import { countrySchema, organisationSchema, personSchema, placeSchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { sourceSchema } from './schemas/source.ts';
import { statementSchema } from './schemas/statement.ts';
import { entryIdFromFile } from './model/entry-id.ts';

/** Which file each id came from, per folder, to catch two files claiming one id. */
const claimedIds = new Map<string, string>();

function folderLoader(folder: string, pattern: string) {
  return glob({
    pattern,
    base: path.join(siteConfig.contentDir, folder),
    generateId: ({ entry, base }) => {
      const id = entryIdFromFile(entry, `${folder}/${entry}`);
      const file = path.join(fileURLToPath(base), entry);
      const key = `${folder}/${id}`;
      const earlier = claimedIds.get(key);
      if (earlier && earlier !== file && existsSync(earlier)) {
        throw new Error(
          `${file}: das Kürzel «${id}» hat schon ${earlier}.\nHinweis: Eine der beiden Dateien umbenennen oder zusammenführen; jedes Kürzel darf nur einmal vorkommen.`,
        );
      }
      claimedIds.set(key, file);
      return id;
    },
  });
}

export const collections = {
  sources: defineCollection({ loader: folderLoader('quellen', '*.mdx'), schema: sourceSchema }),
  people: defineCollection({ loader: folderLoader('personen', '*.{md,mdx}'), schema: personSchema }),
  countries: defineCollection({ loader: folderLoader('laender', '*.{md,mdx}'), schema: countrySchema }),
  places: defineCollection({ loader: folderLoader('orte', '*.{md,mdx}'), schema: placeSchema }),
  organisations: defineCollection({ loader: folderLoader('organisationen', '*.{md,mdx}'), schema: organisationSchema }),
  events: defineCollection({ loader: folderLoader('ereignisse', '*.{md,mdx}'), schema: eventSchema }),
  statements: defineCollection({ loader: folderLoader('aussagen', '*.yaml'), schema: statementSchema }),
  briefing: defineCollection({ loader: folderLoader('.', 'dossier.yaml'), schema: briefingSchema }),
};

/**
 * The content collections, one per entry of the vocabulary's collection table
 * (src/model/vocabulary.ts), each with its schema from src/schemas/. Cross-references between
 * collections are plain ids checked afterwards, once, by the dossier graph (src/graph/), because
 * Astro does not fail on dangling references.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './site.config.ts';
import { COLLECTION, COLLECTION_NAMES, collectionGlob, type CollectionName } from './model/vocabulary.ts';
import { entryIdFromFile } from './model/entry-id.ts';
import { SCHEMAS } from './schemas/index.ts';
import { loadMdxAsMarkdown } from './content-loading/markdown-bodies.ts';

/** Which file each id came from, per folder, to catch two files claiming one id. */
const claimedIds = new Map<string, string>();

function folderLoader(folder: string, pattern: string) {
  // No entry is a compiled MDX module (content-loading/markdown-bodies.ts): a body is rendered
  // as Markdown when the content is synced, an entry without one is data.
  return loadMdxAsMarkdown(glob({
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
  }));
}

function collectionOf<C extends CollectionName>(name: C) {
  return defineCollection({ loader: folderLoader(COLLECTION[name].folder, collectionGlob(name)), schema: SCHEMAS[name] });
}

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collectionOf(name)])) as {
  [C in CollectionName]: ReturnType<typeof collectionOf<C>>;
};

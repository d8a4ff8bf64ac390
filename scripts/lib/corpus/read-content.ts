/**
 * Reads a content folder into the shape the dossier graph takes, without Astro: frontmatter and
 * YAML through the project's own schemas, entry ids from file names, folders and file types from
 * the vocabulary. Lets a test or a script run the graph's whole validation over a generated
 * corpus in a second instead of a build. Drafts are left out, as the published build leaves them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { entryIdFromFile } from '../../../src/model/entry-id.ts';
import { COLLECTION, COLLECTION_NAMES, isCollectionFile, type CollectionName } from '../../../src/model/vocabulary.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';
import type { DossierInput, InputEntry } from '../../../src/graph/types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readEntries(dir: string, collection: CollectionName): InputEntry<unknown>[] {
  const folder = COLLECTION[collection].folder;
  let names: string[];
  try {
    names = readdirSync(path.join(dir, folder)).filter((n) => isCollectionFile(collection, n)).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(dir, folder, name);
    const displayPath = path.join(folder, name);
    const text = readFileSync(file, 'utf8');
    let raw: unknown;
    let body: string | undefined;
    if (name.endsWith('.yaml')) {
      raw = parseYaml(text);
    } else {
      const match = FRONTMATTER.exec(text);
      raw = match ? parseYaml(match[1] ?? '') : {};
      body = match ? text.slice(match[0].length) : text;
    }
    const parsed = SCHEMAS[collection].safeParse(raw);
    if (!parsed.success) throw new Error(`${displayPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const data = parsed.data as { draft?: boolean };
    if (data.draft) return [];
    return [{ id: entryIdFromFile(name, displayPath), filePath: displayPath, data, body }];
  });
}

/** Every collection of the content folder `dir`, validated by its schema; throws naming the first invalid file. */
export function readContentDir(dir: string): DossierInput {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, readEntries(dir, name)])) as DossierInput;
}

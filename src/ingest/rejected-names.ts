/**
 * Names the editors rejected as entries: `npm run reject` notes each rejected entry draft's name
 * in `<content>/entwuerfe/verworfen.yaml`, and ingest proposes no entry draft for such a name
 * again (it still lists it, marked). An editor rejected «Vierwaldstättersee» after one article
 * and met it again with the next. A name a quote or event needs (a speaker, a participant) is
 * still drafted: without its entry that draft could not be published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { DRAFTS_FOLDER } from '../model/vocabulary.ts';
import { foldForSearch } from '../text/normalise.ts';
import { contentYaml } from './content-yaml.ts';

/** The file below the content folder (inside the drafts folder, beside the sources' folders: no draft reader takes it for one). */
export const REJECTED_NAMES_FILE = `${DRAFTS_FOLDER}/verworfen.yaml`;

export interface RejectedName {
  name: string;
  /** The content folder the entry would have gone to («orte»). */
  ordner: string;
  /** The source whose draft was rejected. */
  quelle: string;
  /** The day it was rejected. */
  tag: string;
}

/** The rejected names of `contentDir`, as written; [] when there are none or the file does not read. */
export function readRejectedNames(contentDir: string): RejectedName[] {
  const file = path.join(contentDir, REJECTED_NAMES_FILE);
  if (!existsSync(file)) return [];
  try {
    const data = parseYaml(readFileSync(file, 'utf8')) as { namen?: unknown };
    return Array.isArray(data?.namen) ? data.namen.filter((n): n is RejectedName => typeof n === 'object' && n !== null && typeof (n as RejectedName).name === 'string') : [];
  } catch {
    return [];
  }
}

/** A lookup: whether a name was rejected (compared folded: «Vierwaldstaettersee» is the same name). */
export function rejectedLookup(names: readonly RejectedName[]): (name: string) => boolean {
  const folded = new Set(names.map((n) => foldForSearch(n.name)));
  return (name) => folded.has(foldForSearch(name));
}

/** The file's new text with `added` noted (each name once, sorted by name). */
export function withRejectedNames(current: readonly RejectedName[], added: readonly RejectedName[]): string {
  const byName = new Map(current.map((n) => [foldForSearch(n.name), n]));
  for (const n of added) if (!byName.has(foldForSearch(n.name))) byName.set(foldForSearch(n.name), n);
  const namen = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return `# Namen, die die Redaktion als Eintrag verworfen hat: ingest legt für sie keinen Entwurf mehr an.\n# Den Eintrag eines Namens entfernen, damit ingest ihn wieder vorschlägt.\n${contentYaml({ namen })}`;
}

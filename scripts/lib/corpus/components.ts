/**
 * Notes that use the editors' components (src/model/editor-components.ts), written into a
 * corpus's entry files: for the benchmark's corpus in which a share of the entries use them
 * (`npm run bench -- --components 2`) and for the random-edit test's edit «notes start using
 * components». Each gets an assessment citing the entry's first paragraph, a quote of the
 * dossier and an image from the corpus's images folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A PNG of 4 × 3 pixels, the image the notes show. */
const SMALL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEElEQVQImWMQCeiBIwacHADV5wtBNvGV2AAAAABJRU5ErkJggg==';

/** Writes the image `name` into the images folder of the content folder `dir`. */
export function writeCorpusImage(dir: string, name: string): void {
  mkdirSync(path.join(dir, 'bilder'), { recursive: true });
  writeFileSync(path.join(dir, 'bilder', name), Buffer.from(SMALL_PNG, 'base64'));
}

/** Notes with an assessment citing `cite`, the quote `statement` and the image `image`. */
export function componentNotes(cite: string, statement: string, image: string): string {
  return [
    'Die Redaktion verfolgt die Rolle genau.',
    '',
    `<Einschaetzung belege="${cite}">`,
    'Die Redaktion erwartet weitere Auftritte.',
    '</Einschaetzung>',
    '',
    `<Zitat id="${statement}" />`,
    '',
    `<Abbildung src="${image}" alt="Eine blaue Fläche" quelle="Redaktion">`,
    'Ein Platzhalter.',
    '</Abbildung>',
    '',
  ].join('\n');
}

/** Appends `notes` to the entry file `file` (after its frontmatter and any text it has). */
export function appendNotes(file: string, notes: string): void {
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${notes}`);
}

const FOLDERS = ['personen', 'laender', 'orte', 'organisationen', 'ereignisse'];

/**
 * Gives every n-th entry file (entities and events, in sorted order) of the content folder `dir`
 * notes with components, so that `percent` of them use components. Returns how many got them.
 */
export function addComponents(dir: string, percent: number): number {
  const files = FOLDERS.flatMap((folder) => readdirSync(path.join(dir, folder)).filter((f) => f.endsWith('.mdx')).sort().map((f) => path.join(dir, folder, f)));
  const statement = readdirSync(path.join(dir, 'aussagen')).filter((f) => f.endsWith('.yaml')).sort()[0]!.replace(/\.yaml$/, '');
  writeCorpusImage(dir, 'platzhalter.png');
  const every = Math.max(1, Math.round(100 / percent));
  let count = 0;
  files.forEach((file, index) => {
    if (index % every !== 0) return;
    const cite = /^cite: \["([^"]+)"/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (!cite) return;
    appendNotes(file, componentNotes(cite, statement, 'platzhalter.png'));
    count += 1;
  });
  return count;
}

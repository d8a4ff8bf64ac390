/**
 * Edits an editor makes to a dossier, applied to a generated corpus's files at places a seeded
 * random generator picks: a new entity whose name stands in older sources, a renamed entity, a
 * removed one, a new relation, a new source, a changed quote, notes that start using the editors'
 * components. Each leaves a valid dossier and
 * says what it did. For the test that an incremental build equals a cold one after every edit
 * (tests/e2e/random-edits.test.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Random } from '../../scripts/lib/corpus/prng.ts';
import { appendNotes, componentNotes, writeCorpusImage } from '../../scripts/lib/corpus/components.ts';

export interface EditResult {
  /** What was done, in a line. */
  did: string;
  /** The id of the page the edit is about (new, renamed, removed, edited). */
  id: string;
}

export type Edit = (dir: string, random: Random) => EditResult;

/** The day every edit is made on: after the corpus's last day, so it is a new edition. */
const EDIT_DAY = '2025-12-01';

const ENTITY_FOLDERS = ['personen', 'laender', 'orte', 'organisationen'];

function filesIn(dir: string, folder: string): string[] {
  const full = path.join(dir, folder);
  return existsSync(full) ? readdirSync(full).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(full, f)) : [];
}

const idOf = (file: string) => path.basename(file).replace(/\.(mdx|md|yaml)$/, '');

function slugOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A source's body split into its paragraphs (blank-line separated, after the frontmatter). */
function paragraphsOf(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Every name and alias an entity file gives (from its frontmatter lines). */
function knownNames(dir: string): Set<string> {
  const names = new Set<string>();
  for (const folder of ENTITY_FOLDERS) {
    for (const file of filesIn(dir, folder)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/"([^"]+)"/g)) names.add(m[1]!);
    }
  }
  return names;
}

/** A new place named by a capitalised word of an older source's paragraph, citing that paragraph. */
export const newEntityInOlderSource: Edit = (dir, random) => {
  const known = knownNames(dir);
  const candidates: { word: string; cite: string }[] = [];
  for (const file of filesIn(dir, 'quellen')) {
    paragraphsOf(readFileSync(file, 'utf8')).forEach((paragraph, index) => {
      for (const [word] of paragraph.matchAll(/(?<=\s)[A-ZÄÖÜ][a-zäöüß]{6,}(?=[\s.,;])/g)) {
        const id = slugOf(word);
        if (!known.has(word) && ENTITY_FOLDERS.every((f) => !existsSync(path.join(dir, f, `${id}.mdx`)))) candidates.push({ word, cite: `${idOf(file)}#p${index + 1}` });
      }
    });
  }
  const { word, cite } = random.pick(candidates);
  const id = slugOf(word);
  writeFileSync(
    path.join(dir, 'orte', `${id}.mdx`),
    `---\nadded: "${EDIT_DAY}"\nname: "${word}"\naliases: []\nsummary: "${word} wird in einer Meldung genannt."\ncite: ["${cite}"]\n---\n`,
  );
  return { did: `neuer Ort «${word}», genannt in ${cite}`, id };
};

/** A person's name changed (the id stays): texts that named the old full name now match only its aliases. */
export const renameEntity: Edit = (dir, random) => {
  const file = random.pick(filesIn(dir, 'personen'));
  const text = readFileSync(file, 'utf8');
  const old = /^name: "([^"]+)"$/m.exec(text)![1]!;
  const renamed = `${old.split(' ')[0]} ${old.split(' ').at(-1)}-Neu`;
  writeFileSync(file, text.replace(/^name: "[^"]+"$/m, `name: "${renamed}"`).replace(/^(updated: ).*$/m, `$1"${EDIT_DAY}"`));
  return { did: `Person «${old}» heisst jetzt «${renamed}»`, id: idOf(file) };
};

/** An entity that no other file names by its id, removed. */
export const removeEntity: Edit = (dir, random) => {
  const all = ['quellen', 'ereignisse', 'aussagen', ...ENTITY_FOLDERS].flatMap((folder) => filesIn(dir, folder));
  const texts = new Map(all.map((file) => [file, readFileSync(file, 'utf8')]));
  const briefing = path.join(dir, 'dossier.yaml');
  const briefingText = existsSync(briefing) ? readFileSync(briefing, 'utf8') : '';
  const removable = ENTITY_FOLDERS.flatMap((folder) => filesIn(dir, folder)).filter((file) => {
    const pattern = new RegExp(`(^|[^a-z0-9-])${idOf(file)}([^a-z0-9-]|$)`);
    return !pattern.test(briefingText) && all.every((other) => other === file || !pattern.test(texts.get(other)!));
  });
  const file = random.pick(removable);
  rmSync(file);
  return { did: `Eintrag ${path.basename(path.dirname(file))}/${idOf(file)} entfernt`, id: idOf(file) };
};

/** A person gets a new function in an organisation, citing a paragraph the person already cites. */
export const newRelation: Edit = (dir, random) => {
  const file = random.pick(filesIn(dir, 'personen'));
  const organisation = idOf(random.pick(filesIn(dir, 'organisationen')));
  const text = readFileSync(file, 'utf8');
  const cite = /^cite: \["([^"]+)"/m.exec(text)![1]!;
  const relation = `  - type: funktion\n    target: ${organisation}\n    role: "Beraterin"\n    cite: ["${cite}"]\n`;
  const withRelation = /^relations:\n/m.test(text) ? text.replace(/^relations:\n/m, `relations:\n${relation}`) : text.replace(/\n---\n?$/, `\nrelations:\n${relation}---\n`);
  writeFileSync(file, withRelation.replace(/^(updated: ).*$/m, `$1"${EDIT_DAY}"`));
  return { did: `${idOf(file)}: neue Funktion bei ${organisation}`, id: idOf(file) };
};

/** A new source that names two entities of the dossier. */
export const newSource: Edit = (dir, random) => {
  const names = (folder: string) => filesIn(dir, folder).map((f) => /^name: "([^"]+)"$/m.exec(readFileSync(f, 'utf8'))?.[1]).filter((n): n is string => Boolean(n));
  const person = random.pick(names('personen'));
  const place = random.pick(names('orte'));
  const id = `2025-12-${slugOf(person)}-in-${slugOf(place)}`;
  writeFileSync(
    path.join(dir, 'quellen', `${id}.mdx`),
    `---\ntitle: "${person} in ${place}"\ndate: "${EDIT_DAY}"\ncredit: "sda"\nlanguage: de-CH\nparagraphs: 2\nadded: "${EDIT_DAY}"\n---\n\n${person} ist am Montag in ${place} eingetroffen.\n\nÜber den Zweck des Besuchs wurde nichts bekannt. (sda)\n`,
  );
  return { did: `neue Quelle ${id}`, id };
};

/** A quote's words changed, in its statement and in the source paragraph it is taken from. */
export const changeQuote: Edit = (dir, random) => {
  const statements = filesIn(dir, 'aussagen').filter((file) => {
    const text = readFileSync(file, 'utf8');
    const quote = /^quote: "([^"]+)"$/m.exec(text)?.[1];
    const source = /^cite: "([^#"]+)#p\d+"$/m.exec(text)?.[1];
    if (!quote || !source) return false;
    // Only a quote that stands once in its source and is quoted by this statement alone.
    const body = readFileSync(path.join(dir, 'quellen', `${source}.mdx`), 'utf8');
    const quotedBy = filesIn(dir, 'aussagen').filter((other) => {
      const otherText = readFileSync(other, 'utf8');
      return otherText.includes(`quote: "${quote}"`) && otherText.includes(`cite: "${source}#`);
    });
    return body.split(`«${quote}»`).length === 2 && quotedBy.length === 1;
  });
  const file = random.pick(statements);
  const text = readFileSync(file, 'utf8');
  const quote = /^quote: "([^"]+)"$/m.exec(text)![1]!;
  const source = /^cite: "([^#"]+)#p\d+"$/m.exec(text)![1]!;
  const changed = `${quote}, und das bleibt so`;
  const sourceFile = path.join(dir, 'quellen', `${source}.mdx`);
  writeFileSync(sourceFile, readFileSync(sourceFile, 'utf8').replace(`«${quote}»`, `«${changed}»`));
  writeFileSync(file, text.replace(`quote: "${quote}"`, `quote: "${changed}"`));
  return { did: `Zitat ${idOf(file)} geändert (auch in ${source})`, id: idOf(file) };
};

/** A person's notes start using the editors' components: an assessment citing the person's first paragraph, a quote of the dossier, an image. */
export const startUsingComponents: Edit = (dir, random) => {
  const file = random.pick(filesIn(dir, 'personen'));
  const statement = idOf(random.pick(filesIn(dir, 'aussagen')));
  const cite = /^cite: \["([^"]+)"/m.exec(readFileSync(file, 'utf8'))![1]!;
  writeCorpusImage(dir, `${idOf(file)}.png`);
  appendNotes(file, componentNotes(cite, statement, `${idOf(file)}.png`));
  return { did: `${idOf(file)}: Anmerkungen mit <Einschaetzung>, <Zitat id="${statement}"> und <Abbildung>`, id: idOf(file) };
};

/** Every kind of edit, by name. */
export const EDITS: Record<string, Edit> = {
  'neuer Name in älteren Quellen': newEntityInOlderSource,
  'umbenannter Eintrag': renameEntity,
  'entfernter Eintrag': removeEntity,
  'neue Beziehung': newRelation,
  'neue Quelle': newSource,
  'geändertes Zitat': changeQuote,
  'Text beginnt Komponenten zu nutzen': startUsingComponents,
};

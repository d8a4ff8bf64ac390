/**
 * Adds an article to the dossier.
 *
 *   npm run ingest -- <artikel.txt> [--stub "Name=personen"] …
 *
 * Writes the article as a source <jjjj-mm-titel>.mdx (never over an existing file), lists the known
 * entities the article mentions and names the dossier does not know yet. `--stub` writes a
 * draft entity file for a chosen name; the part after `=` is the entity's content folder.
 */
import { readFileSync } from 'node:fs';
import { ingestArticle, type StubRequest } from '../src/ingest/ingest-article.ts';
import { ArticleError } from '../src/ingest/parse-article.ts';
import { siteConfig } from '../src/site.config.ts';
import { ENTITY_KINDS, kindOfSection, sectionOf, type EntityKind } from '../src/model/vocabulary.ts';


function fail(message: string): never {
  console.error(`Fehler: ${message}`);
  process.exit(1);
}

/** The folders a draft may go to, e.g. `personen`: what editors type after `=` in `--stub`. */
const STUB_FOLDERS = ENTITY_KINDS.map(sectionOf);
const USAGE = `npm run ingest -- <artikel.txt> [--stub "Name=${STUB_FOLDERS[0]}"]`;

const args = process.argv.slice(2);
const files: string[] = [];
const stubs: StubRequest[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--stub') {
    const [name, folder] = (args[++i] ?? '').split('=');
    const kind = folder ? kindOfSection(folder) : undefined;
    if (!name || !kind || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      fail(`--stub braucht «Name=Bereich», Bereich: ${STUB_FOLDERS.join(', ')}; z. B. --stub "Wladimir Putin=${STUB_FOLDERS[0]}".`);
    }
    stubs.push({ name: name.trim(), kind: kind as EntityKind });
  } else if (args[i]!.startsWith('--')) {
    fail(`Unbekannte Option ${args[i]}. Aufruf: ${USAGE}`);
  } else {
    files.push(args[i]!);
  }
}
if (files.length !== 1) fail('Genau eine Artikeldatei angeben: npm run ingest -- <artikel.txt>');

let bytes: Buffer;
try {
  bytes = readFileSync(files[0]!);
} catch (error) {
  fail(`${files[0]}: Datei nicht lesbar (${(error as Error).message}).`);
}

try {
  const result = ingestArticle(bytes, files[0]!, { contentDir: siteConfig.contentDir, stubs });
  for (const warning of result.warnings) console.warn(`Warnung: ${warning}`);
  console.log(
    result.status === 'unchanged'
      ? `Unverändert: Dieser Artikel ist schon als ${result.file} im Dossier. Nichts geschrieben.`
      : `Geschrieben: ${result.file} (${result.paragraphs} Absätze, Anker #p1 bis #p${result.paragraphs}).`,
  );
  if (result.unusual.length) {
    console.log('\nUngewöhnliche Zeichen im Text (so gespeichert; Suche, Zitatprüfung und Verlinkung lesen sie als das gemeinte Zeichen):');
    for (const { where, characters } of result.unusual) {
      console.log(`  ${where}: ${characters.map((c) => `${c.label} ${c.code} (${c.count}×)`).join(', ')}`);
    }
  }
  console.log(`\nBekannte Einträge im Text (${result.mentions.length}):`);
  for (const m of result.mentions) console.log(`  ${m.id.padEnd(32)} Absatz ${m.paragraphs.join(', ')}`);
  console.log(`\nNoch unbekannte Namen (${result.candidates.length}), Vorschläge:`);
  for (const c of result.candidates) console.log(`  ${c.name.padEnd(32)} Absatz ${c.paragraphs.join(', ')}`);
  if (result.candidates.length) console.log(`  Entwurf anlegen: ${USAGE.replace(/[[\]]/g, '')} (oder ${STUB_FOLDERS.slice(1).join(', ')})`);
  for (const stub of result.stubs) console.log(`\nEntwurf geschrieben: ${stub} (draft: true, nur in der Vorschau sichtbar)`);
  console.log('\nWeiter: npm run build');
} catch (error) {
  if (error instanceof ArticleError) fail(`${error.message}\nNichts wurde geschrieben.`);
  throw error;
}

/**
 * Adds an article to the dossier.
 *
 *   npm run ingest -- <artikel.txt> [--stub "Name=personen"] … [--json]
 *
 * Writes the article as a source <jjjj-mm-titel>.mdx (never over an existing file) and drafts
 * for review in content/entwuerfe/<quelle>/: every quote with its speaker and channel, every
 * dated event, the entries they need. Reports the dates it read, the known entities the article
 * mentions and names the dossier does not know yet, and ends with the next command. `--stub`
 * writes a draft entity file for a chosen name; the part after `=` is the entity's content
 * folder. `--json` prints the whole report as JSON on standard output (shape in the README) and
 * everything else on standard error; run it as `npm run -s ingest -- … --json`, since npm itself
 * prints a banner on standard output otherwise.
 */
import { readFileSync } from 'node:fs';
import { ingestArticle, ingestReport, type StubRequest } from '../src/ingest/ingest-article.ts';
import { readDrafts } from '../src/ingest/drafts.ts';
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
let json = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') {
    json = true;
  } else if (args[i] === '--stub') {
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

/** Human-readable report lines go to standard output, or to standard error when `--json` owns standard output. */
const say = (line = '') => (json ? console.error(line) : console.log(line));
const party = (p: { id?: string; name: string } | null) => (p ? (p.id ? `${p.name} (${p.id})` : `${p.name} (neu)`) : '– nicht genannt –');

try {
  const result = ingestArticle(bytes, files[0]!, { contentDir: siteConfig.contentDir, stubs });
  for (const warning of result.warnings) console.warn(`Warnung: ${warning}`);
  say(
    result.status === 'unchanged'
      ? `Unverändert: Dieser Text ist schon als ${result.file} im Dossier${result.otherTitle ? ` (dort mit der Überschrift «${result.otherTitle}»)` : ''}. ${stubs.length > 0 ? 'Die Quelle bleibt, wie sie ist; geschrieben werden nur die verlangten Entwürfe (unten).' : 'Nichts geschrieben.'}`
      : `Geschrieben: ${result.file} (${result.paragraphs} Absätze, Anker #p1 bis #p${result.paragraphs}).`,
  );
  if (result.unusual.length) {
    say('\nUngewöhnliche Zeichen im Text (so gespeichert; Suche, Zitatprüfung und Verlinkung lesen sie als das gemeinte Zeichen):');
    for (const { where, characters } of result.unusual) say(`  ${where}: ${characters.map((c) => `${c.label} ${c.code} (${c.count}×)`).join(', ')}`);
  }
  const { facts } = result;
  say(`\nZitate (${facts.quotes.length}):`);
  for (const q of facts.quotes) say(`  Absatz ${q.paragraph}: «${q.text}» – Sprecher: ${party(q.speaker)}${q.channel ? `, über ${party(q.channel)}` : ''}`);
  say(`\nDaten (${facts.dates.length}):`);
  for (const d of facts.dates) say(`  Absatz ${d.paragraph}: «${d.text}» -> ${d.value} (${d.precision === 'day' ? 'Tag' : d.precision === 'month' ? 'Monat' : 'Jahr'})`);
  say(`\nEreignisse (${facts.events.length}):`);
  // A paragraph on an event the dossier has (or an earlier article drafted) becomes a report on it, not a new event.
  facts.events.forEach((e, i) => {
    const existing = result.eventReports[i]?.existing;
    say(`  Absatz ${e.paragraphs.join(', ')}: ${existing ? `Bericht zum Ereignis ${existing} (${e.kind}, ${e.date})` : `${e.title} (${e.kind}, ${e.date})`}`);
  });
  say(`\nBekannte Einträge im Text (${result.mentions.length}):`);
  for (const m of result.mentions) say(`  ${m.id.padEnd(32)} Absatz ${m.paragraphs.join(', ')}`);
  say(`\nNoch unbekannte Namen (${result.candidates.length}), Vorschläge:`);
  // A name a drafted quote needs is drafted already (an entry draft); the others can be drafted with --stub.
  const drafted = new Set(result.drafts.filter((d) => d.entwurf.art === 'eintrag').map((d) => d.entwurf.markiert));
  const rejected = new Set(result.rejectedNames ?? []);
  for (const c of result.candidates) say(`  ${c.name.padEnd(32)} ${(c.kind ? `(${sectionOf(c.kind)})` : '').padEnd(17)} Absatz ${c.paragraphs.join(', ')}${drafted.has(c.name) ? '   (Entwurf angelegt)' : rejected.has(c.name) ? '   (früher verworfen: kein Entwurf)' : ''}`);
  if (result.candidates.some((c) => !drafted.has(c.name) && !rejected.has(c.name))) say(`  Entwurf anlegen: ${USAGE.replace(/[[\]]/g, '')} (oder ${STUB_FOLDERS.slice(1).join(', ')})`);
  for (const stub of result.stubs) say(`\nEntwurf geschrieben: ${stub} (wie jeder Entwurf unter /entwuerfe/ zu prüfen)`);
  const waiting = result.status === 'unchanged' ? readDrafts(siteConfig.contentDir, result.id).drafts.length : 0;
  if (waiting > 0) {
    say(`\n${waiting === 1 ? 'Ein Entwurf wartet' : `${waiting} Entwürfe warten`} noch auf Prüfung in ${siteConfig.contentDir}/entwuerfe/${result.id}/.`);
    say(`Weiter: prüfen (npm run dev, dann /entwuerfe/), dann npm run accept -- --source ${result.id}`);
  } else if (result.drafts.length) {
    say(`\nEntwürfe zur Prüfung (${result.drafts.length}) in ${siteConfig.contentDir}/entwuerfe/${result.id}/`);
    say('\nWeiter: die Entwürfe prüfen (npm run dev, dann /entwuerfe/ im Browser), ergänzen, dann');
    say(`  npm run accept -- --source ${result.id}`);
    say('(nur vollständige Entwürfe werden veröffentlicht; verwerfen: npm run reject -- <Datei>). Danach: npm run build');
  } else {
    say('\nWeiter: npm run build');
  }
  if (json) console.log(JSON.stringify(ingestReport(result), null, 2));
} catch (error) {
  if (error instanceof ArticleError) fail(`${error.message}\nNichts wurde geschrieben.`);
  throw error;
}

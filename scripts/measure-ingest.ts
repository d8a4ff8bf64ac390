/**
 * How well ingest drafts, measured two ways:
 *
 *   npm run measure:ingest                                   # real agency articles against their gold (the target)
 *   npm run measure:ingest -- --fixtures                      # the self-written fixtures (tests/fixtures/ingest/)
 *   npm run measure:ingest -- --fixtures tests/fixtures/ingest-heldout
 *
 * The real articles are read from INGEST_CORPUS (default ../shared/ingest-corpus; they are the
 * publishers' texts and never part of this repository), their gold from
 * tests/fixtures/ingest-corpus-gold/ (format and rules in its README). The development part
 * prints every miss; the blind part only its sums. Every figure carries its n.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMentionTargets } from '../src/mentions/read-mention-targets.ts';
import { scoreFixtures, totals } from './lib/ingest-quality.ts';
import { scoreCorpus, sumTallies, TALLIES, type CorpusResult, type Tally } from './lib/ingest-corpus.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const contentDir = path.join(root, 'content');
const args = process.argv.slice(2);

if (args[0] === '--fixtures') {
  const fixtures = args[1] ? path.resolve(args[1]) : path.join(root, 'tests/fixtures/ingest/');
  const results = scoreFixtures(fixtures, readMentionTargets(contentDir));
  const sums = totals(results);
  const rows = (['quotes', 'speakers', 'channels', 'dates'] as const).map((key) => {
    const s = sums[key];
    const label = { quotes: 'Zitate', speakers: 'Sprecher', channels: 'Kanäle (über wen)', dates: 'Daten (Wert und Genauigkeit)' }[key];
    return `| ${label} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.correct} richtig, ${s.found} gefunden, ${s.expected} erwartet |`;
  });
  console.log(`Entwürfe aus ${results.length} selbst geschriebenen Artikeln (${path.relative(process.cwd(), fixtures) || fixtures}):\n`);
  console.log(['| Mass | Präzision | Recall | Anzahl |', '|---|---|---|---|', ...rows].join('\n'));
  const errors = results.flatMap((r) => r.errors);
  console.log(`\nAbweichungen (${errors.length}):\n${errors.map((e) => `  ${e}`).join('\n') || '  (keine)'}`);
  process.exit(0);
}

const corpus = path.resolve(process.env.INGEST_CORPUS ?? path.join(root, '../shared/ingest-corpus'));
if (!existsSync(corpus)) {
  console.log(`Kein Korpus unter ${corpus} (INGEST_CORPUS setzen); gemessen werden kann nur mit --fixtures.`);
  process.exit(0);
}
const results = scoreCorpus(corpus, path.join(root, 'tests/fixtures/ingest-corpus-gold'), contentDir);
const LABELS: Record<(typeof TALLIES)[number], string> = {
  quotes: 'Zitate gefunden', speakers: 'Sprecher', channels: 'Kanäle', dates: 'Daten (Wert, Genauigkeit)', newEvents: 'Neue Ereignisse',
  reports: 'Berichte zu bekannten Ereignissen', disagreements: 'davon abweichend', entities: 'Vorgeschlagene Einträge', entityKinds: 'Art der Einträge', credit: 'Agentur',
};
const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
function table(part: readonly CorpusResult[], title: string) {
  const { sums, knownAsNew, inventedCredit, articles } = sumTallies(part);
  const row = (k: (typeof TALLIES)[number], s: Tally) =>
    `| ${LABELS[k]} | ${ratio(s.correct, s.expected)} (${s.correct}/${s.expected}) | ${ratio(s.correct, s.found)} (${s.correct}/${s.found}) |`;
  console.log(`\n${title}: ${articles} Meldungen\n\n| Mass | Recall (n) | Präzision (n) |\n|---|---|---|\n${TALLIES.map((k) => row(k, sums[k])).join('\n')}`);
  const junk = sums.entities.found - sums.entities.correct;
  console.log(`\nAusschuss unter den Vorschlägen: ${ratio(junk, sums.entities.found)} (${junk}/${sums.entities.found}); bekannte Ereignisse als neu entworfen: ${knownAsNew}; erfundene Agentur: ${inventedCredit}.`);
}
const dev = results.filter((r) => r.part === 'dev');
const blind = results.filter((r) => r.part === 'blind');
console.log(`Korpus: ${corpus}`);
table(dev, 'Entwicklungsteil');
if (blind.length) table(blind, 'Blinder Teil (nur Summen)');
if (!args.includes('--kurz')) {
  const misses = dev.flatMap((r) => r.misses);
  console.log(`\nAbweichungen im Entwicklungsteil (${misses.length}):\n${misses.map((m) => `  ${m}`).join('\n')}`);
}

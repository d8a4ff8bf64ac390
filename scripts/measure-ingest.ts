/**
 * How well ingest drafts quotes, speakers and dates, on the fixture articles with their
 * expected drafts (tests/fixtures/ingest/), against the dossier's known entries in content/:
 * precision and recall per measure, the share of quote texts that are verbatim, and every
 * miss.
 *
 *   npm run measure:ingest                                   # the fixtures the rules were developed on
 *   npm run measure:ingest -- tests/fixtures/ingest-heldout   # articles written apart, never tuned on
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMentionTargets } from '../src/mentions/read-mention-targets.ts';
import { scoreFixtures, totals } from './lib/ingest-quality.ts';

const fixtures = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL('../tests/fixtures/ingest/', import.meta.url));
const results = scoreFixtures(fixtures, readMentionTargets(fileURLToPath(new URL('../content/', import.meta.url))));
const sums = totals(results);
const rows = (['quotes', 'speakers', 'channels', 'dates'] as const).map((key) => {
  const s = sums[key];
  const label = { quotes: 'Zitate', speakers: 'Sprecher', channels: 'Kanäle (über wen)', dates: 'Daten (Wert und Genauigkeit)' }[key];
  return `| ${label} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.correct} richtig, ${s.found} gefunden, ${s.expected} erwartet |`;
});
const quotesFound = results.reduce((n, r) => n + r.quotes.found, 0);
const notVerbatim = results.reduce((n, r) => n + r.notVerbatim, 0);
console.log(`Entwürfe aus ${results.length} Artikeln (${path.relative(process.cwd(), fixtures) || fixtures}):\n`);
console.log(['| Mass | Präzision | Recall | Anzahl |', '|---|---|---|---|', ...rows].join('\n'));
console.log(`\nZitattexte wörtlich: ${quotesFound - notVerbatim} von ${quotesFound}.`);
const errors = results.flatMap((r) => r.errors);
console.log(`\nAbweichungen (${errors.length}):\n${errors.map((e) => `  ${e}`).join('\n') || '  (keine)'}`);

/**
 * Search quality on the judged query set (scripts/lib/search-judgements.ts), both editions
 * side by side: recall@5 (the share of a query's relevant pages among its first five results,
 * out of at most five; a query that must find nothing scores 1 when the list is empty) and MRR
 * (1 / rank of the first relevant result; for a must-find-nothing query 1 when empty), averaged
 * over the set; how many queries find the same page set in both editions; and each query either
 * edition misses (recall@5 below 1), with what it returned.
 *
 *   npm run build && npm run measure:search-quality
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { JUDGEMENTS } from './lib/search-judgements.ts';
import { launchChromium, serveStatic } from './lib/browser.ts';
import { findOfflineZip } from './lib/offline-zip.ts';
import { offlineResults, pagefindResults } from './lib/search-runs.ts';
import { unzipToTemp } from './lib/unzip.ts';
import { score } from './lib/search-quality.ts';
import { queryForEngines } from '../src/search/query-words.ts';
import { compoundSplitter, type Lexicon } from '../src/search/compounds.ts';

const dist = path.resolve(siteConfig.outDir);
const base = siteConfig.basePath;
const queries = JUDGEMENTS.map((j) => j.query);
// As the search page sends them to either engine: without question and function words, compounds
// the dossier does not use split into its words (with the lexicon the site ships).
const splitter = compoundSplitter(JSON.parse(readFileSync(path.join(dist, 'suche', 'woerter.json'), 'utf8')) as Lexicon);
const sent = queries.map((query) => queryForEngines(query, splitter));
const below = (page: string) => `/${page.slice(base.length)}`;

const server = await serveStatic(dist, base);
const zip = findOfflineZip(dist);
const unpacked = unzipToTemp(zip.file);
const browser = await launchChromium();
let online: Record<string, string[]>;
let offline: Record<string, string[]>;
try {
  online = await pagefindResults(browser, server.url, sent);
  offline = await offlineResults(browser, path.join(unpacked, zip.name.replace(/\.zip$/, '')), sent);
} finally {
  await browser.close();
  await server.close();
  rmSync(unpacked, { recursive: true, force: true });
}

const editions = { online, offline } as const;
const table: string[] = ['| Ausgabe | recall@5 | MRR | verfehlt |', '|---|---|---|---|'];
const misses: string[] = [];
const notFirst: string[] = [];
for (const [name, results] of Object.entries(editions)) {
  let recall = 0;
  let mrr = 0;
  let missed = 0;
  for (const judgement of JUDGEMENTS) {
    const ranked = results[queryForEngines(judgement.query, splitter)]!.map(below);
    const { recall: r, reciprocalRank } = score(judgement, ranked);
    recall += r;
    mrr += reciprocalRank;
    if (r === 1 && reciprocalRank < 1) notFirst.push(`${name.padEnd(7)} ${judgement.kind.padEnd(12)} «${judgement.query}»: erster relevanter Treffer an Stelle ${Math.round(1 / reciprocalRank)}`);
    if (r < 1) {
      missed++;
      misses.push(`${name.padEnd(7)} ${judgement.kind.padEnd(12)} «${judgement.query}»: erwartet ${judgement.relevant.join(', ') || 'nichts'}; erhalten ${ranked.slice(0, 5).join(', ') || 'nichts'}${ranked.length > 5 ? ` (+${ranked.length - 5})` : ''}`);
    }
  }
  table.push(`| ${name} | ${(recall / JUDGEMENTS.length).toFixed(3)} | ${(mrr / JUDGEMENTS.length).toFixed(3)} | ${missed} von ${JUDGEMENTS.length} |`);
}
const samePages = sent.filter((q) => JSON.stringify([...online[q]!].sort()) === JSON.stringify([...offline[q]!].sort())).length;
const sameFirst = sent.filter((q) => online[q]![0] === offline[q]![0]).length;
console.log(`Suchqualität, ${JUDGEMENTS.length} beurteilte Anfragen (${dist}):\n\n${table.join('\n')}\n`);
console.log(`Gleiche Trefferseiten online und offline: ${samePages} von ${queries.length}; gleicher erster Treffer: ${sameFirst} von ${queries.length}.\n`);
console.log(`Verfehlt (recall@5 unter 1):\n${misses.join('\n') || '(keine)'}\n`);
console.log(`Gefunden, aber nicht zuerst (MRR unter 1):\n${notFirst.join('\n') || '(keine)'}`);

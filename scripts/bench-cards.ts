/**
 * Card benchmark: builds the dossier twice into a scratch folder, first with an empty card cache
 * (every card rendered), then unchanged (every card should come from the cache), and reports
 * the number of cards, cold milliseconds per card and the cards rendered on the rebuild. Then
 * it renders the same cards the common way (scripts/lib/card-baseline.ts) and compares.
 *
 *   npm run bench:cards
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CardRunReport } from '../src/cards/render/render-cards.ts';
import { renderCardsBaseline } from './lib/card-baseline.ts';
import { readBuildManifest } from '../src/integrations/build-manifest.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache', 'bench-cards');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const env = { ...process.env, OUT_DIR: path.join(work, 'dist'), ASTRO_CACHE_DIR: path.join(work, 'cache') };

function build(label: string): { report: CardRunReport; seconds: number } {
  process.stdout.write(`${label} … `);
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build fehlgeschlagen:\n${result.stdout}\n${result.stderr}`);
  const report = JSON.parse(readFileSync(path.join(work, 'cache', 'og-cards', 'last-run.json'), 'utf8')) as CardRunReport;
  console.log(`${seconds.toFixed(1)} s`);
  return { report, seconds };
}

const cold = build('Build mit leerem Karten-Cache');
const warm = build('Unveränderter Neubau');
process.stdout.write('Dieselben Karten auf die übliche Art (Baseline) … ');
const specs = readBuildManifest(path.join(work, 'cache')).cards;
const baseline = await renderCardsBaseline(specs);
console.log(`${(baseline.totalMs / 1000).toFixed(1)} s`);
const oursPerCard = cold.report.renderMs / Math.max(1, cold.report.rendered);
const baselinePerCard = baseline.totalMs / Math.max(1, baseline.cards);
const rows: [string, string][] = [
  ['Karten', String(cold.report.cards)],
  ['kalt gerendert', String(cold.report.rendered)],
  ['kalt: ms je Karte (Wandzeit, amortisiert)', oursPerCard.toFixed(1)],
  ['Threads', String(cold.report.threads)],
  ['Neubau: gerendert', String(warm.report.rendered)],
  ['Neubau: aus dem Cache', String(warm.report.fromCache)],
  ['Build kalt / Neubau (s)', `${cold.seconds.toFixed(1)} / ${warm.seconds.toFixed(1)}`],
  ['Baseline: ms je Karte (1 Thread, ohne Cache)', baselinePerCard.toFixed(1)],
  ['Faktor Baseline / kalt', `${(baselinePerCard / oursPerCard).toFixed(1)}×`],
];
console.log(`\n${rows.map(([k, v]) => `${k.padEnd(44)} ${v}`).join('\n')}`);
console.log(
  JSON.stringify({
    cold: cold.report,
    rebuild: warm.report,
    buildSeconds: { cold: cold.seconds, rebuild: warm.seconds },
    baseline: { ...baseline, msPerCard: baselinePerCard },
    msPerCard: { ours: oursPerCard, baseline: baselinePerCard, ratio: baselinePerCard / oursPerCard },
  }),
);

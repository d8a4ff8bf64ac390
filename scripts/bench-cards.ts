/**
 * Card benchmark.
 *
 * 1. Builds the dossier twice into a scratch folder, first with an empty card cache (every card
 *    rendered), then unchanged (every card should come from the cache): cards, cold milliseconds
 *    per card, cards rendered on the rebuild; then the same cards the common way
 *    (scripts/lib/card-baseline.ts) for comparison.
 * 2. Compares the build's card renderer with other ways on the same cards (scripts/lib/card-paths.ts):
 *    each path in a fresh process, cold, both cores, `--rounds` times interleaved (median); PNG
 *    sizes; pixel difference of each path's cards against the build's own.
 *
 *   npm run bench:cards                           # the seed dossier's cards
 *   npm run bench:cards -- --pages 1000 --rounds 3 # and the cards of a 1 000-page corpus
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CardRunReport } from '../src/cards/render/render-cards.ts';
import type { CardSpec } from '../src/cards/spec/card-spec.ts';
import { readBuildManifest } from '../src/integrations/build-manifest.ts';
import { REPO_ROOT, runAstroBuild } from './lib/astro-build.ts';
import { median } from './lib/bench-report.ts';
import { renderCardsBaseline } from './lib/card-baseline.ts';
import { CARD_PATHS, pixelDifference, renderWithPath, type CardPath } from './lib/card-paths.ts';
import { readOptions, runMain, wholeNumber } from './lib/cli-args.ts';
import { generateCorpus } from './lib/corpus/generate.ts';

const USAGE = 'Aufruf: npm run bench:cards -- [--rounds 5] [--pages <Seiten eines Korpus, zusätzlich>]';
const WORK = path.join(REPO_ROOT, '.cache', 'bench-cards');
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** One build into `WORK/<name>`; its card report. */
async function build(name: string, label: string, contentDir?: string): Promise<{ report: CardRunReport; seconds: number; cacheDir: string }> {
  process.stdout.write(`${label} … `);
  const cacheDir = path.join(WORK, name, 'cache');
  const run = await runAstroBuild({ contentDir, env: { BASE_PATH: '/' }, outDir: path.join(WORK, name, 'dist'), cacheDir, logFile: path.join(WORK, name, 'build.log') });
  if (run.status !== 0) throw new Error(`Build fehlgeschlagen, Protokoll: ${path.join(WORK, name, 'build.log')}`);
  console.log(`${(run.ms / 1000).toFixed(1)} s`);
  return { report: JSON.parse(readFileSync(path.join(cacheDir, 'og-cards', 'last-run.json'), 'utf8')) as CardRunReport, seconds: run.ms / 1000, cacheDir };
}

/** Child process: renders the specs with one path, prints the time and the PNGs' sizes, keeps the PNGs for the comparison. */
async function child(cardPath: CardPath, specsFile: string, pngDir: string): Promise<void> {
  const specs = JSON.parse(readFileSync(specsFile, 'utf8')) as CardSpec[];
  const started = performance.now();
  const pngs = await renderWithPath(cardPath, specs);
  const ms = performance.now() - started;
  mkdirSync(pngDir, { recursive: true });
  pngs.forEach((png, i) => writeFileSync(path.join(pngDir, `${i}.png`), png));
  console.log(JSON.stringify({ ms, bytes: pngs.map((p) => p.length) }));
}

/** Every path on the same specs, `rounds` times, interleaved; then sizes and pixel differences. */
async function comparePaths(label: string, specs: CardSpec[], rounds: number): Promise<string> {
  const dir = path.join(WORK, `paths-${label}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const specsFile = path.join(dir, 'specs.json');
  writeFileSync(specsFile, JSON.stringify(specs));
  const times = new Map<CardPath, number[]>(CARD_PATHS.map((p) => [p, []]));
  const sizes = new Map<CardPath, number[]>();
  for (let round = 0; round < rounds; round++) {
    // A different order each round, so that no path always runs first or last.
    const order = CARD_PATHS.map((_, i) => CARD_PATHS[(i + round) % CARD_PATHS.length]!);
    for (const cardPath of order) {
      const result = spawnSync(process.execPath, [import.meta.filename, '--child', cardPath, '--specs', specsFile, '--png-dir', path.join(dir, cardPath)], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${cardPath}: ${result.stderr}`);
      const { ms, bytes } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; bytes: number[] };
      times.get(cardPath)!.push(ms / specs.length);
      sizes.set(cardPath, bytes);
      process.stdout.write('.');
    }
  }
  console.log('');
  const own = (i: number) => readFileSync(path.join(dir, 'build', `${i}.png`));
  const lines = [`| Weg (${label}, ${specs.length} Karten) | ms je Karte (Median aus ${rounds}) | PNG kB Mittel / Max | Unterschied zu «build»: Mittel, Anteil > 48 (schlechteste Karte) | Karten innerhalb der Toleranz |`, '|---|---|---|---|---|'];
  for (const cardPath of CARD_PATHS) {
    const bytes = sizes.get(cardPath)!;
    let worstMean = 0;
    let worstOff = 0;
    let within = 0;
    for (let i = 0; i < specs.length; i++) {
      const diff = await pixelDifference(own(i), readFileSync(path.join(dir, cardPath, `${i}.png`)));
      worstMean = Math.max(worstMean, diff.mean);
      worstOff = Math.max(worstOff, diff.off);
      if (diff.mean < 0.5 && diff.off < 0.001) within += 1;
    }
    lines.push(`| ${cardPath} | ${median(times.get(cardPath)!).toFixed(1)} | ${kib(bytes.reduce((a, b) => a + b, 0) / bytes.length)} / ${kib(Math.max(...bytes))} | ${worstMean.toFixed(3)}, ${worstOff.toFixed(5)} | ${within}/${specs.length} |`);
  }
  return lines.join('\n');
}

await runMain(async () => {
  const options = readOptions(process.argv.slice(2), { rounds: { type: 'string' }, pages: { type: 'string' }, child: { type: 'string' }, specs: { type: 'string' }, 'png-dir': { type: 'string' } }, USAGE);
  if (options.child) return child(options.child as CardPath, options.specs!, options['png-dir']!);
  const rounds = options.rounds === undefined ? 5 : wholeNumber(options.rounds, '--rounds', { min: 1, max: 50 }, USAGE);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });

  const cold = await build('seed', 'Build mit leerem Karten-Cache');
  const warm = await build('seed', 'Unveränderter Neubau');
  const specs = readBuildManifest(cold.cacheDir).cards;
  process.stdout.write('Dieselben Karten auf die übliche Art (Baseline) … ');
  const baseline = await renderCardsBaseline(specs);
  console.log(`${(baseline.totalMs / 1000).toFixed(1)} s`);
  const oursPerCard = cold.report.renderMs / Math.max(1, cold.report.rendered);
  const baselinePerCard = baseline.totalMs / Math.max(1, baseline.cards);
  const rows: [string, string][] = [
    ['Karten', String(cold.report.cards)],
    ['kalt gerendert', String(cold.report.rendered)],
    ['kalt: ms je Karte (Wandzeit, amortisiert)', oursPerCard.toFixed(1)],
    ['Neubau: gerendert / aus dem Cache', `${warm.report.rendered} / ${warm.report.fromCache}`],
    ['Build kalt / Neubau (s)', `${cold.seconds.toFixed(1)} / ${warm.seconds.toFixed(1)}`],
    ['Baseline: ms je Karte (1 Thread, ohne Cache)', baselinePerCard.toFixed(1)],
    ['Faktor Baseline / kalt', `${(baselinePerCard / oursPerCard).toFixed(1)}×`],
  ];
  console.log(`\n${rows.map(([k, v]) => `${k.padEnd(44)} ${v}`).join('\n')}\n`);

  const tables = [await comparePaths('Seed', specs, rounds)];
  if (options.pages !== undefined) {
    const pages = wholeNumber(options.pages, '--pages', { min: 40, max: 20_000 }, USAGE);
    const corpus = generateCorpus({ pages, seed: 1, out: path.join(WORK, `corpus-${pages}`) });
    const corpusBuild = await build(`corpus-${pages}`, `Korpus mit ${pages} Seiten bauen`, corpus.dir);
    tables.push(await comparePaths(`${pages} Seiten`, readBuildManifest(corpusBuild.cacheDir).cards, Math.min(rounds, 3)));
  }
  console.log(`\nRechner: ${os.availableParallelism()} Kerne, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, Last ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  console.log(tables.join('\n\n'));
});

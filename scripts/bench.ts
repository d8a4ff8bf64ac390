/**
 * Scale benchmark: for dossiers of about 100, 1 000 and 10 000 pages (synthetic, see
 * scripts/generate-corpus.ts) a cold build and an unchanged rebuild, with build time per page,
 * peak memory of the build's process tree, card rendering against a baseline renderer, search
 * index and query payload, offline zip and the weight of a typical event page. Writes
 * `.cache/bench/report.json` and `.cache/bench/report.md` and prints the table.
 *
 *   npm run bench                         # 100, 1000, 10000 pages
 *   npm run bench -- --sizes 100,1000     # only these sizes
 *   npm run bench -- --profile            # cold builds under --cpu-prof, summary per size
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CardSpec } from '../src/cards/spec/card-spec.ts';
import type { CardRunReport } from '../src/cards/render/render-cards.ts';
import { buildManifestFile, readBuildManifest } from '../src/integrations/build-manifest.ts';
import { REPO_ROOT, runAstroBuild, type BuildRun } from './lib/astro-build.ts';
import { judge, markdownReport, type BaselineResult, type SizeResult } from './lib/bench-report.ts';
import { buildPhases } from './lib/build-phases.ts';
import { profileMarkdown, summariseProfile } from './lib/cpu-profile.ts';
import { readOptions, runMain, UsageError, wholeNumber } from './lib/cli-args.ts';
import { generateCorpus } from './lib/corpus/generate.ts';
import { MAX_PAGES, MIN_PAGES } from './lib/corpus/plan.ts';
import { findOfflineZip } from './lib/offline-zip.ts';
import { pageWeight, typicalEventPage } from './lib/page-weight.ts';
import { directorySize, measureQuery } from './lib/search-measure.ts';

const USAGE = 'Aufruf: npm run bench -- [--sizes 100,1000,10000] [--seed 1] [--baseline-sample 100] [--profile]';
const BENCH_DIR = path.join(REPO_ROOT, '.cache/bench');
const BASELINE_MODULE = path.join(REPO_ROOT, 'scripts/lib/card-baseline.ts');

const benchStarted = performance.now();
const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

/** One progress line: total elapsed, size, phase. */
function progress(size: number | undefined, message: string): void {
  console.log(`[${clock(performance.now() - benchStarted)}]${size ? ` ${size} Seiten ·` : ''} ${message}`);
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html')).length;
}

function readCardRun(cacheDir: string): CardRunReport {
  return JSON.parse(readFileSync(path.join(cacheDir, 'og-cards', 'last-run.json'), 'utf8')) as CardRunReport;
}

async function timedBuild(size: number, label: string, dirs: { contentDir: string; outDir: string; cacheDir: string }, logFile: string, nodeArgs: string[] = []): Promise<BuildRun> {
  progress(size, `${label} …`);
  const run = await runAstroBuild({
    ...dirs,
    logFile,
    nodeArgs,
    // At the root, whatever the caller's environment says: the search is measured there.
    env: { BASE_PATH: '/' },
    watchMemory: true,
    onTick: (elapsed, rss) => progress(size, `${label} läuft seit ${clock(elapsed)}, RSS jetzt ${gib(rss)}`),
  });
  if (run.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(`${label} fehlgeschlagen (Exit ${run.status}); Protokoll: ${path.relative(REPO_ROOT, logFile)}\n${tail}`);
  }
  progress(size, `${label} fertig in ${clock(run.ms)}, Spitze ${gib(run.peakRssBytes)}`);
  return run;
}

/** Where the cold build's profile goes, and the summary written beside the report. */
function profileArgs(work: string): string[] {
  return ['--cpu-prof', `--cpu-prof-dir=${path.join(work, 'profile')}`];
}

function writeProfileSummary(size: number, work: string): void {
  const folder = path.join(work, 'profile');
  // The main thread's profile is the largest; worker threads write their own, smaller ones.
  const profiles = readdirSync(folder).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(folder, f));
  const main = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!main) return;
  const file = path.join(BENCH_DIR, `profile-${size}.md`);
  writeFileSync(file, profileMarkdown(`Profil kalter Build, ${size} Seiten (${path.relative(REPO_ROOT, main)})`, summariseProfile(main)));
  progress(size, `Profil: ${path.relative(REPO_ROOT, file)}`);
}

async function benchSize(size: number, seed: number, profile: boolean): Promise<SizeResult> {
  progress(size, 'Korpus erzeugen');
  const corpus = generateCorpus({ pages: size, seed, out: path.join(BENCH_DIR, `corpus-${size}`) });
  const { plan } = corpus.manifest;
  const result: SizeResult = { size, pages: plan.pages, plan };
  const work = path.join(BENCH_DIR, `build-${size}`);
  rmSync(work, { recursive: true, force: true }); // cold: no Astro cache, no card cache, no output
  const dirs = { contentDir: corpus.dir, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') };
  try {
    const cold = await timedBuild(size, 'Kalter Build', dirs, path.join(work, 'cold.log'), profile ? profileArgs(work) : []);
    if (profile) writeProfileSummary(size, work);
    result.pages = countHtml(dirs.outDir);
    result.cold = { ms: cold.ms, msPerPage: cold.ms / result.pages, peakRssBytes: cold.peakRssBytes, phases: buildPhases(cold.logFile) };
    const cards = readCardRun(dirs.cacheDir);
    result.cards = { cards: cards.cards, rendered: cards.rendered, renderMs: cards.renderMs, msPerCard: cards.renderMs / Math.max(1, cards.rendered) };

    progress(size, 'Seitengewicht, Offline-ZIP, Suchindex');
    const event = pageWeight(dirs.outDir, typicalEventPage(dirs.outDir));
    result.eventPage = { page: event.page, rawBytes: event.rawBytes, gzipBytes: event.gzipBytes, brotliBytes: event.brotliBytes, files: event.files };
    result.offlineZipBytes = findOfflineZip(dirs.outDir).bytes;
    const index = directorySize(path.join(dirs.outDir, 'pagefind'));
    progress(size, `Suche «${corpus.manifest.probeQuery}» in Chromium`);
    try {
      const query = await measureQuery(dirs.outDir, corpus.manifest.probeQuery);
      result.search = { indexBytes: index.bytes, indexFiles: index.files, query: query.query, results: query.results, payloadBytes: query.searchBytesFetched, requests: query.searchRequests };
    } catch (error) {
      progress(size, `Suche nicht gemessen: ${(error as Error).message.split('\n')[0]}`);
    }

    const rebuild = await timedBuild(size, 'Unveränderter Neubau', dirs, path.join(work, 'rebuild.log'));
    result.rebuild = { ms: rebuild.ms, msPerPage: rebuild.ms / result.pages, cardsRendered: readCardRun(dirs.cacheDir).rendered, peakRssBytes: rebuild.peakRssBytes };
  } catch (error) {
    result.error = (error as Error).message;
    progress(size, result.error);
  }
  return result;
}

/** The baseline renderer (scripts/lib/card-baseline.ts) on the first cards of the largest build. */
async function measureBaseline(results: readonly SizeResult[], sample: number): Promise<BaselineResult> {
  if (!existsSync(BASELINE_MODULE)) return { available: false, reason: 'scripts/lib/card-baseline.ts fehlt noch' };
  const source = [...results].reverse().find((r) => r.cards && existsSync(buildManifestFile(path.join(BENCH_DIR, `build-${r.size}`, 'cache'))));
  if (!source) return { available: false, reason: 'kein Build hat ein Build-Manifest hinterlassen' };
  const specs = readBuildManifest(path.join(BENCH_DIR, `build-${source.size}`, 'cache')).cards.slice(0, sample);
  progress(undefined, `Basislinie: ${specs.length} Karten aus dem Build mit ${source.size} Seiten`);
  const { renderCardsBaseline } = (await import(pathToFileURL(BASELINE_MODULE).href)) as {
    renderCardsBaseline: (specs: readonly CardSpec[]) => Promise<{ cards: number; totalMs: number }>;
  };
  const run = await renderCardsBaseline(specs);
  return { available: true, cards: run.cards, totalMs: run.totalMs, msPerCard: run.totalMs / Math.max(1, run.cards), fromSize: source.size };
}

await runMain(async () => {
  const options = readOptions(process.argv.slice(2), { sizes: { type: 'string' }, seed: { type: 'string' }, 'baseline-sample': { type: 'string' }, profile: { type: 'boolean' } }, USAGE);
  const sizes = (options.sizes ?? '100,1000,10000').split(',').map((s) => wholeNumber(s.trim(), '--sizes', { min: MIN_PAGES, max: MAX_PAGES }, USAGE));
  if (new Set(sizes).size !== sizes.length) throw new UsageError(`--sizes ${options.sizes}: jede Grösse nur einmal angeben.\n${USAGE}`);
  const seed = options.seed === undefined ? 1 : wholeNumber(options.seed, '--seed', { min: 0, max: 0xffffffff }, USAGE);
  const sample = options['baseline-sample'] === undefined ? 100 : wholeNumber(options['baseline-sample'], '--baseline-sample', { min: 1, max: 100_000 }, USAGE);
  const started = new Date().toISOString().slice(0, 16).replace('T', ' ');

  const results: SizeResult[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) results.push(await benchSize(size, seed, options.profile === true));
  let baseline: BaselineResult;
  try {
    baseline = await measureBaseline(results, sample);
  } catch (error) {
    baseline = { available: false, reason: `Fehler: ${(error as Error).message.split('\n')[0]}` };
  }

  const checks = judge(results, baseline);
  const machine = `${os.availableParallelism()} Kerne, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  const markdown = markdownReport(results, baseline, checks, { started, machine });
  writeFileSync(path.join(BENCH_DIR, 'report.json'), `${JSON.stringify({ started, machine, seed, results, baseline, checks }, null, 2)}\n`);
  writeFileSync(path.join(BENCH_DIR, 'report.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`Bericht: ${path.relative(process.cwd(), path.join(BENCH_DIR, 'report.md'))} und report.json (in ${clock(performance.now() - benchStarted)}).`);
  if (results.some((r) => r.error)) process.exitCode = 1;
});

/**
 * One variant of the benchmark at one size: the corpus copied into the variant's folder (so
 * that both variants build identical content), a cold build, the measurements on its output,
 * an unchanged rebuild, then one article ingested into the copy and a rebuild with the same
 * cache, then all of that article's drafts accepted and another rebuild. Every build is the variant's own `node scripts/build.ts` (or `astro build`) in its
 * own project folder, timed, with the peak memory of its process tree.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CardRunReport } from '../../src/cards/render/render-cards.ts';
import { REPO_ROOT, runAstroBuild, type BuildRun } from './astro-build.ts';
import { BENCH_ARTICLE, ingestDay, runAccept, runIngest } from './bench-ingest.ts';
import { clock, gib, progress } from './bench-log.ts';
import type { AcceptRebuild, IngestRebuild, Rebuild, SizeResult } from './bench-report.ts';
import { buildCommand } from './bench-revision.ts';
import { buildPhases, renderedPages } from './build-phases.ts';
import type { CorpusManifest } from './corpus/generate.ts';
import { profileMarkdown, summariseProfile } from './cpu-profile.ts';
import { findOfflineZip } from './offline-zip.ts';
import { largestHtmlPage, pageWeight, typicalEventPage } from './page-weight.ts';
import { directorySize, measureQuery } from './search-measure.ts';

export interface Variant {
  /** `vorher` or `nachher`. */
  name: string;
  /** The project folder built: this repository, or an exported revision. */
  root: string;
  /** The variant's working folder for this size (content copy, output, cache, logs). */
  work: string;
  /** Where a profile summary goes, with `--profile`. */
  profileReport?: string;
}

interface Dirs {
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html')).length;
}

function readCardRun(cacheDir: string): CardRunReport {
  return JSON.parse(readFileSync(path.join(cacheDir, 'og-cards', 'last-run.json'), 'utf8')) as CardRunReport;
}

async function timedBuild(size: number, variant: Variant, label: string, dirs: Dirs, logFile: string, profileDir?: string): Promise<BuildRun> {
  const say = (message: string) => progress(size, message, variant.name);
  say(`${label} …`);
  const run = await runAstroBuild({
    ...dirs,
    logFile,
    root: variant.root,
    command: buildCommand(variant.root),
    // Passed on in NODE_OPTIONS: profiles the build script, Astro and the processes they start.
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    // At the root, whatever the caller's environment says: the search is measured there.
    env: { BASE_PATH: '/' },
    watchMemory: true,
    onTick: (elapsed, rss) => say(`${label} läuft seit ${clock(elapsed)}, RSS jetzt ${gib(rss)}`),
  });
  if (run.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(`${label} fehlgeschlagen (Exit ${run.status}); Protokoll: ${path.relative(REPO_ROOT, logFile)}\n${tail}`);
  }
  say(`${label} fertig in ${clock(run.ms)}, Spitze ${gib(run.peakRssBytes)}`);
  return run;
}

/** Summarises the cold build's largest profile (Astro's main thread; other processes and workers write smaller ones). */
function writeProfileSummary(size: number, variant: Variant, folder: string): void {
  const profiles = readdirSync(folder).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(folder, f));
  const main = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!main || !variant.profileReport) return;
  writeFileSync(variant.profileReport, profileMarkdown(`Profil kalter Build, ${size} Seiten, ${variant.name} (${path.relative(REPO_ROOT, main)})`, summariseProfile(main)));
  progress(size, `Profil: ${path.relative(REPO_ROOT, variant.profileReport)}`, variant.name);
}

/** Runs one measurement; a failure is noted in `result.warnings` and the benchmark goes on. */
async function attempt(size: number, variant: Variant, what: string, result: SizeResult, measure: () => unknown): Promise<void> {
  try {
    await measure();
  } catch (error) {
    const warning = `${what}: ${(error as Error).message.split('\n')[0]}`;
    (result.warnings ??= []).push(warning);
    progress(size, `nicht gemessen: ${warning}`, variant.name);
  }
}

/** Page weight, largest page, offline zip and one query in Chromium, on the cold build's output. */
async function measureOutput(size: number, variant: Variant, outDir: string, probeQuery: string, result: SizeResult): Promise<void> {
  progress(size, 'Seitengewicht, grösste Seite, Offline-ZIP, Suchindex', variant.name);
  await attempt(size, variant, 'Ereignisseite', result, () => {
    const event = pageWeight(outDir, typicalEventPage(outDir));
    result.eventPage = { page: event.page, rawBytes: event.rawBytes, gzipBytes: event.gzipBytes, brotliBytes: event.brotliBytes, files: event.files };
  });
  await attempt(size, variant, 'Grösste HTML-Seite', result, () => (result.largestHtml = largestHtmlPage(outDir)));
  await attempt(size, variant, 'Offline-ZIP', result, () => (result.offlineZipBytes = findOfflineZip(outDir).bytes));
  progress(size, `Suche «${probeQuery}» in Chromium`, variant.name);
  await attempt(size, variant, 'Suche', result, async () => {
    const index = directorySize(path.join(outDir, 'pagefind'));
    const query = await measureQuery(outDir, probeQuery);
    result.search = { indexBytes: index.bytes, indexFiles: index.files, query: query.query, results: query.results, payloadBytes: query.searchBytesFetched, requests: query.searchRequests };
  });
}

/** What a rebuild's run and log say: time, memory, pages re-rendered, the Pagefind phase. */
function rebuildFigures(size: number, variant: Variant, run: BuildRun): Rebuild {
  const pages = renderedPages(run.logFile);
  progress(size, `${pages.rendered} von ${pages.total} Seiten neu gerendert`, variant.name);
  return {
    ms: run.ms,
    peakRssBytes: run.peakRssBytes,
    rendered: pages.rendered,
    total: pages.total,
    pagefindSeconds: buildPhases(run.logFile).find((p) => p.phase === 'Pagefind')?.seconds,
  };
}

/** One article ingested into the variant's content copy, then a rebuild with the same cache. */
async function ingestAndRebuild(size: number, variant: Variant, dirs: Dirs): Promise<IngestRebuild> {
  const day = ingestDay(dirs.contentDir);
  const ingest: IngestRebuild = { article: path.relative(REPO_ROOT, BENCH_ARTICLE), day };
  try {
    progress(size, `Neuer Artikel ${path.basename(BENCH_ARTICLE)} (DOSSIER_TODAY=${day})`, variant.name);
    ingest.source = runIngest(dirs.contentDir, BENCH_ARTICLE, day).source;
    const run = await timedBuild(size, variant, 'Neubau nach neuem Artikel', dirs, path.join(variant.work, 'ingest.log'));
    Object.assign(ingest, rebuildFigures(size, variant, run));
    ingest.accept = await acceptAndRebuild(size, variant, dirs, path.basename(ingest.source).replace(/\.mdx?$/, ''), day);
  } catch (error) {
    ingest.error = (error as Error).message;
    progress(size, ingest.error, variant.name);
  }
  return ingest;
}

/** The other pages of `outDir` that link to the page at `address` (below the root, e.g. `/personen/x/`). */
function pagesLinking(outDir: string, address: string): number {
  const own = path.join(outDir, address, 'index.html');
  const link = `href="${address}"`;
  return readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((f) => {
    if (!f.isFile() || !f.name.endsWith('.html')) return false;
    const file = path.join(f.parentPath, f.name);
    return file !== own && readFileSync(file, 'utf8').includes(link);
  }).length;
}

/** Every complete draft of the ingested source accepted, then a rebuild with the same cache. */
async function acceptAndRebuild(size: number, variant: Variant, dirs: Dirs, sourceId: string, day: string): Promise<AcceptRebuild> {
  const accept: AcceptRebuild = {};
  try {
    const { published, kept } = runAccept(dirs.contentDir, sourceId, day);
    Object.assign(accept, { published, kept });
    progress(size, `Entwürfe übernommen: ${published.length} veröffentlicht, ${kept} bleiben Entwurf`, variant.name);
    const run = await timedBuild(size, variant, 'Neubau nach Übernahme', dirs, path.join(variant.work, 'accept.log'));
    Object.assign(accept, rebuildFigures(size, variant, run));
    // New entries (not statements), each with how many other pages link to it (the site is built at the root).
    const entries = published.filter((file) => !file.startsWith('aussagen/'));
    accept.newEntries = entries.map((file) => ({ path: file, pages: pagesLinking(dirs.outDir, `/${file.replace(/\.(mdx?|yaml)$/, '')}/`) }));
  } catch (error) {
    accept.error = (error as Error).message;
    progress(size, accept.error, variant.name);
  }
  return accept;
}

/**
 * Benchmarks one variant on its own copy of the corpus; a failed build is recorded in `error`, a
 * failed measurement in `warnings`. `coldOnly`: the cold build alone (for a second corpus of the
 * same variant).
 */
export async function benchVariant(size: number, corpus: { dir: string; manifest: CorpusManifest }, variant: Variant, profile: boolean, coldOnly = false): Promise<SizeResult> {
  const { plan } = corpus.manifest;
  const result: SizeResult = { size, pages: plan.pages, plan };
  rmSync(variant.work, { recursive: true, force: true }); // cold: no Astro cache, no card cache, no output
  const dirs: Dirs = { contentDir: path.join(variant.work, 'content'), outDir: path.join(variant.work, 'dist'), cacheDir: path.join(variant.work, 'cache') };
  try {
    cpSync(corpus.dir, dirs.contentDir, { recursive: true });
    const profileDir = profile ? path.join(variant.work, 'profile') : undefined;
    const cold = await timedBuild(size, variant, 'Kalter Build', dirs, path.join(variant.work, 'cold.log'), profileDir);
    if (profileDir) writeProfileSummary(size, variant, profileDir);
    result.pages = countHtml(dirs.outDir);
    result.cold = { ms: cold.ms, msPerPage: cold.ms / result.pages, peakRssBytes: cold.peakRssBytes, phases: buildPhases(cold.logFile) };
    await attempt(size, variant, 'Vorschaukarten', result, () => {
      const cards = readCardRun(dirs.cacheDir);
      result.cards = { cards: cards.cards, rendered: cards.rendered, renderMs: cards.renderMs, msPerCard: cards.renderMs / Math.max(1, cards.rendered) };
    });
    if (coldOnly) return result;
    await measureOutput(size, variant, dirs.outDir, corpus.manifest.probeQuery, result);

    const rebuild = await timedBuild(size, variant, 'Unveränderter Neubau', dirs, path.join(variant.work, 'rebuild.log'));
    result.rebuild = { ms: rebuild.ms, msPerPage: rebuild.ms / result.pages, cardsRendered: readCardRun(dirs.cacheDir).rendered, peakRssBytes: rebuild.peakRssBytes };
    result.ingest = await ingestAndRebuild(size, variant, dirs);
  } catch (error) {
    result.error = (error as Error).message;
    progress(size, result.error, variant.name);
  }
  return result;
}

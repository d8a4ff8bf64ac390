/**
 * Scale benchmark: for dossiers of about 100, 1 000 and 10 000 pages (synthetic, see
 * scripts/generate-corpus.ts) a cold build, an unchanged rebuild and a rebuild after one
 * ingested article, with build time per page, peak memory of the build's process tree, card
 * rendering against a baseline renderer, largest page, search index and query payload, offline
 * zip and the weight of a typical event page. With `--compare <rev>` the same content is also
 * built by that git revision («vorher», exported into .cache/bench/rev-<commit>/), one variant
 * after the other, and the report sets vorher, nachher (this working tree) and their ratio side
 * by side. Writes `.cache/bench/report.json` and `.cache/bench/report.md` and prints the report.
 *
 *   npm run bench                                  # 100, 1000, 10000 pages
 *   npm run bench -- --sizes 100,1000              # only these sizes
 *   npm run bench -- --sizes 10000 --compare 7e4d512   # vorher = 7e4d512, nachher = working tree
 *   npm run bench -- --profile                     # cold builds under --cpu-prof, summary per size
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CardSpec } from '../src/cards/spec/card-spec.ts';
import { buildManifestFile, readBuildManifest } from '../src/integrations/build-manifest.ts';
import { REPO_ROOT } from './lib/astro-build.ts';
import { comparisonMarkdown, type CompareContext, type SizePair } from './lib/bench-compare.ts';
import { clock, elapsed, progress } from './lib/bench-log.ts';
import { judge, markdownReport, type BaselineResult, type SizeResult } from './lib/bench-report.ts';
import { exportRevision, type ExportedRevision } from './lib/bench-revision.ts';
import { benchVariant, type Variant } from './lib/bench-variant.ts';
import { readOptions, runMain, UsageError, wholeNumber } from './lib/cli-args.ts';
import { generateCorpus } from './lib/corpus/generate.ts';
import { MAX_PAGES, MIN_PAGES } from './lib/corpus/plan.ts';
import { addComponents } from './lib/corpus/components.ts';

const USAGE = 'Aufruf: npm run bench -- [--sizes 100,1000,10000] [--compare <git-revision>] [--components <prozent>] [--seed 1] [--baseline-sample 100] [--profile]';
const BENCH_DIR = path.join(REPO_ROOT, '.cache/bench');
const BASELINE_MODULE = path.join(REPO_ROOT, 'scripts/lib/card-baseline.ts');

/** nachher keeps the folder name of earlier runs (`build-<size>`); the card baseline reads its cache. */
const workOf = (size: number, name: string) => path.join(BENCH_DIR, name === 'nachher' ? `build-${size}` : `${name}-${size}`);

/**
 * One corpus per size, then each variant on a copy of it, vorher first; with `components` (a
 * percentage), then nachher's cold build once more on a copy in which that share of the entries
 * use the editors' components (scripts/lib/corpus/components.ts).
 */
async function benchSize(size: number, seed: number, profile: boolean, before: ExportedRevision | undefined, components: number | undefined): Promise<SizePair> {
  progress(size, 'Korpus erzeugen');
  const corpus = generateCorpus({ pages: size, seed, out: path.join(BENCH_DIR, `corpus-${size}`) });
  const variants: Variant[] = [
    ...(before ? [{ name: 'vorher', root: before.root, work: workOf(size, 'vorher'), profileReport: path.join(BENCH_DIR, `profile-${size}-vorher.md`) }] : []),
    { name: 'nachher', root: REPO_ROOT, work: workOf(size, 'nachher'), profileReport: path.join(BENCH_DIR, `profile-${size}.md`) },
  ];
  const results: Record<string, SizeResult> = {};
  for (const variant of variants) results[variant.name] = await benchVariant(size, corpus, variant, profile);
  if (components === undefined) return { size, before: results.vorher, after: results.nachher! };
  const dir = path.join(BENCH_DIR, `corpus-${size}-komponenten`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(corpus.dir, dir, { recursive: true });
  const entries = addComponents(dir, components);
  progress(size, `${entries} Einträge (${components} %) mit Komponenten`);
  const withComponents = await benchVariant(size, { dir, manifest: corpus.manifest }, { name: 'nachher mit Komponenten', root: REPO_ROOT, work: workOf(size, 'komponenten') }, false, true);
  return { size, before: results.vorher, after: results.nachher!, components: { percent: components, entries, result: withComponents } };
}

/** The baseline renderer (scripts/lib/card-baseline.ts) on the first cards of the largest build. */
async function measureBaseline(results: readonly SizeResult[], sample: number): Promise<BaselineResult> {
  if (!existsSync(BASELINE_MODULE)) return { available: false, reason: 'scripts/lib/card-baseline.ts fehlt noch' };
  const source = [...results].reverse().find((r) => r.cards && existsSync(buildManifestFile(path.join(workOf(r.size, 'nachher'), 'cache'))));
  if (!source) return { available: false, reason: 'kein Build hat ein Build-Manifest hinterlassen' };
  const specs = readBuildManifest(path.join(workOf(source.size, 'nachher'), 'cache')).cards.slice(0, sample);
  progress(undefined, `Basislinie: ${specs.length} Karten aus dem Build mit ${source.size} Seiten`);
  const { renderCardsBaseline } = (await import(pathToFileURL(BASELINE_MODULE).href)) as {
    renderCardsBaseline: (specs: readonly CardSpec[]) => Promise<{ cards: number; totalMs: number }>;
  };
  const run = await renderCardsBaseline(specs);
  return { available: true, cards: run.cards, totalMs: run.totalMs, msPerCard: run.totalMs / Math.max(1, run.cards), fromSize: source.size };
}

/** The vorher revision, exported, or a usage error naming what is wrong. */
function prepareRevision(rev: string | undefined): ExportedRevision | undefined {
  if (rev === undefined) return undefined;
  if (!rev.trim()) throw new UsageError(`--compare braucht eine Git-Revision, z. B. --compare HEAD~1.\n${USAGE}`);
  let exported: ExportedRevision;
  try {
    exported = exportRevision(REPO_ROOT, rev.trim(), BENCH_DIR);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  progress(undefined, `vorher: ${exported.commit.slice(0, 7)} «${exported.subject}» in ${path.relative(REPO_ROOT, exported.root)}`);
  return exported;
}

await runMain(async () => {
  const options = readOptions(process.argv.slice(2), { sizes: { type: 'string' }, seed: { type: 'string' }, 'baseline-sample': { type: 'string' }, profile: { type: 'boolean' }, compare: { type: 'string' }, components: { type: 'string' } }, USAGE);
  const components = options.components === undefined ? undefined : wholeNumber(options.components, '--components', { min: 1, max: 100 }, USAGE);
  const sizes = (options.sizes ?? '100,1000,10000').split(',').map((s) => wholeNumber(s.trim(), '--sizes', { min: MIN_PAGES, max: MAX_PAGES }, USAGE));
  if (new Set(sizes).size !== sizes.length) throw new UsageError(`--sizes ${options.sizes}: jede Grösse nur einmal angeben.\n${USAGE}`);
  const seed = options.seed === undefined ? 1 : wholeNumber(options.seed, '--seed', { min: 0, max: 0xffffffff }, USAGE);
  const sample = options['baseline-sample'] === undefined ? 100 : wholeNumber(options['baseline-sample'], '--baseline-sample', { min: 1, max: 100_000 }, USAGE);
  const before = prepareRevision(options.compare);
  const started = new Date().toISOString().slice(0, 16).replace('T', ' ');

  const pairs: SizePair[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) pairs.push(await benchSize(size, seed, options.profile === true, before, components));
  const results = pairs.map((p) => p.after);
  let baseline: BaselineResult;
  try {
    baseline = await measureBaseline(results, sample);
  } catch (error) {
    baseline = { available: false, reason: `Fehler: ${(error as Error).message.split('\n')[0]}` };
  }

  const checks = judge(results, baseline);
  const compare: CompareContext | undefined = before && { rev: before.rev, commit: before.commit, subject: before.subject };
  const comparison = comparisonMarkdown(pairs, compare);
  const machine = `${os.availableParallelism()} Kerne, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  const markdown = markdownReport(results, baseline, checks, { started, machine }, [comparison]);
  const beforeResults = before ? pairs.map((p) => p.before) : undefined;
  writeFileSync(path.join(BENCH_DIR, 'report.json'), `${JSON.stringify({ started, machine, seed, compare, results, before: beforeResults, baseline, checks }, null, 2)}\n`);
  writeFileSync(path.join(BENCH_DIR, 'report.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`Bericht: ${path.relative(process.cwd(), path.join(BENCH_DIR, 'report.md'))} und report.json (in ${clock(elapsed())}).`);
  if (pairs.some((p) => p.after.error || p.before?.error)) process.exitCode = 1;
});

/**
 * Graph benchmark, without Astro: reads a synthetic dossier of N pages (generated into
 * `.cache/bench-graph/` unless `--content` names a folder), then times, median of `--rounds`:
 * building the graph (assembling and every check), the questions every page asks of it
 * (backlinks, outgoing links, related entries, mentions, linked prose, statements, the lists),
 * and working out every page's card. These are the graph's share of a build; `npm run bench`
 * times whole builds.
 *
 *   npm run bench:graph                          # 10 000 Seiten, 5 Runden
 *   npm run bench:graph -- --pages 1000 --rounds 3
 *   npm run bench:graph -- --content content     # ein vorhandener Inhaltsordner
 */
import os from 'node:os';
import path from 'node:path';
import { cardSpecs } from '../src/cards/spec/dossier-cards.ts';
import { buildDossierGraph } from '../src/graph/build-graph.ts';
import { KINDS } from '../src/model/vocabulary.ts';
import { REPO_ROOT } from './lib/astro-build.ts';
import { median } from './lib/bench-report.ts';
import { readOptions, runMain, wholeNumber } from './lib/cli-args.ts';
import { generateCorpus } from './lib/corpus/generate.ts';
import { readContentDir } from './lib/corpus/read-content.ts';
import { MAX_PAGES, MIN_PAGES } from './lib/corpus/plan.ts';
import { entryPage } from '../src/view/entry-page.ts';
import { entryPageKey } from '../src/view/page-digest.ts';

const USAGE = 'Aufruf: npm run bench:graph -- [--pages 10000] [--seed 1] [--rounds 5] [--content <Ordner>]';

await runMain(() => {
  const options = readOptions(process.argv.slice(2), { pages: { type: 'string' }, seed: { type: 'string' }, rounds: { type: 'string' }, content: { type: 'string' } }, USAGE);
  const rounds = options.rounds === undefined ? 5 : wholeNumber(options.rounds, '--rounds', { min: 1, max: 100 }, USAGE);
  let content = options.content;
  if (!content) {
    const pages = options.pages === undefined ? 10_000 : wholeNumber(options.pages, '--pages', { min: MIN_PAGES, max: MAX_PAGES }, USAGE);
    const seed = options.seed === undefined ? 1 : wholeNumber(options.seed, '--seed', { min: 0, max: 0xffffffff }, USAGE);
    content = generateCorpus({ pages, seed, out: path.join(REPO_ROOT, '.cache/bench-graph', `corpus-${pages}-${seed}`) }).dir;
  }
  let started = performance.now();
  const input = readContentDir(content);
  const readMs = performance.now() - started;
  const times = { build: [] as number[], queries: [] as number[], cards: [] as number[], models: [] as number[] };
  let nodes = 0;
  for (let round = 0; round < rounds; round++) {
    started = performance.now();
    const { dossier, issues } = buildDossierGraph(input);
    times.build.push(performance.now() - started);
    if (issues.length > 0) throw new Error(`${content}: ${issues.length} Fehler im Dossier, z. B. ${issues[0]!.file}: ${issues[0]!.message}`);
    nodes = dossier.nodes.size;
    started = performance.now();
    // What the pages ask, page by page (the answers are counted so that nothing is optimised away).
    let answers = 0;
    for (const node of dossier.nodes.values()) {
      answers += dossier.backlinks(node.id).length + dossier.outgoing(node.id).length;
      const { spoken, relayed, about } = dossier.statementsAbout(node.id);
      answers += spoken.length + relayed.length + about.length;
      if (node.kind !== 'event' && node.kind !== 'source') {
        answers += dossier.related(node.id).length + dossier.mentionsOf(node.id).length + dossier.linkProse(node.data.summary, node.id).length;
      }
    }
    for (const kind of KINDS) answers += dossier.list(kind).length;
    times.queries.push(performance.now() - started);
    started = performance.now();
    answers += cardSpecs(dossier).length;
    times.cards.push(performance.now() - started);
    // Every entry page's model and cache key, as the build works them out in getStaticPaths.
    started = performance.now();
    for (const node of dossier.nodes.values()) answers += entryPageKey(dossier, node, entryPage(dossier, node)).length;
    times.models.push(performance.now() - started);
    if (answers < 0) throw new Error('unreachable');
  }
  const rows: [string, string][] = [
    ['Inhalt', path.relative(process.cwd(), content) || '.'],
    ['Seiten (Einträge)', String(nodes)],
    ['Inhalt lesen und prüfen (Schemas), ms', readMs.toFixed(0)],
    ['Graph bauen und prüfen, ms (Median)', median(times.build).toFixed(0)],
    ['Fragen aller Seiten an den Graphen, ms (Median)', median(times.queries).toFixed(0)],
    ['Karten aller Seiten festlegen, ms (Median)', median(times.cards).toFixed(0)],
    ['Modelle und Cache-Schlüssel aller Eintragsseiten, ms (Median)', median(times.models).toFixed(0)],
    ['Runden', String(rounds)],
    ['Rechner', `${os.availableParallelism()} Kerne, Node ${process.version}`],
  ];
  console.log(rows.map(([k, v]) => `${k.padEnd(50)} ${v}`).join('\n'));
});

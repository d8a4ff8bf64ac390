/**
 * A small generated corpus builds for real: Astro's loader, the remark plugins that link
 * mentions, Pagefind, cards and the offline edition all accept it, and the build has exactly the
 * pages the generator planned, every link intact.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { generateCorpus, REPO_ROOT, type CorpusManifest } from '../../scripts/lib/corpus/generate.ts';
import { makeOfflineEdition, writeOfflineEdition } from '../../src/offline/make-offline-edition.ts';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import { KINDS } from '../../src/model/vocabulary.ts';
import { eventYearPages } from '../../src/view/event-years.ts';
import { entryListPages, sectionPages } from '../../src/view/list-pages.ts';
import { readContentDir } from '../../scripts/lib/corpus/read-content.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

let build: BuildResult;
let work: string;
let manifest: CorpusManifest;
let contentDir: string;

beforeAll(async () => {
  mkdirSync(path.join(REPO_ROOT, '.cache/test-corpus'), { recursive: true });
  work = mkdtempSync(path.join(REPO_ROOT, '.cache/test-corpus', 'build-'));
  const generated = generateCorpus({ pages: 60, seed: 11, out: path.join(work, 'content') });
  manifest = generated.manifest;
  contentDir = generated.dir;
  build = await buildSite({ contentDir: generated.dir });
  if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
});

afterAll(() => {
  build?.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('a generated corpus of about 60 pages', () => {
  test('builds into exactly the pages the generator planned, and the pages of its lists', () => {
    const pages = readdirSync(build.outDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html'));
    // The timeline and the event index by year, further index pages, the entries' complete lists.
    const { dossier } = buildDossierGraph(readContentDir(contentDir));
    const lists = [
      ...eventYearPages(dossier, 'timeline'),
      ...eventYearPages(dossier, 'index'),
      ...KINDS.filter((k) => k !== 'event').flatMap((k) => sectionPages(dossier, k).slice(1)),
      ...entryListPages(dossier),
    ].map((p) => p.path);
    expect(lists.length).toBeGreaterThan(0);
    for (const p of lists) expect(existsSync(path.join(build.outDir, p, 'index.html')), p).toBe(true);
    expect(pages).toHaveLength(manifest.plan.pages + lists.length);
    // Entry pages only: not the event index by year (ereignisse/jahr/) nor further index pages (seite/).
    const entries = (section: string) => readdirSync(path.join(build.outDir, section), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'jahr' && d.name !== 'seite').length;
    expect(entries('quellen')).toBe(manifest.plan.sources);
    expect(entries('ereignisse')).toBe(manifest.plan.events);
  });

  test('links the mentions in its sources, and every link resolves', () => {
    const sources = readdirSync(path.join(build.outDir, 'quellen'), { withFileTypes: true }).filter((d) => d.isDirectory());
    const linked = sources.filter((d) => readFileSync(path.join(build.outDir, 'quellen', d.name, 'index.html'), 'utf8').includes('class="mention"'));
    expect(linked).toHaveLength(sources.length);
    expect(crawlSite(build.outDir).broken).toEqual([]);
  });
});

describe('its offline edition', () => {
  test('packs to the same bytes on worker threads as in place (large sites use the workers)', async () => {
    const zipName = readdirSync(path.join(build.outDir, 'download')).find((f) => f.endsWith('.zip'))!;
    const input = { distDir: build.outDir, basePath: '/', folder: zipName.replace(/\.zip$/, ''), editionLabel: 'Test' };
    const inPlace = await makeOfflineEdition({ ...input, workers: false });
    const onWorkers = await makeOfflineEdition({ ...input, workers: true });
    expect(inPlace.files).toBeGreaterThan(50);
    expect(onWorkers.sha256).toBe(inPlace.sha256);
    expect(Buffer.from(onWorkers.zip).equals(Buffer.from(inPlace.zip))).toBe(true);
  });

  test('written piece by piece to a file (as the build does), it is the same zip', async () => {
    const zipName = readdirSync(path.join(build.outDir, 'download')).find((f) => f.endsWith('.zip'))!;
    const input = { distDir: build.outDir, basePath: '/', folder: zipName.replace(/\.zip$/, ''), editionLabel: 'Test' };
    const file = path.join(work, 'edition.zip');
    const written = await writeOfflineEdition(input, file);
    const inMemory = await makeOfflineEdition(input);
    expect(written.sha256).toBe(inMemory.sha256);
    expect(readFileSync(file).equals(Buffer.from(inMemory.zip))).toBe(true);
    expect(written.bytes).toBe(inMemory.zip.length);
  });
});

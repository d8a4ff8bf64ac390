/**
 * Incremental builds (Astro's experimental.incrementalBuild with the pages' cache keys,
 * src/view/page-digest.ts): the seed is built, a feed article is ingested into the same content
 * folder and the site rebuilt with the same cache; then the grown content is built cold. The
 * incremental build must give exactly the cold build's files (a cache key that left out
 * something a page shows would leave that page stale), while re-rendering only some pages and
 * reusing the cards and the offline edition's packed files.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { addFeedArticle } from '../helpers/feed-dossier.ts';

let work: string;
let first: BuildResult;
let incremental: BuildResult;
let cold: BuildResult;
let sourceId: string;

const OSTKUESTE = `---
name: Ostküste
aliases: []
summary: Die Ostküste Nordkoreas, an der Wonsan liegt.
cite: ["2025-07-lawrow-trifft-kim#p3"]
added: "2025-07-15"
---
`;

/** The pages Astro rendered and those it took from its cache, from the build log. */
function renderedPages(output: string): { rendered: string[]; reused: string[] } {
  const lines = output.split('\n').filter((line) => /├─ \S+\.html/.test(line));
  const page = (line: string) => /├─ (\S+\.html)/.exec(line)![1]!;
  return {
    rendered: lines.filter((l) => !/\((cached|restored)\)/.test(l)).map(page),
    reused: lines.filter((l) => /\((cached|restored)\)/.test(l)).map(page),
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'incremental-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  first = await buildSite({ contentDir });
  sourceId = addFeedArticle(contentDir).id;
  // Notes written into an entry that had none (a data entry, no content module), its change day
  // left as it was: the page must still change.
  appendFileSync(path.join(contentDir, 'orte', 'moskau.mdx'), '\nMoskau ist Sitz des russischen Aussenministeriums.\n');
  // A new entity whose name stands in an older source (what accept does with a new place or
  // speaker): that source's text must link it, though the source's file is unchanged.
  writeFileSync(path.join(contentDir, 'orte', 'ostkueste.mdx'), OSTKUESTE);
  incremental = await buildSite({ contentDir, again: first });
  cold = await buildSite({ contentDir });
  for (const build of [first, incremental, cold]) if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
}, 240_000);

afterAll(() => {
  // `incremental` lives in the folder of `first`.
  first?.dispose();
  cold?.dispose();
  rmSync(work, { recursive: true, force: true });
});

test('the incremental build gives exactly the files of a cold build', () => {
  const built = files(incremental.outDir);
  expect(built).toEqual(files(cold.outDir));
  const differing = built.filter((file) => !readFileSync(path.join(incremental.outDir, file)).equals(readFileSync(path.join(cold.outDir, file))));
  expect(differing).toEqual([]);
});

test('the rebuild re-renders the pages the article touches and restores the others', () => {
  const { rendered, reused } = renderedPages(incremental.output);
  expect(rendered).toContain(`/quellen/${sourceId}/index.html`);
  expect(rendered).toContain('/orte/moskau/index.html');
  expect(readFileSync(path.join(incremental.outDir, 'orte', 'moskau', 'index.html'), 'utf8')).toContain('Sitz des russischen Aussenministeriums');
  // The overviews have no cache key: they list the whole dossier.
  expect(rendered).toContain('/index.html');
  // Pages the article does not touch come from the cache.
  expect(reused.length).toBeGreaterThan(0);
  expect(rendered.length + reused.length).toBe(files(cold.outDir).filter((f) => f.endsWith('.html')).length);
  // The cold build reuses nothing.
  expect(renderedPages(cold.output).reused).toEqual([]);
});

test('a new name in an older, unchanged source is linked there, and only the pages naming it re-render', () => {
  const { rendered } = renderedPages(incremental.output);
  const page = readFileSync(path.join(incremental.outDir, 'quellen', '2025-07-lawrow-trifft-kim', 'index.html'), 'utf8');
  expect(page).toMatch(/<p id="p3"[^>]*>.*data-entity="ostkueste"[^>]*>Ostküste<\/a>/s);
  expect(rendered).toContain('/quellen/2025-07-lawrow-trifft-kim/index.html');
  expect(rendered).toContain('/orte/ostkueste/index.html');
  // A person page whose text does not name the coast, and that lists nothing new, stays cached.
  expect(rendered).not.toContain('/personen/sergej-lawrow/index.html');
});

test('cards and the offline edition reuse the unchanged work', () => {
  const cards = /Vorschaukarten: (\d+), davon (\d+) neu gerendert/.exec(incremental.output);
  expect(cards, incremental.output).not.toBeNull();
  expect(Number(cards![2])).toBeLessThan(Number(cards![1]));
  const packed = /Offline-Ausgabe: .*?(\d+) Dateien, (\d+) Dateien unverändert übernommen/.exec(incremental.output);
  expect(packed, incremental.output).not.toBeNull();
  expect(Number(packed![2])).toBeGreaterThan(0);
  expect(Number(packed![2])).toBeLessThan(Number(packed![1]));
});

test('the project’s own caches hold no absolute path, so that they stay valid when the project or the cache moves', () => {
  // Astro's page cache is not portable: its route hashes digest absolute module ids (see the README, «Neu bauen»).
  const cache = path.join(path.dirname(first.outDir), 'cache');
  // Left out: Astro's own (its copy of the pages and its manifest) and the note of where the last site went, which is no cache.
  const own = files(cache).filter((file) => !file.startsWith(`dist${path.sep}`) && file !== 'incremental-build.json' && file !== path.join('dossier', 'last-good-build.json'));
  expect(own.length).toBeGreaterThan(10);
  const naming = own.filter((file) => {
    const bytes = readFileSync(path.join(cache, file), 'latin1');
    return bytes.includes(path.resolve('.')) || bytes.includes(path.dirname(first.outDir));
  });
  expect(naming).toEqual([]);
});

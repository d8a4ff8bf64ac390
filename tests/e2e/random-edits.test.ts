/**
 * An incremental build equals a cold build, byte for byte, after any edit: a generated corpus of
 * about 300 pages takes a seeded random sequence of editors' edits (tests/helpers/random-edits.ts:
 * a new entity named in older sources, a renamed entity, a removed one, a new relation, a new
 * source, a changed quote, notes that start using the editors' components); after each, the site is rebuilt with the cache of the build before
 * and compared with a cold build of the same content. The pages re-rendered are counted twice:
 * from Astro's log and from the output files whose bytes changed; both are printed, and the log's
 * count must cover every page whose bytes changed.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus/generate.ts';
import { seededRandom } from '../../scripts/lib/corpus/prng.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { EDITS } from '../helpers/random-edits.ts';

/** The sequence of edits and the places they touch follow from this seed. */
const SEED = 2026;

let work: string;
let contentDir: string;
let site: BuildResult;
const random = seededRandom(SEED);
// The kinds of edit in an order the seed picks.
const order = Object.keys(EDITS)
  .map((name) => ({ name, at: random.next() }))
  .sort((a, b) => a.at - b.at)
  .map((e) => e.name);

function fileDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digests.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return digests;
}

/** Pages Astro rendered (not taken from its cache), from the build log, as output paths. */
function renderedInLog(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /├─ \S+\.html/.test(line) && !/\((cached|restored)\)/.test(line))
    .map((line) => /├─ \/(\S+\.html)/.exec(line)![1]!);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'random-edits-'));
  contentDir = generateCorpus({ pages: 300, seed: 7, out: path.join(work, 'content') }).dir;
  site = await buildSite({ contentDir });
  if (site.status !== 0) throw new Error(`Build fehlgeschlagen:\n${site.output}`);
}, 180_000);

afterAll(() => {
  site?.dispose();
  rmSync(work, { recursive: true, force: true });
});

test.each(order.map((name, step) => ({ name, step: step + 1 })))('edit $step: $name — incremental = cold', async ({ name }) => {
  const before = fileDigests(site.outDir);
  const { did } = EDITS[name]!(contentDir, random);
  const incremental = await buildSite({ contentDir, again: site });
  expect(incremental.status, incremental.output).toBe(0);
  const cold = await buildSite({ contentDir, cardsFrom: incremental });
  try {
    expect(cold.status, cold.output).toBe(0);
    const after = fileDigests(incremental.outDir);
    const coldFiles = fileDigests(cold.outDir);
    expect([...after.keys()].sort()).toEqual([...coldFiles.keys()].sort());
    const differing = [...after.keys()].filter((file) => after.get(file) !== coldFiles.get(file));
    expect(differing, did).toEqual([]);

    const htmlPages = [...after.keys()].filter((f) => f.endsWith('.html'));
    const changedBytes = htmlPages.filter((f) => before.get(f) !== after.get(f));
    const rendered = new Set(renderedInLog(incremental.output));
    // Every page whose bytes changed was rendered: none came changed out of the cache.
    expect(changedBytes.filter((f) => !rendered.has(f))).toEqual([]);
    console.log(`${name}: ${did}; neu gerendert laut Log ${rendered.size} von ${htmlPages.length} Seiten, Bytes geändert ${changedBytes.length}`);
  } finally {
    cold.dispose();
  }
}, 240_000);

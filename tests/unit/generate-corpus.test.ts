/**
 * The synthetic corpus generator: same seed, same bytes; another seed, another corpus; and what
 * it writes passes the project's own schemas and the dossier graph's whole validation (read
 * without Astro; tests/e2e/corpus-build.test.ts builds one for real).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDossierGraph, formatIssues } from '../../src/graph/build-graph.ts';
import type { Dossier } from '../../src/graph/dossier.ts';
import { findWords } from '../../src/text/find-words.ts';
import { generateCorpus, REPO_ROOT, type CorpusManifest } from '../../scripts/lib/corpus/generate.ts';
import { CORPUS_MARKER, OutputDirError } from '../../scripts/lib/corpus/output-dir.ts';
import { FIXED_PAGES } from '../../scripts/lib/corpus/plan.ts';
import { readContentDir } from '../../scripts/lib/corpus/read-content.ts';

const WORK_ROOT = path.join(REPO_ROOT, '.cache/test-corpus');
let work: string;

/** Every file below `dir` (marker included), by relative path. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

beforeAll(() => {
  mkdirSync(WORK_ROOT, { recursive: true });
  work = mkdtempSync(path.join(WORK_ROOT, 'run-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('determinism', () => {
  test('the same seed and size give byte-identical files; another seed gives other files', () => {
    generateCorpus({ pages: 150, seed: 7, out: path.join(work, 'a') });
    generateCorpus({ pages: 150, seed: 7, out: path.join(work, 'b') });
    generateCorpus({ pages: 150, seed: 8, out: path.join(work, 'c') });
    const a = readTree(path.join(work, 'a'));
    const b = readTree(path.join(work, 'b'));
    const c = readTree(path.join(work, 'c'));
    expect(a.size).toBeGreaterThan(100);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    const differing = [...a.keys()].filter((file) => !c.get(file)?.equals(a.get(file)!));
    expect(differing.length).toBeGreaterThan(a.size / 2);
  });
});

describe('a generated corpus is a valid dossier', () => {
  let dir: string;
  let manifest: CorpusManifest;
  let dossier: Dossier;

  beforeAll(() => {
    ({ dir, manifest } = generateCorpus({ pages: 400, seed: 3, out: path.join(work, 'valid') }));
    const result = buildDossierGraph(readContentDir(dir));
    expect(result.issues, formatIssues(result.issues)).toEqual([]);
    dossier = result.dossier;
  });

  test('it has about the pages asked for, in the mix the plan gives', () => {
    const { plan } = manifest;
    expect(dossier.nodes.size + FIXED_PAGES).toBe(plan.pages);
    expect(Math.abs(plan.pages - 400)).toBeLessThanOrEqual(5);
    expect(dossier.list('source')).toHaveLength(plan.sources);
    expect(dossier.list('event')).toHaveLength(plan.events);
    expect(dossier.entities().filter((n) => n.kind === 'person')).toHaveLength(plan.people);
    expect(dossier.statements).toHaveLength(manifest.statements);
    expect(manifest.statements).toBeGreaterThan(0);
  });

  test('every entity is named in some paragraph, and some are named across many sources', () => {
    const counts = dossier.entities().map((e) => new Set(dossier.mentionsOf(e.id).map((m) => m.source)).size);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeGreaterThan(10);
  });

  test('every quote stands word for word in the paragraph it cites', () => {
    for (const statement of dossier.statements) {
      const { paragraph } = dossier.citation(statement.data.cite);
      expect(findWords(paragraph.text, statement.data.quote), statement.id).toBeDefined();
    }
  });

  test('places and countries carry what maps need: coordinates with a source, a country code the atlas knows', () => {
    const atlas = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/world-atlas/countries-110m.json'), 'utf8')) as {
      objects: { countries: { geometries: { id?: string }[] } };
    };
    const codes = new Set(atlas.objects.countries.geometries.map((g) => g.id));
    const located = dossier.entities().filter((n) => n.kind === 'place' || n.kind === 'country');
    expect(located.length).toBeGreaterThan(0);
    for (const node of located) {
      const data = node.data as { coordinates?: { lat: number; lon: number; source: string } };
      expect(data.coordinates?.source, node.id).toBeTruthy();
    }
    const countryCodes = dossier.entities().filter((n) => n.kind === 'country').map((c) => (c.data as { isoNumeric?: string }).isoNumeric);
    for (const code of countryCodes) expect(codes.has(code), String(code)).toBe(true);
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
  });

  test('the search word it suggests is a surname in the corpus', () => {
    expect(dossier.entities().some((p) => p.kind === 'person' && p.data.aliases.includes(manifest.probeQuery))).toBe(true);
  });
});

describe('where it writes', () => {
  test('never into content/ or a folder holding it', () => {
    expect(() => generateCorpus({ pages: 60, seed: 1, out: path.join(REPO_ROOT, 'content') })).toThrow(OutputDirError);
    expect(() => generateCorpus({ pages: 60, seed: 1, out: path.join(REPO_ROOT, 'content', 'quellen') })).toThrow(OutputDirError);
    expect(() => generateCorpus({ pages: 60, seed: 1, out: REPO_ROOT })).toThrow(/enthält den Inhaltsordner/);
    expect(existsSync(path.join(REPO_ROOT, 'content', CORPUS_MARKER))).toBe(false);
  });

  test('not into a non-empty folder it did not write, but over its own earlier corpus', () => {
    const foreign = path.join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notizen.txt'), 'bleibt');
    expect(() => generateCorpus({ pages: 60, seed: 1, out: foreign })).toThrow(/nicht leer/);
    expect(readFileSync(path.join(foreign, 'notizen.txt'), 'utf8')).toBe('bleibt');

    const own = path.join(work, 'own');
    generateCorpus({ pages: 200, seed: 1, out: own });
    generateCorpus({ pages: 60, seed: 1, out: own });
    // The smaller corpus replaced the larger one: no file of the first run is left over.
    const fresh = path.join(work, 'fresh');
    generateCorpus({ pages: 60, seed: 1, out: fresh });
    expect([...readTree(own).keys()]).toEqual([...readTree(fresh).keys()]);
  });

  test('rejects sizes and seeds it cannot honour', () => {
    expect(() => generateCorpus({ pages: 5, seed: 1, out: path.join(work, 'tiny') })).toThrow(RangeError);
    expect(() => generateCorpus({ pages: 100, seed: -1, out: path.join(work, 'neg') })).toThrow(RangeError);
  });
});

/** Generates a synthetic corpus into a folder: plan, compose, write. Used by the CLI, the benchmark and the tests. */
import path from 'node:path';
import { composeCorpus } from './compose-corpus.ts';
import { corpusFiles } from './corpus-files.ts';
import { prepareOutputDir, writeCorpusFiles } from './output-dir.ts';
import { planCorpus, type CorpusPlan } from './plan.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
/** The editors' content; never written to. */
export const PROTECTED_CONTENT_DIR = path.join(REPO_ROOT, 'content');

export interface CorpusManifest {
  generator: 'briefing-dossier/generate-corpus';
  version: number;
  seed: number;
  /** Pages asked for. */
  requestedPages: number;
  plan: CorpusPlan;
  statements: number;
  /** A word to search for in benchmarks: the surname of the person named most often. */
  probeQuery: string;
}

/** Bump when the same seed and size would give different files, so old corpora are recognisable. */
const GENERATOR_VERSION = 1;

export function generateCorpus(options: { pages: number; seed: number; out: string }): { dir: string; manifest: CorpusManifest; files: number } {
  if (!Number.isSafeInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new RangeError(`Seed ${options.seed}: erlaubt sind ganze Zahlen von 0 bis 4294967295.`);
  }
  const plan = planCorpus(options.pages);
  const corpus = composeCorpus(plan, options.seed);
  const files = corpusFiles(corpus);
  const dir = prepareOutputDir(options.out, PROTECTED_CONTENT_DIR);
  const manifest: CorpusManifest = {
    generator: 'briefing-dossier/generate-corpus',
    version: GENERATOR_VERSION,
    seed: options.seed,
    requestedPages: options.pages,
    plan,
    statements: corpus.statements.length,
    probeQuery: corpus.probeQuery,
  };
  writeCorpusFiles(dir, manifest, files);
  return { dir, manifest, files: files.size };
}

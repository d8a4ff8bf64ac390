/** Runs a real `astro build` into a temporary folder, with its own cache, and returns the output. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, runAstroBuild } from '../../scripts/lib/astro-build.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours removed. */
  output: string;
  outDir: string;
  /** Removes the build's folder. */
  dispose: () => void;
}

// Inside the project on purpose: Astro puts its intermediate files in `<root>/.astro/` when
// outDir lies outside the project, and builds running side by side would then share them.
const WORK_ROOT = path.join(REPO_ROOT, '.cache/test-builds');

/**
 * Builds the content folder (the seed when omitted) into a new temporary folder; with `again`,
 * into the folder of that earlier build, with its output and cache (an incremental rebuild).
 * With `cardsFrom`, a new build starts with that build's card cache (cards are cached by what
 * they show, so this changes no byte of the output, only the time), and nothing else of it.
 */
export async function buildSite(options: { contentDir?: string; env?: Record<string, string>; again?: BuildResult; cardsFrom?: BuildResult } = {}): Promise<BuildResult> {
  mkdirSync(WORK_ROOT, { recursive: true });
  const work = options.again ? path.dirname(options.again.outDir) : mkdtempSync(path.join(WORK_ROOT, 'build-'));
  if (options.cardsFrom && !options.again) {
    const cards = path.join(path.dirname(options.cardsFrom.outDir), 'cache', 'og-cards');
    if (existsSync(cards)) cpSync(cards, path.join(work, 'cache', 'og-cards'), { recursive: true });
  }
  const outDir = path.join(work, 'dist');
  const logFile = path.join(work, 'build.log');
  const run = await runAstroBuild({ contentDir: options.contentDir, env: options.env, outDir, cacheDir: path.join(work, 'cache'), logFile });
  const output = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, outDir, dispose: () => rmSync(work, { recursive: true, force: true }) };
}

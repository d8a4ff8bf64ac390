/**
 * What the output folder holds: each successful build notes its edition in the build cache, so
 * that a failed build can say what readers are still being served (`npm run build`,
 * scripts/build.ts). Kept outside the output folder: nothing of it is published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../io/files.ts';

interface LastGoodBuild {
  /** The output folder it went to, relative to the project (the cache stays valid when the project moves). */
  outDir: string;
  /** Its edition, e.g. `Juli 2025`. */
  edition: string;
}

function noteFile(cacheDir: string): string {
  return path.join(cacheDir, 'dossier', 'last-good-build.json');
}

/** Notes that the output folder `outDir` now holds a build of `edition` (for builds with the cache `cacheDir`). */
export function recordGoodBuild(cacheDir: string, outDir: string, edition: string): void {
  writeAtomically(noteFile(cacheDir), `${JSON.stringify({ outDir: path.relative(process.cwd(), outDir) || '.', edition } satisfies LastGoodBuild, null, 2)}\n`);
}

/**
 * One German sentence on what the output folder `outDir` holds after a failed build: the
 * previous build and its edition, as noted by the last successful build with the cache
 * `cacheDir`; or that there is none.
 */
export function previousBuildNote(outDir: string, cacheDir: string): string {
  const shown = path.relative(process.cwd(), outDir) || outDir;
  if (!existsSync(outDir)) return `${shown}/ enthält noch keinen Build; es wurde nichts veröffentlicht.`;
  let last: LastGoodBuild | undefined;
  try {
    last = JSON.parse(readFileSync(noteFile(cacheDir), 'utf8')) as LastGoodBuild;
  } catch {
    last = undefined;
  }
  const edition = last && path.resolve(last.outDir) === path.resolve(outDir) ? ` (${last.edition})` : '';
  return `${shown}/ enthält weiterhin den vorherigen Build${edition}, unverändert.`;
}

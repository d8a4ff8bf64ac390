/**
 * The last good site survives a failed build. `astro build` empties its output folder first; so
 * the build writes into a staging folder beside it (`dist.staging/` for `dist/`), and only when
 * every step has succeeded (pages, search index, offline edition, cards: this integration comes
 * last) the staging folder replaces the output folder, by two renames on the same file system.
 * A build that fails at any point leaves the output folder as it was. The edition of the last
 * good build is noted in the build cache, so that a failed build can say what the output
 * folder still holds (`npm run build`, scripts/build.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAtomically } from '../io/files.ts';
import { readBuildManifest } from './build-manifest.ts';

/** The staging folder of the output folder `outDir` (a path). */
export function stagingFolder(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.staging`;
}

interface LastGoodBuild {
  /** The output folder it went to. */
  outDir: string;
  /** Its edition, e.g. `Juli 2025`. */
  edition: string;
}

function lastGoodBuildFile(cacheDir: string): string {
  return path.join(cacheDir, 'dossier', 'last-good-build.json');
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
    last = JSON.parse(readFileSync(lastGoodBuildFile(cacheDir), 'utf8')) as LastGoodBuild;
  } catch {
    last = undefined;
  }
  const edition = last && path.resolve(last.outDir) === path.resolve(outDir) ? ` (Ausgabe ${last.edition})` : '';
  return `${shown}/ enthält weiterhin den vorherigen Build${edition}, unverändert.`;
}

/**
 * Two integrations sharing one build: the first (put before all others) sends the build to the
 * staging folder; the second (put after all others, so its `astro:build:done` runs last) moves
 * the finished site into the output folder.
 */
export function stagedOutput(): [stage: AstroIntegration, publish: AstroIntegration] {
  let outDir = '';
  let staging = '';
  let cacheDir = '';
  const stage: AstroIntegration = {
    name: 'dossier:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        staging = stagingFolder(outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'dossier:publish-output',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const replaced = `${outDir.replace(/[\\/]+$/, '')}.alt-${process.pid}`;
        if (existsSync(outDir)) renameSync(outDir, replaced);
        renameSync(staging, outDir);
        rmSync(replaced, { recursive: true, force: true });
        const { edition } = readBuildManifest(cacheDir);
        writeAtomically(lastGoodBuildFile(cacheDir), `${JSON.stringify({ outDir, edition: edition.label } satisfies LastGoodBuild, null, 2)}\n`);
        logger.info(`Ausgabe ${edition.label} fertig und nach ${path.relative(process.cwd(), outDir) || outDir}/ übernommen.`);
      },
    },
  };
  return [stage, publish];
}

/**
 * The last good site survives a failed build. `astro build` empties its output folder first; so
 * the build writes into a staging folder beside it (`dist.staging/` for `dist/`), and only when
 * every step has succeeded (pages, search index, offline edition, cards: the publishing half
 * comes last) the staging folder replaces the output folder: the old one is renamed to
 * `dist.previous/`, the new one into place, the old one removed. Renames on one file system
 * never leave a folder half written; should the process die between the two renames, the next
 * build first puts `dist.previous/` back. An output folder that is a symbolic link is followed
 * to the folder it points at, so that the link keeps serving the new build.
 */
import { existsSync, lstatSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildManifest } from './build-manifest.ts';
import { recordGoodBuild } from './last-good-build.ts';

/** The staging and the previous folder of the output folder `outDir` (a path). */
function sideFolders(outDir: string): { staging: string; previous: string } {
  const base = outDir.replace(/[\\/]+$/, '');
  return { staging: `${base}.staging`, previous: `${base}.previous` };
}

/** The folder the site really goes to: `outDir`, or where it points if it is a symbolic link. */
function realOutDir(outDir: string): string {
  const trimmed = outDir.replace(/[\\/]+$/, '');
  return existsSync(trimmed) && lstatSync(trimmed).isSymbolicLink() ? realpathSync(trimmed) : trimmed;
}

/**
 * Two integrations sharing one build: the first (put before all others) sends the build to the
 * staging folder; the second (put after all others, so its `astro:build:done` runs last) moves
 * the finished site into the output folder.
 */
export function stagedOutput(): [stage: AstroIntegration, publish: AstroIntegration] {
  let outDir = '';
  let cacheDir = '';
  const stage: AstroIntegration = {
    name: 'dossier:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = realOutDir(fileURLToPath(config.outDir));
        cacheDir = fileURLToPath(config.cacheDir);
        const { staging, previous } = sideFolders(outDir);
        if (!existsSync(outDir) && existsSync(previous)) {
          // The last build died between its two renames: the previous site goes back first.
          renameSync(previous, outDir);
          logger.warn(`${path.relative(process.cwd(), outDir) || outDir}/ aus ${path.basename(previous)}/ wiederhergestellt (der letzte Build wurde beim Ersetzen unterbrochen).`);
        }
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'dossier:publish-output',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { staging, previous } = sideFolders(outDir);
        const shown = path.relative(process.cwd(), outDir) || outDir;
        rmSync(previous, { recursive: true, force: true });
        try {
          if (existsSync(outDir)) renameSync(outDir, previous);
          renameSync(staging, outDir);
        } catch (error) {
          if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
          logger.error(
            `${shown}/ lässt sich nicht ersetzen (${(error as NodeJS.ErrnoException).code ?? String(error)}): ein Einhängepunkt oder ein anderes Dateisystem als ${path.basename(staging)}/? ` +
              `Der neue Build liegt vollständig in ${path.basename(staging)}/; ${shown}/ ist unverändert.\nHinweis: OUT_DIR auf einen Ordner innerhalb des Einhängepunkts setzen (oder den übergeordneten Ordner einhängen).`,
          );
          process.exit(1);
        }
        rmSync(previous, { recursive: true, force: true });
        const { edition } = readBuildManifest(cacheDir);
        recordGoodBuild(cacheDir, outDir, edition.label);
        logger.info(`${edition.label} fertig und nach ${shown}/ übernommen.`);
      },
    },
  };
  return [stage, publish];
}

/**
 * The last good site survives a failed build. `astro build` empties its output folder first; so
 * the build writes into a staging folder beside it (`dist.staging/` for `dist/`), and only when
 * every step has succeeded (pages, search index, cards, then the offline edition packed after
 * Astro: scripts/build.ts publishes last) the staging folder replaces the output folder: the old one is renamed to
 * `dist.previous/`, the new one into place, the old one retired. Renames on one file system
 * never leave a folder half written; should the process die between the two renames, the next
 * build first puts `dist.previous/` back. An output folder that is a symbolic link is followed
 * to the folder it points at, so that the link keeps serving the new build.
 *
 * Removing the old site took about 6 s at 10,000 pages, after the new one was already served. So
 * it is renamed to a folder of its own (`dist.retired-<time>-<process>/`, a rename: at once) and
 * removed by a process of its own that outlives the build; the next build removes any such folder
 * that is still there before it starts (one that died half removed included): one older than a
 * few minutes at once, a younger one (its remover may still be at work) by another remover.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildManifest } from './build-manifest.ts';
import { recordGoodBuild } from './last-good-build.ts';
import { writeFailureParts } from '../io/file-errors.ts';
import { BUILD_PARENT_VARIABLE, buildFolderProblems, lockBuildFolders } from '../io/build-folders.ts';
import { LockHeldError } from '../io/process-lock.ts';
import { siteConfig } from '../site.config.ts';

/** The staging and the previous folder of the output folder `outDir` (a path). */
function sideFolders(outDir: string): { staging: string; previous: string } {
  const base = outDir.replace(/[\\/]+$/, '');
  return { staging: `${base}.staging`, previous: `${base}.previous` };
}

/** Retired sites beside the output folder `outDir` (a path). */
function retiredFolders(outDir: string): string[] {
  const base = `${path.basename(outDir)}.retired-`;
  let names: string[];
  try {
    names = readdirSync(path.dirname(outDir));
  } catch {
    return [];
  }
  return names.filter((name) => name.startsWith(base)).map((name) => path.join(path.dirname(outDir), name));
}

/** Removes a retired site, tolerating a removal that runs at the same time (the one started by the last build). */
function removeRetired(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Still there: the next build tries again. It is never served and never read.
  }
}

/** Removes `folder` in a process of its own, which outlives the build. */
function removeInBackground(folder: string): void {
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' });
  remover.on('error', () => removeRetired(folder));
  remover.unref();
}

/** Moves the old site `folder` out of the way at once, and removes it in a process of its own. */
function retire(folder: string, outDir: string): void {
  const retired = `${outDir}.retired-${Date.now()}-${process.pid}`;
  renameSync(folder, retired);
  removeInBackground(retired);
}

/** After this long a retired site's remover has surely ended; what is left, the next build removes itself. */
const REMOVER_GRACE_MS = 5 * 60 * 1000;

/** Removes the retired sites beside `outDir`: old ones now, young ones (their remover may still run) by another remover. */
function removeRetiredSites(outDir: string): void {
  for (const folder of retiredFolders(outDir)) {
    const retiredAt = Number(/\.retired-(\d+)-/.exec(folder)?.[1] ?? 0);
    if (Date.now() - retiredAt > REMOVER_GRACE_MS) removeRetired(folder);
    else removeInBackground(folder);
  }
}

/** The folder the site really goes to: `outDir`, or where it points if it is a symbolic link. */
function realOutDir(outDir: string): string {
  const trimmed = outDir.replace(/[\\/]+$/, '');
  return existsSync(trimmed) && lstatSync(trimmed).isSymbolicLink() ? realpathSync(trimmed) : trimmed;
}

/**
 * The staging folder the build of the output folder `outDir` (a path, as configured) goes to:
 * beside the output folder, or, where that lies on another file system than the project (a
 * second disk, a mounted volume, a tmpfs), inside the project. Astro renders pages in
 * `<project>/.astro/.prerender/` and renames files from there into its output folder, which fails
 * across file systems (EXDEV); and the rendered chunks must stay below the project to find its
 * packages. The finished site is then copied beside the output folder before it is put in place.
 */
export function stagingFolder(outDir: string): string {
  const real = realOutDir(outDir);
  return sameFileSystemAsProject(real) ? sideFolders(real).staging : path.join(process.cwd(), '.cache', `ausgabe-${createHash('sha256').update(real).digest('hex').slice(0, 12)}.staging`);
}

/** Whether the folder `outDir` would be made in lies on the project's file system. */
function sameFileSystemAsProject(outDir: string): boolean {
  let parent = path.dirname(outDir);
  while (!existsSync(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  return statSync(parent).dev === statSync(process.cwd()).dev;
}

/**
 * Sends `astro build` to the staging folder (and first puts back a site that a build left aside
 * when it died between the two renames of `publishStagedSite`). Put before all other integrations.
 */
export function stagedOutput(): AstroIntegration {
  let shown = '';
  let shownOutDir = '';
  return {
    name: 'dossier:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        // A plain `astro build` (without scripts/build.ts, which checks and locks first) gets the same checks and locks.
        const configured = { outDir: fileURLToPath(config.outDir), cacheDir: fileURLToPath(config.cacheDir) };
        const problems = buildFolderProblems({ ...configured, contentDir: siteConfig.contentDir, projectDir: process.cwd() });
        if (problems.length > 0) {
          logger.error(`${problems.join('\n\n')}\n\nEs wurde nichts gebaut.`);
          process.exit(1);
        }
        try {
          lockBuildFolders(configured.outDir, configured.cacheDir, Number(process.env[BUILD_PARENT_VARIABLE]) || undefined);
        } catch (error) {
          if (!(error instanceof LockHeldError)) throw error;
          logger.error(error.message);
          process.exit(1);
        }
        const outDir = realOutDir(configured.outDir);
        const { previous } = sideFolders(outDir);
        const staging = stagingFolder(outDir);
        shown = path.relative(process.cwd(), outDir) || outDir;
        shownOutDir = outDir;
        if (!existsSync(outDir) && existsSync(previous)) {
          // The last build died between its two renames: the previous site goes back first.
          renameSync(previous, outDir);
          logger.warn(`${path.relative(process.cwd(), outDir) || outDir}/ aus ${path.basename(previous)}/ wiederhergestellt (der letzte Build wurde beim Ersetzen unterbrochen).`);
        }
        rmSync(staging, { recursive: true, force: true });
        removeRetiredSites(outDir);
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      // A plain `astro build` stops here: say where the site is and what publishes it.
      'astro:build:done': ({ logger }) => {
        logger.info(`Die Seiten liegen in ${path.relative(process.cwd(), stagingFolder(shownOutDir)) || stagingFolder(shownOutDir)}/; «npm run build» packt jetzt die Offline-Ausgabe und übernimmt sie nach ${shown}/ (ein blosses «astro build» veröffentlicht nichts).`);
      },
    },
  };
}

/**
 * Moves the finished site from the staging folder into the output folder `outDir` (the last
 * step of `npm run build`, after the offline edition is packed) and notes the edition for
 * `previousBuildNote`. Returns the log line. Throws a German error if the folder cannot be
 * replaced (another file system); the output folder is then unchanged.
 */
export function publishStagedSite(configuredOutDir: string, cacheDir: string): string {
  const outDir = realOutDir(configuredOutDir);
  const { staging, previous } = sideFolders(outDir);
  const shown = path.relative(process.cwd(), outDir) || outDir;
  const built = stagingFolder(configuredOutDir);
  if (built !== staging) {
    // Built inside the project (the output folder is on another file system): copied beside it
    // first, so that the site is then replaced by renames on its own file system.
    rmSync(staging, { recursive: true, force: true });
    try {
      cpSync(built, staging, { recursive: true });
    } catch (error) {
      // A partial copy would keep the disk full: removed, and the built site with it (a rebuild restores it from the cache).
      rmSync(staging, { recursive: true, force: true });
      rmSync(built, { recursive: true, force: true });
      const refusal = writeFailureParts(error, path.dirname(staging));
      if (!refusal) throw error;
      throw new Error(`${refusal.what} Die neue Website liess sich nicht nach ${shown}/ kopieren; die unvollständige Kopie wurde entfernt.\nHinweis: ${refusal.hint}`);
    }
    rmSync(built, { recursive: true, force: true });
  }
  rmSync(previous, { recursive: true, force: true });
  try {
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
  } catch (error) {
    if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
    throw new Error(
      `${shown}/ lässt sich nicht ersetzen (${(error as NodeJS.ErrnoException).code ?? String(error)}): ein Einhängepunkt oder ein anderes Dateisystem als ${path.basename(staging)}/? ` +
        `Der neue Build liegt vollständig in ${path.basename(staging)}/; ${shown}/ ist unverändert.\nHinweis: OUT_DIR auf einen Ordner innerhalb des Einhängepunkts setzen (oder den übergeordneten Ordner einhängen).`,
    );
  }
  if (existsSync(previous)) retire(previous, outDir);
  const { edition } = readBuildManifest(cacheDir);
  recordGoodBuild(cacheDir, outDir, edition.label);
  return `${edition.label} fertig und nach ${shown}/ übernommen.`;
}

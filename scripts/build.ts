/**
 * `npm run build`: runs `astro build` (pages, search index, cards) into the staging folder, then,
 * in this process after Astro has ended, packs the offline edition, and only then moves the new
 * site into the output folder (src/integrations/staged-output.ts). If any step fails it says
 * what the output folder still holds: a failed build, early (content) or late (pages, search
 * index, cards, offline edition), leaves the last good site in place.
 *
 * The offline edition is packed here rather than inside Astro so that its memory does not come
 * on top of Astro's heap (at 10,000 pages Astro holds several gigabytes when it finishes).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { previousBuildNote } from '../src/integrations/last-good-build.ts';
import { publishStagedSite, stagingFolder } from '../src/integrations/staged-output.ts';
import { SITE_URL_HINT, SITE_URL_MISSING } from '../src/integrations/site-url-check.ts';
import { packOfflineEdition } from '../src/offline/pack-offline-edition.ts';
import { siteConfig } from '../src/site.config.ts';
import { ASTRO_BIN } from './lib/astro-build.ts';
import { BUILD_PARENT_VARIABLE, buildFolderProblems, lockBuildFolders } from '../src/io/build-folders.ts';
import { LockHeldError } from '../src/io/process-lock.ts';
import { freeBytes, isOutOfSpace, mentionsOutOfSpace, outOfSpaceParts } from '../src/io/file-errors.ts';

const outDir = path.resolve(siteConfig.outDir);
const cacheDir = path.resolve(siteConfig.cacheDir);

function fail(message: string, status = 1): never {
  console.error(`\n${message}Der Build ist fehlgeschlagen. ${previousBuildNote(outDir, cacheDir)}`);
  process.exit(status);
}

// Before anything is written: folders a slip would replace (the project, the content), and one build at a time per folder.
const folderProblems = buildFolderProblems({ outDir: siteConfig.outDir, cacheDir: siteConfig.cacheDir, contentDir: siteConfig.contentDir, projectDir: process.cwd() });
if (folderProblems.length > 0) {
  console.error(`\n${folderProblems.join('\n\n')}\n\nEs wurde nichts gebaut.`);
  process.exit(1);
}
try {
  lockBuildFolders(siteConfig.outDir, siteConfig.cacheDir);
} catch (error) {
  if (!(error instanceof LockHeldError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}

/**
 * Runs `astro build`; its error output is passed on as it comes and its end kept, to tell a full
 * disk (Astro and Vite report it as Node's English ENOSPC) from other failures.
 */
function runAstro(): Promise<{ status: number; errorTail: string }> {
  // The child finds the locks taken here and counts them as its own.
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'pipe'], env: { ...process.env, [BUILD_PARENT_VARIABLE]: String(process.pid) } });
  let errorTail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorTail = (errorTail + chunk.toString('utf8')).slice(-65_536);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? 1, errorTail })));
}

/** After a failed step: the partial site is removed (it is never served, and on a full disk it keeps the disk full); a full disk is said in German. */
function failStep(error: unknown, errorTail: string, status = 1): never {
  const staging = stagingFolder(outDir);
  // Told by the error or by Astro's own report, never by the space left alone: a content error on a nearly full disk is a content error.
  const outOfSpace = isOutOfSpace(error) || mentionsOutOfSpace(errorTail);
  rmSync(staging, { recursive: true, force: true });
  if (outOfSpace) {
    const { what, hint } = outOfSpaceParts();
    fail(`${what.replace(/\.$/u, '')} für den Build (frei bei ${path.relative(process.cwd(), staging) || staging}: ${megabytes(freeBytes(staging))}). Der unvollständige Build wurde entfernt.\nHinweis: ${hint}\n`, status);
  }
  fail(error instanceof Error ? `${error.message}\n` : '', status);
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'unbekannt' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const run = await runAstro();
if (run.status !== 0) failStep(undefined, run.errorTail, run.status);

const time = () => new Date().toTimeString().slice(0, 8);
try {
  // Logged when done: the log's time stamps mark the end of each step (the benchmark's phases).
  const packed = await packOfflineEdition(stagingFolder(outDir), cacheDir);
  console.log(`${time()} [dossier:offline-edition] ${packed}`);
} catch (error) {
  failStep(isOutOfSpace(error) ? error : new Error(`Die Offline-Ausgabe liess sich nicht packen: ${(error as Error).message}`), '');
}
try {
  const published = publishStagedSite(outDir, cacheDir);
  console.log(`${time()} [dossier:publish] ${published}`);
} catch (error) {
  fail(`${(error as Error).message}\n`);
}
// Last, where it is read: what a build without the published address gets wrong.
if (!siteConfig.siteUrlSet) console.warn(`${time()} [WARN] [dossier:site-url] ${SITE_URL_MISSING}\n${SITE_URL_HINT}`);

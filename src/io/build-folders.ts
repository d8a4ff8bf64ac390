/**
 * The folders a build writes and deletes: the output folder (replaced as a whole when the build
 * is published, the old one removed) and the cache folder. Both come from settings (`OUT_DIR`,
 * `ASTRO_CACHE_DIR`), so a slip such as `OUT_DIR=.` or `OUT_DIR=content` would replace the
 * project or the editors' content. Checked before anything is written, with symbolic links
 * followed, and one build at a time per output folder and per cache folder: two builds into the
 * same folder once failed with English or misleading messages.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describeHolder, lockHolder, takeProcessLock } from './process-lock.ts';
import { liesBelow, resolvedPath } from './safe-paths.ts';

export interface BuildFolders {
  /** The output folder as configured (OUT_DIR). */
  outDir: string;
  /** The cache folder as configured (ASTRO_CACHE_DIR). */
  cacheDir: string;
  contentDir: string;
  /** The project folder (the working directory of the build). */
  projectDir: string;
}

/** A file every finished build has in its output folder (Pagefind's entry): an existing folder without it is not a site this project built. */
const BUILT_SITE_MARK = path.join('pagefind', 'pagefind-entry.json');

/** Whether `a` is `b` or lies below it. */
function within(b: string, a: string): boolean {
  return resolvedPath(a) === resolvedPath(b) || liesBelow(b, a);
}

/**
 * Problems with the output and cache folders, in German, each naming the setting and how to fix
 * it; empty when the build may write there.
 */
export function buildFolderProblems({ outDir, cacheDir, contentDir, projectDir }: BuildFolders): string[] {
  const problems: string[] = [];
  const folders = [
    { setting: 'OUT_DIR', value: outDir, what: 'Ausgabeordner', hint: 'einen eigenen Ordner wählen, z. B. OUT_DIR=./dist' },
    { setting: 'ASTRO_CACHE_DIR', value: cacheDir, what: 'Cache-Ordner', hint: 'einen eigenen Ordner wählen, z. B. ASTRO_CACHE_DIR=./node_modules/.astro' },
  ];
  for (const { setting, value, what, hint } of folders) {
    const resolved = resolvedPath(value);
    const refuse = (why: string) => problems.push(`${setting}=${value}: ${why}; der Build würde ihn als ${what} ersetzen oder leeren.\nHinweis: ${hint}.`);
    if (path.dirname(resolved) === resolved) refuse('das ist die Wurzel des Dateisystems');
    else if (within(resolved, projectDir)) refuse('das ist der Projektordner oder ein Ordner, der ihn enthält');
    else if (within(contentDir, resolved) || within(resolved, contentDir)) refuse('das ist der Inhaltsordner, liegt in ihm oder enthält ihn');
    else if (within(path.join(projectDir, 'src'), resolved) || within(path.join(projectDir, 'public'), resolved) || within(path.join(projectDir, '.git'), resolved)) refuse('das liegt im Quellcode des Projekts');
  }
  if (problems.length === 0 && (within(outDir, cacheDir) || within(cacheDir, outDir))) {
    problems.push(`OUT_DIR=${outDir} und ASTRO_CACHE_DIR=${cacheDir} überschneiden sich: der Cache würde mit der Website veröffentlicht oder ersetzt.\nHinweis: zwei getrennte Ordner wählen.`);
  }
  const out = resolvedPath(outDir);
  if (problems.length === 0 && existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, BUILT_SITE_MARK))) {
    problems.push(
      `OUT_DIR=${outDir} enthält Dateien, aber keine Website dieses Projekts (es fehlt ${BUILT_SITE_MARK.replaceAll(path.sep, '/')}); der Build würde sie ersetzen und löschen.\nHinweis: einen leeren oder neuen Ordner wählen, oder den Ordner zuerst selbst leeren.`,
    );
  }
  return problems;
}

/** Set by `npm run build` for its `astro build` child: the process id whose locks are the child's own. */
export const BUILD_PARENT_VARIABLE = 'DOSSIER_BUILD_ELTERN';

/** The lock files of a build: beside the output folder (`dist.sperre` for `dist/`) and inside the cache folder. */
function lockFiles(outDir: string, cacheDir: string): { file: string; folder: string }[] {
  return [
    { file: `${resolvedPath(outDir).replace(/[\\/]+$/, '')}.sperre`, folder: `den Ausgabeordner ${outDir}` },
    { file: path.join(resolvedPath(cacheDir), '.build-sperre'), folder: `den Cache-Ordner ${cacheDir}` },
  ];
}

/**
 * Takes the build's locks on its output and cache folders, or throws a German error naming the
 * build that holds one (a lock whose process is gone is taken over). Locks held by `parentPid`
 * (`npm run build`, which runs `astro build` as its child) count as this build's own. Returns a
 * release for the locks taken here; they are also released when the process exits.
 */
export function lockBuildFolders(outDir: string, cacheDir: string, parentPid?: number): () => void {
  const taken: string[] = [];
  const release = () => {
    for (const file of taken.splice(0)) removeLock(file);
  };
  try {
    for (const { file, folder } of lockFiles(outDir, cacheDir)) {
      mkdirSync(path.dirname(file), { recursive: true });
      const refusal = (holder: Parameters<typeof describeHolder>[0]) =>
        `Ein anderer Build schreibt gerade in ${folder}: ${describeHolder(holder)}.\nHinweis: warten, bis er fertig ist, oder einen anderen OUT_DIR und ASTRO_CACHE_DIR wählen; es wurde nichts gebaut.`;
      if (takeProcessLock(file, 'npm run build', refusal, parentPid)) taken.push(file);
    }
  } catch (error) {
    release();
    throw error;
  }
  process.once('exit', release);
  return release;
}

/** Removes the lock `file` if it is still this process's own (a lock another build took over stays). */
function removeLock(file: string): void {
  if (lockHolder(file).pid === process.pid) rmSync(file, { force: true });
}

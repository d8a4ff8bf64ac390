/**
 * Where a generated corpus may go. The editors' `content/` is never touched, nor any folder
 * that holds it; an existing folder is only emptied when a marker file says an earlier run of
 * the generator wrote it, so a mistyped `--out` cannot wipe anyone's work.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Written first into every generated corpus; its presence allows a later run to replace the folder. */
export const CORPUS_MARKER = '.generated-corpus.json';

export class OutputDirError extends Error {}

/** The path with symbolic links resolved as far as it exists, so a link to content/ is caught too. */
function resolveExisting(target: string): string {
  const rest: string[] = [];
  let dir = path.resolve(target);
  while (!existsSync(dir) && dir !== path.dirname(dir)) {
    rest.unshift(path.basename(dir));
    dir = path.dirname(dir);
  }
  return path.join(realpathSync(dir), ...rest);
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Throws unless `out` may receive a corpus; empties it when it holds an earlier one. */
export function prepareOutputDir(out: string, protectedDir: string): string {
  const target = resolveExisting(out);
  const content = resolveExisting(protectedDir);
  if (isInside(target, content)) {
    throw new OutputDirError(`${out}: Das ist der Inhaltsordner des Dossiers (${protectedDir}) oder liegt darin; dorthin schreibt der Generator nie.\nHinweis: einen eigenen Ordner wählen, z. B. --out .cache/corpus-1000.`);
  }
  if (isInside(content, target)) {
    throw new OutputDirError(`${out}: Dieser Ordner enthält den Inhaltsordner des Dossiers (${protectedDir}); der Generator ersetzt ihn nicht.\nHinweis: einen eigenen, leeren Ordner wählen, z. B. --out .cache/corpus-1000.`);
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new OutputDirError(`${out}: Das ist eine Datei, kein Ordner.`);
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(CORPUS_MARKER)) {
      throw new OutputDirError(
        `${out}: Der Ordner ist nicht leer und enthält keinen erzeugten Korpus (${CORPUS_MARKER} fehlt).\nHinweis: einen leeren oder neuen Ordner angeben; ein früher erzeugter Korpus wird ersetzt.`,
      );
    }
    for (const entry of entries) rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  return target;
}

/** Writes the marker first, so that a run cut short leaves a folder the next run may replace. */
export function writeCorpusFiles(dir: string, marker: object, files: ReadonlyMap<string, string>): void {
  writeFileSync(path.join(dir, CORPUS_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  const made = new Set<string>();
  for (const [relative, text] of files) {
    const file = path.join(dir, relative);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
  }
}

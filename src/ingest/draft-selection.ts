/**
 * Which drafts `npm run accept` and `npm run reject` act on (files, or all of a source's), and
 * what is wrong with a selection: a source that is no id or leads out of the drafts folder, a
 * file that is no draft. Used by accept-drafts.ts and reject-drafts.ts alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DRAFTS_FOLDER } from '../model/vocabulary.ts';
import { SLUG_PATTERN } from '../model/entry-id.ts';
import { liesBelow } from '../io/safe-paths.ts';
import { readDraft, readDrafts, type DraftFile } from './drafts.ts';

/**
 * Which drafts to act on: files (paths as given on the command line, relative to `cwd`, the
 * folder the editor typed the command in) or every draft of a source. `confirm`: the editor has
 * checked them (`--bestaetigen`), so `pruefen` drafts among them, and the entry drafts they need,
 * are published too.
 */
export type DraftSelection = ({ files: string[]; cwd?: string } | { source: string }) & { confirm?: boolean };

/**
 * What is wrong with `--source <id>` for the drafts folder of `contentDir`: not a source's id (a
 * path such as `..` or `../aussagen`), or a folder that leads out of the drafts folder (a
 * symbolic link). Undefined when it names a drafts folder, existing or not.
 */
export function draftSourceProblem(contentDir: string, source: string): string | undefined {
  const root = path.join(contentDir, DRAFTS_FOLDER);
  if (!SLUG_PATTERN.test(source)) return `--source «${source}»: keine Kennung einer Quelle (nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. 2025-07-lawrow-trifft-kim); es wurde nichts verändert.`;
  const folder = path.join(root, source);
  if (existsSync(folder) && !liesBelow(root, folder)) return `${folder}: der Entwurfsordner führt aus ${root}/ hinaus (eine Verknüpfung?); es wurde nichts verändert. Hinweis: die Verknüpfung entfernen und die Entwürfe neu importieren.`;
  return undefined;
}

/** What is wrong with a draft file given on the command line (`absolute`, as resolved), or undefined. */
export function draftFileProblem(contentDir: string, given: string, absolute: string): string | undefined {
  const root = path.resolve(contentDir, DRAFTS_FOLDER);
  if (!absolute.startsWith(`${root}${path.sep}`) || !absolute.endsWith('.yaml')) return `${given}: kein Entwurf; Entwürfe liegen in ${path.join(contentDir, DRAFTS_FOLDER)}/<Quelle>/ und enden auf .yaml.`;
  if (!existsSync(absolute)) return `${given}: Datei nicht gefunden (schon veröffentlicht oder verworfen?).`;
  // A draft (or its folder) that is a symbolic link out of the drafts folder is no draft.
  if (!liesBelow(root, absolute)) return `${given}: führt aus ${path.join(contentDir, DRAFTS_FOLDER)}/ hinaus (eine Verknüpfung?); kein Entwurf.`;
  return undefined;
}

/** The drafts selected, read; or the problems that make the selection unreadable. */
export function selectDrafts(contentDir: string, selection: DraftSelection): { drafts: DraftFile[]; errors: string[]; unreadable: string[] } {
  if ('source' in selection) {
    const problem = draftSourceProblem(contentDir, selection.source);
    if (problem) return { drafts: [], errors: [problem], unreadable: [] };
    const { drafts, problems } = readDrafts(contentDir, selection.source);
    if (drafts.length === 0 && problems.length === 0) return { drafts, errors: [`Für die Quelle «${selection.source}» gibt es keine Entwürfe (mehr) in ${path.join(contentDir, DRAFTS_FOLDER, selection.source)}: schon veröffentlicht oder verworfen, oder die Kennung ist verschrieben.`], unreadable: [] };
    // An unreadable draft of the source stays (listed), and does not hold back the others.
    return { drafts, errors: [], unreadable: problems };
  }
  const drafts: DraftFile[] = [];
  const errors: string[] = [];
  for (const given of new Set(selection.files)) {
    const absolute = path.resolve(selection.cwd ?? process.cwd(), given);
    const problem = draftFileProblem(contentDir, given, absolute);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const draft = readDraft(contentDir, path.relative(path.resolve(contentDir), absolute).split(path.sep).join('/'));
    if (typeof draft === 'string') errors.push(draft);
    else drafts.push(draft);
  }
  return { drafts, errors, unreadable: [] };
}

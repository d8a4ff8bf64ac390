/**
 * Removes drafts (src/ingest/drafts.ts), readable or not, and nothing else, in one transaction
 * under the content lock; a rejected entry draft's name is noted (rejected-names.ts) so that the
 * next article does not propose it again.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DRAFTS_FOLDER } from '../model/vocabulary.ts';
import { today } from './today.ts';
import { readRejectedNames, REJECTED_NAMES_FILE, withRejectedNames } from './rejected-names.ts';
import { readDraft } from './drafts.ts';
import { draftFileProblem, draftSourceProblem, type DraftSelection } from './draft-selection.ts';
import { applyContentChanges, type ContentChange } from '../io/content-transaction.ts';
import { ContentRefusal, withContentLock } from '../io/content-lock.ts';

/** Deletes the `selection` of drafts, readable or not, and nothing else; returns the files removed, or the problems that stopped it. */
export function rejectDrafts(contentDir: string, selection: DraftSelection): { removed: string[]; errors: string[]; recovered?: string } {
  try {
    return withContentLock(contentDir, 'npm run reject', (recovered) => {
      const outcome = rejectLocked(contentDir, selection);
      return recovered ? { ...outcome, recovered } : outcome;
    });
  } catch (error) {
    if (error instanceof ContentRefusal) return { removed: [], errors: [error.message] };
    throw error;
  }
}

function rejectLocked(contentDir: string, selection: DraftSelection): { removed: string[]; errors: string[] } {
  const root = path.resolve(contentDir, DRAFTS_FOLDER);
  let files: string[];
  if ('source' in selection) {
    const problem = draftSourceProblem(contentDir, selection.source);
    if (problem) return { removed: [], errors: [problem] };
    const folder = path.join(root, selection.source);
    if (!existsSync(folder)) return { removed: [], errors: [`Für die Quelle «${selection.source}» gibt es keine Entwürfe (mehr) in ${path.join(contentDir, DRAFTS_FOLDER, selection.source)}: schon veröffentlicht oder verworfen, oder die Kennung ist verschrieben.`] };
    files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${DRAFTS_FOLDER}/${selection.source}/${f}`);
  } else {
    const errors: string[] = [];
    files = [];
    for (const given of new Set(selection.files)) {
      const absolute = path.resolve(selection.cwd ?? process.cwd(), given);
      const problem = draftFileProblem(contentDir, given, absolute);
      if (problem) errors.push(problem);
      else files.push(path.relative(path.resolve(contentDir), absolute).split(path.sep).join('/'));
    }
    if (errors.length > 0) return { removed: [], errors };
  }
  // Rejected entry drafts: their names are noted, so that the next article does not propose them again.
  const rejectedEntries = files.flatMap((file) => {
    const draft = readDraft(contentDir, file);
    return typeof draft !== 'string' && draft.entwurf.art === 'eintrag' ? [{ name: String(draft.entwurf.markiert), ordner: String(draft.entwurf.ziel).split('/')[0]!, quelle: draft.entwurf.quelle, tag: today() }] : [];
  });
  const noted: ContentChange[] = rejectedEntries.length > 0 ? [{ file: REJECTED_NAMES_FILE, data: withRejectedNames(readRejectedNames(contentDir), rejectedEntries) }] : [];
  applyContentChanges(contentDir, 'npm run reject', [...files.map((file) => ({ file, data: null })), ...noted]);
  return { removed: files, errors: [] };
}

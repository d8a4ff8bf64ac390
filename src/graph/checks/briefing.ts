/** The home page's briefing exists, and its key actors are entities of the dossier. */
import { collectionGlob, contentFolderLabel, ENTITY_KINDS } from '../../model/vocabulary.ts';
import { issue, type Check } from './check.ts';

/** The briefing file's id (its name without extension), as the content check records a rejected file. */
const BRIEFING_ID = collectionGlob('briefing').replace(/\.[^.]+$/, '');
import { referenceListIssues } from './references.ts';

export const checkBriefing: Check = ({ input, dossier }) => {
  const file = `${contentFolderLabel('briefing')}${collectionGlob('briefing')}`;
  const briefing = input.briefing[0];
  if (!briefing) return [issue(file, '(Datei)', 'Die Übersicht des Dossiers fehlt.', `${file} mit title, lead, points und keyActors anlegen.`, BRIEFING_ID)];
  return referenceListIssues(dossier, briefing.filePath, 'keyActors', briefing.data.keyActors, ENTITY_KINDS);
};

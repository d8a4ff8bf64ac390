/**
 * An entry's `updated` is never before its `added` (src/schemas/fields.ts): a day the entry
 * changed before it entered the dossier is a typo, and would put it in the wrong edition.
 */
import { COLLECTION_NAMES } from '../../model/vocabulary.ts';
import { issue, type Check } from './check.ts';

export const checkChangeDays: Check = ({ input }) =>
  COLLECTION_NAMES.flatMap((name) =>
    (input[name] as readonly { filePath: string; data: { added?: string; updated?: string } }[]).flatMap(({ filePath, data }) =>
      data.added && data.updated && data.updated < data.added
        ? [issue(filePath, 'updated', `«${data.updated}» liegt vor dem Tag, an dem der Eintrag dazukam (added: «${data.added}»).`, 'updated auf den Tag der letzten Änderung setzen, frühestens den Tag von added; oder updated löschen, solange der Eintrag unverändert ist.')]
        : [],
    ),
  );

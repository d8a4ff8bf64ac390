/**
 * A source states how many paragraphs it has, so that a paragraph added or removed by accident
 * fails the build instead of silently moving every later anchor (#p…) and every citation.
 */
import { issue, type Check } from './check.ts';

export const checkParagraphCounts: Check = ({ dossier }) =>
  dossier.list('source').flatMap((node) =>
    node.paragraphs.length === node.data.paragraphs
      ? []
      : [
          issue(
            node.filePath,
            'paragraphs',
            `Angegeben sind ${node.data.paragraphs} Absätze, der Text hat ${node.paragraphs.length}.`,
            'Der Text einer Quelle bleibt wörtlich; Absätze nicht einfügen oder löschen, weil sich sonst alle späteren Anker (#p…) verschieben. Ist die Änderung gewollt, die Zahl anpassen und alle Belege dieser Quelle prüfen.',
          ),
        ],
  );

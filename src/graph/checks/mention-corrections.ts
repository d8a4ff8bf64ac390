/**
 * An editor's corrections to the mention links of a source (`mentions:`) name a paragraph the
 * source has, words that stand in it, and, for a forced link, an existing entity.
 */
import { ENTITY_KINDS } from '../../model/vocabulary.ts';
import { findWords } from '../../text/find-words.ts';
import { issue, type Check } from './check.ts';
import { referenceIssue } from './references.ts';

export const checkMentionCorrections: Check = ({ dossier }) =>
  [...dossier.nodes.values()].flatMap((node) => {
    if (node.kind !== 'source') return [];
    return node.data.mentions.flatMap((correction, i) => {
      const paragraph = node.paragraphs[correction.paragraph - 1];
      const found = [];
      if (!paragraph) {
        found.push(issue(node.filePath, `mentions[${i}].paragraph`, `Absatz ${correction.paragraph} gibt es nicht (die Quelle hat ${node.paragraphs.length}).`, 'Die Nummer des Absatzes angeben, wie sie auf der Quellenseite steht.'));
      } else if (!findWords(paragraph.text, correction.text)) {
        found.push(issue(node.filePath, `mentions[${i}].text`, `«${correction.text}» steht nicht in Absatz ${correction.paragraph}.`, 'Ganze Wörter genau so angeben, wie sie im Absatz stehen (Gross-/Kleinschreibung, Endung).'));
      }
      if (correction.link !== false) {
        const target = referenceIssue(dossier, node.filePath, `mentions[${i}].link`, correction.link, ENTITY_KINDS);
        if (target) found.push(target);
      }
      return found;
    });
  });

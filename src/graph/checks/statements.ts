/**
 * A statement names its speaker, the channels it came through, what it is about and its event
 * by existing entries of the right kinds; and a quote stands verbatim, as whole words, in the
 * paragraph it cites. «Verbatim» is src/text/normalise.ts's foldText: white space, invisible
 * characters (soft hyphens, zero-width spaces), hyphen and quotation-mark variants may differ.
 */
import { parseCitation } from '../../model/citation.ts';
import { STATEMENT_REFERENCES } from '../../model/vocabulary.ts';
import { findWords } from '../../text/find-words.ts';
import { revealUnusual } from '../../text/normalise.ts';
import type { ValidationIssue } from '../types.ts';
import { issue, type Check } from './check.ts';
import { referenceIssue, referenceListIssues } from './references.ts';

const some = (found: ValidationIssue | undefined): ValidationIssue[] => (found ? [found] : []);

export const checkStatements: Check = ({ input, dossier }) =>
  input.statement.flatMap(({ filePath, data }) => {
    const found = [
      ...some(referenceIssue(dossier, filePath, 'speaker', data.speaker, STATEMENT_REFERENCES.speaker)),
      ...(data.reports ? some(referenceIssue(dossier, filePath, 'reports', data.reports, STATEMENT_REFERENCES.reports)) : []),
      ...referenceListIssues(dossier, filePath, 'via', data.via, STATEMENT_REFERENCES.via),
      ...referenceListIssues(dossier, filePath, 'about', data.about, STATEMENT_REFERENCES.about),
      ...(data.event ? some(referenceIssue(dossier, filePath, 'event', data.event, STATEMENT_REFERENCES.event)) : []),
    ];
    // A citation that does not resolve is the citations check's to report; then there is no text to compare.
    const { source, paragraph } = parseCitation(data.cite);
    const node = dossier.get(source);
    const text = node?.kind === 'source' ? node.paragraphs[paragraph - 1]?.text : undefined;
    if (text !== undefined && data.form && !findWords(text, data.form)) {
      found.push(issue(filePath, 'form', `«${data.form}» steht nicht in ${data.cite}.`, 'Die Form der Äusserung so angeben, wie der Absatz sie nennt, z. B. «in einer Erklärung», oder das Feld weglassen.'));
    }
    if (text !== undefined && !findWords(text, data.quote)) {
      // A paragraph with invisible characters would print identical to the quote: show them.
      const shown = revealUnusual(text);
      found.push(
        issue(
          filePath,
          'quote',
          `Das Zitat «${data.quote}» steht nicht wörtlich in ${data.cite}.`,
          `Zitate müssen Wort für Wort mit dem Absatz übereinstimmen, ganze Wörter (Leerraum, unsichtbare Zeichen, Binde- und Anführungszeichen werden angeglichen). Absatz ${paragraph} lautet: «${shown}»${shown === text ? '' : ' (⟨U+…⟩: unsichtbare oder ähnlich aussehende Zeichen)'}`,
        ),
      );
    }
    return found;
  });

/**
 * What the editors' components in a body refer to exists: the statement a `<Zitat id="…">`
 * shows, the paragraphs an `<Einschaetzung belege="…">` cites. (Whether a component is known
 * and written right, the content check says: src/content-check/body-issues.ts.)
 */
import { CITATION_PATTERN } from '../../model/citation.ts';
import type { ComponentUse } from '../../model/editor-components.ts';
import type { DossierNode, ValidationIssue } from '../types.ts';
import { issue, type Check } from './check.ts';
import { citationIssues } from './citations.ts';

/** The file's line of a use, where the graph knows where the body starts. */
function withLine(problem: ValidationIssue, node: DossierNode, use: ComponentUse): ValidationIssue {
  return node.bodyLine === undefined ? problem : { ...problem, line: node.bodyLine + use.line - 1 };
}

export const checkComponents: Check = ({ dossier }) => {
  const statements = new Set(dossier.statements.map((s) => s.id));
  return [...dossier.nodes.values()].flatMap((node) =>
    node.components.flatMap((use) => {
      const found: ValidationIssue[] = [];
      if (use.name === 'Zitat' && use.attributes.id !== undefined && !statements.has(use.attributes.id)) {
        found.push(issue(node.filePath, 'Text', `<Zitat id="${use.attributes.id}">: diese Aussage gibt es nicht.`, 'Das Kürzel einer Aussage angeben: ihr Dateiname in aussagen/ ohne .yaml.', use.attributes.id));
      }
      if (use.name === 'Einschaetzung' && use.attributes.belege !== undefined) {
        use.attributes.belege.split(/\s+/).filter(Boolean).forEach((cite, index) => {
          const field = `Text: Einschaetzung belege[${index}]`;
          if (!CITATION_PATTERN.test(cite)) found.push(issue(node.filePath, field, `<Einschaetzung belege="…">: «${cite}» ist kein Beleg.`, 'Belege als «quelle#p3» schreiben, mehrere durch Leerzeichen getrennt.'));
          // One at a time, so that the field names the citation's place in the list as written.
          else found.push(...citationIssues(dossier, node.filePath, 'Text: Einschaetzung belege', [cite]).map((problem) => ({ ...problem, field })));
        });
      }
      return found.map((problem) => withLine(problem, node, use));
    }),
  );
};

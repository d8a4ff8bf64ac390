/**
 * Every citation names a source of the dossier and a paragraph that source has: summaries,
 * facts, relations, events, statements and the briefing alike.
 */
import { parseCitation } from '../../model/citation.ts';
import { contentFolderLabel } from '../../model/vocabulary.ts';
import type { Dossier } from '../dossier.ts';
import type { ValidationIssue } from '../types.ts';
import { issue, type Check } from './check.ts';

/** The problems of the citations in `file`'s `field` (reported as `field[i]`). */
export function citationIssues(dossier: Dossier, file: string, field: string, cites: readonly string[]): ValidationIssue[] {
  return cites.flatMap((cite, index) => {
    const { source, paragraph } = parseCitation(cite);
    const at = `${field}[${index}]`;
    const node = dossier.get(source);
    if (!node || node.kind !== 'source') {
      const sources = [...dossier.nodes.values()].filter((n) => n.kind === 'source').map((n) => `«${n.id}»`);
      return [issue(file, at, `Beleg «${cite}»: Die Quelle «${source}» gibt es nicht.`, `Vorhandene Quellen: ${sources.join(', ') || 'keine'}. Neue Artikel unter ${contentFolderLabel('source')} anlegen.`, source)];
    }
    if (paragraph > node.paragraphs.length) {
      return [
        issue(
          file,
          at,
          `Beleg «${cite}»: Die Quelle «${source}» hat nur ${node.paragraphs.length} Absätze.`,
          `Einen Absatz zwischen #p1 und #p${node.paragraphs.length} angeben; die Nummern stehen auf der Quellenseite neben jedem Absatz.`,
        ),
      ];
    }
    return [];
  });
}

export const checkCitations: Check = ({ input, dossier }) => {
  const found: ValidationIssue[] = [];
  const check = (file: string, field: string, cites: readonly string[]) => found.push(...citationIssues(dossier, file, field, cites));
  for (const node of dossier.nodes.values()) {
    if (node.kind === 'source') continue;
    check(node.filePath, 'cite', node.data.cite);
    node.data.facts.forEach((fact, i) => check(node.filePath, `facts[${i}].cite`, fact.cite));
    if (node.kind === 'event') node.data.accounts.forEach((account, i) => check(node.filePath, `accounts[${i}].cite`, account.cite));
    if (node.kind !== 'event') node.data.relations.forEach((relation, i) => check(node.filePath, `relations[${i}].cite`, relation.cite));
  }
  for (const { filePath, data } of input.statement) check(filePath, 'cite', [data.cite]);
  for (const { filePath, data } of input.briefing) {
    check(filePath, 'lead.cite', data.lead.cite);
    data.points.forEach((point, i) => check(filePath, `points[${i}].cite`, point.cite));
  }
  return found;
};

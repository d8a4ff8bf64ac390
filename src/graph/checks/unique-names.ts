/**
 * A name, alias or adjective must point at one entity only, or the texts could not be linked:
 * «Lawrow» can be one person's alias, not two people's. Compared as the texts are matched
 * (src/text/normalise.ts's foldText), without regard to case.
 */
import { foldText } from '../../text/normalise.ts';
import type { EntityNode } from '../types.ts';
import { issue, type Check } from './check.ts';
import type { ValidationIssue } from '../types.ts';

/** How two forms are compared. */
export function formKey(form: string): string {
  return foldText(form).toLocaleLowerCase('de-CH');
}

/** The forms an editor wrote for an entity, with the field each stands in. */
function writtenForms(node: EntityNode): [field: string, form: string][] {
  const { data } = node;
  return [
    ['name', data.name],
    ...data.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ...data.spellings.map((a, i): [string, string] => [`spellings[${i}]`, a]),
    ...(data.adjective ? [['adjective', data.adjective] as [string, string]] : []),
  ];
}

/**
 * Which entity first claims each written form (by `formKey`), in the graph's order, and the
 * problems with the later claims.
 */
export function claimWrittenForms(entities: readonly EntityNode[]): { owner: Map<string, { id: string; file: string }>; issues: ValidationIssue[] } {
  const owner = new Map<string, { id: string; file: string }>();
  const issues: ValidationIssue[] = [];
  for (const node of entities) {
    for (const [field, form] of writtenForms(node)) {
      const key = formKey(form);
      const claimed = owner.get(key);
      if (claimed && claimed.id !== node.id) {
        issues.push(
          issue(
            node.filePath,
            field,
            `«${form}» ist schon Name oder Alias von «${claimed.id}» (${claimed.file}).`,
            'Ein Name oder Alias muss eindeutig auf einen Eintrag zeigen, sonst kann der Text nicht verlinkt werden. Den Alias bei einem der beiden Einträge streichen.',
          ),
        );
      } else if (claimed) {
        issues.push(issue(node.filePath, field, `«${form}» steht doppelt in diesem Eintrag.`, 'Die Wiederholung streichen.'));
      } else {
        owner.set(key, { id: node.id, file: node.filePath });
      }
    }
  }
  return { owner, issues };
}

export const checkUniqueNames: Check = ({ dossier }) => claimWrittenForms(dossier.entities()).issues;

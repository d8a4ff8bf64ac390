/**
 * An entity's `relations:` follow the vocabulary's rules (src/model/vocabulary.ts): the type
 * fits the entity's kind, the target exists and is of a kind the type allows, an office is
 * named where the type needs one, and «since» does not come after «until».
 */
import { ui } from '../../i18n/de-CH.ts';
import { earliestDay } from '../../model/dossier-date.ts';
import { ENTITY_RELATIONS, type EntityKind } from '../../model/vocabulary.ts';
import type { ValidationIssue } from '../types.ts';
import { issue, kindList, type Check } from './check.ts';
import { referenceIssue } from './references.ts';

export const checkEntityRelations: Check = ({ dossier }) =>
  dossier.entities().flatMap((node) =>
    node.data.relations.flatMap((relation, i) => {
      const field = `relations[${i}]`;
      const rule = ENTITY_RELATIONS[relation.type];
      const found: ValidationIssue[] = [];
      if (!(rule.from as readonly EntityKind[]).includes(node.kind)) {
        found.push(
          issue(
            node.filePath,
            `${field}.type`,
            `Der Beziehungstyp «${relation.type}» gilt nur für: ${kindList(rule.from)} (dieser Eintrag: ${ui.kinds[node.kind].plural}).`,
            'Einen anderen Beziehungstyp wählen oder die Beziehung beim anderen Eintrag erfassen.',
          ),
        );
      }
      if (relation.target === node.id) {
        found.push(issue(node.filePath, `${field}.target`, 'Ein Eintrag kann nicht mit sich selbst in Beziehung stehen.', 'Das Ziel korrigieren.'));
      }
      if (rule.needsRole && !relation.role) {
        found.push(issue(node.filePath, `${field}.role`, 'Eine Funktion braucht die Amtsbezeichnung.', 'role: angeben, wie die Quelle sie nennt, z. B. «Aussenminister».'));
      }
      if (relation.since && relation.until && earliestDay(relation.until.from) < earliestDay(relation.since.from)) {
        found.push(issue(node.filePath, `${field}.until`, `«${relation.until.raw}» liegt vor «${relation.since.raw}».`, 'since: und until: prüfen.'));
      }
      const target = referenceIssue(dossier, node.filePath, `${field}.target`, relation.target, rule.to);
      return target ? [...found, target] : found;
    }),
  );

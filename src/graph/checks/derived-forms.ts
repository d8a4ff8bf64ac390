/**
 * The forms the mention matcher derives from names (genitive in -s, lower-case start of a
 * multi-word name, adjective endings) must be unique too, or the same words would link to
 * whichever entry happens to come first.
 */
import { surfaceForms } from '../../mentions/mention-matcher.ts';
import { mentionTargetOf } from '../assemble-graph.ts';
import type { EntityNode } from '../types.ts';
import { issue, type Check } from './check.ts';
import { claimWrittenForms, formKey } from './unique-names.ts';

export const checkDerivedForms: Check = ({ dossier }) => {
  const entities = dossier.entities();
  // A form an entity wrote itself is reported by the unique-names check, not again here.
  const written = claimWrittenForms(entities).owner;
  const owner = new Map<string, EntityNode>();
  return entities.flatMap((node) =>
    surfaceForms(mentionTargetOf(node)).flatMap((form) => {
      const claimed = owner.get(form);
      if (!claimed) {
        owner.set(form, node);
        return [];
      }
      if (claimed.id === node.id || written.get(formKey(form))?.id === claimed.id) return [];
      return [
        issue(
          node.filePath,
          'aliases',
          `Die Textform «${form}» (aus Name, Alias oder Adjektiv abgeleitet) gehört auch zu «${claimed.id}» (${claimed.filePath}).`,
          'Erkannt werden auch Genitiv auf -s, klein beginnende mehrteilige Namen und Adjektivendungen. Einen der Aliase so ändern, dass die Formen eindeutig sind.',
        ),
      ];
    }),
  );
};

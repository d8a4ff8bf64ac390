/**
 * The editors' search terms (content/begriffe.yaml): each wording is used somewhere in the
 * dossier (or it is a typo, and the other words would find nothing), and each other word belongs
 * to one wording only.
 */
import { entryText, usesWording, wordPositions } from '../../search/term-hints.ts';
import { issue, type Check } from './check.ts';
import { formKey } from './unique-names.ts';

export const checkTerms: Check = ({ input, dossier }) => {
  const file = input.terms[0];
  if (!file) return [];
  // Each entry's words once, not once per term.
  const texts = [...dossier.nodes.values()].map((node) => wordPositions(entryText(node)));
  const seen = new Map<string, number>();
  return file.data.begriffe.flatMap(({ begriff, auch }, i) => [
    ...(texts.some((text) => usesWording(text, begriff))
      ? []
      : [issue(file.filePath, `begriffe[${i}].begriff`, `«${begriff}» kommt in keinem Eintrag des Dossiers vor.`, 'Den Begriff so schreiben, wie ihn die Texte verwenden (Einzahl oder Mehrzahl, ganze Wörter), oder den Eintrag löschen.')]),
    ...auch.flatMap((word, k) => {
      const earlier = seen.get(formKey(word));
      seen.set(formKey(word), earlier ?? i);
      return earlier === undefined
        ? []
        : [issue(file.filePath, `begriffe[${i}].auch[${k}]`, `«${word}» steht schon bei «${file.data.begriffe[earlier]!.begriff}».`, 'Jedes andere Wort nur einem Begriff zuordnen.')];
    }),
  ]);
};

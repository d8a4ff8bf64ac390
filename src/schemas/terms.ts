import { z } from 'astro/zod';
import { requiredText } from './fields.ts';

/**
 * The editors' search terms (`begriffe.yaml`): words readers search for that the dossier says
 * otherwise. Each entry names the dossier's own wording and the other words for it; a page
 * using the wording is found by the other words too, in both editions.
 */
export const termsSchema = z.object({
  begriffe: z.array(
    z.object({
      /** The wording the dossier uses, as it stands in the text: `Abkommen`, `Klausel zur gegenseitigen Verteidigung`. */
      begriff: requiredText(),
      /** What readers search for instead: `Vertrag`, `Beistandsklausel`. */
      auch: z.array(requiredText()).min(1, { error: 'braucht mindestens ein anderes Wort' }),
    }),
  ).default([]),
  /**
   * Words that look like compounds of the dossier's words but must stay whole in search
   * (src/search/compounds.ts): `Russlanddeutsche` is not `Russland` + `deutsche`.
   */
  ungeteilt: z.array(z.string().regex(/^\p{L}+$/u, { error: 'muss ein einzelnes Wort aus Buchstaben sein (ohne Leerzeichen, Bindestrich oder Satzzeichen)' })).default([]),
});

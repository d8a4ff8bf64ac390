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
  ),
});

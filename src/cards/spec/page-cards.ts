/**
 * The build's cards, worked out once from the graph: the layout looks up each page's card for
 * `og:image`, the build manifest hands the whole list to the renderer.
 */
import type { Dossier } from '../../graph/dossier.ts';
import type { CardSpec } from './card-spec.ts';
import { cardSpecs } from './dossier-cards.ts';

/** Per graph: the build's own and the content check's (which starts the cards early). */
const byDossier = new WeakMap<Dossier, Map<string, CardSpec>>();

/** Every page's card of `dossier`, by page path below the base path; worked out once per graph. */
export function allCards(dossier: Dossier): Map<string, CardSpec> {
  let byPage = byDossier.get(dossier);
  if (!byPage) byDossier.set(dossier, (byPage = new Map(cardSpecs(dossier).map((spec) => [spec.page, spec]))));
  return byPage;
}

/** `page` is the path below the base path: ``, `personen/`, `personen/x/`, `404.html`. */
export function cardForPage(dossier: Dossier, page: string): CardSpec {
  const spec = allCards(dossier).get(page);
  if (!spec) throw new Error(`Für die Seite «/${page}» ist keine Vorschaukarte definiert (src/cards/spec/dossier-cards.ts).`);
  return spec;
}

/** Looks up the card of a page, so that the layout can point `og:image` at it. */
import type { Dossier } from '../lib/graph/dossier.ts';
import type { CardSpec } from './card-spec.ts';
import { cardSpecs } from './card-specs.ts';

let byPage: Map<string, CardSpec> | undefined;

/** `page` is the path below the base path: ``, `personen/`, `personen/x/`, `404.html`. */
export function cardForPage(dossier: Dossier, page: string): CardSpec {
  byPage ??= new Map(cardSpecs(dossier).map((spec) => [spec.page, spec]));
  const spec = byPage.get(page);
  if (!spec) throw new Error(`Für die Seite «/${page}» ist keine Vorschaukarte definiert (src/cards/card-specs.ts).`);
  return spec;
}

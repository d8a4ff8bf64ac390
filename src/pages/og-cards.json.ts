/** The list of cards to render, one per page; consumed and removed by the og-cards integration. */
import { cardSpecs } from '../cards/card-specs.ts';
import { loadDossier } from '../lib/load-dossier.ts';

export async function GET() {
  return new Response(JSON.stringify(cardSpecs(await loadDossier())), { headers: { 'Content-Type': 'application/json' } });
}

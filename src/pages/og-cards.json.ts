/** The list of cards to render, one per page; consumed and removed by the og-cards integration. */
import { allCards } from '../cards/spec/page-cards.ts';
import { loadDossier } from '../graph/load-dossier.ts';

export async function GET() {
  return new Response(JSON.stringify([...allCards(await loadDossier()).values()]), { headers: { 'Content-Type': 'application/json' } });
}

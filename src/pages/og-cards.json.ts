/** The list of cards to render, one per page; consumed and removed by the og-cards integration. */
import { allCards } from '../cards/page-cards.ts';
import { loadDossier } from '../lib/load-dossier.ts';

export async function GET() {
  return new Response(JSON.stringify([...allCards(await loadDossier()).values()]), { headers: { 'Content-Type': 'application/json' } });
}

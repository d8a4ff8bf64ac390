/**
 * The dossier's lexicon for splitting compounds in queries (src/search/compounds.ts): the search
 * terms of every word the entries use, of the nouns among them, and the words kept whole. Loaded
 * by the search page of both editions as it starts.
 */
import { loadDossier } from '../../graph/load-dossier.ts';
import { dossierLexicon } from '../../search/dossier-lexicon.ts';

export async function GET() {
  return new Response(JSON.stringify(dossierLexicon(await loadDossier())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * Every name the dossier knows (titles of entries and events, aliases and other spellings of
 * entries) with its page, for the search page's suggestions when a search finds nothing. Loaded
 * by the search page only then, in both editions (the offline edition carries it embedded).
 */
import type { APIContext } from 'astro';
import { loadDossier } from '../../graph/load-dossier.ts';
import { nodePath } from '../../view/routes.ts';

export async function GET(_context: APIContext) {
  const dossier = await loadDossier();
  const names = [...dossier.nodes.values()]
    .filter((node) => node.kind !== 'source')
    .flatMap((node) => {
      const url = nodePath(node);
      const other = node.kind === 'event' ? [] : [...node.data.aliases, ...node.data.spellings];
      return [node.title, ...other].map((name) => ({ name, url }));
    });
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

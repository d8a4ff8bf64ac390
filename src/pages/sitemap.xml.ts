/** sitemap.xml: every current page, never a redirect from a former address, never the 404 page. */
import type { APIContext } from 'astro';
import { KINDS } from '../model/vocabulary.ts';
import { loadDossier } from '../graph/load-dossier.ts';
import { indexPath, nodePath, sitePath } from '../view/routes.ts';

export async function GET({ site }: APIContext) {
  const dossier = await loadDossier();
  const paths = [
    sitePath(),
    sitePath('zeitleiste/'),
    sitePath('suche/'),
    sitePath('download/'),
    ...KINDS.map(indexPath),
    ...[...dossier.nodes.values()].map(nodePath),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}

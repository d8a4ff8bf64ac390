/** sitemap.xml: every current page, never a redirect from a former address, never the 404 page. */
import type { APIContext } from 'astro';
import { ui } from '../i18n/de-CH.ts';
import { loadDossier } from '../graph/load-dossier.ts';
import { nodePath, sectionPath, sitePath } from '../view/routes.ts';

export async function GET({ site }: APIContext) {
  const dossier = await loadDossier();
  const paths = [
    sitePath(),
    sitePath('zeitleiste/'),
    sitePath('suche/'),
    sitePath('download/'),
    ...(Object.keys(ui.sections) as (keyof typeof ui.sections)[]).map(sectionPath),
    ...[...dossier.nodes.values()].map(nodePath),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}

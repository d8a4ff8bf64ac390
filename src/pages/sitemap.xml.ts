/**
 * sitemap.xml: every current page, never a redirect from a former address, never the 404 page;
 * each entry page with `lastmod`, the day its content last changed (its `updated` or `added`),
 * the pages that list the whole dossier with the current edition's day.
 */
import type { APIContext } from 'astro';
import { KINDS } from '../model/vocabulary.ts';
import { xmlText } from '../text/xml-characters.ts';
import { loadDossier } from '../graph/load-dossier.ts';
import { indexPath, nodePath, sitePath } from '../view/routes.ts';
import { currentEdition, editionPages, lastChange } from '../view/editions.ts';
import { printPlan } from '../view/print-plan.ts';
import { eventYearPages } from '../view/event-years.ts';
import { entryListPages, sectionPages } from '../view/list-pages.ts';

export async function GET({ site }: APIContext) {
  const dossier = await loadDossier();
  const edition = currentEdition(dossier)?.day;
  const newest = (days: string[]) => days.sort().at(-1);
  const pages: [path: string, lastmod: string | undefined][] = [
    [sitePath(), edition],
    [sitePath('zeitleiste/'), newest(dossier.list('event').map(lastChange))],
    [sitePath('suche/'), undefined],
    [sitePath('download/'), edition],
    // An older page of editions is complete: dated by its newest edition.
    ...editionPages(dossier).map((p): [string, string | undefined] => [sitePath(p.path), p.editions.at(-1)?.day]),
    ...printPlan(dossier).parts.map((part): [string, string | undefined] => [sitePath(`druck/${part.path ? `${part.path}/` : ''}`), edition]),
    // Pages of a list at a fixed size (timeline and event index by year, the indexes, an
    // entry's complete lists): each dated by the newest change of what it lists.
    ...eventYearPages(dossier, 'timeline').map((p): [string, string | undefined] => [sitePath(p.path), p.stand]),
    [indexPath('event'), newest(dossier.list('event').map(lastChange))],
    ...eventYearPages(dossier, 'index').map((p): [string, string | undefined] => [sitePath(p.path), p.stand]),
    ...KINDS.filter((kind) => kind !== 'event').flatMap((kind) => sectionPages(dossier, kind).map((p): [string, string | undefined] => [sitePath(p.path), p.stand])),
    ...[...dossier.nodes.values()].map((node): [string, string | undefined] => [nodePath(node), lastChange(node)]),
    ...entryListPages(dossier).map((p): [string, string | undefined] => [sitePath(p.path), p.stand]),
  ];
  // An address may hold `&` (a BASE_PATH such as /a&b/): escaped, as XML requires.
  const urls = pages.map(([p, lastmod]) => `  <url><loc>${xmlText(new URL(p, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}

/**
 * The RSS feed (@astrojs/rss): the newest new and changed events and sources, newest first, at
 * most FEED_ITEMS; each dated by the day it entered or last changed the dossier (never the
 * event's own date, which may lie years back), linked by its absolute address under SITE_URL
 * and BASE_PATH. Every page names it in its head (`<link rel="alternate">`, Base.astro).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadDossier } from '../graph/load-dossier.ts';
import { ui } from '../i18n/de-CH.ts';
import { nodePath, sitePath } from '../view/routes.ts';
import { lastChange } from '../view/editions.ts';
import { formatDossierDate } from '../view/format-date.ts';
import { xmlCharacters, xmlText } from '../text/xml-characters.ts';

/** How many items the feed carries: enough for a week of imports, bounded so the feed does not grow with the dossier. */
export const FEED_ITEMS = 50;

export async function GET(context: APIContext) {
  const dossier = await loadDossier();
  const site = context.site!;
  const entries = [...dossier.list('event'), ...dossier.list('source')]
    .sort((a, b) => (lastChange(a) < lastChange(b) ? 1 : lastChange(a) > lastChange(b) ? -1 : a.id.localeCompare(b.id)))
    .slice(0, FEED_ITEMS);
  return rss({
    title: ui.editions.feedTitle,
    description: ui.editions.feedDescription,
    site: new URL(sitePath(), site).href,
    customData: `<language>de-ch</language>`,
    items: entries.map((node) => {
      const changed = node.data.updated !== undefined && node.data.updated !== node.data.added;
      // Content text without what XML does not allow (src/text/xml-characters.ts); the library escapes the rest.
      return {
        title: xmlCharacters(`${changed ? `${ui.editions.changed}: ` : ''}${node.title}`),
        link: new URL(nodePath(node), site).href,
        pubDate: new Date(`${lastChange(node)}T00:00:00Z`),
        description: xmlCharacters(node.kind === 'source' ? `${node.data.credit}, ${formatDossierDate(node.data.date)}` : `${formatDossierDate(node.data.date)}: ${node.data.summary}`),
        categories: [node.kind === 'source' ? ui.kinds.source.singular : ui.kinds.event.singular],
        // A changed entry is a new item for feed readers: its own guid, not the link's.
        ...(changed ? { customData: `<guid isPermaLink="false">${xmlText(`${new URL(nodePath(node), site).href}#${lastChange(node)}`)}</guid>` } : {}),
      };
    }),
  });
}

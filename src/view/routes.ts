/**
 * Every internal URL is made here, from the base path, so the site works under a sub-path such
 * as `/briefings/`. A `SitePath` is a URL path; it is branded so it cannot be mixed up with a
 * file path or an id.
 */
import { parseCitation } from '../model/citation.ts';
import { IMAGES_FOLDER, sectionOf, type Kind, type Section } from '../model/vocabulary.ts';
import { paragraphAnchor } from '../markdown/source-paragraphs.ts';
import { siteConfig } from '../site.config.ts';
import { pagedPath } from './pagination.ts';

export type SitePath = string & { readonly __brand: 'SitePath' };

/** A path below the site root, e.g. `zeitleiste/` -> `/briefings/zeitleiste/`. */
export function sitePath(relative = ''): SitePath {
  return `${siteConfig.basePath}${relative.replace(/^\/+/, '')}` as SitePath;
}

/** The index page of a kind, e.g. `/personen/`. */
/** A resized image of the editors' (src/pictures/figures.ts), by its published file name. */
export function figurePath(file: string): SitePath {
  return sitePath(`${IMAGES_FOLDER}/${file}`);
}

export function indexPath(kind: Kind): SitePath {
  return sitePath(`${sectionOf(kind)}/`);
}

/** An entry's page, e.g. `/personen/sergej-lawrow/`. */
export function nodePath(node: { section: Section; id: string }): SitePath {
  return sitePath(`${node.section}/${node.id}/`);
}

/** Link to a cited paragraph: `/quellen/<id>/#p3`. */
export function citationPath(cite: string): SitePath {
  const { source, paragraph } = parseCitation(cite);
  return `${nodePath({ section: sectionOf('source'), id: source })}#${paragraphAnchor(paragraph)}` as SitePath;
}

/*
 * Pages that list part of the dossier, on fixed pages (src/view/pagination.ts). The `…Route`
 * functions give the path below the site root (for the sitemap, cards and getStaticPaths), the
 * `…Path` functions the link.
 */

/** The address segment of the year page of undated events: `/zeitleiste/ohne-datum/`. */
export const UNDATED_YEAR = 'ohne-datum';

/** The timeline: `zeitleiste/` (the years), `zeitleiste/2025/`, `zeitleiste/2025/2/`, `zeitleiste/ohne-datum/`. */
export function timelineRoute(year?: string, page = 1): string {
  return year === undefined ? 'zeitleiste/' : pagedPath(`zeitleiste/${year}/`, page);
}

/** The event index of one year: `ereignisse/jahr/2025/`, `ereignisse/jahr/2025/2/`. */
export function eventYearRoute(year: string, page = 1): string {
  return pagedPath(`${sectionOf('event')}/jahr/${year}/`, page);
}

/** A page of a kind's index: `personen/`, then `personen/seite/2/` («seite», since a person could be called «2»). */
export function sectionRoute(kind: Kind, page = 1): string {
  return pagedPath(`${sectionOf(kind)}/`, page, 'seite/');
}

/**
 * The complete lists an entry page shows only the start of, by their address segment: what
 * links to the entry, where the sources mention it, what shares events with it, its statements.
 */
export const ENTRY_LISTS = ['verweise', 'erwaehnt-in', 'verbunden', 'aussagen'] as const;
export type EntryList = (typeof ENTRY_LISTS)[number];

/** A page of an entry's complete list: `laender/nordkorea/erwaehnt-in/`, `laender/nordkorea/erwaehnt-in/2/`. */
export function entryListRoute(node: { section: Section; id: string }, list: EntryList, page = 1): string {
  return pagedPath(`${node.section}/${node.id}/${list}/`, page);
}

/** Link to a timeline page (see timelineRoute). */
export function timelinePath(year?: string, page = 1): SitePath {
  return sitePath(timelineRoute(year, page));
}

/** Link to a page of the event index by year (see eventYearRoute). */
export function eventYearPath(year: string, page = 1): SitePath {
  return sitePath(eventYearRoute(year, page));
}

/** Link to a page of a kind's index (see sectionRoute). */
export function sectionPagePath(kind: Kind, page = 1): SitePath {
  return sitePath(sectionRoute(kind, page));
}

/** Link to a page of an entry's complete list (see entryListRoute). */
export function entryListPath(node: { section: Section; id: string }, list: EntryList, page = 1): SitePath {
  return sitePath(entryListRoute(node, list, page));
}

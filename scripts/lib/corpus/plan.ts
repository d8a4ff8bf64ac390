/**
 * How many entries of each kind make a dossier of about N pages. The mix follows the seed
 * dossier and what a dossier grows into: many sources, more events than sources, people shared
 * across sources, a few dozen countries at most.
 */

/**
 * Pages every build has besides the entries: home, timeline, search, download, editions, print,
 * 404, six indexes. (A dossier of more than 150 entries prints in parts, a few pages more; the
 * timeline and the event index have a page per year, and long lists further pages:
 * src/view/event-years.ts, src/view/list-pages.ts.)
 */
export const FIXED_PAGES = 13;
export const MIN_PAGES = 40;
export const MAX_PAGES = 200_000;

export interface CorpusPlan {
  countries: number;
  sources: number;
  events: number;
  people: number;
  places: number;
  organisations: number;
  /** One page per entry plus the fixed pages; the build adds the pages of its lists (see FIXED_PAGES). */
  pages: number;
}

/** Shares of the entry pages besides the countries. */
const SHARE = { sources: 0.3, events: 0.36, people: 0.17, places: 0.085 } as const;

export function planCorpus(pages: number): CorpusPlan {
  if (!Number.isInteger(pages) || pages < MIN_PAGES || pages > MAX_PAGES) {
    throw new RangeError(`Seitenzahl ${pages}: erlaubt sind ganze Zahlen von ${MIN_PAGES} bis ${MAX_PAGES}.`);
  }
  const entries = pages - FIXED_PAGES;
  // The atlas table has 172 outlines; a real dossier names a few dozen countries.
  const countries = Math.min(120, Math.max(3, Math.round(entries / 150)));
  const rest = entries - countries;
  const sources = Math.round(rest * SHARE.sources);
  const events = Math.max(sources, Math.round(rest * SHARE.events));
  const people = Math.max(3, Math.round(rest * SHARE.people));
  const places = Math.max(countries, Math.round(rest * SHARE.places));
  const organisations = Math.max(2, rest - sources - events - people - places);
  return { countries, sources, events, people, places, organisations, pages: FIXED_PAGES + countries + sources + events + people + places + organisations };
}

/**
 * The timeline (/zeitleiste/) and the event index (/ereignisse/) by year, so that neither grows
 * with the dossier: the entry page lists the years, each year has its pages, each page at most a
 * fixed number of events. An event belongs to the year its date starts in (an event from
 * September 2024 to October 2025 is listed under 2024); undated events have a page of their own
 * (`ohne-datum`). The order is the dossier's chronological order, so that page k of a year
 * always holds the same positions of it (an event added earlier in the year moves the later
 * ones on).
 */
import type { Dossier } from '../graph/dossier.ts';
import type { EventNode } from '../graph/types.ts';
import { eventYearRoute, timelineRoute, UNDATED_YEAR } from './routes.ts';
import { pageParam, paginate } from './pagination.ts';
import { listPageKey } from './page-digest.ts';

/** Events on one page of the timeline (each also a mark in its drawn timeline). */
export const TIMELINE_PAGE_SIZE = 100;
/** Events on one page of the event index. */
export const EVENT_INDEX_PAGE_SIZE = 200;

/** The events of one year, in chronological order. */
export interface EventYear {
  /** `2025`, or `ohne-datum` for the undated events. */
  key: string;
  /** The year, undefined for the undated events. */
  year?: number;
  events: EventNode[];
}

/** One page of a year's events, with what getStaticPaths hands the page. */
export interface EventYearPage {
  /** The year's key (`2025`, `ohne-datum`). */
  year: string;
  page: number;
  pages: number;
  /** How many events the year has. */
  total: number;
  /** Path below the site root, e.g. `zeitleiste/2025/2/`. */
  path: string;
  /** The ids of the events the page lists, in order. */
  ids: string[];
  /** The newest change day of those events: the page's Stand and its sitemap date. */
  stand: string | undefined;
}

const yearCache = new WeakMap<Dossier, EventYear[]>();

/** The key of the year an event is listed under: the year its date starts in, or `ohne-datum`. */
export function eventYearKey(event: EventNode): string {
  return event.data.date ? String(event.data.date.from.year) : UNDATED_YEAR;
}

/** The dossier's events by year, oldest year first, undated events last. */
export function eventYears(dossier: Dossier): EventYear[] {
  let years = yearCache.get(dossier);
  if (!years) {
    const byKey = new Map<string, EventYear>();
    // dossier.list gives events in dossier.chronological order.
    for (const event of dossier.list('event')) {
      const key = eventYearKey(event);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { key, year: event.data.date?.from.year, events: [] }));
      entry.events.push(event);
    }
    // Chronological order puts the undated events last, so the years come out in order.
    years = [...byKey.values()];
    yearCache.set(dossier, years);
  }
  return years;
}

/** Anything with change days: an entry or a statement. */
export type Dated = { data: { added: string; updated?: string | undefined } };

/** The newest change day (`updated`, else `added`) of `items`, undefined for none. */
export function newestChange(items: readonly Dated[]): string | undefined {
  let newest: string | undefined;
  for (const item of items) {
    const day = item.data.updated ?? item.data.added;
    if (newest === undefined || day > newest) newest = day;
  }
  return newest;
}

/** The year pages of the timeline (`timeline`) or of the event index (`index`). */
export function eventYearPages(dossier: Dossier, view: 'timeline' | 'index'): EventYearPage[] {
  const size = view === 'timeline' ? TIMELINE_PAGE_SIZE : EVENT_INDEX_PAGE_SIZE;
  const route = view === 'timeline' ? timelineRoute : eventYearRoute;
  return eventYears(dossier).flatMap(({ key, events }) =>
    paginate(events, size).map((page) => ({
      year: key,
      page: page.number,
      pages: page.count,
      total: events.length,
      path: route(key, page.number),
      ids: page.items.map((e) => e.id),
      stand: newestChange(page.items),
    })),
  );
}

/**
 * The getStaticPaths of the year pages of the timeline or the event index: params, the props
 * EventYearPage.astro takes, and the cache key, which also holds every year (the year navigation
 * names them all).
 */
export function eventYearPaths(dossier: Dossier, view: 'timeline' | 'index') {
  const years = eventYears(dossier).map((y) => y.key);
  const route = view === 'timeline' ? 'zeitleiste' : 'ereignisse';
  return eventYearPages(dossier, view).map(({ year, page, pages, total, ids, stand }) => ({
    params: { jahr: year, seite: pageParam(page) },
    props: { view, year, page, pages, total, ids, stand },
    cacheKey: listPageKey(dossier, route, { year, page, pages, total, ids, stand, years }),
  }));
}

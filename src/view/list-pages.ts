/**
 * The pages that list part of the dossier at a fixed size, worked out once per build for the
 * pages' getStaticPaths and for the sitemap: each kind's index (`/personen/`,
 * `/personen/seite/2/`), and each entry's complete lists where its page shows only their start
 * (`/laender/nordkorea/erwaehnt-in/`, …). The timeline and the event index by year are in
 * event-years.ts. Each page carries what it lists (ids or keys, in order), so that a page can be
 * rendered, and compared with its last build, from its props alone.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode } from '../graph/types.ts';
import { ENTITY_KINDS, type Kind, type Section } from '../model/vocabulary.ts';
import { paginate } from './pagination.ts';
import { entryListRoute, sectionRoute, type EntryList } from './routes.ts';
import { newestChange, type Dated } from './event-years.ts';
import {
  backlinkItems,
  backlinkKey,
  mentionItems,
  mentionKey,
  relatedCut,
  relatedItems,
  shownBacklinks,
  SHOWN_ON_ENTRY_PAGE,
  statementItems,
} from './entry-lists.ts';

/** Entries on one page of a kind's index. */
export const SECTION_PAGE_SIZE = 200;

/** Items on one page of an entry's complete list: fewer where an item is long (a quote with its attribution). */
export const ENTRY_LIST_PAGE_SIZE: Record<EntryList, number> = {
  verweise: 200,
  'erwaehnt-in': 100,
  verbunden: 50,
  aussagen: 50,
};

/** One page of a list, with what getStaticPaths hands the page. */
export interface ListPage {
  page: number;
  pages: number;
  /** How many items the whole list has. */
  total: number;
  /** Path below the site root, e.g. `personen/seite/2/`. */
  path: string;
  /** What the page lists, in order: entry ids, or item keys (entry-lists.ts). */
  keys: string[];
  /** The newest change day of what the page lists: its Stand and its sitemap date. */
  stand: string | undefined;
}

export interface SectionPage extends ListPage {
  kind: Kind;
}

export interface EntryListPage extends ListPage {
  section: Section;
  /** The entry whose list this is. */
  id: string;
  list: EntryList;
}

const sectionCache = new WeakMap<Dossier, Map<Kind, SectionPage[]>>();
const entryListCache = new WeakMap<Dossier, EntryListPage[]>();

/** The pages of a kind's index, its entries in the dossier's order (alphabetical; events chronological). */
export function sectionPages(dossier: Dossier, kind: Kind): SectionPage[] {
  let byKind = sectionCache.get(dossier);
  if (!byKind) sectionCache.set(dossier, (byKind = new Map()));
  let pages = byKind.get(kind);
  if (!pages) {
    const all = dossier.list(kind);
    pages = paginate(all, SECTION_PAGE_SIZE).map((p) => ({
      kind,
      page: p.number,
      pages: p.count,
      total: all.length,
      path: sectionRoute(kind, p.number),
      keys: p.items.map((n) => n.id),
      stand: newestChange(p.items),
    }));
    byKind.set(kind, pages);
  }
  return pages;
}

/** A complete list of one entry, as keys, with the entries it names (for the Stand); undefined where the entry page shows it all. */
function completeList(dossier: Dossier, node: DossierNode, list: EntryList): { keys: string[]; nodes: Dated[][] } | undefined {
  const entity = (ENTITY_KINDS as readonly Kind[]).includes(node.kind);
  switch (list) {
    case 'verweise': {
      if (!shownBacklinks(dossier, node.id).cut) return undefined;
      const items = backlinkItems(dossier, node.id);
      return { keys: items.map(backlinkKey), nodes: items.map((i) => [i.node]) };
    }
    case 'erwaehnt-in': {
      const items = entity ? mentionItems(dossier, node.id) : [];
      if (items.length <= SHOWN_ON_ENTRY_PAGE) return undefined;
      return { keys: items.map(mentionKey), nodes: items.map((m) => [m.citation.source]) };
    }
    case 'verbunden': {
      if (!entity || !relatedCut(dossier, node.id)) return undefined;
      const items = relatedItems(dossier, node.id);
      return { keys: items.map((r) => r.node.id), nodes: items.map((r) => [r.node, ...r.through.map((t) => t.event)]) };
    }
    case 'aussagen': {
      const items = node.kind === 'source' ? [] : statementItems(dossier, node.id);
      if (items.length <= SHOWN_ON_ENTRY_PAGE) return undefined;
      return { keys: items.map((s) => s.id), nodes: items.map((s) => [s]) };
    }
  }
}

/** Every page of every complete list the entry pages link to, entry by entry. */
export function entryListPages(dossier: Dossier): EntryListPage[] {
  let pages = entryListCache.get(dossier);
  if (!pages) {
    pages = [];
    for (const node of dossier.nodes.values()) {
      for (const list of Object.keys(ENTRY_LIST_PAGE_SIZE) as EntryList[]) {
        const complete = completeList(dossier, node, list);
        if (!complete) continue;
        const size = ENTRY_LIST_PAGE_SIZE[list];
        for (const p of paginate(complete.keys, size)) {
          const from = (p.number - 1) * size;
          pages.push({
            section: node.section,
            id: node.id,
            list,
            page: p.number,
            pages: p.count,
            total: complete.keys.length,
            path: entryListRoute(node, list, p.number),
            keys: p.items,
            stand: newestChange(complete.nodes.slice(from, from + size).flat()),
          });
        }
      }
    }
    entryListCache.set(dossier, pages);
  }
  return pages;
}

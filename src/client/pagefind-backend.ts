/**
 * Pagefind behind the shared search UI, in both editions: online Pagefind's module from the
 * server, offline the same program as a classic script over the embedded index
 * (src/client/embedded-files.ts). Only how Pagefind is loaded, how a JSON list is read and how a
 * result's address becomes a link differ; finding, ranking and excerpts are Pagefind's own.
 */
import { evidenceAnchor, type PagefindAnchor, type PagefindLocation } from '../search/evidence-anchor.ts';
import type { Lexicon } from '../search/compounds.ts';
import type { KnownName, SearchBackend } from './search-backend.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  weighted_locations: PagefindLocation[];
}

/** The part of Pagefind's JavaScript API the search page uses. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (
    query: string | null,
    options?: Record<string, unknown>,
  ) => Promise<{ results: { data: () => Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

export interface PagefindBackendSetup {
  /** Loads and configures Pagefind (called once, on the first search). */
  load: () => Promise<PagefindApi>;
  /** Reads a JSON file of the site, `rel` below the site root (`suche/namen.json`). */
  readJson: (rel: string) => Promise<unknown>;
  /** A site address as Pagefind or our lists give it (`/base/quellen/x/#p3`) as a link from this page. */
  href: (url: string) => string;
}

/**
 * Options both editions give Pagefind (and the search-quality measure too): the excerpt length
 * in words, and the ranking of metadata matches (Pagefind's default: `title` 5, any other 1).
 * - `date` («Juli 2025» on events and sources) 5: a query naming a date means the events of
 *   that date, not every entry whose text mentions it;
 * - `name` (an entity's name, aliases and other spellings) 10: a name finds its own page before
 *   the events whose titles also name it («Kim Jong Un»: the person, then the visit).
 * Chosen on the judged query set (`npm run measure:search-quality`): MRR 0.798 without the
 * `name` field, 0.854 with weight 10 (5: 0.846, 20: no better).
 */
export const PAGEFIND_OPTIONS = { excerptLength: 26, ranking: { metaWeights: { title: 5, date: 5, name: 10 } } };

/** The search engine of both editions; see `PagefindBackendSetup` for what each edition supplies. */
export function pagefindBackend({ load, readJson, href }: PagefindBackendSetup): SearchBackend {
  let api: Promise<PagefindApi> | undefined;
  let names: Promise<KnownName[]> | undefined;
  let lexicon: Promise<Lexicon> | undefined;
  return {
    async search({ query, types, years, sort }, limit) {
      // A failed load is not kept: the next search tries again.
      api ??= load().catch((error: unknown) => {
        api = undefined;
        throw error;
      });
      const pagefind = await api;
      const filters: Record<string, { any: string[] }> = {};
      if (types.length) filters.type = { any: types };
      if (years.length) filters.year = { any: years };
      const response = await pagefind.search(query || null, { filters, ...(sort ? { sort: { date: sort } } : {}) });
      if (!response) return { total: 0, hits: [], counts: {} };
      const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
      return {
        total: response.results.length,
        counts: response.filters,
        hits: data.map((d) => ({
          // A match in a source's paragraph lands on that paragraph.
          url: href(`${d.url}${evidenceAnchor(d.anchors, d.weighted_locations) ?? ''}`),
          title: d.meta.title ?? d.url,
          type: d.meta.type ?? '',
          date: d.meta.date,
          excerpt: d.excerpt,
        })),
      };
    },
    async lexicon() {
      lexicon ??= readJson('suche/woerter.json').then(
        (data) => data as Lexicon,
        () => ({ words: [], nouns: [], whole: [] }),
      );
      return lexicon;
    },
    async names() {
      // Loaded only when a search finds nothing (src/pages/suche/namen.json.ts).
      names ??= readJson('suche/namen.json').then(
        (list) => (list as KnownName[]).map((known) => ({ ...known, url: href(known.url) })),
        () => [],
      );
      return names;
    },
  };
}

import type { Lexicon } from '../search/compounds.ts';

/** What the search page needs from a search engine (Pagefind in both editions, src/client/pagefind-backend.ts). */
export interface SearchQuery {
  query: string;
  /** Type filter values (Person, Land, …); empty means all. */
  types: string[];
  /** Year filter values; empty means all. */
  years: string[];
  sort?: 'asc' | 'desc';
}

export interface SearchHit {
  /** Link to the page, ready for `href`. */
  url: string;
  title: string;
  type: string;
  date?: string;
  /** Escaped text with `<mark>` around the matched words. */
  excerpt: string;
}

export interface SearchOutcome {
  /** All matches (only the first ones are loaded into `hits`). */
  total: number;
  hits: SearchHit[];
  /** Per filter (`type`, `year`), per value: how many matches it would have. */
  counts: Record<string, Record<string, number>>;
}

/** A name the dossier knows (an entry's title, alias or other spelling) and its page. */
export interface KnownName {
  name: string;
  /** Link to the page, ready for `href`. */
  url: string;
}

export interface SearchBackend {
  search(query: SearchQuery, limit: number): Promise<SearchOutcome>;
  /** The dossier's lexicon, for splitting compounds in a query (`/suche/woerter.json`). */
  lexicon(): Promise<Lexicon>;
  /** Every name the dossier knows, for suggestions when a search finds nothing. */
  names(): Promise<KnownName[]>;
}

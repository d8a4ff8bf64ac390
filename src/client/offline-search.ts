/**
 * The offline edition's search engine. Pagefind cannot run from file:// (its modules, worker
 * and WebAssembly are blocked there), so the offline edition ships the same page texts as a
 * MiniSearch index inside a classic script. Words become index terms and queries become search
 * terms exactly as in Pagefind (src/search/index-terms.ts: the same tokens, the same Snowball 3
 * German stemmer, the same prefix rule), so that both editions find the same pages; only the
 * ranking differs (MiniSearch's BM25 with a title boost, Pagefind's own BM25 weighting). This
 * module runs in the browser; the build makes the index with the same options
 * (src/offline/search-index.ts).
 */
import MiniSearch, { type Options, type Query } from 'minisearch';
import { queryTerms, tokensOf, tokenTerms } from '../search/index-terms.ts';
import type { SearchBackend, SearchHit } from './search-backend.ts';

/** One indexed page, as extracted from the built HTML. */
export interface SearchRecord {
  id: number;
  /** Path of the page's file below the site root, e.g. `orte/wonsan/index.html`. */
  path: string;
  title: string;
  type: string;
  date?: string;
  years: string[];
  sortDate?: string;
  /** The indexed text (what Pagefind indexes: the page body without ignored parts). */
  content: string;
  /** The page's metadata values, which Pagefind indexes as words too (type, date). */
  meta: string;
}

/** What the offline search script carries: the serialised index and the records. */
export interface SearchPayload {
  index: unknown;
  records: SearchRecord[];
}

const asIs = (text: string) => [text];

export const MINISEARCH_OPTIONS: Options<SearchRecord> = {
  fields: ['title', 'content', 'meta'],
  storeFields: [],
  tokenize: tokensOf,
  processTerm: (token) => tokenTerms(token),
  // Queries arrive as finished terms (see `resolveTerms`).
  searchOptions: { tokenize: asIs, processTerm: (term) => term, boost: { title: 4 } },
};

/** A search term as Pagefind runs it: matching every indexed term it is a prefix of, or (`prefix: false`) one indexed term exactly. */
export interface ResolvedTerm {
  term: string;
  prefix: boolean;
}

/**
 * The terms Pagefind would run for `terms`: each term matches the indexed terms it is a prefix
 * of; a term that is a prefix of none matches the longest indexed term that is a prefix of it;
 * a term that matches nothing even so is dropped. What is left must all match a page.
 */
export function resolveTerms(index: MiniSearch<SearchRecord>, terms: readonly string[]): ResolvedTerm[] {
  const resolved: ResolvedTerm[] = [];
  for (const term of terms) {
    if (index.search(term, { prefix: true }).length > 0) {
      resolved.push({ term, prefix: true });
      continue;
    }
    for (let length = term.length - 1; length >= 1; length--) {
      const shorter = term.slice(0, length);
      if (index.search(shorter, { prefix: false }).length > 0) {
        resolved.push({ term: shorter, prefix: false });
        break;
      }
    }
  }
  return resolved;
}

/** A query in ASCII double quotes is a phrase, as in Pagefind: its words exactly, one after the other. */
const PHRASE = /^\s*"(.+)"\s*$/su;

/** The terms at each position of a text: one position per token (a dash too), holding its whole term and its parts. */
function termPositions(text: string): string[][] {
  return tokensOf(text).map(tokenTerms);
}

/** Whether `run` stands at consecutive positions. */
function containsRun(positions: readonly string[][], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= positions.length; i++) if (run.every((term, k) => positions[i + k]!.includes(term))) return true;
  return false;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** About `words` words of the content around the first match, the words the search matched marked. */
export function excerptFor(content: string, terms: readonly ResolvedTerm[], words = 26): string {
  const tokens = [...content.matchAll(/\S+/gu)];
  if (tokens.length === 0) return '';
  const matches = (token: string) => tokenTerms(token).some((t) => terms.some((q) => (q.prefix ? t.startsWith(q.term) : t === q.term)));
  const first = Math.max(0, tokens.findIndex((t) => matches(t[0])));
  const from = Math.max(0, first - Math.floor(words / 3));
  const to = Math.min(tokens.length, from + words);
  const html = tokens
    .slice(from, to)
    .map((t) => (matches(t[0]) ? `<mark>${escapeHtml(t[0])}</mark>` : escapeHtml(t[0])))
    .join(' ');
  return `${from > 0 ? '… ' : ''}${html}${to < tokens.length ? ' …' : ''}`;
}

/** The offline engine behind the shared search UI; `root` leads from the page to the site root. */
export function offlineBackend(payload: SearchPayload, root: string): SearchBackend {
  const index = MiniSearch.loadJS<SearchRecord>(payload.index as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS);
  const byId = new Map(payload.records.map((r) => [r.id, r]));
  return {
    async search({ query, types, years, sort }, limit) {
      const phrase = PHRASE.exec(query)?.[1];
      const terms = queryTerms(phrase ?? query);
      // A phrase's words exactly; otherwise Pagefind's prefix rule.
      const resolved = phrase === undefined ? resolveTerms(index, terms) : terms.map((term) => ({ term, prefix: false }));
      let matched: SearchRecord[];
      if (query.trim() === '') {
        matched = payload.records.slice(); // no query: every page, for the filters
      } else if (resolved.length === 0) {
        matched = []; // nothing searchable in the query, or no term found
      } else {
        const search: Query = { queries: resolved.map(({ term, prefix }) => ({ queries: [term], prefix })), combineWith: 'AND' };
        matched = index.search(search).map((r) => byId.get(r.id as number)!);
        if (phrase !== undefined && terms.length > 1) {
          matched = matched.filter((r) => [r.title, r.content, r.meta].some((text) => containsRun(termPositions(text), terms)));
        }
      }
      const typeOk = (r: SearchRecord) => types.length === 0 || types.includes(r.type);
      const yearOk = (r: SearchRecord) => years.length === 0 || r.years.some((y) => years.includes(y));
      const counts: Record<string, Record<string, number>> = { type: {}, year: {} };
      for (const r of matched) {
        if (yearOk(r)) counts.type![r.type] = (counts.type![r.type] ?? 0) + 1;
        if (typeOk(r)) for (const y of r.years) counts.year![y] = (counts.year![y] ?? 0) + 1;
      }
      matched = matched.filter((r) => typeOk(r) && yearOk(r));
      if (sort) {
        // As Pagefind does: sorting by date lists only pages that have one.
        matched = matched.filter((r) => r.sortDate !== undefined);
        matched.sort((a, b) => (sort === 'asc' ? a.sortDate!.localeCompare(b.sortDate!) : b.sortDate!.localeCompare(a.sortDate!)));
      }
      const hits: SearchHit[] = matched.slice(0, limit).map((r) => ({
        url: `${root}${r.path}`,
        title: r.title,
        type: r.type,
        date: r.date,
        excerpt: excerptFor(r.content, resolved),
      }));
      return { total: matched.length, hits, counts };
    },
    async names() {
      return payload.records.map((r) => ({ name: r.title, url: `${root}${r.path}` }));
    },
  };
}

/**
 * The offline edition's search engine. Pagefind cannot run from file:// (its modules, worker
 * and WebAssembly are blocked there), so the offline edition ships the same page texts as a
 * MiniSearch index inside a classic script. Words are reduced with the same Snowball German
 * stemmer Pagefind uses, so both find the same pages. This module runs in the browser; the build
 * makes the index with the same options (src/offline/search-index.ts).
 */
import MiniSearch, { type Options } from 'minisearch';
import { stemmer } from '@orama/stemmers/german';
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
}

/** What the offline search script carries: the serialised index and the records. */
export interface SearchPayload {
  index: unknown;
  records: SearchRecord[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function normaliseTerm(term: string): string {
  return stemmer(term.toLocaleLowerCase('de-CH'));
}

export const MINISEARCH_OPTIONS: Options<SearchRecord> = {
  fields: ['title', 'content'],
  storeFields: [],
  tokenize: (text) => text.match(WORD) ?? [],
  processTerm: (term) => normaliseTerm(term) || null,
  searchOptions: { combineWith: 'AND', prefix: true, boost: { title: 4 } },
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** About `words` words of the content around the first match, matches marked. */
export function excerptFor(content: string, queryTerms: string[], words = 26): string {
  const tokens = [...content.matchAll(WORD)];
  const matches = (word: string) => {
    const term = normaliseTerm(word);
    return queryTerms.some((q) => term.startsWith(q));
  };
  const first = Math.max(0, tokens.findIndex((t) => matches(t[0])));
  const from = Math.max(0, first - Math.floor(words / 3));
  const to = Math.min(tokens.length, from + words);
  if (tokens.length === 0) return '';
  const start = tokens[from]!.index;
  const end = to < tokens.length ? tokens[to]!.index : content.length;
  let html = '';
  let at = start;
  for (const token of tokens.slice(from, to)) {
    html += escapeHtml(content.slice(at, token.index));
    html += matches(token[0]) ? `<mark>${escapeHtml(token[0])}</mark>` : escapeHtml(token[0]);
    at = token.index + token[0].length;
  }
  html += escapeHtml(content.slice(at, end));
  return `${from > 0 ? '… ' : ''}${html.trim()}${to < tokens.length ? ' …' : ''}`;
}

/** The offline engine behind the shared search UI; `root` leads from the page to the site root. */
export function offlineBackend(payload: SearchPayload, root: string): SearchBackend {
  const index = MiniSearch.loadJS<SearchRecord>(payload.index as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS);
  const byId = new Map(payload.records.map((r) => [r.id, r]));
  return {
    async search({ query, types, years, sort }, limit) {
      const queryTerms = (query.match(WORD) ?? []).map(normaliseTerm).filter(Boolean);
      let matched = queryTerms.length
        ? index.search(query).map((r) => byId.get(r.id as number)!)
        : payload.records.slice();
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
        excerpt: excerptFor(r.content, queryTerms),
      }));
      return { total: matched.length, hits, counts };
    },
  };
}

/**
 * The offline edition's search index, made at build time from the pages' search records with
 * the very options the browser loads it with (src/client/offline-search.ts), so that words are
 * split and stemmed alike on both sides.
 */
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS, type SearchPayload, type SearchRecord } from '../client/offline-search.ts';

/**
 * Indexes `records` (one per indexed page, `id` = position in page order) and returns what the
 * offline search script carries: MiniSearch's serialised index and the records themselves.
 */
export function buildPayload(records: SearchRecord[]): SearchPayload {
  const index = new MiniSearch<SearchRecord>(MINISEARCH_OPTIONS);
  index.addAll(records);
  return { index: index.toJSON(), records };
}

/**
 * Extracts from the built pages what Pagefind indexes, the same way: the element marked
 * `data-pagefind-body` without the parts marked `data-pagefind-ignore`, plus the type, date and
 * year markers and the sort key. The offline index is built from these records.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { SearchRecord } from '../client/offline-search.ts';

function inlineValue(attribute: string | undefined, key: string): string | undefined {
  const prefix = `${key}:`;
  return attribute?.startsWith(prefix) ? attribute.slice(prefix.length) : undefined;
}

/** Returns undefined for pages that are not indexed. */
export function searchRecordFromHtml(id: number, path: string, html: string): SearchRecord | undefined {
  return searchRecordFromDocument(id, path, cheerio.load(html));
}

/**
 * The same from a page already parsed, which is left as it was: the indexed part is copied
 * before the ignored parts are cut out of it, so one parse serves this and the page's rewrite.
 */
export function searchRecordFromDocument(id: number, path: string, $: CheerioAPI): SearchRecord | undefined {
  const found = $('[data-pagefind-body]').first();
  if (found.length === 0) return undefined;
  const body = found.clone();
  const values = (attr: string, key: string) =>
    body.find(`[${attr}]`).map((_, el) => inlineValue($(el).attr(attr), key)).get().filter((v): v is string => v !== undefined);
  body.find('[data-pagefind-ignore]').remove();
  // Block elements end a word, as they do for Pagefind.
  body.find('p, li, h1, h2, h3, dt, dd, div, blockquote, figcaption, section').after(' ');
  const content = body.text().replace(/\s+/g, ' ').trim();
  return {
    id,
    path,
    title: body.find('h1').first().text().trim(),
    type: values('data-pagefind-filter', 'type')[0] ?? '',
    date: values('data-pagefind-meta', 'date')[0],
    years: values('data-pagefind-filter', 'year'),
    sortDate: values('data-pagefind-sort', 'date')[0],
    content,
  };
}

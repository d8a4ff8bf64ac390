/**
 * Extracts from the built pages what Pagefind indexes, the same way: the element marked
 * `data-pagefind-body` without the parts marked `data-pagefind-ignore` and without the elements
 * Pagefind never indexes, with a word boundary exactly where Pagefind puts one; plus the type,
 * date and year markers and the sort key. The offline index is built from these records.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { SearchRecord } from '../client/offline-search.ts';

/** Elements whose text Pagefind 1.6 never indexes. */
const NEVER_INDEXED = 'script, style, noscript, label, form, svg, footer, nav, iframe, template';
/** Elements Pagefind 1.6 surrounds with a word boundary. */
const WORD_BOUNDARY = 'h1, h2, h3, h4, h5, h6, p, td, div, ul, li, article, section';

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
  body.find(NEVER_INDEXED).remove();
  // Only these elements separate words for Pagefind; the text of any other element runs on
  // into its neighbour's, so the pages put white space between words themselves (and a test
  // checks they do).
  body.find(WORD_BOUNDARY).before(' ').after(' ');
  body.find('br').replaceWith(' ');
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
    // Every metadata value, as Pagefind indexes every one as words (type, date, the editors' search terms).
    meta: body.find('[data-pagefind-meta]').map((_, el) => ($(el).attr('data-pagefind-meta') ?? '').replace(/^[^:]*:/, '')).get().join(' '),
  };
}

/**
 * Runs many queries against both editions of a built site and returns each query's result
 * pages, ranked: online with Pagefind's own script in Chromium (the page must be served, see
 * browser.ts), offline with the offline edition's search code over the index in its zip.
 * Shared by the parity test and `npm run measure:search-quality`.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { offlineBackend, type SearchPayload } from '../../src/client/offline-search.ts';
import { unzipToTemp } from './unzip.ts';

/** Result pages per query (paths below the origin, e.g. `/orte/wonsan/`), in Pagefind's order. `siteUrl` is the served site's root, ending in `/`. */
export async function pagefindResults(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}suche/`);
  const pagefindScript = new URL('pagefind/pagefind.js', siteUrl).pathname;
  // Given as source text: a test runner would rewrite a dynamic import() in a function.
  const results = (await page.evaluate(`(async (list) => {
    const pagefind = await import(${JSON.stringify(pagefindScript)});
    await pagefind.init();
    const urls = new Map();
    const out = {};
    for (const query of list) {
      const search = await pagefind.search(query);
      const found = [];
      for (const result of search.results) {
        if (!urls.has(result.id)) urls.set(result.id, (await result.data()).url);
        found.push(urls.get(result.id));
      }
      out[query] = found;
    }
    return out;
  })(${JSON.stringify(queries)})`)) as Record<string, string[]>;
  await page.close();
  return results;
}

/** The offline edition's search index, read from its zip's `_offline/search-index.js`. */
export function offlinePayload(zipFile: string): SearchPayload {
  const unpacked = unzipToTemp(zipFile);
  try {
    const folder = path.basename(zipFile).replace(/\.zip$/, '');
    const script = readFileSync(path.join(unpacked, folder, '_offline', 'search-index.js'), 'utf8');
    return JSON.parse(script.slice(script.indexOf('=') + 1).trim().replace(/;$/, '')) as SearchPayload;
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}

/** Result pages per query, ranked, from the offline search code; paths as `pagefindResults` gives them under `basePath`. */
export async function offlineResults(payload: SearchPayload, queries: readonly string[], basePath = '/'): Promise<Record<string, string[]>> {
  const backend = offlineBackend(payload, basePath);
  const out: Record<string, string[]> = {};
  for (const query of queries) {
    const { hits } = await backend.search({ query, types: [], years: [] }, 100_000);
    out[query] = hits.map((hit) => hit.url.replace(/index\.html$/, ''));
  }
  return out;
}

/**
 * Runs many queries against both editions of a built site in Chromium and returns each query's
 * result pages, ranked, as Pagefind gives them (its result addresses, e.g. `/orte/wonsan/`):
 * online Pagefind's module from the served site, offline the offline edition's Pagefind over its
 * embedded index, opened from disk (file://). Shared by the parity test and
 * `npm run measure:search-quality`.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PAGEFIND_OPTIONS } from '../../src/client/pagefind-backend.ts';

/** Runs `queries` with the Pagefind API that `apiExpression` evaluates to on `page`, with the search page's options; result addresses per query. */
async function runQueries(page: Page, apiExpression: string, queries: readonly string[]): Promise<Record<string, string[]>> {
  // Given as source text: a test runner would rewrite a dynamic import() in a function.
  return (await page.evaluate(`(async (list) => {
    const pagefind = await (${apiExpression});
    await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
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
}

/** Result pages per query from the published edition; `siteUrl` is the served site's root, ending in `/`. */
export async function pagefindResults(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    await page.goto(`${siteUrl}suche/`);
    const pagefindScript = new URL('pagefind/pagefind.js', siteUrl).pathname;
    return await runQueries(page, `import(${JSON.stringify(pagefindScript)})`, queries);
  } finally {
    await page.close();
  }
}

/**
 * Result pages per query from the offline edition unpacked in the folder `editionRoot` (the one
 * holding its index.html), searched from its search page opened by file:// URL, as a reader does.
 */
export async function offlineResults(browser: Browser, editionRoot: string, queries: readonly string[]): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    // A query on the page makes the page load the offline Pagefind.
    await page.goto(`${pathToFileURL(editionRoot).href}/suche/index.html?q=a`);
    await page.waitForFunction(() => (window as { __pagefind?: unknown }).__pagefind !== undefined, undefined, { timeout: 20_000 });
    return await runQueries(page, 'window.__pagefind', queries);
  } finally {
    await page.close();
  }
}

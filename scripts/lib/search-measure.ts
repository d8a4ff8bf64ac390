/**
 * Search measurements on a built site, shared by `npm run measure:search` and the benchmark:
 * the Pagefind index's size on disk, and what a browser fetches to answer one query on the
 * search page (Debian's Chromium, local static server, cold cache, bytes as served).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, serveStatic } from './browser.ts';

export function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

export interface QueryMeasurement {
  query: string;
  /** Hits listed on the search page. */
  results: number;
  /** Everything fetched below `pagefind/`: script, WebAssembly, index chunks, fragments. */
  searchBytesFetched: number;
  searchRequests: number;
  /** The search page itself with its stylesheets and scripts. */
  pageBytesFetched: number;
}

/**
 * Opens `<base>suche/?q=<query>` of the site built into `dist` for `basePath` and counts the
 * bytes of every response until the network is idle.
 */
export async function measureQuery(dist: string, query: string, basePath = '/'): Promise<QueryMeasurement> {
  const server = await serveStatic(dist, basePath);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ url: response.url().replace(server.origin, ''), bytes: body.length });
    });
    await page.goto(`${server.url}suche/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.search-results li').count();
    const search = fetched.filter((f) => f.url.includes('/pagefind/'));
    return {
      query,
      results,
      searchBytesFetched: search.reduce((sum, f) => sum + f.bytes, 0),
      searchRequests: search.length,
      pageBytesFetched: fetched.filter((f) => !f.url.includes('/pagefind/')).reduce((sum, f) => sum + f.bytes, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

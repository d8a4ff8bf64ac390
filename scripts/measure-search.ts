/**
 * Measures the search on a built site: the index's size on disk and the bytes a browser fetches
 * for one query on the search page (Debian's Chromium, local static server, cold cache).
 *
 *   npm run build && npm run measure:search [-- <query>]
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, serveStatic } from '../tests/helpers/browser.ts';

const dist = path.resolve(process.env.OUT_DIR ?? 'dist');
const query = process.argv[2] ?? 'Wonsan';

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const index = sizeOf(path.join(dist, 'pagefind'));
const server = await serveStatic(dist, '/');
const origin = server.origin;
const browser = await launchChromium();
const page = await browser.newPage();
const fetched: { url: string; bytes: number }[] = [];
page.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  fetched.push({ url: response.url().replace(origin, ''), bytes: body.length });
});
await page.goto(`${origin}/suche/?q=${encodeURIComponent(query)}`);
await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
await page.waitForLoadState('networkidle');
const resultCount = await page.locator('.search-results li').count();
await browser.close();
await server.close();

const searchBytes = fetched.filter((f) => f.url.includes('/pagefind/')).reduce((sum, f) => sum + f.bytes, 0);
const pageBytes = fetched.filter((f) => !f.url.includes('/pagefind/')).reduce((sum, f) => sum + f.bytes, 0);
const report = {
  query,
  results: resultCount,
  indexBytesOnDisk: index.bytes,
  indexFiles: index.files,
  searchBytesFetched: searchBytes,
  searchRequests: fetched.filter((f) => f.url.includes('/pagefind/')).length,
  pageBytesFetched: pageBytes,
};
console.log(JSON.stringify(report, null, 2));
console.log(
  `\nSuchindex auf Disk: ${(index.bytes / 1024).toFixed(1)} KiB in ${index.files} Dateien` +
    `\nAbfrage «${query}»: ${resultCount} Treffer, ${(searchBytes / 1024).toFixed(1)} KiB aus dem Index in ${report.searchRequests} Anfragen` +
    ` (dazu ${(pageBytes / 1024).toFixed(1)} KiB Suchseite mit CSS und Skript), unkomprimiert.`,
);

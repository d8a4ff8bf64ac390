/**
 * Measures the search on a built site: the index's size on disk and the bytes a browser fetches
 * for one query on the search page (Debian's Chromium, local static server, cold cache).
 *
 *   npm run build && npm run measure:search [-- <query>]
 */
import path from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { directorySize, measureQuery } from './lib/search-measure.ts';

const dist = path.resolve(siteConfig.outDir);
const query = process.argv[2] ?? 'Wonsan';

const index = directorySize(path.join(dist, 'pagefind'));
const measured = await measureQuery(dist, query, siteConfig.basePath);
const report = {
  query,
  results: measured.results,
  indexBytesOnDisk: index.bytes,
  indexFiles: index.files,
  searchBytesFetched: measured.searchBytesFetched,
  searchRequests: measured.searchRequests,
  pageBytesFetched: measured.pageBytesFetched,
};
console.log(JSON.stringify(report, null, 2));
console.log(
  `\nSuchindex auf Disk: ${(index.bytes / 1024).toFixed(1)} KiB in ${index.files} Dateien` +
    `\nAbfrage «${query}»: ${measured.results} Treffer, ${(measured.searchBytesFetched / 1024).toFixed(1)} KiB aus dem Index in ${measured.searchRequests} Anfragen` +
    ` (dazu ${(measured.pageBytesFetched / 1024).toFixed(1)} KiB Suchseite mit CSS und Skript), unkomprimiert.`,
);

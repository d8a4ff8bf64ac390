/**
 * Measures the offline edition of a built site: the zip's size, and how long the offline search
 * takes to answer its first query when the unpacked search page is opened from disk in Chromium
 * (from navigation start to the result count on screen, index loading included), and how many
 * bytes of files the page read until then (the page, its scripts and the search files it loaded).
 *
 *   npm run build && npm run measure:offline [-- <query>]
 */
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.ts';
import { unzipToTemp } from './lib/unzip.ts';
import { findOfflineZip } from './lib/offline-zip.ts';
import { siteConfig } from '../src/site.config.ts';

const dist = path.resolve(siteConfig.outDir);
const query = process.argv[2] ?? 'Wonsan';
const { name: zipName, file: zipFile, bytes: zipBytes } = findOfflineZip(dist);
const unpacked = unzipToTemp(zipFile);
const root = path.join(unpacked, zipName.replace(/\.zip$/, ''));

const browser = await launchChromium();
const runs: number[] = [];
const loaded: number[] = [];
for (let i = 0; i < 5; i++) {
  const page = await browser.newPage();
  const files = new Set<string>();
  page.on('request', (request) => {
    if (request.url().startsWith('file:')) files.add(fileURLToPath(request.url().split(/[?#]/)[0]!));
  });
  await page.goto(`${pathToFileURL(path.join(root, 'suche', 'index.html')).href}?q=${encodeURIComponent(query)}`);
  const ms = await page.waitForFunction(() => (/Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? '') ? performance.now() : false));
  runs.push((await ms.jsonValue()) as number);
  loaded.push([...files].reduce((sum, file) => sum + statSync(file).size, 0));
  await page.close();
}
await browser.close();
rmSync(unpacked, { recursive: true, force: true });

const sorted = [...runs].sort((a, b) => a - b);
const report = { zip: zipName, zipBytes, query, firstQueryMsMedian: sorted[2], firstQueryMsRuns: runs.map((r) => Math.round(r)), firstQueryBytes: Math.max(...loaded) };
console.log(JSON.stringify(report, null, 2));
console.log(`\nOffline-Ausgabe ${zipName}: ${(report.zipBytes / 1024).toFixed(0)} KiB; erste Suche «${query}» bis zur Trefferzahl: Median ${Math.round(report.firstQueryMsMedian!)} ms (5 Läufe, je neue Seite), ${(report.firstQueryBytes / 1024).toFixed(0)} KiB gelesen (Seite, Skripte, Suchdateien).`);

/**
 * Builds the offline edition from the finished site: a copy that works from file:// (relative
 * links to explicit index.html files, classic scripts, a bundled search index), with a short
 * README and a checksum manifest, packed into one zip. Same input, same bytes: files in sorted
 * order, one fixed timestamp, no build date anywhere.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { build } from 'esbuild';
import { zipSync, type ZipOptions } from 'fflate';
import { buildPayload, type SearchRecord } from './offline-search.ts';
import { rewriteCssForFile, rewriteHtmlForFile } from './rewrite-for-file.ts';
import { searchRecordFromHtml } from './search-records.ts';

export interface OfflineEditionInput {
  /** The built site. */
  distDir: string;
  basePath: string;
  /** Top folder inside the zip, e.g. `briefing-dossier-2025-07`. */
  folder: string;
  /** Human edition label for the README, e.g. `Juli 2025`. */
  editionLabel: string;
}

export interface OfflineEdition {
  zip: Uint8Array;
  sha256: string;
  files: number;
}

/** Not part of the offline edition: Pagefind (cannot run from disk) and the downloads themselves. */
const EXCLUDED = [/^pagefind\//, /^download\/[^/]+\.(zip|sha256)$/, /^og-cards\.json$/];
/**
 * A fixed, valid DOS timestamp for every zip entry. Made in local time when zipping, on purpose:
 * the zip format stores local date and time and fflate reads them with local getters, so a
 * fixed instant would give a different zip in every time zone.
 */
const zipDate = () => new Date(2000, 0, 1, 12, 0, 0);
const SCRIPT = '_offline/dossier-offline.js';
const SEARCH_DATA = '_offline/search-index.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !EXCLUDED.some((pattern) => pattern.test(rel)))
    .sort();
}

async function offlineScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./offline-main.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0]!.text;
}

function readme(editionLabel: string): string {
  return `Briefing-Dossier – Offline-Ausgabe, Stand ${editionLabel}

So öffnen Sie das Dossier
1. Die ZIP-Datei vollständig entpacken (nicht im ZIP-Fenster öffnen).
2. Im entpackten Ordner die Datei index.html doppelklicken. Sie öffnet sich im Browser.

Alles funktioniert ohne Internet und ohne Server: Seiten, Verweise, Belege,
Zeitleiste und Suche. Das Dossier baut keine Verbindung nach aussen auf.

Prüfsummen aller Dateien stehen in SHA256SUMS.txt.
Prüfen unter Linux und macOS im entpackten Ordner: sha256sum -c SHA256SUMS.txt
(macOS: shasum -a 256 -c SHA256SUMS.txt)
`;
}

/** Adjusts the download page for readers who already hold the edition. */
function offlineDownloadPage(html: string): string {
  const $ = cheerio.load(html);
  $('[data-online-only]').remove();
  $('[data-offline-only]').removeAttr('hidden');
  return $.html();
}

export async function makeOfflineEdition(input: OfflineEditionInput): Promise<OfflineEdition> {
  const files = new Map<string, Uint8Array>();
  const records: SearchRecord[] = [];
  const encoder = new TextEncoder();
  for (const rel of listFiles(input.distDir)) {
    const data = readFileSync(path.join(input.distDir, rel));
    if (rel.endsWith('.html')) {
      let html = data.toString('utf8');
      const record = searchRecordFromHtml(records.length, rel, html);
      if (record) records.push(record);
      if (rel === 'download/index.html') html = offlineDownloadPage(html);
      const scripts = rel === 'suche/index.html' ? [SEARCH_DATA, SCRIPT] : [SCRIPT];
      files.set(rel, encoder.encode(rewriteHtmlForFile(html, rel, input.basePath, scripts)));
    } else if (rel.endsWith('.css')) {
      files.set(rel, encoder.encode(rewriteCssForFile(data.toString('utf8'), rel, input.basePath)));
    } else {
      files.set(rel, data);
    }
  }
  files.set(SCRIPT, encoder.encode(await offlineScript()));
  // A classic script, not JSON: file:// pages may not fetch, but they may load scripts.
  files.set(SEARCH_DATA, encoder.encode(`window.__DOSSIER_SEARCH__=${JSON.stringify(buildPayload(records))};\n`));
  files.set('LIESMICH.txt', encoder.encode(readme(input.editionLabel)));
  const sums = [...files.keys()]
    .sort()
    .map((rel) => `${createHash('sha256').update(files.get(rel)!).digest('hex')}  ${rel}`)
    .join('\n');
  files.set('SHA256SUMS.txt', encoder.encode(`${sums}\n`));

  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  const mtime = zipDate();
  for (const rel of [...files.keys()].sort()) entries[`${input.folder}/${rel}`] = [files.get(rel)!, { mtime }];
  const zip = zipSync(entries, { level: 9, mtime });
  return { zip, sha256: createHash('sha256').update(zip).digest('hex'), files: files.size };
}

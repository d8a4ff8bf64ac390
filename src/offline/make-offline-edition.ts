/**
 * Builds the offline edition from the finished site: a copy that works from file:// (relative
 * links to explicit index.html files, classic scripts, Pagefind and its index embedded in
 * classic scripts, see embed-files.ts), with a short
 * README and a checksum manifest, packed into one zip. Same input, same bytes: files in sorted
 * order, one fixed timestamp, no build date anywhere.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EMBEDDED_FILES, embeddedFileScript, embeddedPath, OFFLINE_PAGEFIND_SCRIPT, offlinePagefindScript } from './embed-files.ts';
import type { PackTask } from './pack-file.ts';
import { PACK_IN_WORKERS_FROM, Packer } from './packer.ts';
import { writeZip, zipArchive, type ZipEntry } from './zip-archive.ts';
import { mapStyle, shareMaps } from './shared-maps.ts';

export interface OfflineEditionInput {
  /** The built site. */
  distDir: string;
  basePath: string;
  /** Top folder inside the zip, e.g. `briefing-dossier-ausgabe-3-2025-07-14`. */
  folder: string;
  /** Human edition label for the README, e.g. `Ausgabe 3 vom 14. Juli 2025`. */
  editionLabel: string;
  /** What the edition added and changed, one line each, for the README (the first 100 are listed). */
  news?: string[];
  /** Pack on worker threads (true), in place (false), or decide by the site's size (default). */
  workers?: boolean;
  /** Where packed files are kept between builds, so that a rebuild packs only changed files (packer.ts); none if omitted. */
  packCacheDir?: string;
}

export interface OfflineEdition {
  zip: Uint8Array;
  sha256: string;
  files: number;
}

/**
 * Not copied as they are: Pagefind and the search page's JSON lists (a page on disk can read
 * neither; the files its search needs go in embedded, see EMBEDDED_FILES), the downloads themselves, and the Open
 * Graph cards, which only link previews of the published site show (the pages name them by
 * their absolute address); they were nine tenths of the zip's bytes.
 */
const EXCLUDED = [/^pagefind\//, /^suche\/[^/]+\.json$/, /^download\/[^/]+\.(zip|sha256)$/, /^og\//];
/**
 * A fixed, valid DOS timestamp for every zip entry. Made in local time when zipping, on purpose:
 * the zip format stores local date and time and fflate's `Zip` reads them with local getters, so
 * a fixed instant would give a different zip in every time zone.
 */
const zipDate = () => new Date(2000, 0, 1, 12, 0, 0);
const SCRIPT = '_offline/dossier-offline.js';

/** Every file of the built site, paths below its root with `/`, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Pagefind's module from the built site; the search-index guard has made sure it was written. */
function readPagefindModule(distDir: string): string {
  const file = path.join(distDir, 'pagefind', 'pagefind.js');
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Die Offline-Ausgabe braucht Pagefind, aber ${file} fehlt. Die Meldungen von Pagefind weiter oben im Build-Protokoll lesen und erneut bauen.`);
  }
}

async function offlineScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../client/offline-main.ts', import.meta.url))],
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

/** How many of an edition's new and changed entries LIESMICH.txt lists; the rest are counted. */
const README_NEWS = 100;

function readme(editionLabel: string, news: readonly string[]): string {
  const listed = news.slice(0, README_NEWS).map((line) => `- ${line}`);
  if (news.length > README_NEWS) listed.push(`- und ${news.length - README_NEWS} weitere (siehe ausgaben/index.html)`);
  return `Briefing-Dossier – Offline-Ausgabe, ${editionLabel}
${listed.length > 0 ? `\nNeu in dieser Ausgabe\n${listed.join('\n')}\n` : ''}
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

/** Every file of the edition, rewritten, checksummed and deflated, in zip order; and how many came from the pack cache. */
async function packEdition(input: OfflineEditionInput): Promise<{ entries: ZipEntry[]; reused: number }> {
  const all = listFiles(input.distDir);
  const names = all.filter((rel) => !EXCLUDED.some((pattern) => pattern.test(rel)));
  const embedded = all.filter((rel) => EMBEDDED_FILES.some((pattern) => pattern.test(rel)));
  // Each file is rewritten and deflated as soon as it is read, on worker threads for a large
  // site; only its compressed bytes and checksum are kept, not the site twice over in memory.
  const packer = new Packer(input.workers ?? names.length + 4 >= PACK_IN_WORKERS_FROM, input.packCacheDir);
  const encoder = new TextEncoder();
  const task = (rel: string, data: Uint8Array, kind: PackTask['kind']): PackTask => ({
    rel,
    data,
    kind,
    basePath: input.basePath,
    scripts: [SCRIPT],
    htmlData: rel === 'suche/index.html' ? { 'pagefind-script': OFFLINE_PAGEFIND_SCRIPT } : {},
    offlineDownloadPage: rel === 'download/index.html',
  });
  const add = (rel: string, data: Uint8Array, kind: PackTask['kind'] = 'raw') => packer.add(`${input.folder}/${rel}`, task(rel, data, kind));
  try {
    // Each distinct locator map once, as a file (shared-maps.ts), styled like the site's.
    const style = mapStyle(names.filter((rel) => rel.endsWith('.css')).map((rel) => readFileSync(path.join(input.distDir, rel), 'utf8')));
    const maps = new Map<string, string>();
    for (const rel of names) {
      if (rel.endsWith('.html')) {
        const page = shareMaps(readFileSync(path.join(input.distDir, rel), 'utf8'), input.basePath, style);
        for (const [file, svg] of page.maps) maps.set(file, svg);
        await add(rel, encoder.encode(page.html), 'html');
      } else {
        await add(rel, readFileSync(path.join(input.distDir, rel)), rel.endsWith('.css') ? 'css' : 'raw');
      }
    }
    for (const file of [...maps.keys()].sort()) await add(file, encoder.encode(maps.get(file)!));
    // Classic scripts, not the files themselves: file:// pages may not fetch, but they may load scripts.
    for (const rel of embedded) await add(embeddedPath(rel), encoder.encode(embeddedFileScript(rel, readFileSync(path.join(input.distDir, rel)))));
    await add(OFFLINE_PAGEFIND_SCRIPT, encoder.encode(await offlinePagefindScript(readPagefindModule(input.distDir))));
    await add(SCRIPT, encoder.encode(await offlineScript()));
    await add('LIESMICH.txt', encoder.encode(readme(input.editionLabel, input.news ?? [])));
    const checksums = (await packer.settled()).map(({ name, packed }) => [name.slice(input.folder.length + 1), packed.sha256] as const);
    const sums = checksums
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([rel, sha256]) => `${sha256}  ${rel}`)
      .join('\n');
    await add('SHA256SUMS.txt', encoder.encode(`${sums}\n`));
    const entries: ZipEntry[] = (await packer.settled()).map(({ name, packed }) => ({ name, crc: packed.crc, size: packed.size, stored: packed.deflated, method: 8 }));
    packer.pruneCache();
    return { entries: entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), reused: packer.reused };
  } finally {
    // Also on failure, so that no worker thread keeps the build alive.
    await packer.close();
  }
}

export async function makeOfflineEdition(input: OfflineEditionInput): Promise<OfflineEdition> {
  const { entries } = await packEdition(input);
  const zip = zipArchive(entries, zipDate());
  return { zip, sha256: createHash('sha256').update(zip).digest('hex'), files: entries.length };
}

/**
 * The same edition written straight to `file`, piece by piece: a large site's zip (hundreds of
 * megabytes) is then never held in memory as a whole. Same bytes as `makeOfflineEdition`.
 */
export async function writeOfflineEdition(input: OfflineEditionInput, file: string): Promise<Omit<OfflineEdition, 'zip'> & { bytes: number; reused: number }> {
  const { entries, reused } = await packEdition(input);
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = openSync(file, 'w');
  try {
    writeZip(entries, zipDate(), (piece) => {
      for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done);
      hash.update(piece);
      bytes += piece.length;
    });
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes, files: entries.length, reused };
}

/**
 * After Astro has finished, in a process of its own (`npm run build`, scripts/build.ts): packs
 * the offline edition of the staged site into `download/<name>.zip` with its checksum file, and
 * writes the links to both, size and SHA-256 into the download page, which links no zip until it
 * exists. Edition, file name and base path come from the build manifest, as the pages rendered
 * them. Its own process because at 10,000 pages packing inside Astro's `astro:build:done` put
 * the packer's memory on top of Astro's whole heap.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { writeAtomically } from '../io/files.ts';
import { readBuildManifest } from '../integrations/build-manifest.ts';
import { writeOfflineEdition } from './make-offline-edition.ts';

/** de-CH file size: `917 kB`, `283,7 MB`. */
export function formatBytes(bytes: number): string {
  const mb = new Intl.NumberFormat('de-CH', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${mb.format(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Packs the offline edition of the built site in `distDir` (the staging folder), with the build
 * manifest of the cache folder `cacheDir`. Returns the log line. Throws if the manifest is
 * missing or a file cannot be packed; the temporary zip is then removed, nothing else changed.
 * `packCacheDir` keeps each file's packed form between builds (make-offline-edition.ts).
 */
export async function packOfflineEdition(distDir: string, cacheDir: string): Promise<string> {
  const { basePath, edition } = readBuildManifest(cacheDir);
  const { zipName, label: editionLabel, news } = edition;
  const started = performance.now();
  // Written to a temporary file and then renamed, as writeAtomically does, but piece by piece: a
  // large dossier's zip is tens of megabytes.
  const zipFile = path.join(distDir, 'download', zipName);
  const temporary = `${zipFile}.${process.pid}.tmp`;
  let packed;
  try {
    packed = await writeOfflineEdition(
      { distDir, basePath, folder: zipName.replace(/\.zip$/, ''), editionLabel, news, packCacheDir: path.join(cacheDir, 'offline-pack') },
      temporary,
    );
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, zipFile);
  writeAtomically(path.join(distDir, 'download', `${zipName}.sha256`), `${packed.sha256}  ${zipName}\n`);
  // The page was rendered before the zip existed: its size and checksum go in now.
  const pageFile = path.join(distDir, 'download', 'index.html');
  const $ = cheerio.load(readFileSync(pageFile, 'utf8'));
  for (const element of $('[data-offline-file], [data-offline-checksum-file]').toArray()) {
    const name = path.basename($(element).attr('data-offline-href')!);
    const link = $('<a>').attr('href', $(element).attr('data-offline-href')!).text(name);
    if ($(element).is('[data-offline-file]')) link.attr('download', '');
    $(element).empty().append(link);
  }
  $('[data-offline-size]').text(formatBytes(packed.bytes));
  $('[data-offline-sha256]').text(packed.sha256);
  writeAtomically(pageFile, $.html());
  const reused = packed.reused ? `, ${packed.reused} Dateien unverändert übernommen` : '';
  return `Offline-Ausgabe: download/${zipName}, ${formatBytes(packed.bytes)}, ${packed.files} Dateien${reused}, SHA-256 ${packed.sha256.slice(0, 16)}… (${Math.round(performance.now() - started)} ms)`;
}

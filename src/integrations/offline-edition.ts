/**
 * After the build: packs the offline edition into `download/<name>.zip` with its checksum file,
 * and writes size and SHA-256 into the download page. The download page itself says which
 * edition and file name to use (it reads them from the dossier graph).
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { writeAtomically } from '../io/files.ts';
import { writeOfflineEdition } from '../offline/make-offline-edition.ts';

export function formatBytes(bytes: number): string {
  const mb = new Intl.NumberFormat('de-CH', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${mb.format(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export function offlineEdition(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'dossier:offline-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pageFile = path.join(distDir, 'download', 'index.html');
        const $ = cheerio.load(readFileSync(pageFile, 'utf8'));
        const download = $('[data-offline-zip]');
        const zipName = download.attr('data-offline-zip');
        const editionLabel = download.attr('data-offline-edition');
        if (!zipName || !editionLabel) throw new AstroError('Die Download-Seite nennt keine Offline-Ausgabe (data-offline-zip).');
        const started = performance.now();
        // Written to a temporary file and then renamed, as writeAtomically does, but piece by
        // piece: a large dossier's zip is hundreds of megabytes.
        const zipFile = path.join(distDir, 'download', zipName);
        const temporary = `${zipFile}.${process.pid}.tmp`;
        let edition;
        try {
          edition = await writeOfflineEdition({ distDir, basePath, folder: zipName.replace(/\.zip$/, ''), editionLabel }, temporary);
        } catch (error) {
          rmSync(temporary, { force: true });
          throw error;
        }
        renameSync(temporary, zipFile);
        writeAtomically(path.join(distDir, 'download', `${zipName}.sha256`), `${edition.sha256}  ${zipName}\n`);
        $('[data-offline-size]').text(formatBytes(edition.bytes));
        $('[data-offline-sha256]').text(edition.sha256);
        writeAtomically(pageFile, $.html());
        logger.info(
          `Offline-Ausgabe: download/${zipName}, ${formatBytes(edition.bytes)}, ${edition.files} Dateien, SHA-256 ${edition.sha256.slice(0, 16)}… (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}

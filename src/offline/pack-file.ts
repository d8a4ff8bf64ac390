/**
 * Prepares one file of the built site for the offline zip: a page is rewritten for file://, a
 * stylesheet gets relative URLs, anything else stays as it is; then
 * the result is checksummed (SHA-256 for the manifest, CRC-32 for the zip) and deflated as a zip
 * stores it (raw DEFLATE). Pure, so that it runs the same on a worker thread as in place.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import * as cheerio from 'cheerio';
import { deflateSync } from 'fflate';
import { rewriteCssForFile, rewriteDocumentForFile } from './rewrite-for-file.ts';
import { ZIP_LEVEL } from './zip-level.ts';

export interface PackTask {
  /** Path below the site root, e.g. `personen/x/index.html`; files not from the site have none. */
  rel: string;
  data: Uint8Array;
  basePath: string;
  /** Classic scripts the page gets instead of its module scripts. */
  scripts: string[];
  /** Attributes for the page's `<html>` element (what its scripts need to know). */
  htmlData?: Record<string, string>;
  /** `html` and `css` are rewritten for file://; `raw` is packed as it is. */
  kind: 'html' | 'css' | 'raw';
  /** Turns the download page into the offline one (hides what only the online site offers). */
  offlineDownloadPage?: boolean;
}

export interface PackedFile {
  /** SHA-256 (hex) of the file as it goes into the zip. */
  sha256: string;
  crc: number;
  size: number;
  /** Raw DEFLATE of the file. */
  deflated: Uint8Array<ArrayBuffer>;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Adjusts the download page for readers who already hold the edition. */
export function offlineDownloadPage(html: string): string {
  const $ = cheerio.load(html);
  $('[data-online-only]').remove();
  $('[data-offline-only]').removeAttr('hidden');
  return $.html();
}

export function packFile(task: PackTask): PackedFile {
  let data = task.data;
  if (task.kind === 'html') {
    let $ = cheerio.load(decoder.decode(data));
    if (task.offlineDownloadPage) $ = cheerio.load(offlineDownloadPage($.html()));
    data = encoder.encode(rewriteDocumentForFile($, task.rel, task.basePath, task.scripts, task.htmlData));
  } else if (task.kind === 'css') {
    data = encoder.encode(rewriteCssForFile(decoder.decode(data), task.rel, task.basePath));
  }
  return {
    sha256: createHash('sha256').update(data).digest('hex'),
    crc: crc32(data),
    size: data.length,
    deflated: deflateSync(data, { level: ZIP_LEVEL }),
  };
}

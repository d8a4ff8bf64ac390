/**
 * What one page costs a reader on the wire: its HTML with the stylesheets and scripts it loads
 * (module scripts followed through their static imports), each compressed as a web server
 * would send it. Images, cards and fonts are not counted. Also the largest HTML page of a site.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { sectionOf } from '../../src/model/vocabulary.ts';

export interface PageWeight {
  /** The page, relative to the site root. */
  page: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.js)["']/g;

/** Resolves a URL path of the site (base path `/`) or a relative import to a file in `dist`. */
function fileOf(dist: string, url: string, from: string): string {
  const clean = url.replace(/[?#].*$/, '');
  return clean.startsWith('/') ? path.join(dist, clean) : path.join(path.dirname(from), clean);
}

/** The bytes of `htmlFile` with its stylesheets and scripts: raw, gzip and brotli. */
export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const $ = cheerio.load(html);
  const assets = new Set<string>();
  $('link[rel="stylesheet"][href]').each((_, el) => void assets.add(fileOf(dist, $(el).attr('href')!, htmlFile)));
  const scripts = $('script[src]').map((_, el) => fileOf(dist, $(el).attr('src')!, htmlFile)).get();
  while (scripts.length > 0) {
    const script = scripts.pop()!;
    if (assets.has(script)) continue;
    assets.add(script);
    for (const match of readFileSync(script, 'utf8').matchAll(STATIC_IMPORT)) scripts.push(fileOf(dist, match[1]!, script));
  }
  const bodies = [Buffer.from(html), ...[...assets].sort().map((file) => readFileSync(file))];
  return {
    page: path.relative(dist, htmlFile),
    files: [path.relative(dist, htmlFile), ...[...assets].sort().map((file) => path.relative(dist, file))],
    rawBytes: bodies.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: bodies.reduce((sum, b) => sum + gzipSync(b).length, 0),
    brotliBytes: bodies.reduce((sum, b) => sum + brotliCompressSync(b).length, 0),
  };
}

/** The event page of median HTML size: what a shared link typically opens. */
export function typicalEventPage(dist: string): string {
  const folder = path.join(dist, sectionOf('event'));
  const pages = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(folder, d.name, 'index.html'))
    // Only entry pages: folders such as `jahr/` hold further pages, not one of their own.
    .filter((file) => existsSync(file))
    .map((file) => ({ file, bytes: statSync(file).size }))
    .sort((a, b) => a.bytes - b.bytes || (a.file < b.file ? -1 : 1));
  if (pages.length === 0) throw new Error(`Keine Ereignisseiten in ${folder}.`);
  return pages[Math.floor(pages.length / 2)]!.file;
}

/** The largest HTML file of a built site, its path relative to the site root and its size. */
export function largestHtmlPage(dist: string): { page: string; bytes: number } {
  let largest = { page: '', bytes: -1 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { page: path.relative(dist, file), bytes };
  }
  if (largest.bytes < 0) throw new Error(`Keine HTML-Seiten in ${dist}.`);
  return largest;
}

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { makeOfflineEdition, writeOfflineEdition } from '../../src/offline/make-offline-edition.ts';
import { zipArchive } from '../../src/offline/zip-archive.ts';
import { offlineHref } from '../../src/client/offline-href.ts';
import { embeddedFileScript, embeddedPath, offlinePagefindScript } from '../../src/offline/embed-files.ts';
import { relativeUrl, rewriteCssForFile, rewriteHtmlForFile } from '../../src/offline/rewrite-for-file.ts';

describe('links for file://', () => {
  test.each([
    ['/', 'index.html', 'index.html'],
    ['/personen/x/', 'index.html', 'personen/x/index.html'],
    ['/personen/x/#p3', 'ereignisse/y/index.html', '../../personen/x/index.html#p3'],
    ['/suche/?q=Wonsan', 'orte/wonsan/index.html', '../../suche/index.html?q=Wonsan'],
    ['/_astro/a.css', 'personen/x/index.html', '../../_astro/a.css'],
    ['/personen/x/', 'personen/x/index.html', 'index.html'],
    ['/404.html', 'a/b/index.html', '../../404.html'],
  ])('%s from %s -> %s', (target, from, expected) => {
    expect(relativeUrl(target, from, '/')).toBe(expected);
  });

  test('under a base path, only paths below it are rewritten', () => {
    expect(relativeUrl('/briefings/orte/', 'index.html', '/briefings/')).toBe('orte/index.html');
    expect(relativeUrl('https://example.org/x', 'index.html', '/briefings/')).toBeUndefined();
    expect(relativeUrl('#p1', 'index.html', '/briefings/')).toBeUndefined();
    expect(relativeUrl('//cdn.example.org/x.js', 'index.html', '/')).toBeUndefined();
  });

  test('pages lose module scripts, gain the offline script, and keep external links', () => {
    const html = rewriteHtmlForFile(
      '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script></head><body><a href="/orte/">Orte</a><a href="https://example.org/">x</a><form action="/suche/"></form></body></html>',
      'personen/x/index.html',
      '/',
      ['_offline/dossier-offline.js'],
    );
    expect(html).toContain('href="../../_astro/a.css"');
    expect(html).toContain('href="../../orte/index.html"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('action="../../suche/index.html"');
    expect(html).not.toContain('type="module"');
    expect(html).toContain('<script src="../../_offline/dossier-offline.js"></script>');
    expect(html).toContain('data-site-root="../../"');
  });

  test('stylesheet urls become relative to the stylesheet', () => {
    expect(rewriteCssForFile('a{background:url(/img/x.svg)} b{src:url("/f.woff")}', '_astro/a.css', '/')).toBe('a{background:url(../img/x.svg)} b{src:url("../f.woff")}');
  });
});

describe('offline search: Pagefind over embedded files', () => {
  test.each([
    ['/quellen/x/#p3', '/', '../../', '../../quellen/x/index.html#p3'],
    ['/', '/', '../', '../index.html'],
    ['/briefings/orte/wonsan/', '/briefings/', '', 'orte/wonsan/index.html'],
    ['/suche/?q=Kursk', '/', '../', '../suche/index.html?q=Kursk'],
    ['https://example.org/', '/', '../', 'https://example.org/'],
  ])('Pagefind\'s address %s (base %s) from a page at %s links to %s', (url, basePath, root, expected) => {
    expect(offlineHref(url, basePath, root)).toBe(expected);
  });

  test('a wrapper script hands over the file\'s bytes unchanged', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 34]);
    const script = embeddedFileScript('pagefind/index/a.pf_index', bytes);
    const received: [string, string][] = [];
    new Function('__dossierFiles', script)({ add: (rel: string, base64: string) => received.push([rel, base64]) });
    expect(received.map(([rel, base64]) => [rel, [...Buffer.from(base64, 'base64')]])).toEqual([['pagefind/index/a.pf_index', [...bytes]]]);
    expect(embeddedPath('pagefind/index/a.pf_index')).toBe('_offline/files/pagefind/index/a.pf_index.js');
  });

  test('Pagefind\'s module becomes a classic script whose fetch is the embedded one', async () => {
    const script = await offlinePagefindScript('const base = import.meta.url; export async function search(q) { return (await fetch(`pagefind/${q}`)).text(); }');
    expect(script).not.toMatch(/\bexport\b|\bimport\b/);
    const window: Record<string, unknown> = { __dossierFetch: async (input: string) => ({ text: async () => `embedded ${input}` }) };
    new Function('window', 'fetch', script)(window, () => Promise.reject(new Error('network')));
    const api = window.__pagefind as { search: (q: string) => Promise<string> };
    await expect(api.search('x')).resolves.toBe('embedded pagefind/x');
  });
});

describe('the zip', () => {
  test('is the same bytes for the same site, with a README and a checksum manifest', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'offline-dist-'));
    mkdirSync(path.join(dist, 'orte'), { recursive: true });
    mkdirSync(path.join(dist, 'pagefind'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<html><body><a href="/orte/">Orte</a></body></html>');
    writeFileSync(path.join(dist, 'orte', 'index.html'), '<html><body><article data-pagefind-body><h1>Orte</h1></article></body></html>');
    mkdirSync(path.join(dist, 'pagefind', 'index'), { recursive: true });
    writeFileSync(path.join(dist, 'pagefind', 'pagefind.js'), 'export const search = () => fetch("pagefind/x");');
    writeFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), '{}');
    writeFileSync(path.join(dist, 'pagefind', 'index', 'a.pf_index'), 'index');
    writeFileSync(path.join(dist, 'pagefind', 'pagefind-ui.js'), '// not needed offline');
    const input = { distDir: dist, basePath: '/', folder: 'dossier-x', editionLabel: 'Juli 2025' };
    const zone = process.env.TZ;
    process.env.TZ = 'UTC';
    const first = await makeOfflineEdition(input);
    // The zip stores local time: another time zone must still give the same bytes.
    process.env.TZ = 'America/New_York';
    const second = await makeOfflineEdition(input);
    process.env.TZ = zone;
    expect(Buffer.from(second.zip).equals(Buffer.from(first.zip))).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    const names = Object.keys(unzipSync(first.zip));
    expect(names).toEqual([
      'dossier-x/LIESMICH.txt',
      'dossier-x/SHA256SUMS.txt',
      'dossier-x/_offline/dossier-offline.js',
      'dossier-x/_offline/files/pagefind/index/a.pf_index.js',
      'dossier-x/_offline/files/pagefind/pagefind-entry.json.js',
      'dossier-x/_offline/pagefind.js',
      'dossier-x/index.html',
      'dossier-x/orte/index.html',
    ]);
    // Streamed to a file: the same bytes, the same checksum.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'offline-zip-')), 'edition.zip');
    const written = await writeOfflineEdition(input, file);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(first.zip))).toBe(true);
    expect(written).toEqual({ sha256: first.sha256, bytes: first.zip.length, files: 8, reused: 0 });
    // With a pack cache: the first run fills it, the second takes every file from it, same bytes.
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'offline-pack-'));
    const packCacheDir = path.join(elsewhere, 'cache');
    // Not into the site itself: the next edition would pack it.
    const zipFile = path.join(elsewhere, 'edition.zip');
    const filled = await writeOfflineEdition({ ...input, packCacheDir }, zipFile);
    expect(filled).toEqual({ sha256: first.sha256, bytes: first.zip.length, files: 8, reused: 0 });
    const again = await writeOfflineEdition({ ...input, packCacheDir }, zipFile);
    expect(again).toEqual({ sha256: first.sha256, bytes: first.zip.length, files: 8, reused: 8 });
    // A changed page is packed again; the cache then holds only what this edition uses.
    writeFileSync(path.join(dist, 'orte', 'index.html'), '<!doctype html><html lang="de-CH"><head><title>Orte</title></head><body><p>Neu</p></body></html>');
    const changed = await writeOfflineEdition({ ...input, packCacheDir }, zipFile);
    // The page and the checksum list changed.
    expect(changed.reused).toBe(6);
    expect(changed.sha256).not.toBe(first.sha256);
    expect(readdirSync(packCacheDir)).toHaveLength(8);
  });

  // Info-ZIP's unzip, as Debian and most servers have it; in CI a missing unzip is an error.
  const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
  if (!hasUnzip && process.env.CI) throw new Error('unzip fehlt; .ci/run installiert es mit apt-get install unzip.');
  test.skipIf(!hasUnzip)('names with umlauts unpack as they are with Info-ZIP unzip (entries made on Unix, UTF-8 names)', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'offline-dist-'));
    mkdirSync(path.join(dist, 'dokumente'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<html><body><a href="/dokumente/Erklärung-zur-Lage.txt">Erklärung</a></body></html>');
    writeFileSync(path.join(dist, 'dokumente', 'Erklärung-zur-Lage.txt'), 'Text');
    writeFileSync(path.join(dist, 'dokumente', 'Grüsse aus Pjöngjang – Übersicht.txt'), 'Text');
    mkdirSync(path.join(dist, 'pagefind'));
    writeFileSync(path.join(dist, 'pagefind', 'pagefind.js'), 'export const search = () => null;');
    const zipFile = path.join(dist, 'edition.zip');
    await writeOfflineEdition({ distDir: dist, basePath: '/', folder: 'dossier-x', editionLabel: 'Juli 2025' }, zipFile);
    const target = mkdtempSync(path.join(tmpdir(), 'offline-unzip-'));
    const unzip = spawnSync('unzip', ['-q', zipFile, '-d', target], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    expect(unzip.status, unzip.stderr).toBe(0);
    expect(readdirSync(path.join(target, 'dossier-x', 'dokumente')).sort()).toEqual(['Erklärung-zur-Lage.txt', 'Grüsse aus Pjöngjang – Übersicht.txt']);
    expect(readFileSync(path.join(target, 'dossier-x', 'dokumente', 'Erklärung-zur-Lage.txt'), 'utf8')).toBe('Text');
    // Every entry says it was made on Unix, so no reader takes the names for a DOS code page.
    const listing = spawnSync('zipinfo', ['-l', zipFile], { encoding: 'utf8' }).stdout;
    const entries = listing.split('\n').filter((line) => /^[-d][rwx-]{9}/.test(line));
    expect(entries.length).toBe(7);
    for (const line of entries) expect(line).toMatch(/^-rw-r--r-- +[\d.]+ unx /);
  });

  test('passes deflated and stored data through unchanged', () => {
    const text = strToU8('Grüsse aus Wonsan. '.repeat(50));
    const zip = zipArchive(
      [
        { name: 'a/ä.txt', crc: crc32(text), size: text.length, stored: deflateSync(text, { level: 9 }), method: 8 },
        { name: 'b.txt', crc: crc32(text), size: text.length, stored: text, method: 0 },
      ],
      new Date(2000, 0, 1, 12, 0, 0),
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['a/ä.txt', 'b.txt']);
    expect(strFromU8(files['a/ä.txt']!)).toBe(strFromU8(text));
    expect(strFromU8(files['b.txt']!)).toBe(strFromU8(text));
  });
});

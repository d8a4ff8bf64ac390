/**
 * One build of unusual content, from a copy of content/:
 * - a renamed event keeps its old address: the meeting in Wonsan lists a former slug; the old
 *   URL must redirect to the current page and stay out of the sitemap and the search index;
 * - hostile strings reach every output as text (tests/helpers/hostile-content.ts): an article
 *   ingested with markup, script, CDATA end, braces, right-to-left letters and an emoji in its
 *   headline and text, and an organisation with markup in its name; no page of either edition
 *   gains an element, the feed and the sitemap are well-formed XML, the cards are drawn, search
 *   and print carry the text as written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { addHostileContent, HOSTILE_NAME, HOSTILE_SLUG, HOSTILE_TITLE, LONG_WORD } from '../helpers/hostile-content.ts';
import { unzipToTemp } from '../../scripts/lib/unzip.ts';
import { gunzipSync } from 'node:zlib';

const EVENT = 'ereignisse/treffen-lawrow-choe-in-wonsan.mdx';
let build: BuildResult;
let work: string;
let hostileSource: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-permalinks-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const file = path.join(contentDir, EVENT);
  writeFileSync(file, readFileSync(file, 'utf8').replace('kind: treffen\n', 'kind: treffen\nformerSlugs: [lawrow-trifft-choe]\n'));
  hostileSource = path.basename(addHostileContent(contentDir).file).replace(/\.mdx$/u, '');
  build = await buildSite({ contentDir });
  if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
});

afterAll(() => {
  build?.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('a former slug', () => {
  test('redirects to the current page, with the current page as canonical', () => {
    const $ = cheerio.load(readFileSync(path.join(build.outDir, 'ereignisse/lawrow-trifft-choe/index.html'), 'utf8'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/ereignisse/treffen-lawrow-choe-in-wonsan/');
    expect($('link[rel=canonical]').attr('href')).toBe('https://dossier.example.ch/ereignisse/treffen-lawrow-choe-in-wonsan/');
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('a').attr('href')).toBe('/ereignisse/treffen-lawrow-choe-in-wonsan/');
    expect($('html').attr('lang')).toBe('de-CH');
  });

  test('is not in the sitemap or the search index, and breaks no link', () => {
    expect(readFileSync(path.join(build.outDir, 'sitemap.xml'), 'utf8')).not.toContain('lawrow-trifft-choe/');
    expect(readFileSync(path.join(build.outDir, 'ereignisse/lawrow-trifft-choe/index.html'), 'utf8')).not.toContain('data-pagefind-body');
    expect(crawlSite(build.outDir).broken).toEqual([]);
  });
});

/** Every HTML file below `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Elements and attributes the hostile strings would add if they were not escaped. */
function injected(file: string): string[] {
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  return [
    ...$('script').filter((_, el) => /alert\(/u.test($(el).text())).map(() => 'script').get(),
    ...$('[onerror], img[src="x"], b:contains("Frieden")').map((_, el) => (el as { tagName: string }).tagName).get(),
    ...$('a[href^="javascript:"]').map(() => 'javascript-link').get(),
  ].map((what) => `${path.basename(path.dirname(file))}: ${what}`);
}

describe('hostile strings reach every output as text', () => {
  test('no page of the online edition gains an element, and the pages show the text as written', () => {
    const pages = htmlFiles(build.outDir);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.flatMap(injected)).toEqual([]);
    const source = cheerio.load(readFileSync(path.join(build.outDir, 'quellen', hostileSource, 'index.html'), 'utf8'));
    expect(source('h1').text().trim()).toBe(HOSTILE_TITLE);
    expect(source('main').text()).toContain('<img src=x onerror=alert(2)>');
    expect(source('main').text()).toContain(LONG_WORD);
    const organisation = cheerio.load(readFileSync(path.join(build.outDir, 'organisationen', HOSTILE_SLUG, 'index.html'), 'utf8'));
    expect(organisation('h1').text().trim()).toBe(HOSTILE_NAME);
    expect(organisation('title').text()).toContain(HOSTILE_NAME);
    expect(organisation('meta[property="og:title"]').attr('content')).toContain(HOSTILE_NAME);
  });

  test('no page of the offline edition gains an element', () => {
    const zip = readdirSync(path.join(build.outDir, 'download')).find((name) => name.endsWith('.zip'))!;
    const unpacked = unzipToTemp(path.join(build.outDir, 'download', zip));
    try {
      const pages = htmlFiles(unpacked);
      expect(pages.length).toBeGreaterThan(40);
      expect(pages.flatMap(injected)).toEqual([]);
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });

  test('the feed and the sitemap are well-formed XML and carry the text as written', () => {
    for (const file of ['feed.xml', 'sitemap.xml']) expect(XMLValidator.validate(readFileSync(path.join(build.outDir, file), 'utf8')), file).toBe(true);
    const feed = new XMLParser({ processEntities: true }).parse(readFileSync(path.join(build.outDir, 'feed.xml'), 'utf8')) as { rss: { channel: { item: { title: string }[] } } };
    expect(feed.rss.channel.item.map((item) => String(item.title))).toContain(HOSTILE_TITLE);
    expect(readFileSync(path.join(build.outDir, 'sitemap.xml'), 'utf8')).toContain(`/organisationen/${HOSTILE_SLUG}/</loc>`);
  });

  test('the cards are drawn, with every glyph', () => {
    for (const card of [`og/quellen/${hostileSource}.png`, `og/organisationen/${HOSTILE_SLUG}.png`]) {
      expect(readFileSync(path.join(build.outDir, card)).subarray(1, 4).toString('latin1'), card).toBe('PNG');
    }
    expect(build.output).not.toMatch(/\[WARN\] \[dossier:og-cards\]/u);
  });

  test('search indexes the text as written, and the print edition prints it as text', () => {
    const fragments = readdirSync(path.join(build.outDir, 'pagefind', 'fragment')).map((file) =>
      gunzipSync(readFileSync(path.join(build.outDir, 'pagefind', 'fragment', file))).subarray(12).toString('utf8'),
    );
    const sourceFragment = fragments.find((fragment) => fragment.includes(`/quellen/${hostileSource}/`));
    expect(sourceFragment).toBeDefined();
    expect(JSON.parse(sourceFragment!).content).toContain('<img src=x onerror=alert(2)>');
    const print = cheerio.load(readFileSync(path.join(build.outDir, 'druck', 'index.html'), 'utf8'));
    expect(print('main').text()).toContain(HOSTILE_NAME);
  });
});

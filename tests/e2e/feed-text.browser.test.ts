/**
 * Text from real feeds, end to end: the seed dossier plus an article with a non-breaking hyphen
 * in its headline, mojibake, soft hyphens, zero-width and no-break spaces, and a quote typed
 * without the soft hyphen its paragraph holds (tests/helpers/feed-dossier.ts). Built once; then:
 * the build succeeds with a card for the headline; every page has a word boundary between
 * elements in Pagefind's index; the offline edition carries Pagefind's index byte for byte; and
 * the online (Pagefind from the server) and offline (the zip's Pagefind from disk) editions, both
 * in Chromium, give the same results in the same order for a generated list of queries: every word of the indexed text, its other
 * spellings, its prefixes, the word with a letter too many, every pair of neighbouring words, in
 * full and with the second cut short, a third of the pairs as phrases in double quotes and a
 * third reversed as phrases, and queries of punctuation alone.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { FEED_QUERIES, feedDossier, type FeedDossier } from '../helpers/feed-dossier.ts';
import { JUDGEMENTS } from '../../scripts/lib/search-judgements.ts';
import { chromiumAvailable, launchChromium, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';
import { unzipToTemp } from '../../scripts/lib/unzip.ts';
import { offlineResults, pagefindResults } from '../../scripts/lib/search-runs.ts';
import { EMBEDDED_FILES, embeddedPath } from '../../src/offline/embed-files.ts';
import { cardFileFor } from '../../src/cards/spec/card-spec.ts';
import { foldText } from '../../src/text/normalise.ts';

const runs = chromiumAvailable();
const ZIP = 'download/briefing-dossier-ausgabe-2-2025-09-20.zip';
const WORD = /[\p{L}\p{N}]+/gu;

/** What Pagefind indexed, page by page: its fragment files hold each page's URL and extracted text. */
function pagefindFragments(outDir: string): { url: string; content: string }[] {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir)
    .sort()
    .map((file) => {
      // A fragment is gzip with a 12-byte signature («pagefind_dcd») before the JSON.
      const json = JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).subarray(12).toString('utf8')) as { url: string; content: string };
      return { url: json.url, content: json.content };
    });
}

/** The words of each single text node of a page: a word of the index not among them was made of two nodes. */
function textNodeWords(html: string): Set<string> {
  const $ = cheerio.load(html);
  const words = new Set<string>();
  $('*')
    .contents()
    .each((_, node) => {
      // Invisible characters are no word boundary (Pagefind drops a zero-width space inside a word).
      if (node.type === 'text') for (const word of foldText(node.data).match(WORD) ?? []) words.add(word);
    });
  return words;
}

/** Other spellings a reader types: ä as ae, ß as ss, and back. */
function otherSpellings(word: string): string[] {
  const spelled = word.replace(/[äöüÄÖÜß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' })[c]!);
  return spelled === word ? [] : [spelled];
}

/** The generated query list: see the module comment. Sorted and without repeats. */
function parityQueries(texts: readonly string[]): string[] {
  // Queries of punctuation alone find nothing in either edition.
  const queries = new Set<string>([...FEED_QUERIES, '?', '–', '«»']);
  for (const text of texts) {
    // Parts of compound tokens (`sda/afp`, `Jong-un`, `YouTube`, `O’Brien`): which of them find a page is Pagefind's rule to follow.
    for (const token of text.split(/\s+/u)) {
      const parts = token.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter((part) => part.length >= 2);
      if (parts.length > 1) for (const part of parts) queries.add(part);
    }
    const words = text.match(WORD) ?? [];
    words.forEach((word, i) => {
      queries.add(word);
      for (const spelling of otherSpellings(word)) queries.add(spelling);
      // Prefixes, as a reader's query looks while typing: Pagefind matches every term as a prefix,
      // and a term longer than any indexed word by the longest indexed word it starts with.
      for (const length of [3, Math.ceil(word.length / 2), word.length - 1]) if (length >= 3 && length < word.length) queries.add(word.slice(0, length));
      queries.add(`${word}x`);
      // Neighbours, the second cut short, and the second in full.
      const next = words[i + 1];
      if (next) {
        queries.add(`${word} ${next}`);
        if (next.length >= 4) queries.add(`${word} ${next.slice(0, 3)}`);
        // As a phrase in double quotes, which Pagefind matches word for word, in order.
        if (i % 3 === 0) queries.add(`"${word} ${next}"`);
        if (i % 3 === 1) queries.add(`"${next} ${word}"`);
      }
    });
  }
  return [...queries].sort();
}

describe.skipIf(!runs)('text from real feeds, built', () => {
  let feed: FeedDossier;
  let build: BuildResult;
  let browser: Browser;
  let server: StaticServer;
  let unpacked: string;
  let editionRoot: string;

  beforeAll(async () => {
    feed = feedDossier();
    build = await buildSite({ contentDir: feed.contentDir });
    if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
    unpacked = unzipToTemp(path.join(build.outDir, ZIP));
    editionRoot = path.join(unpacked, 'briefing-dossier-ausgabe-2-2025-09-20');
    browser = await launchChromium();
    server = await serveStatic(build.outDir, '/');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.dispose();
    feed?.dispose();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  test('ingest repaired the mojibake and the build succeeds with a card for the headline with U+2011, drawn from the fallback font', () => {
    expect(feed.source.warnings.some((w) => w.includes('Zeichensalat') && w.includes('repariert'))).toBe(true);
    const page = `quellen/${feed.source.id}/`;
    expect(existsSync(path.join(build.outDir, cardFileFor(page)))).toBe(true);
    expect(build.output).toContain(`Vorschaukarten: «\u2011» (U+2011) aus der Ersatzschrift DejaVu Sans gezeichnet: ${page}.`);
    expect(readFileSync(path.join(build.outDir, page, 'index.html'), 'utf8')).toContain('Die Gespräche über eine Waffenruhe');
  });

  test('the quote typed without the soft hyphen is accepted and shown verbatim from its paragraph', () => {
    const html = readFileSync(path.join(build.outDir, 'organisationen', 'russisches-aussenministerium', 'index.html'), 'utf8');
    expect(html).toContain('«neuen Wirtschaftssanktionen gegen Nordkorea»');
  });

  test('the download page links the zip, which exists', () => {
    const $ = cheerio.load(readFileSync(path.join(build.outDir, 'download', 'index.html'), 'utf8'));
    expect($('[data-offline-file] a[download]').attr('href')).toBe(`/${ZIP}`);
    expect(existsSync(path.join(build.outDir, ZIP))).toBe(true);
  });

  test('every word Pagefind indexed stands in one text node of its page: no word is made of two elements', () => {
    const joins: string[] = [];
    for (const { url, content } of pagefindFragments(build.outDir)) {
      const words = textNodeWords(readFileSync(path.join(build.outDir, decodeURI(url), 'index.html'), 'utf8'));
      for (const word of new Set(foldText(content).match(WORD) ?? [])) if (!words.has(word)) joins.push(`${url}: ${word}`);
    }
    expect(joins).toEqual([]);
  });

  test('the offline edition carries every file of Pagefind\'s index, byte for byte', () => {
    const files = readdirSync(build.outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(build.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((rel) => EMBEDDED_FILES.some((pattern) => pattern.test(rel)));
    expect(files.filter((rel) => rel.endsWith('.pf_fragment')).length).toBeGreaterThan(10);
    for (const rel of files) {
      const script = readFileSync(path.join(editionRoot, embeddedPath(rel)), 'utf8');
      const base64 = /^__dossierFiles\.add\("[^"]+","([A-Za-z0-9+/=]*)"\);\n$/.exec(script)?.[1];
      expect(Buffer.from(base64 ?? '', 'base64').equals(readFileSync(path.join(build.outDir, rel))), rel).toBe(true);
    }
  });

  test('the generated query list finds the same pages in the same order online and offline', { timeout: 300_000 }, async () => {
    // The judged queries of the search-quality measure too: questions, other spellings, synonyms.
    const queries = [...new Set([...parityQueries(pagefindFragments(build.outDir).map((f) => f.content)), ...JUDGEMENTS.map((j) => j.query)])].sort();
    expect(queries.length).toBeGreaterThan(2000);

    const online = await pagefindResults(browser, server.url, queries);
    const offline = await offlineResults(browser, editionRoot, queries);
    const differences: string[] = [];
    let found = 0;
    for (const query of queries) {
      const [a, b] = [online[query]!, offline[query]!];
      if (b.length > 0) found++;
      if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`«${query}»: online ${JSON.stringify(a)}, offline ${JSON.stringify(b)}`);
    }
    console.info(`Gleiche Treffer online und offline: ${queries.length - differences.length} von ${queries.length} Anfragen (${found} mit Treffern).`);
    expect(differences).toEqual([]);
    for (const query of FEED_QUERIES) expect(online[query], query).toContain(`/quellen/${feed.source.id}/`);
  });

  test.each(FEED_QUERIES)('«%s» finds the feed article in the offline edition opened from disk', async (query) => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(editionRoot).href}/suche/index.html?q=${encodeURIComponent(query)}`);
    await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`«${q}»`), query);
    const links = await page.$$eval('.search-results li h2 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.close();
    expect(links.some((href) => new URL(href).pathname.endsWith(`quellen/${feed.source.id}/index.html`))).toBe(true);
  });
});

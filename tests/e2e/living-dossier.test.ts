/**
 * A living dossier: the seed (edition 1, 14 July 2025) and the same with an article from a feed
 * ingested on 20 September 2025 (edition 2), built side by side. Checks what a reader sees of
 * the change: the edition and «Neu in dieser Ausgabe» on the home page, /ausgaben/, each page's
 * own «Stand», the feed (parsed with a feed parser, every link resolving), the sitemap's
 * lastmod, the offline edition's name and README; that a page the article does not touch stays
 * byte for byte the same; and that the build warns about the briefing and about «der Artikel».
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { FEED_DAY, feedDossier, type FeedDossier } from '../helpers/feed-dossier.ts';
import { crawlSite } from '../../scripts/check-links.ts';
import { unzipToTemp } from '../../scripts/lib/unzip.ts';

const SITE = 'https://dossier.example.ch';
let seed: BuildResult;
let feed: FeedDossier;
let grown: BuildResult;

beforeAll(async () => {
  feed = feedDossier();
  // Two sources' accounts of the Kursk offensive, side by side.
  const event = path.join(feed.contentDir, 'ereignisse', 'ukrainische-offensive-in-kursk.mdx');
  writeFileSync(
    event,
    readFileSync(event, 'utf8').replace(
      /\n---\n/,
      `\naccounts:\n  - text: Die Ukraine startete eine Überraschungsoffensive in der russischen Grenzregion Kursk.\n    cite: ["2025-07-lawrow-trifft-kim#p4"]\n  - text: Zur Überraschungsoffensive in der Region Kursk äusserte sich niemand.\n    cite: ["${feed.source.id}#p4"]\nupdated: "2025-09-20"\n---\n`,
    ),
  );
  seed = await buildSite();
  grown = await buildSite({ contentDir: feed.contentDir });
  for (const build of [seed, grown]) if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
}, 240_000);

afterAll(() => {
  seed?.dispose();
  grown?.dispose();
  feed?.dispose();
});

const html = (build: BuildResult, page: string) => readFileSync(path.join(build.outDir, page, 'index.html'), 'utf8');
const $ = (build: BuildResult, page: string) => cheerio.load(html(build, page));

describe('editions', () => {
  test('the home page names the edition and lists what is new in it', () => {
    expect($(seed, '')('.edition-line').text()).toContain('Ausgabe 1 vom 14. Juli 2025');
    const home = $(grown, '');
    expect(home('.edition-line').text()).toContain('Ausgabe 2 vom 20. September 2025');
    expect(home('.edition-line').text()).toContain('2 Quellen');
    const news = home('.edition-news [data-edition-group="neu"] a').map((_, a) => home(a).attr('href')).get();
    expect(news).toEqual([`/quellen/${feed.source.id}/`]);
    // The changed event and the new quote count too.
    expect(home('.edition-news [data-edition-group="geaendert"] a').attr('href')).toBe('/ereignisse/ukrainische-offensive-in-kursk/');
    expect(home('.edition-news [data-edition-group="aussagen"]').text()).toContain('«neuen Wirtschaftssanktionen gegen Nordkorea»');
  });

  test('/ausgaben/ lists every edition, newest first, with what it added', () => {
    const page = $(grown, 'ausgaben');
    expect(page('.edition h2').map((_, h) => page(h).text()).get()).toEqual(['Ausgabe 2 vom 20. September 2025', 'Ausgabe 1 vom 14. Juli 2025']);
    expect(page('#ausgabe-1 [data-edition-group="neu"] li').length).toBeGreaterThan(20);
  });

  test('each page shows its own Stand; the new source its day, an old entry its own', () => {
    expect($(grown, `quellen/${feed.source.id}`)('.page-stand time').attr('datetime')).toBe(FEED_DAY);
    expect($(grown, 'personen/sergej-lawrow')('.page-stand').text()).toBe('Stand dieser Seite: 14. Juli 2025');
  });

  test('a page the new article does not touch is byte for byte the same', () => {
    for (const page of ['personen/choe-son-hui', 'ereignisse/lawrow-besucht-nordkorea']) expect(html(grown, page), page).toBe(html(seed, page));
  });

  test('every page names the feed in its head', () => {
    for (const page of crawlSite(grown.outDir).pages.filter((p) => p.endsWith('/'))) {
      const link = $(grown, page.replace(/^\//, '').replace(/\/$/, ''))('link[rel="alternate"][type="application/rss+xml"]');
      expect(link.attr('href'), page).toBe(`${SITE}/feed.xml`);
    }
  });
});

describe('several sources', () => {
  test('where sources disagree, the page shows both accounts, each attributed to its source', () => {
    const page = $(grown, 'ereignisse/ukrainische-offensive-in-kursk');
    expect(page('.accounts h2').text()).toBe('Angaben gehen auseinander');
    const items = page('.accounts li').map((_, li) => page(li).text().replace(/\s+/g, ' ')).get();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^laut sda\/afp, Juli 2025: Die Ukraine startete/);
    expect(items[1]).toMatch(/^laut Keystone-SDA, September 2025: Zur Überraschungsoffensive/);
    expect(page('.accounts .cite-marks a').length).toBe(2);
  });
});

describe('the feed', () => {
  test('parses as RSS, newest first, dated by the day each entry entered, every link a built page', async () => {
    const parsed = await new Parser().parseString(readFileSync(path.join(grown.outDir, 'feed.xml'), 'utf8'));
    expect(parsed.title).toBe('Briefing-Dossier: neu und geändert');
    expect(parsed.items[0]!.link).toBe(`${SITE}/quellen/${feed.source.id}/`);
    expect(new Date(parsed.items[0]!.pubDate!).toISOString().slice(0, 10)).toBe(FEED_DAY);
    // An event of 2024 entered on 14 July 2025: the feed dates it then, not by the event.
    const treaty = parsed.items.find((item) => item.link?.endsWith('/ereignisse/abkommen-ueber-strategische-partnerschaft/'))!;
    expect(new Date(treaty.pubDate!).toISOString().slice(0, 10)).toBe('2025-07-14');
    // A changed entry is a new item for feed readers: a guid of its own.
    const changed = parsed.items.find((item) => item.title?.startsWith('Geändert: '))!;
    expect(changed.guid).toBe(`${SITE}/ereignisse/ukrainische-offensive-in-kursk/#${FEED_DAY}`);
    const dates = parsed.items.map((item) => new Date(item.pubDate!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of parsed.items) {
      expect(item.link!.startsWith(`${SITE}/`), item.link).toBe(true);
      expect(existsSync(path.join(grown.outDir, new URL(item.link!).pathname, 'index.html')), item.link).toBe(true);
    }
  });

  test('the sitemap dates each page by its own last change', () => {
    const sitemap = readFileSync(path.join(grown.outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}/quellen/${feed.source.id}/</loc><lastmod>${FEED_DAY}</lastmod>`);
    expect(sitemap).toContain(`<loc>${SITE}/personen/choe-son-hui/</loc><lastmod>2025-07-14</lastmod>`);
  });
});

describe('the offline edition and the warnings', () => {
  test('the zip is named by its edition, and its README lists what is new', () => {
    const zip = path.join(grown.outDir, 'download', 'briefing-dossier-ausgabe-2-2025-09-20.zip');
    const unpacked = unzipToTemp(zip);
    try {
      const readme = readFileSync(path.join(unpacked, 'briefing-dossier-ausgabe-2-2025-09-20', 'LIESMICH.txt'), 'utf8');
      expect(readme).toContain('Ausgabe 2 vom 20. September 2025');
      expect(readme).toContain('Neu in dieser Ausgabe\n- Neu: Quelle Nato');
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });

  test('the build warns that the briefing predates the new source; the shipped content names its source, so a second source makes nothing ambiguous', () => {
    expect(seed.output).not.toContain('Lagebild ist vom');
    expect(grown.output).toContain('Das Lagebild ist vom 14. Juli 2025; seither kam eine Quelle dazu');
    expect(grown.output).not.toContain('ist mehrdeutig');
  });
});

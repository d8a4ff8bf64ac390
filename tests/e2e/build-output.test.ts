/**
 * Builds the real dossier from content/ once and checks the output: the pages of the seed
 * dossier exist, nothing internal is broken, everything is within two clicks of the home page,
 * and the pages carry what the content model promises.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickDepths, crawlSite, fileForPath, type CrawlResult } from '../../scripts/check-links.ts';
import { sourceParagraphs } from '../../src/markdown/source-paragraphs.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { unzipToTemp } from '../../scripts/lib/unzip.ts';

const SEED_PAGES = {
  personen: ['sergej-lawrow', 'kim-jong-un', 'choe-son-hui'],
  laender: ['russland', 'nordkorea', 'ukraine'],
  orte: ['wonsan', 'pjoengjang', 'kursk', 'moskau'],
  organisationen: ['russisches-aussenministerium', 'tass', 'russische-armee', 'ukrainische-streitkraefte', 'nordkoreanische-truppen'],
  ereignisse: [
    'lawrow-besucht-nordkorea',
    'treffen-lawrow-choe-in-wonsan',
    'ukrainische-offensive-in-kursk',
    'russland-erobert-kursk-zurueck',
    'nordkorea-bestaetigt-truppenentsendung',
    'abkommen-ueber-strategische-partnerschaft',
    'nordkorea-liefert-granaten-und-raketen',
    'nordkorea-schickt-soldaten-nach-kursk',
    'lawrow-lobt-unterstuetzung-pjoengjangs',
  ],
  quellen: ['2025-07-lawrow-trifft-kim'],
} as const;

const entryPages = Object.entries(SEED_PAGES).flatMap(([section, ids]) => ids.map((id) => `/${section}/${id}/`));
const indexPages = ['/', '/zeitleiste/', '/zeitleiste/2024/', '/zeitleiste/2025/', '/zeitleiste/ohne-datum/', '/ereignisse/jahr/2025/', ...Object.keys(SEED_PAGES).map((s) => `/${s}/`)];

let build: BuildResult;
let crawl: CrawlResult;
const page = (sitePath: string) => cheerio.load(readFileSync(fileForPath(build.outDir, '/', sitePath)!, 'utf8'));

beforeAll(async () => {
  build = await buildSite();
  if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
  crawl = crawlSite(build.outDir);
});

afterAll(() => build?.dispose());

describe('the built seed dossier', () => {
  test('has a page for every entity, event and source of the seed, every index, the timeline and a 404 page', () => {
    for (const p of [...entryPages, ...indexPages, '/404.html']) expect(crawl.pages, p).toContain(p);
  });

  test('has no broken internal link, stylesheet, script, image or anchor', () => {
    expect(crawl.broken).toEqual([]);
  });

  test('reaches every entity and event page within two clicks of the home page', () => {
    const depth = clickDepths(crawl, '/');
    const tooDeep = entryPages.filter((p) => (depth.get(p) ?? Infinity) > 2);
    expect(tooDeep).toEqual([]);
  });

  test('every page is German (Switzerland), titled, described and canonical', () => {
    for (const p of crawl.pages) {
      const $ = page(p);
      expect($('html').attr('lang'), p).toBe('de-CH');
      expect($('title').text().length, p).toBeGreaterThan(3);
      expect($('meta[name=description]').attr('content')?.length, p).toBeGreaterThan(10);
      expect($('h1').length, p).toBe(1);
      if (p !== '/404.html') expect($('link[rel=canonical]').attr('href'), p).toBe(`https://dossier.example.ch${p}`);
    }
  });

  test('writes Swiss German: no ß anywhere', () => {
    for (const p of crawl.pages) expect(page(p)('body').text(), p).not.toContain('ß');
  });

  test('keeps the source text verbatim, each paragraph with its anchor', () => {
    const body = readFileSync(path.resolve('content/quellen/2025-07-lawrow-trifft-kim.mdx'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const expected = sourceParagraphs(body);
    expect(expected).toHaveLength(6);
    const $ = page('/quellen/2025-07-lawrow-trifft-kim/');
    for (const paragraph of expected) expect($(`#${paragraph.anchor} .absatz-text`).text()).toBe(paragraph.text);
    // Each paragraph offers its own permalink.
    expect($('.absatz > a.absatz-nr').map((_, a) => $(a).attr('href')).get()).toEqual(['#p1', '#p2', '#p3', '#p4', '#p5', '#p6']);
  });

  test('cites source paragraphs on every entity and event page', () => {
    for (const p of entryPages.filter((x) => !x.startsWith('/quellen/'))) {
      const cites = page(p)('.cite-marks a').map((_, a) => page(p)(a).attr('href')).get();
      expect(cites.length, p).toBeGreaterThan(0);
      for (const href of cites) expect(href).toMatch(/^\/quellen\/2025-07-lawrow-trifft-kim\/#p[1-6]$/);
    }
  });

  test('shows no date more precise than the source (a month)', () => {
    // The days the dossier changed (a page's Stand, an edition) are the dossier's own, not the source's.
    for (const p of crawl.pages) {
      page(p)('time[datetime]:not(.change-day)').each((_, el) => {
        expect(page(p)(el).attr('datetime'), p).toMatch(/^\d{4}(-\d{2})?$/);
      });
    }
    expect(page('/ereignisse/lawrow-besucht-nordkorea/')('.event-facts time').text()).toBe('Juli 2025');
    expect(page('/ereignisse/abkommen-ueber-strategische-partnerschaft/')('.event-facts time').text()).toBe('2024');
  });

  test('groups backlinks by relation', () => {
    const groups = (p: string) => {
      const $ = page(p);
      return Object.fromEntries(
        $('.backlink-group').map((_, g) => [[$(g).find('h3').text(), $(g).find('li a.node-link').map((__, a) => $(a).text()).get()]]).get(),
      );
    };
    expect(groups('/personen/sergej-lawrow/')['Beteiligt an']).toEqual([
      'Lawrow besucht Nordkorea und wird von Kim Jong Un empfangen',
      'Lawrow lobt die Unterstützung Pjöngjangs in der Region Kursk',
      'Lawrow trifft Choe Son Hui in Wonsan',
    ]);
    const russland = groups('/laender/russland/');
    expect(russland['Personen mit Funktion']).toEqual(['Sergej Lawrow']);
    expect(russland['Orte']).toEqual(['Kursk']);
    expect(russland['Im Text bezeichnet durch']).toEqual(['Moskau']);
    expect(groups('/orte/wonsan/')['Ereignisse an diesem Ort']).toEqual(['Lawrow trifft Choe Son Hui in Wonsan']);
  });

  test('attributes quotes along their chain', () => {
    const $ = page('/ereignisse/lawrow-lobt-unterstuetzung-pjoengjangs/');
    const captions = $('.statement figcaption').map((_, f) => $(f).text().replace(/\s+/g, ' ')).get();
    // As the article gives it: the ministry's statement speaks, and it gives Lawrow's words.
    expect(captions.every((c) => c.includes('– Russisches Aussenministerium, in einer Erklärung, gibt Äusserungen von Sergej Lawrow wieder, gemäss sda/afp'))).toBe(true);
    expect($('.statement blockquote').map((_, q) => $(q).text()).get()).toEqual(['«heroisch»', '«ohne Vorbehalt seine Unterstützung aller Ziele»']);
    const wonsan = page('/ereignisse/treffen-lawrow-choe-in-wonsan/');
    expect(wonsan('.statement figcaption').text().replace(/\s+/g, ' ')).toContain('– Sergej Lawrow, laut Tass, gemäss sda/afp');
  });

  test('lists the timeline by year, in date order, undated events on their own page, each year with its drawn timeline', () => {
    const $ = page('/zeitleiste/');
    expect($('.year-list a').map((_, a) => $(a).attr('href')).get()).toEqual(['/zeitleiste/2024/', '/zeitleiste/2025/', '/zeitleiste/ohne-datum/']);
    const years = ['/zeitleiste/2024/', '/zeitleiste/2025/'];
    const dates = years.flatMap((p) => page(p)('ol.timeline time').map((_, t) => page(p)(t).text()).get());
    expect(dates).toEqual(['2024', 'August 2024', 'August 2024 bis Juli 2025', 'April 2025', 'Juli 2025', 'Juli 2025', 'Juli 2025']);
    expect(page('/zeitleiste/ohne-datum/')('ul.timeline li').length).toBe(2);
    // The drawn timeline of a year has one linked mark per event it lists; the home page's marks are the newest events.
    const listed = (p: string) => page(p)('ol.timeline a.node-link').map((_, a) => page(p)(a).attr('href')).get().sort();
    const marks = (p: string) => page(p)('svg.timeline-svg a.tl-mark').map((_, a) => page(p)(a).attr('href')).get().sort();
    for (const p of years) expect(marks(p), p).toEqual(listed(p));
    expect(marks('/')).toEqual(years.flatMap(listed).sort());
    // The event index by year lists the same events, a spanning event under the year it starts in.
    const index = (p: string) => page(p)('.entry-list a.node-link').map((_, a) => page(p)(a).attr('href')).get().sort();
    expect(index('/ereignisse/jahr/2024/')).toEqual(listed('/zeitleiste/2024/'));
    expect(index('/ereignisse/jahr/2024/')).toContain('/ereignisse/russland-erobert-kursk-zurueck/');
    expect(page('/ereignisse/')('.year-list a').map((_, a) => page('/ereignisse/')(a).attr('href')).get()).toEqual(['/ereignisse/jahr/2024/', '/ereignisse/jahr/2025/', '/ereignisse/jahr/ohne-datum/']);
  });

  test('cuts a long list on an entry page and links to the complete list', () => {
    const source = page('/quellen/2025-07-lawrow-trifft-kim/');
    expect(source('.backlink-group li').length).toBe(20);
    expect(source('.backlinks .list-more a').attr('href')).toBe('/quellen/2025-07-lawrow-trifft-kim/verweise/');
    const all = page('/quellen/2025-07-lawrow-trifft-kim/verweise/');
    expect(all('.backlink-group li').length).toBe(24);
    expect(source('.backlinks .list-more a').text()).toBe('Alle Verweise (24)');
    expect(all('meta[property="og:type"]').attr('content')).toBe('website');
    const russland = page('/laender/russland/');
    expect(russland('.related .related-through').first().find('li').last().text()).toBe('und 4 weitere');
    expect(page('/laender/russland/verbunden/')('.related .related-through').first().find('a').length).toBe(9);
  });

  test('draws a locator map on every place, country and event page that has a position, and a relation graph on every person and event page', () => {
    const entries = (section: keyof typeof SEED_PAGES) => SEED_PAGES[section].map((id) => `/${section}/${id}/`);
    for (const p of [...entries('orte'), ...entries('laender')]) {
      const $ = page(p);
      expect($('svg.locator-map').length, p).toBe(1);
      // The list under the map is the text equivalent; the picture itself is hidden from screen readers.
      expect($('svg.locator-map').attr('aria-hidden'), p).toBe('true');
      expect($('.map-picture figcaption li').length, p).toBeGreaterThan(0);
    }
    const wonsan = page('/orte/wonsan/');
    expect(wonsan('a.map-place').attr('href')).toBe('/orte/wonsan/');
    expect(wonsan('a.map-focus').attr('href')).toBe('/laender/nordkorea/');
    expect(wonsan('.map-picture figcaption').text()).toContain('39,15° N, 127,44° O');
    const meeting = page('/ereignisse/treffen-lawrow-choe-in-wonsan/');
    expect(meeting('a.map-place').map((_, a) => meeting(a).attr('href')).get()).toEqual(['/orte/wonsan/']);
    for (const p of [...entries('personen'), ...entries('ereignisse')]) {
      const $ = page(p);
      const nodes = $('svg.relation-graph a.rg-node');
      expect(nodes.length, p).toBeGreaterThan(0);
      expect($('svg.relation-graph .rg-centre').length, p).toBe(1);
      // Every drawn relation is in the text equivalent.
      expect($('.graph-picture .visually-hidden li').length, p).toBe($('svg.relation-graph polyline.rg-edge').length);
      // Every node links to a page that exists (the crawl above checks the targets; here, that the links are there).
      nodes.each((_, a) => {
        expect(fileForPath(build.outDir, '/', $(a).attr('href')!), `${p} -> ${$(a).attr('href')}`).toBeTruthy();
      });
    }
    const lawrow = page('/personen/sergej-lawrow/');
    expect(lawrow('svg.relation-graph text.rg-edge-label').map((_, t) => lawrow(t).text()).get()).toContain('Aussenminister');
  });

  test('links mentions in the source text, and every entity page lists exactly those paragraphs under «Erwähnt in»', () => {
    const source = page('/quellen/2025-07-lawrow-trifft-kim/');
    const fromSource = new Map<string, string[]>();
    source('.absatz').each((_, p) => {
      source(p).find('a.mention').each((__, a) => {
        const href = source(a).attr('href')!;
        const list = fromSource.get(href) ?? [];
        list.push(`#${source(p).attr('id')}`);
        fromSource.set(href, list);
      });
    });
    for (const p of ['sergej-lawrow', 'kim-jong-un', 'choe-son-hui'].map((id) => `/personen/${id}/`)) expect(fromSource.has(p), p).toBe(true);
    for (const p of entryPages.filter((x) => /^\/(personen|laender|orte|organisationen)\//.test(x))) {
      const $ = page(p);
      const listed = $('.mentions li > a').map((_, a) => $(a).attr('href')!.replace(/^.*#/, '#')).get();
      expect(listed, p).toEqual(fromSource.get(p) ?? []);
    }
  });

  test('links the entities that summaries name, and shows related entities', () => {
    const $ = page('/personen/sergej-lawrow/');
    expect($('.summary a.mention').map((_, a) => $(a).attr('href')).get()).toEqual(['/laender/russland/', '/laender/nordkorea/', '/personen/kim-jong-un/']);
    const related = $('.related > ul > li').map((_, li) => $(li).children('a.node-link').text()).get();
    expect(related).toContain('Kim Jong Un');
    expect(related).toContain('Choe Son Hui');
    expect(related).toContain('Wonsan');
  });

  test('has a German search index of exactly the entity, event and source pages', () => {
    const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['de-ch']);
    expect(entry.languages['de-ch'].page_count).toBe(entryPages.length);
    for (const p of entryPages) expect(page(p)('[data-pagefind-body]').length, p).toBe(1);
    for (const p of [...indexPages, '/suche/']) expect(page(p)('[data-pagefind-body]').length, p).toBe(0);
    const meeting = page('/ereignisse/treffen-lawrow-choe-in-wonsan/');
    expect(meeting('[data-pagefind-filter]').map((_, el) => meeting(el).attr('data-pagefind-filter')).get()).toEqual(['type:Ereignis', 'year:2025']);
    // The editors' other words for terms the event uses (content/begriffe.yaml) are metadata too.
    expect(meeting('[data-pagefind-meta]').map((_, el) => meeting(el).attr('data-pagefind-meta')).get()).toEqual(['type:Ereignis', 'date:Juli 2025', 'begriffe:Aussenministerin Treffen']);
    expect(meeting('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('date:2025-07-01');
    const range = page('/ereignisse/russland-erobert-kursk-zurueck/');
    expect(range('[data-pagefind-filter^="year:"]').map((_, el) => range(el).attr('data-pagefind-filter')).get()).toEqual(['year:2024', 'year:2025']);
  });

  test('every page shares well: Open Graph and Twitter tags, and a 1200x630 PNG card under 150 kB', async () => {
    const SITE = 'https://dossier.example.ch';
    for (const p of crawl.pages) {
      const $ = page(p);
      const meta = (property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
      expect(meta('og:title'), p).toBeTruthy();
      expect(meta('og:description')!.length, p).toBeLessThanOrEqual(200);
      expect(meta('og:description')!.length, p).toBeGreaterThan(10);
      expect(meta('og:locale'), p).toBe('de_CH');
      expect(meta('og:site_name'), p).toBe('Briefing-Dossier');
      expect(meta('twitter:card'), p).toBe('summary_large_image');
      expect([meta('og:image:width'), meta('og:image:height')], p).toEqual(['1200', '630']);
      expect(meta('og:image:alt')!.length, p).toBeGreaterThan(10);
      if (p !== '/404.html') expect(meta('og:url'), p).toBe(`${SITE}${p}`);
      const isArticle = /^\/(ereignisse|quellen)\/[^/]+\/$/.test(p);
      expect(meta('og:type'), p).toBe(isArticle ? 'article' : 'website');
      // Only where the page has a date, and never more precise than it.
      const shownDate = $('.event-facts time').attr('datetime');
      expect(meta('article:published_time'), p).toBe(isArticle ? shownDate : undefined);
      const image = meta('og:image')!;
      expect(image.startsWith(`${SITE}/og/`), p).toBe(true);
      const file = path.join(build.outDir, image.slice(SITE.length));
      expect(statSync(file).size, image).toBeLessThan(150 * 1024);
      const info = await sharp(file).metadata();
      expect([info.format, info.width, info.height], image).toEqual(['png', 1200, 630]);
    }
    const card = page('/ereignisse/treffen-lawrow-choe-in-wonsan/')('meta[property="og:image:alt"]').attr('content');
    expect(card).toBe('Treffen: Lawrow trifft Choe Son Hui in Wonsan. Datum: Juli 2025. Ort: Wonsan. Beteiligte: Sergej Lawrow, Choe Son Hui.');
  });

  test('the sitemap lists every current page and nothing else', () => {
    const xml = readFileSync(path.join(build.outDir, 'sitemap.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>https:\/\/dossier\.example\.ch([^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    const expected = crawl.pages.filter((p) => p !== '/404.html').sort();
    expect(listed).toEqual(expected);
  });

  test('is valid HTML, online and in the offline edition (W3C Nu HTML Checker)', () => {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const offline = unzipToTemp(path.join(build.outDir, 'download/briefing-dossier-ausgabe-1-2025-07-14.zip'));
    try {
      const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', build.outDir, offline], { encoding: 'utf8' });
      expect(result.error, 'Java fehlt? Der Nu HTML Checker braucht eine Java-Laufzeit.').toBeUndefined();
      expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(offline, { recursive: true, force: true });
    }
  });
});

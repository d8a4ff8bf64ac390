/**
 * The site in a real browser, built under the base path /briefings/ and served from a local
 * static server: every page visited (nothing fetched from another origin, no CSP violation or
 * console error, no accessibility violation, usable at 320px, 360px and at 200% zoom, pictures
 * legible on a phone), and search used as a reader would.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { chromiumAvailable, launchChromium, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';
import { crawlSite, fileForPath } from '../../scripts/check-links.ts';
import { pdfLines, runningHeadProblems } from '../helpers/pdf-text.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core's rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const BASE = '/briefings/';
const runs = chromiumAvailable();

describe.skipIf(!runs)('the site in the browser, under a base path', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    build = await buildSite({ env: { BASE_PATH: BASE, SITE_URL: 'https://intranet.example.ch' } });
    if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
    server = await serveStatic(build.outDir, BASE);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.dispose();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${path}: console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`${path}: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${path}: ${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  async function results(page: Page) {
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    return page.$$eval('.search-results li', (items) =>
      items.map((li) => ({
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        title: li.querySelector('h2 a')?.textContent ?? '',
        type: li.querySelector('.badge')?.textContent ?? '',
        meta: li.querySelector('.result-meta')?.textContent ?? '',
        marked: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent),
      })),
    );
  }

  async function search(page: Page, query: string) {
    await page.fill('#search-page-input', query);
    await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`«${q}»`), query);
    return results(page);
  }

  test('"Wonsan" finds the Wonsan page and the meeting with Choe Son Hui, with type, date and highlight', async () => {
    const page = await open(`${BASE}suche/`);
    const found = await search(page, 'Wonsan');
    const hrefs = found.map((r) => r.href);
    expect(hrefs).toContain(`${BASE}orte/wonsan/`);
    expect(hrefs).toContain(`${BASE}ereignisse/treffen-lawrow-choe-in-wonsan/`);
    const meeting = found.find((r) => r.href.endsWith('treffen-lawrow-choe-in-wonsan/'))!;
    expect(meeting.type).toBe('Ereignis');
    expect(meeting.meta).toContain('Juli 2025');
    expect(meeting.marked).toContain('Wonsan');
    await page.close();
  });

  test('a hit in a source links to the paragraph that holds the match', async () => {
    const page = await open(`${BASE}suche/`);
    const found = await search(page, 'Handschlag');
    expect(found.map((r) => r.href)).toContain(`${BASE}quellen/2025-07-lawrow-trifft-kim/#p1`);
    // An entity's page has no paragraphs to land on: its link is the page.
    expect(found.map((r) => r.href)).toContain(`${BASE}personen/kim-jong-un/`);
    await page.close();
  });

  test('a compound the dossier does not use finds the pages that use its parts: «Truppenentsendung»', async () => {
    const page = await open(`${BASE}suche/`);
    const found = await search(page, 'Truppenentsendung');
    expect(found.map((r) => r.href)).toContain(`${BASE}ereignisse/nordkorea-bestaetigt-truppenentsendung/`);
    await page.close();
  });

  test('"Lawrows" finds Lawrow', async () => {
    const page = await open(`${BASE}suche/`);
    const found = await search(page, 'Lawrows');
    expect(found.map((r) => r.href)).toContain(`${BASE}personen/sergej-lawrow/`);
    await page.close();
  });

  test('a type filter narrows the results', async () => {
    const page = await open(`${BASE}suche/`);
    const all = await search(page, 'Kursk');
    expect(new Set(all.map((r) => r.type)).size).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: /^Ereignis/ }).check();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('typ') === 'Ereignis');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.search-results li').length < n && [...document.querySelectorAll('.search-results .badge')].every((b) => b.textContent === 'Ereignis'),
      all.length,
    );
    const events = await results(page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all.length);
    expect(new Set(events.map((r) => r.type))).toEqual(new Set(['Ereignis']));
    await page.close();
  });

  test('?q= in the URL searches on load, and the filter state survives in the URL', async () => {
    const page = await open(`${BASE}suche/?q=Granaten&typ=Ereignis`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('«Granaten»'));
    const found = await results(page);
    expect(found.map((r) => r.href)).toContain(`${BASE}ereignisse/nordkorea-liefert-granaten-und-raketen/`);
    expect(await page.inputValue('#search-page-input')).toBe('Granaten');
    expect(await page.isChecked('input[name="typ"][value="Ereignis"]')).toBe(true);
    await page.close();
  });

  test('a search that finds nothing offers the closest names and ways to browse, outside the result list', async () => {
    const page = await open(`${BASE}suche/?q=Pjongyang`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('Keine Treffer'));
    await page.waitForSelector('[data-search-suggestions] a');
    expect(await page.$$eval('[data-search-results] li', (items) => items.length)).toBe(0);
    expect(await page.$$eval('[data-search-suggestions] a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['Pjöngjang', `${BASE}orte/pjoengjang/`]]);
    expect(await page.$$eval('.search-browse a', (links) => links.map((a) => a.getAttribute('href')))).toContain(`${BASE}zeitleiste/`);
    // A result list again: the empty state goes.
    await page.fill('#search-page-input', 'Wonsan');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('«Wonsan»'));
    expect(await page.$eval('[data-search-empty]', (el) => (el as HTMLElement).hidden)).toBe(true);
    await page.close();
  });

  test('the keyboard reaches search from any page: / and Ctrl-K, then Enter', async () => {
    const page = await open(`${BASE}personen/kim-jong-un/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('Wonsan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/briefings\/suche\/\?q=Wonsan$/);
    const found = await results(page);
    expect(found.map((r) => r.href)).toContain(`${BASE}orte/wonsan/`);
    // Results are plain links in document order: Tab reaches the first one.
    await page.focus('#search-sort');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
    await page.close();
  });

  test('has no broken internal link under the base path', () => {
    expect(crawlSite(build.outDir, BASE).broken).toEqual([]);
  });

  type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
  /** Runs axe-core in the page, through the debugging protocol: the page's own CSP stays in force. */
  async function axe(page: Page): Promise<AxeResult> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    return page.evaluate(async (tags) => {
      const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run;
      return run(document, { runOnly: { type: 'tag', values: tags } });
    }, WCAG_AA);
  }

  test('the accessibility check itself finds a violation when there is one', async () => {
    const page = await open(`${BASE}orte/wonsan/`);
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('input'), { type: 'text' })));
    expect((await axe(page)).violations.map((v) => v.id)).toContain('label');
    await page.close();
  });

  test('every page: nothing from another origin, no CSP violation, no console error, no WCAG 2.2 AA violation', async () => {
    const pages = crawlSite(build.outDir, BASE).pages;
    expect(pages.length).toBeGreaterThan(30);
    const violations: string[] = [];
    const page = await browser.newPage();
    let current = '';
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin)) problems.push(`${current}: fremde Anfrage ${request.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${current}: console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    for (const path of pages) {
      current = path;
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const result = await axe(page);
      expect(result.passes.length, path).toBeGreaterThan(10);
      for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    await page.close();
    expect(violations).toEqual([]);
  });

  test.each([
    ['a 360px phone', { width: 360, height: 740 }],
    ['200% zoom on a 1280px screen', { width: 640, height: 400 }],
  ])('every kind of page fits %s without sideways scrolling', async (_name, viewport) => {
    for (const path of ['', 'ereignisse/treffen-lawrow-choe-in-wonsan/', 'quellen/2025-07-lawrow-trifft-kim/', 'personen/sergej-lawrow/', 'zeitleiste/2025/', 'laender/russland/verbunden/', 'suche/?q=Kursk', 'download/']) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await page.close();
    }
  });

  test('no page scrolls sideways on a 320px phone, every built page', async () => {
    const pages = crawlSite(build.outDir, BASE).pages;
    expect(pages.length).toBeGreaterThan(30);
    const page = await browser.newPage({ viewport: { width: 320, height: 740 } });
    const overflowing: { path: string; overflow: number }[] = [];
    for (const path of pages) {
      await page.goto(`${server.origin}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push({ path, overflow });
    }
    await page.close();
    expect(overflowing).toEqual([]);
  });

  test('at 360px every picture’s text reads at 11px or more; a picture that scrolls says so and takes the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const tooSmall: string[] = [];
    let texts = 0;
    let scrollers = 0;
    for (const path of crawlSite(build.outDir, BASE).pages) {
      await page.goto(`${server.origin}${path}`);
      // Rendered size: the font size in the picture's units times the picture's scale on screen.
      const sizes = await page.$$eval('figure svg text', (els) =>
        els
          .filter((t) => (t as SVGTextElement).getClientRects().length > 0)
          .map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a })),
      );
      texts += sizes.length;
      for (const { text, px } of sizes) if (px < 11 - 0.01) tooSmall.push(`${path}: «${text}» ${px.toFixed(1)}px`);

      for (const scroller of await page.$$('.picture-scroller')) {
        if (!(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth))) continue;
        scrollers += 1;
        const state = () =>
          scroller.evaluate((el) => {
            const cue = (side: '::before' | '::after') => {
              const style = getComputedStyle(el, side);
              return style.content !== 'none' && style.backgroundImage.includes('gradient') && parseFloat(style.width) >= 16 && style.opacity === '1';
            };
            return { start: cue('::before'), end: cue('::after') };
          });
        const name = await scroller.evaluate((el) => {
          const ids = el.getAttribute('aria-labelledby');
          return (ids ? document.getElementById(ids)?.textContent : el.getAttribute('aria-label')) ?? '';
        });
        expect({ path, tabindex: await scroller.getAttribute('tabindex'), named: name.trim().length > 0 }).toEqual({ path, tabindex: '0', named: true });
        // At the start the shadow shows on the right, where there is more; at the end on the left.
        expect({ path, ...(await state()) }).toEqual({ path, start: false, end: true });
        await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect({ path, ...(await state()) }).toEqual({ path, start: true, end: false });
      }
    }
    await page.close();
    expect(texts).toBeGreaterThan(100);
    // The timeline and the larger relation graphs scroll on a phone.
    expect(scrollers).toBeGreaterThan(5);
    expect(tooSmall).toEqual([]);
  });

  test('timeline labels are whole: every event’s full title, no «…»', () => {
    // The timeline is cut by year; each year's picture draws the events it lists, the home page's the newest.
    const years = [`${BASE}zeitleiste/2024/`, `${BASE}zeitleiste/2025/`];
    const titlesOn = (pagePaths: string[]) =>
      new Map(pagePaths.flatMap((pagePath) => {
        const $ = cheerio.load(readFileSync(fileForPath(build.outDir, BASE, pagePath)!, 'utf8'));
        return $('ol.timeline a.node-link').map((_, a) => [[$(a).attr('href')!, $(a).text().trim()]]).get() as [string, string][];
      }));
    expect(titlesOn(years).size).toBeGreaterThan(5);
    for (const [pagePath, titles] of [[BASE, titlesOn(years)] as const, ...years.map((y) => [y, titlesOn([y])] as const)]) {
      const $ = cheerio.load(readFileSync(fileForPath(build.outDir, BASE, pagePath)!, 'utf8'));
      const marks = $('svg.timeline-svg a.tl-mark');
      expect(marks.length, pagePath).toBe(titles.size);
      expect($('svg.timeline-svg').text(), pagePath).not.toContain('…');
      marks.each((_, mark) => {
        const lines = $(mark).find('text tspan').map((__, t) => $(t).text()).get();
        // Lines broken after a hyphen join without a space.
        const label = lines.reduce((joined, line) => (joined === '' || joined.endsWith('-') ? joined + line : `${joined} ${line}`), '');
        expect(label, `${pagePath} ${$(mark).attr('href')}`).toBe(titles.get($(mark).attr('href')!));
      });
    }
  });

  test('the header is compact on a 360px phone, with search and every navigation entry on screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}ereignisse/ukrainische-offensive-in-kursk/`);
    const header = await page.$eval('.site-header', (el) => el.getBoundingClientRect().height);
    expect(header).toBeLessThanOrEqual(112);
    const search = await page.$eval('#site-search-input', (el) => el.getBoundingClientRect().width);
    expect(search).toBeGreaterThanOrEqual(80);
    const offScreen = await page.$$eval('.main-nav a', (links) => links.filter((a) => a.getBoundingClientRect().right > window.innerWidth).map((a) => a.textContent));
    expect(offScreen).toEqual([]);
    await page.close();
  });

  test('the dark colour scheme keeps WCAG AA contrast', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    for (const path of ['', 'ereignisse/treffen-lawrow-choe-in-wonsan/', 'quellen/2025-07-lawrow-trifft-kim/', 'personen/sergej-lawrow/', 'suche/?q=Kursk']) {
      await page.goto(`${server.url}${path}`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe('rgb(20, 24, 31)');
      expect((await axe(page)).violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    }
    await page.close();
  });

  test('prints as a handout: its own address and Stand on top, no navigation or search, full link addresses, the footer kept', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}ereignisse/treffen-lawrow-choe-in-wonsan/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.main-nav')).toBe(false);
    expect(await shown('.site-search')).toBe(false);
    expect(await shown('.site-footer')).toBe(true);
    // The footer names no edition (a new article must not change every page) but where to find them.
    expect(await page.textContent('.site-footer')).toContain('Quellen des Dossiers');
    expect(await page.textContent('.site-footer')).toContain('Ausgaben');
    // Paper does not scroll: a picture wider than the page (here 600px) is shrunk to fit it.
    await page.setViewportSize({ width: 600, height: 800 });
    expect(await page.$$eval('.picture-scroller', (els) => els.length)).toBeGreaterThan(0);
    expect(await page.$$eval('.picture-scroller', (els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length)).toBe(0);
    const after = await page.$eval('.event-facts a.node-link', (a) => getComputedStyle(a, '::after').content);
    // A full address from SITE_URL (from /seitenadresse.css), not a bare path.
    expect(after).toBe('" (https://intranet.example.ch/briefings/orte/wonsan/)"');
    expect(await shown('.print-address')).toBe(true);
    expect(await page.textContent('.print-address')).toBe('Adresse: https://intranet.example.ch/briefings/ereignisse/treffen-lawrow-choe-in-wonsan/ · Stand: 14. Juli 2025');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });

  test('the whole dossier prints: sections on their own pages, edition and address on every page, no line wider than the paper', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}druck/`);
    await page.emulateMedia({ media: 'print' });
    // A4 less the print edition's margins (16 mm each side) at 96 dpi: 673 px.
    await page.setViewportSize({ width: 673, height: 1000 });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`),
    );
    expect(overflowing).toEqual([]);
    expect(await page.$$eval('.print-section', (els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual(expect.arrayContaining(['page']));
    const sections = await page.$$eval('.print-section h2', (hs) => hs.map((h) => h.textContent));
    expect(sections).toEqual(['Lawrow in Nordkorea', 'Zeitleiste', 'Ereignisse', 'Personen', 'Länder', 'Orte', 'Organisationen', 'Quellen', 'Belege']);
    const pages = await pdfLines(await page.pdf({ format: 'A4' }));
    // At least one page per section, and no runaway layout.
    expect(pages.length).toBeGreaterThanOrEqual(sections.length);
    expect(pages.length).toBeLessThan(60);
    // Read from the PDF: the edition once on top of every page, the part's address below, and
    // Chromium's page number («Seite n von m») below that, the text clear of all three.
    const problems = runningHeadProblems(pages, { head: 'Briefing-Dossier · Ausgabe 1 vom 14. Juli 2025', foot: 'https://intranet.example.ch/briefings/druck/', pageNumbers: true });
    expect(problems).toEqual([]);
    expect(pages.map((lines) => lines[1]?.text)).toEqual(expect.arrayContaining(['Lawrow in Nordkorea', 'Zeitleiste', 'Personen', 'Quellen', 'Belege']));
    await page.close();
  });

  test('nothing failed: no error responses, failed requests or console errors', () => {
    expect(problems).toEqual([]);
  });
});

/**
 * The site in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, from one build.
 *
 * The offline edition, which Firefox is stricter with than Chromium: every file:// page is an
 * opaque origin, so the pages' CSP `form-action 'self'` matches nothing and the header search
 * form may not be submitted (src/client/offline-forms.ts sends it by navigation). Firefox opens
 * the unpacked zip's index.html by file:// URL: no server, no network. Chromium:
 * tests/e2e/offline.browser.test.ts.
 *
 * The print edition, printed to PDF by Firefox itself (BiDi's browsingContext.print), served by
 * a local static server: Firefox draws no page-margin boxes, so the edition and the address on
 * every page must not depend on them. Chromium: tests/e2e/site.browser.test.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { firefoxAvailable, launchFirefox, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';
import { unzipToTemp } from '../../scripts/lib/unzip.ts';
import { pdfLines, runningHeadProblems } from '../helpers/pdf-text.ts';

const ZIP = 'download/briefing-dossier-ausgabe-1-2025-07-14.zip';
const runs = firefoxAvailable();

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

// One build and one Firefox for both parts of this file.
let build: BuildResult;
let browser: Browser;

beforeAll(async () => {
  if (!runs) return;
  build = await buildSite();
  if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  build?.dispose();
});

describe.skipIf(!runs)('the offline edition, opened from disk in Firefox', () => {
  let unpacked: string;
  let root: string;
  let inside: string;
  const problems: string[] = [];

  beforeAll(() => {
    unpacked = unzipToTemp(path.join(build.outDir, ZIP));
    root = path.join(unpacked, 'briefing-dossier-ausgabe-1-2025-07-14');
    inside = pathToFileURL(root).href + '/';
  });

  afterAll(() => {
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  /** Opens a file of the edition; everything that goes wrong on the page lands in `sink`. */
  async function openFile(relative: string, sink = problems): Promise<Page> {
    const page = await browser.newPage();
    // Pages from disk load in well under a second; a blocked form should not cost 30 s.
    page.setDefaultTimeout(15_000);
    page.on('request', (request) => {
      const url = request.url();
      // Firefox's own stylesheet for HTML (html.css) carries its list-bullet font as a data:
      // URL, and BiDi reports it as a request. A data: URL is content, not a fetch.
      if (!url.startsWith(inside) && !url.startsWith('data:')) sink.push(`Anfrage ausserhalb der Ausgabe: ${url}`);
    });
    page.on('requestfailed', (request) => {
      // A request cut short because the page navigated on is not a failure, if the file is there.
      const url = request.url();
      const aborted = /ABORT/i.test(request.failure()?.errorText ?? '') && url.startsWith('file:') && existsSync(fileURLToPath(url.split(/[?#]/)[0]!));
      if (!aborted) sink.push(`fehlgeschlagen: ${url} ${request.failure()?.errorText}`);
    });
    page.on('console', (msg) => {
      if (['error', 'warn', 'assert'].includes(msg.type())) sink.push(`Konsole (${msg.type()}): ${msg.text()}`);
    });
    // Over BiDi, Firefox's CSP reports («Content-Security-Policy: The page’s settings blocked …»)
    // arrive as log entries of type `javascript`, which puppeteer hands on as page errors, not
    // as console messages.
    page.on('pageerror', (error) => sink.push(`Seitenfehler: ${error instanceof Error ? error.message : String(error)}`));
    // And independently of how the browser logs them: the page's own violation events.
    await page.exposeFunction('__reportCspViolation', (text: string) => sink.push(`CSP-Verstoss: ${text}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__reportCspViolation?.(`${event.effectiveDirective} blockiert ${event.blockedURI || '(inline)'} auf ${event.documentURI}`);
      });
    });
    await page.goto(`${inside}${relative}`);
    return page;
  }

  /** The first link in `scope` whose text is `name`. */
  async function link(page: Page, name: string, scope = 'body'): Promise<ElementHandle<HTMLAnchorElement>> {
    const handle = await page.evaluateHandle(
      (scopeSelector, text) =>
        [...document.querySelectorAll<HTMLAnchorElement>(`${scopeSelector} a[href]`)].find((a) => a.textContent?.trim() === text) ?? null,
      scope,
      name,
    );
    const element = handle.asElement() as ElementHandle<HTMLAnchorElement> | null;
    if (!element) throw new Error(`Kein Verweis «${name}» in ${scope} auf ${page.url()}`);
    return element;
  }

  async function follow(page: Page, element: ElementHandle): Promise<void> {
    await Promise.all([page.waitForNavigation(), element.click()]);
  }

  const relativeUrl = (page: Page) => page.url().slice(inside.length);
  const heading = (page: Page) => page.$eval('h1', (h1) => h1.textContent?.trim());
  const resultPaths = (page: Page) =>
    page.$$eval('.search-results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const waitForHits = (page: Page) => page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));

  test('the pages keep the online CSP, form-action included', async () => {
    const online = cheerio.load(readFileSync(path.join(build.outDir, 'index.html'), 'utf8'))('meta[http-equiv="Content-Security-Policy"]').attr('content');
    const page = await openFile('index.html');
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content'));
    expect(policy).toBe(online);
    expect(policy).toContain("form-action 'self'");
    await page.close();
  });

  test('a reader follows links from the home page to an event and on to a person', async () => {
    const page = await openFile('index.html');
    await follow(page, await link(page, 'Lawrow trifft Choe Son Hui in Wonsan'));
    expect(relativeUrl(page)).toBe('ereignisse/treffen-lawrow-choe-in-wonsan/index.html');
    expect(await heading(page)).toBe('Lawrow trifft Choe Son Hui in Wonsan');
    await follow(page, await link(page, 'Choe Son Hui', '.event-facts'));
    expect(relativeUrl(page)).toBe('personen/choe-son-hui/index.html');
    expect(await heading(page)).toBe('Choe Son Hui');
    // The stylesheet arrived: the header has its colour.
    expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 79, 138)');
    await page.close();
  });

  test('searching "Wonsan" in the header field and pressing Enter finds the Wonsan page, and the result opens', async () => {
    const page = await openFile('personen/kim-jong-un/index.html');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('Wonsan');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(relativeUrl(page)).toBe('suche/index.html?q=Wonsan');
    await waitForHits(page);
    expect(await page.$eval('#search-page-input', (input) => (input as HTMLInputElement).value)).toBe('Wonsan');
    expect((await resultPaths(page)).some((p) => p.endsWith('/orte/wonsan/index.html'))).toBe(true);
    expect(await page.$eval('.search-results mark', (mark) => mark.textContent)).toMatch(/^Wonsan\W?$/); // Pagefind marks the token, punctuation included
    await follow(page, await link(page, 'Wonsan', '.search-results li h2'));
    expect(relativeUrl(page)).toBe('orte/wonsan/index.html');
    expect(await heading(page)).toBe('Wonsan');
    await page.close();
  });

  test('the search page answers a query given in its address', async () => {
    const page = await openFile('suche/index.html?q=Wonsan');
    await waitForHits(page);
    expect((await resultPaths(page)).some((p) => p.endsWith('/orte/wonsan/index.html'))).toBe(true);
    // Typing on the search page searches in place, without leaving it.
    await page.click('#search-page-input', { count: 3 });
    await page.keyboard.type('Choe Son Hui');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Choe Son Hui/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect((await resultPaths(page)).some((p) => p.endsWith('/personen/choe-son-hui/index.html'))).toBe(true);
    expect(relativeUrl(page).startsWith('suche/index.html')).toBe(true);
    await page.close();
  });

  test('a CSP violation would be seen: an inline script is blocked and reported both ways', async () => {
    const seen: string[] = [];
    const page = await openFile('index.html', seen);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "eingeschleust"';
      document.body.append(script);
    });
    const reported = (prefix: string) => seen.some((line) => line.startsWith(prefix) && line.includes('script-src'));
    for (let waited = 0; waited < 5000 && !(reported('CSP-Verstoss:') && reported('Seitenfehler:')); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await page.title()).not.toBe('eingeschleust');
    expect(reported('CSP-Verstoss:'), seen.join('\n')).toBe(true);
    expect(reported('Seitenfehler:'), seen.join('\n')).toBe(true);
    await page.close();
  });

  test('nothing failed and nothing left the edition: no request outside it, no CSP violation, no console error', () => {
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!runs)('the print edition, printed to PDF by Firefox', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(build.outDir);
  });

  afterAll(async () => {
    await server?.close();
  });

  test('every printed page of /druck/ carries the edition on top and the address of its part below', async () => {
    const seen: string[] = [];
    const page = await browser.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith('data:')) seen.push(`Anfrage an fremden Ort: ${url}`);
    });
    page.on('console', (msg) => {
      if (['error', 'warn'].includes(msg.type())) seen.push(`Konsole (${msg.type()}): ${msg.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`Seitenfehler: ${error instanceof Error ? error.message : String(error)}`));
    await page.goto(`${server.url}druck/`);
    const pages = await pdfLines(await page.pdf({ format: 'A4' }));
    await page.close();
    // Each of the nine sections starts a page; the seed fills about twenty.
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages.length).toBeLessThan(60);
    // Firefox ESR draws no page-margin boxes, so no page number; the head and foot are the page's own.
    const problems = runningHeadProblems(pages, { head: 'Briefing-Dossier · Ausgabe 1 vom 14. Juli 2025', foot: 'https://dossier.example.ch/druck/', pageNumbers: false });
    expect(problems).toEqual([]);
    // The text between them is the edition's: the sections start their pages, the last is the footnotes.
    expect(pages.map((lines) => lines[1]?.text)).toEqual(expect.arrayContaining(['Lawrow in Nordkorea', 'Zeitleiste', 'Personen', 'Quellen', 'Belege']));
    expect(seen).toEqual([]);
  });
});

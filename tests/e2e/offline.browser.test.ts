/**
 * The offline edition as a reader gets it: the zip from the download page, unpacked into a
 * temporary folder, index.html opened by file:// URL in Chromium, no server, no network.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { chromiumAvailable, launchChromium, serveStatic } from '../../scripts/lib/browser.ts';
import { unzipToTemp } from '../../scripts/lib/unzip.ts';
import { JUDGEMENTS } from '../../scripts/lib/search-judgements.ts';
import { score } from '../../scripts/lib/search-quality.ts';
import { offlineResults, pagefindResults } from '../../scripts/lib/search-runs.ts';
import { compoundSplitter, type Lexicon } from '../../src/search/compounds.ts';
import { queryForEngines } from '../../src/search/query-words.ts';

const ZIP = 'download/briefing-dossier-ausgabe-1-2025-07-14.zip';
const runs = chromiumAvailable();

describe.skipIf(!runs)('the offline edition, opened from disk', () => {
  let build: BuildResult;
  let unpacked: string;
  let root: string;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    build = await buildSite();
    if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
    unpacked = unzipToTemp(path.join(build.outDir, ZIP));
    root = path.join(unpacked, 'briefing-dossier-ausgabe-1-2025-07-14');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    build?.dispose();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  async function openFile(relative: string): Promise<Page> {
    const page = await browser.newPage();
    const inside = pathToFileURL(root).href + '/';
    page.on('request', (request) => {
      if (!request.url().startsWith(inside)) problems.push(`Anfrage ausserhalb der Ausgabe: ${request.url()}`);
    });
    page.on('requestfailed', (request) => {
      // A request cut short because the page navigated on is not a failure, if the file is there.
      const aborted = request.failure()?.errorText === 'net::ERR_ABORTED' && existsSync(fileURLToPath(request.url().split(/[?#]/)[0]!));
      if (!aborted) problems.push(`fehlgeschlagen: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`Konsole: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`Skriptfehler: ${error.message}`));
    await page.goto(`${inside}${relative}`);
    return page;
  }

  const resultPaths = (page: Page) =>
    page.$$eval('.search-results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  test('the zip holds a README, a checksum manifest that matches every file, and no Pagefind or preview cards', () => {
    expect(readFileSync(path.join(root, 'LIESMICH.txt'), 'utf8')).toContain('index.html doppelklicken');
    const lines = readFileSync(path.join(root, 'SHA256SUMS.txt'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      const [sum, file] = line.split('  ') as [string, string];
      expect(createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex'), file).toBe(sum);
    }
    expect(existsSync(path.join(root, 'pagefind'))).toBe(false);
    expect(existsSync(path.join(root, 'og'))).toBe(false);
    const html = readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    for (const file of html) {
      const text = readFileSync(path.join(root, String(file)), 'utf8');
      expect(text, String(file)).not.toMatch(/(href|src|action)="\/(?!\/)/);
      expect(text, String(file)).not.toContain('type="module"');
    }
  });

  test('the download page names the edition, size and checksum of the zip it links', () => {
    const page = readFileSync(path.join(build.outDir, 'download/index.html'), 'utf8');
    const zip = readFileSync(path.join(build.outDir, ZIP));
    const sha = createHash('sha256').update(zip).digest('hex');
    expect(page).toContain(sha);
    expect(page).toContain('Ausgabe 1 vom 14. Juli 2025');
    expect(page).toMatch(/data-offline-size="">\d+(\.\d)? (kB|MB)</);
    expect(readFileSync(path.join(build.outDir, `${ZIP}.sha256`), 'utf8')).toBe(`${sha}  briefing-dossier-ausgabe-1-2025-07-14.zip\n`);
  });

  test('a reader follows links from the home page to an event and on to a person', async () => {
    const page = await openFile('index.html');
    await page.getByRole('link', { name: 'Lawrow trifft Choe Son Hui in Wonsan' }).first().click();
    await page.waitForURL(/ereignisse\/treffen-lawrow-choe-in-wonsan\/index\.html$/);
    expect(await page.textContent('h1')).toBe('Lawrow trifft Choe Son Hui in Wonsan');
    await page.locator('.event-facts').getByRole('link', { name: 'Choe Son Hui' }).click();
    await page.waitForURL(/personen\/choe-son-hui\/index\.html$/);
    expect(await page.textContent('h1')).toBe('Choe Son Hui');
    // The stylesheet arrived: the header has its colour.
    expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 79, 138)');
    await page.close();
  });

  test('a search that finds nothing offers the closest names, from the embedded name list', async () => {
    const page = await openFile('suche/index.html?q=Pjongyang');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('Keine Treffer'));
    await page.waitForSelector('[data-search-suggestions] a');
    expect(await page.$$eval('[data-search-suggestions] a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['Pjöngjang', '../orte/pjoengjang/index.html']]);
    await page.close();
  });

  test('a question finds what it is about: «Wer ist Choe Son Hui?» puts her page first', async () => {
    const page = await openFile(`suche/index.html?q=${encodeURIComponent('Wer ist Choe Son Hui?')}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('Choe Son Hui'));
    expect((await resultPaths(page))[0]).toMatch(/personen\/choe-son-hui\/index\.html$/);
    await page.close();
  });

  test('searching "Wonsan" from the header finds the Wonsan page, and the result opens', async () => {
    const page = await openFile('personen/kim-jong-un/index.html');
    await page.keyboard.press('/');
    await page.keyboard.type('Wonsan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/suche\/index\.html\?q=Wonsan$/);
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const found = await resultPaths(page);
    expect(found.some((p) => p.endsWith('/orte/wonsan/index.html'))).toBe(true);
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/^Wonsan\W?$/); // Pagefind marks the token, punctuation included
    await page.locator('.search-results li h2 a', { hasText: 'Wonsan' }).first().click();
    await page.waitForURL(/orte\/wonsan\/index\.html$/);
    expect(await page.textContent('h1')).toBe('Wonsan');
    await page.close();
  });

  test('a hit in a source links to the paragraph that holds the match, and the link lands there', async () => {
    const page = await openFile('suche/index.html?q=Handschlag');
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const source = page.locator('.search-results li h2 a', { hasText: 'Lawrow trifft' });
    expect(await source.getAttribute('href')).toBe('../quellen/2025-07-lawrow-trifft-kim/index.html#p1');
    await source.click();
    await page.waitForURL(/quellen\/2025-07-lawrow-trifft-kim\/index\.html#p1$/);
    expect(await page.$eval(':target', (el) => el.textContent)).toContain('Handschlag');
    await page.close();
  });

  test('the judged query set: recall@5 at least 0.95 in both editions, the same first hit for at least 90 % of the queries', async () => {
    const lexicon = JSON.parse(readFileSync(path.join(build.outDir, 'suche', 'woerter.json'), 'utf8')) as Lexicon;
    const splitter = compoundSplitter(lexicon);
    const sent = JUDGEMENTS.map((j) => queryForEngines(j.query, splitter));
    const server = await serveStatic(build.outDir, '/');
    const online = await pagefindResults(browser, server.url, sent).finally(() => server.close());
    const offline = await offlineResults(browser, root, sent);
    const recall = (results: Record<string, string[]>) => JUDGEMENTS.reduce((sum, j, i) => sum + score(j, results[sent[i]!]!).recall, 0) / JUDGEMENTS.length;
    expect(recall(online)).toBeGreaterThanOrEqual(0.95);
    expect(recall(offline)).toBeGreaterThanOrEqual(0.95);
    expect(sent.filter((q) => online[q]![0] === offline[q]![0]).length / sent.length).toBeGreaterThanOrEqual(0.9);
  });

  // Whether both editions find the same pages is tested on a generated list of queries, over
  // the seed dossier and an article from a feed: tests/e2e/feed-text.browser.test.ts.

  test('nothing failed and nothing left the edition: no request outside it, no console error', () => {
    expect(problems).toEqual([]);
  });
});

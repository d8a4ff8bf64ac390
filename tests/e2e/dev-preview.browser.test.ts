/**
 * The editors' preview, `npm run dev`, in Chromium: styled like the build (the header's colour,
 * the map's land and sea), no CSP violation or console error, and a draft shown and flagged.
 * Runs Astro's dev server on a copy of the content with one draft person.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASTRO_BIN, cleanEnvironment, REPO_ROOT } from '../../scripts/lib/astro-build.ts';
import { chromiumAvailable, launchChromium } from '../../scripts/lib/browser.ts';

const runs = chromiumAvailable();

describe.skipIf(!runs)('npm run dev, the editors\' preview', () => {
  let work: string;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'dev-preview-'));
    const content = path.join(work, 'content');
    cpSync(path.join(REPO_ROOT, 'content'), content, { recursive: true });
    writeFileSync(
      path.join(content, 'personen', 'wladimir-putin.mdx'),
      '---\nname: Wladimir Putin\naliases: []\ndraft: true\nsummary: Entwurf aus dem Import.\ncite:\n  - 2025-07-lawrow-trifft-kim#p1\nadded: "2025-07-20"\n---\n',
    );
    // The same command as `npm run dev`, on a free port, with drafts shown.
    server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', '0', '--host', '127.0.0.1'], {
      cwd: REPO_ROOT,
      env: { ...cleanEnvironment(), CONTENT_DIR: content, DOSSIER_DRAFTS: '1', ASTRO_CACHE_DIR: path.join(work, 'cache'), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`Dev-Server nicht bereit:\n${log}`)), 60_000);
      const read = (chunk: Buffer) => {
        log += chunk.toString();
        const found = /Local\s+(http:\/\/[^\s]+)/.exec(log);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!.endsWith('/') ? found[1]! : `${found[1]}/`);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
    });
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(relative: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${relative}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${relative}: ${error.message}`));
    await page.goto(`${url}${relative}`, { waitUntil: 'networkidle' });
    return page;
  }

  test('pages are styled as in the build: the header has its colour, the map its land and sea', async () => {
    const page = await open('orte/wonsan/');
    const header = await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor);
    // --accent, #0b4f8a, as in the build (unstyled, the header had no background at all).
    expect(header).toBe('rgb(11, 79, 138)');
    const map = await page.$eval('svg.locator-map', (svg) => {
      const fills = [...svg.querySelectorAll('path, rect')].map((el) => getComputedStyle(el).fill);
      return new Set(fills).size;
    });
    expect(map).toBeGreaterThan(2);
    await page.screenshot({ path: path.join(tmpdir(), 'dossier-dev-preview.png') });
    await page.close();
  });

  test('the search page says that it answers from the last build\'s index', async () => {
    const page = await open('suche/');
    expect(await page.textContent('main')).toContain('Vorschau: Die Suche antwortet aus dem Index des letzten «npm run build».');
    await page.close();
  });

  test('a draft is shown and flagged', async () => {
    const page = await open('personen/wladimir-putin/');
    expect(await page.textContent('h1')).toBe('Wladimir Putin');
    expect(await page.textContent('.draft-notice')).toBe('Entwurf – nur in der Vorschau sichtbar, nicht veröffentlicht. Zum Veröffentlichen Zusammenfassung und Belege prüfen und «draft: true» entfernen.');
    await page.close();
    // In the list of its kind too.
    const list = await open('personen/');
    expect(await list.locator('.entry-list li', { hasText: 'Wladimir Putin' }).locator('.draft-badge').textContent()).toBe('Entwurf');
    expect(await list.locator('.entry-list li', { hasText: 'Sergej Lawrow' }).locator('.draft-badge').count()).toBe(0);
    await list.close();
  });

  test('no CSP violation, no console error on the pages an editor opens (and on those opened above)', async () => {
    for (const relative of ['', 'ereignisse/treffen-lawrow-choe-in-wonsan/', 'personen/sergej-lawrow/', 'zeitleiste/', 'quellen/2025-07-lawrow-trifft-kim/']) await (await open(relative)).close();
    expect(problems).toEqual([]);
  });
});

/**
 * The editor's path end to end: ingest a new article into a copy of content/, with a draft for
 * a new name, then build. The article's mentions must be linked into the existing entity pages;
 * the draft must not be published.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { ingestArticle } from '../../src/ingest/ingest-article.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

let work: string;
let build: BuildResult;
const SOURCE = 'quellen/2025-08-nordkorea-testet-neue-rakete/index.html';

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-ingest-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const article = readFileSync(path.resolve('tests/fixtures/articles/dpa-dateline.txt'));
  ingestArticle(article, 'dpa-dateline.txt', { contentDir, stubs: [{ name: 'Wladimir Putin', kind: 'person' }] });
  build = await buildSite({ contentDir });
});

afterAll(() => {
  build?.dispose();
  rmSync(work, { recursive: true, force: true });
});

test('after ingest the dossier builds, and the new article is linked into existing pages', () => {
  expect(build.status, build.output).toBe(0);
  const source = cheerio.load(readFileSync(path.join(build.outDir, SOURCE), 'utf8'));
  expect(source('#p1 a.mention').map((_, a) => source(a).attr('href')).get()).toEqual(
    expect.arrayContaining(['/personen/kim-jong-un/', '/laender/nordkorea/']),
  );
  expect(source('#p1 .absatz-text').text()).toContain('{Nordkorea}');
  expect(source('#p1 .absatz-text').text()).toContain('<b>kein HTML</b>');
  const kim = cheerio.load(readFileSync(path.join(build.outDir, 'personen/kim-jong-un/index.html'), 'utf8'));
  expect(kim('.mentions li > a').map((_, a) => kim(a).attr('href')).get()).toContain('/quellen/2025-08-nordkorea-testet-neue-rakete/#p1');
  expect(crawlSite(build.outDir).broken).toEqual([]);
});

test('a draft is not published, and nothing links to it', () => {
  expect(existsSync(path.join(build.outDir, 'personen/wladimir-putin/index.html'))).toBe(false);
  expect(readFileSync(path.join(build.outDir, SOURCE), 'utf8')).not.toContain('wladimir-putin');
});

test('in the preview (DOSSIER_DRAFTS=1, as npm run dev sets it) the draft is shown and flagged', async () => {
  const preview = await buildSite({ contentDir: path.join(work, 'content'), env: { DOSSIER_DRAFTS: '1' } });
  try {
    expect(preview.status, preview.output).toBe(0);
    const page = cheerio.load(readFileSync(path.join(preview.outDir, 'personen/wladimir-putin/index.html'), 'utf8'));
    expect(page('.draft-notice').text()).toContain('Entwurf');
    expect(readFileSync(path.join(preview.outDir, SOURCE), 'utf8')).toContain('href="/personen/wladimir-putin/"');
  } finally {
    preview.dispose();
  }
});

/**
 * The editor's path end to end: ingest new articles into a copy of content/, with a draft for
 * a new name (--stub), then build. The article's mentions must be linked into the existing entity
 * pages; drafts must not be published. In the preview the review page lists every draft beside
 * its paragraph, those to check first; after `accept` the next build publishes them.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { ingestArticle } from '../../src/ingest/ingest-article.ts';
import { acceptDrafts } from '../../src/ingest/accept-drafts.ts';
import { readDrafts } from '../../src/ingest/drafts.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

let work: string;
let build: BuildResult;
let drafted: string;
const SOURCE = 'quellen/2025-08-nordkorea-testet-neue-rakete/index.html';

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-ingest-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const article = readFileSync(path.resolve('tests/fixtures/articles/dpa-dateline.txt'));
  ingestArticle(article, 'dpa-dateline.txt', { contentDir, stubs: [{ name: 'Wladimir Putin', kind: 'person' }] });
  drafted = ingestArticle(readFileSync(path.resolve('tests/fixtures/ingest/09-tourismus-wonsan.txt')), '09-tourismus-wonsan.txt', { contentDir }).id;
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

test('a draft is not published, and nothing links to it; the published build has no review page', () => {
  expect(existsSync(path.join(build.outDir, 'entwuerfe'))).toBe(false);
  expect(existsSync(path.join(build.outDir, 'personen/wladimir-putin/index.html'))).toBe(false);
  expect(readFileSync(path.join(build.outDir, SOURCE), 'utf8')).not.toContain('wladimir-putin');
});

test('in the preview (DOSSIER_DRAFTS=1, as npm run dev sets it) the review page lists every draft, those to check first', async () => {
  const preview = await buildSite({ contentDir: path.join(work, 'content'), env: { DOSSIER_DRAFTS: '1' } });
  try {
    expect(preview.status, preview.output).toBe(0);
    // A --stub is a draft like every other: not a page before accept, not linked from the text.
    expect(existsSync(path.join(preview.outDir, 'personen/wladimir-putin/index.html'))).toBe(false);
    expect(readFileSync(path.join(preview.outDir, SOURCE), 'utf8')).not.toContain('href="/personen/wladimir-putin/"');
    const contentDir = path.join(work, 'content');
    const review = cheerio.load(readFileSync(path.join(preview.outDir, 'entwuerfe/index.html'), 'utf8'));
    const stubbed = readDrafts(contentDir).drafts.find((d) => d.entwurf.art === 'eintrag' && d.entwurf.markiert === 'Wladimir Putin')!;
    expect(review(`li.draft[data-draft="${stubbed.file}"]`).length).toBe(1);
    // Every draft beside its paragraph, the quote or date marked, complete or not.
    const { drafts } = readDrafts(contentDir, drafted);
    const items = review(`section[aria-labelledby="q-${drafted}"] li.draft`);
    expect(items.length).toBe(drafts.length);
    for (const draft of drafts) {
      const item = review(`li.draft[data-draft="${draft.file}"]`);
      expect(item.find('.draft-paragraph mark').text(), draft.file).toBe(draft.entwurf.markiert);
    }
    // Drafts to check come first, each saying what to check and how to confirm it.
    const states = items.map((_, li) => review(li).attr('data-state')).get();
    expect(states[0]).toBe('pruefen');
    expect(states.indexOf('sicher')).toBeGreaterThan(states.lastIndexOf('pruefen'));
    expect(review('li.draft[data-state="pruefen"] [data-to-check]').first().text()).toContain('--bestaetigen');
    expect(review('li.draft[data-complete="nein"]').text()).toContain('speaker');
  } finally {
    preview.dispose();
  }
});

test('accept publishes the complete drafts, and the next build shows them', async () => {
  const contentDir = path.join(work, 'content');
  // The editor has checked the drafts that ask for it and confirms them.
  const outcome = acceptDrafts(contentDir, { source: drafted, confirm: true });
  expect(outcome.errors).toEqual([]);
  const event = outcome.published.find((p) => p.target.startsWith('ereignisse/'))!;
  const after = await buildSite({ contentDir });
  try {
    expect(after.status, after.output).toBe(0);
    const page = cheerio.load(readFileSync(path.join(after.outDir, event.target.replace(/\.mdx$/, ''), 'index.html'), 'utf8'));
    expect(page('h1').text().length).toBeGreaterThan(10);
    const lawrow = readFileSync(path.join(after.outDir, 'personen/sergej-lawrow/index.html'), 'utf8');
    expect(lawrow).toContain('«erstklassig»');
    expect(crawlSite(after.outDir).broken).toEqual([]);
  } finally {
    after.dispose();
  }
});

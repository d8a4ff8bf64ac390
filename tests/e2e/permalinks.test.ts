/**
 * A renamed event keeps its old address: built from a copy of content/ in which the meeting in
 * Wonsan lists a former slug, the old URL must redirect to the current page and stay out of the
 * sitemap and the search index.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const EVENT = 'ereignisse/treffen-lawrow-choe-in-wonsan.mdx';
let build: BuildResult;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-permalinks-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const file = path.join(contentDir, EVENT);
  writeFileSync(file, readFileSync(file, 'utf8').replace('kind: treffen\n', 'kind: treffen\nformerSlugs: [lawrow-trifft-choe]\n'));
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

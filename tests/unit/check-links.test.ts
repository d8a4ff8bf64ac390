import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { clickDepths, crawlSite } from '../../scripts/check-links.ts';

/** Writes a tiny site: a home page, an entity page, a deep page, a stylesheet. */
function site(basePath: string, homeLinks: string) {
  const dist = mkdtempSync(path.join(tmpdir(), 'links-'));
  const write = (rel: string, html: string) => {
    mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    writeFileSync(path.join(dist, rel), html);
  };
  write('index.html', `<html><head><link rel="stylesheet" href="${basePath}_astro/a.css"></head><body>${homeLinks}</body></html>`);
  write('personen/a/index.html', `<html><body><p id="p1">x</p><a href="${basePath}personen/b/">b</a></body></html>`);
  write('personen/b/index.html', `<html><body><a href="${basePath}personen/c/">c</a></body></html>`);
  write('personen/c/index.html', '<html><body>deep</body></html>');
  write('_astro/a.css', 'body{}');
  return dist;
}

describe('link checker', () => {
  test.each([
    ['a page that exists', '<a href="/personen/a/">a</a>', []],
    ['a relative link', '<a href="personen/a/">a</a>', []],
    ['an anchor that exists', '<a href="/personen/a/#p1">a</a>', []],
    ['an external link (not checked)', '<a href="https://example.org/x">x</a>', []],
    ['a missing page', '<a href="/personen/z/">z</a>', [{ page: '/', target: '/personen/z/', reason: 'Ziel fehlt' }]],
    ['a missing anchor', '<a href="/personen/a/#p9">a</a>', [{ page: '/', target: '/personen/a/#p9', reason: 'Anker #p9 fehlt auf der Zielseite' }]],
    ['a missing image', '<img src="/bild.png" alt="">', [{ page: '/', target: '/bild.png', reason: 'Ziel fehlt' }]],
  ])('%s', (_name, links, expected) => {
    expect(crawlSite(site('/', links)).broken).toEqual(expected);
  });

  test('links outside a base path are broken', () => {
    const dist = site('/briefings/', '<a href="/personen/a/">a</a>');
    expect(crawlSite(dist, '/briefings/').broken).toEqual([{ page: '/briefings/', target: '/personen/a/', reason: 'Ziel fehlt' }]);
  });

  test('counts clicks from the home page', () => {
    const depth = clickDepths(crawlSite(site('/', '<a href="/personen/a/">a</a>')), '/');
    expect(Object.fromEntries(depth)).toEqual({ '/': 0, '/personen/a/': 1, '/personen/b/': 2, '/personen/c/': 3 });
  });
});

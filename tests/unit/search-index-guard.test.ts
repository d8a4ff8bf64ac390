import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSearchIndex } from '../../src/integrations/search-index-guard.ts';

function site(pagesWithBody: number, entry?: object) {
  const dir = mkdtempSync(path.join(tmpdir(), 'index-guard-'));
  for (let i = 0; i < pagesWithBody; i++) {
    mkdirSync(path.join(dir, `p${i}`));
    writeFileSync(path.join(dir, `p${i}`, 'index.html'), '<html><body><article data-pagefind-body>x</article></body></html>');
  }
  writeFileSync(path.join(dir, 'index.html'), '<html><body>home, not indexed</body></html>');
  if (entry) {
    mkdirSync(path.join(dir, 'pagefind'));
    writeFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
  }
  return dir;
}

describe('search index guard', () => {
  test('passes when every marked page is indexed', () => {
    expect(checkSearchIndex(site(2, { languages: { 'de-ch': { page_count: 2 } } }))).toEqual({ expected: 2, indexed: 2, languages: ['de-ch'] });
  });

  test('fails when the index was not written', () => {
    expect(() => checkSearchIndex(site(2))).toThrow(/Der Suchindex fehlt: .*pagefind-entry\.json wurde nicht geschrieben\./);
  });

  test('fails when pages are missing from the index', () => {
    expect(() => checkSearchIndex(site(3, { languages: { 'de-ch': { page_count: 2 } } }))).toThrow(
      'Der Suchindex ist unvollständig: 2 Seiten indexiert, 3 Seiten zum Indexieren markiert (data-pagefind-body).',
    );
  });

  test('fails when no page is marked for indexing', () => {
    expect(() => checkSearchIndex(site(0, { languages: {} }))).toThrow('0 Seiten indexiert, 0 Seiten zum Indexieren markiert');
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSearchIndex } from '../../src/integrations/search-index-guard.ts';

/** A built site holding only what the guard reads: Pagefind's entry file, if given. */
function site(entry?: object) {
  const dir = mkdtempSync(path.join(tmpdir(), 'index-guard-'));
  if (entry) {
    mkdirSync(path.join(dir, 'pagefind'));
    writeFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
  }
  return dir;
}

describe('search index guard', () => {
  test('passes when every marked page is indexed, counting all languages', () => {
    expect(checkSearchIndex(site({ languages: { 'de-ch': { page_count: 2 }, en: { page_count: 1 } } }), 3)).toEqual({ expected: 3, indexed: 3, languages: ['de-ch', 'en'] });
  });

  test('fails when the index was not written', () => {
    expect(() => checkSearchIndex(site(), 2)).toThrow(/Der Suchindex fehlt: .*pagefind-entry\.json wurde nicht geschrieben\./);
  });

  test('fails when pages are missing from the index', () => {
    expect(() => checkSearchIndex(site({ languages: { 'de-ch': { page_count: 2 } } }), 3)).toThrow(
      'Der Suchindex ist unvollständig: 2 Seiten indexiert, 3 Seiten zum Indexieren markiert (data-pagefind-body).',
    );
  });

  test('fails when no page is marked for indexing', () => {
    expect(() => checkSearchIndex(site({ languages: {} }), 0)).toThrow('0 Seiten indexiert, 0 Seiten zum Indexieren markiert');
  });
});

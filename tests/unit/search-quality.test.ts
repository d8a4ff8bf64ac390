import { describe, expect, test } from 'vitest';
import { score } from '../../scripts/lib/search-quality.ts';
import { JUDGEMENTS } from '../../scripts/lib/search-judgements.ts';

describe('search quality measures', () => {
  test.each([
    ['the one relevant page first', ['/a/'], ['/a/', '/b/'], 1, 1],
    ['the one relevant page third', ['/a/'], ['/b/', '/c/', '/a/'], 1, 1 / 3],
    ['the one relevant page sixth: not in the first five', ['/a/'], ['/b/', '/c/', '/d/', '/e/', '/f/', '/a/'], 0, 1 / 6],
    ['two of three relevant pages in the first five', ['/a/', '/b/', '/c/'], ['/a/', '/x/', '/b/'], 2 / 3, 1],
    ['no relevant page', ['/a/'], ['/b/'], 0, 0],
    ['must find nothing, finds nothing', [], [], 1, 1],
    ['must find nothing, finds something', [], ['/b/'], 0, 0],
  ])('%s', (_name, relevant, results, recall, reciprocalRank) => {
    expect(score({ relevant }, results)).toEqual({ recall, reciprocalRank });
  });

  test('the judged set: at least 60 queries, every kind, no query twice, pages as site paths', () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(JUDGEMENTS.map((j) => j.kind)).size).toBe(9);
    expect(new Set(JUDGEMENTS.map((j) => j.query)).size).toBe(JUDGEMENTS.length);
    for (const judgement of JUDGEMENTS) for (const page of judgement.relevant) expect(page).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/$/);
  });
});

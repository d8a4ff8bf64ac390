/**
 * The drafting quality on the fixture articles, as `npm run measure:ingest` reports it: at
 * least 0.9 precision and recall for quotes, speakers and dates, every quote text verbatim.
 * Both sets: the one the rules were developed on, and the one written apart.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readMentionTargets } from '../../src/mentions/read-mention-targets.ts';
import { scoreFixtures, totals } from '../../scripts/lib/ingest-quality.ts';

const targets = readMentionTargets(fileURLToPath(new URL('../../content/', import.meta.url)));

describe.each(['ingest', 'ingest-heldout'])('fixtures in tests/fixtures/%s', (folder) => {
  const results = scoreFixtures(fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url)), targets);

  test('there are articles with quotes, with none, and with dates', () => {
    expect(results.length).toBeGreaterThanOrEqual(6);
    expect(results.some((r) => r.quotes.expected === 0)).toBe(true);
    expect(results.every((r) => r.dates.expected > 0)).toBe(true);
  });

  test.each(['quotes', 'speakers', 'dates'] as const)('%s: precision and recall at least 0.9', (measure) => {
    const { precision, recall } = totals(results)[measure];
    expect({ precision, recall, errors: results.flatMap((r) => r.errors) }).toMatchObject({ precision: expect.toSatisfy((p: number) => p >= 0.9), recall: expect.toSatisfy((r: number) => r >= 0.9) });
  });

  test('every drafted quote is verbatim, a slice of its paragraph', () => {
    expect(results.map((r) => [r.name, r.notVerbatim]).filter(([, n]) => n !== 0)).toEqual([]);
  });
});

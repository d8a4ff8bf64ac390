/**
 * How well a ranked result list answers one judged query (scripts/lib/search-judgements.ts):
 * the measures of `npm run measure:search-quality`.
 */
import type { Judgement } from './search-judgements.ts';

/**
 * recall@5: the share of the judged relevant pages among the first five results, out of at
 * most five; reciprocal rank: 1 / the rank of the first relevant result, 0 if none. A query
 * that must find nothing scores 1 on both when `results` is empty, else 0.
 */
export function score(judgement: Pick<Judgement, 'relevant'>, results: readonly string[]): { recall: number; reciprocalRank: number } {
  if (judgement.relevant.length === 0) return results.length === 0 ? { recall: 1, reciprocalRank: 1 } : { recall: 0, reciprocalRank: 0 };
  const top = results.slice(0, 5);
  const recall = judgement.relevant.filter((page) => top.includes(page)).length / Math.min(judgement.relevant.length, 5);
  const first = results.findIndex((page) => judgement.relevant.includes(page));
  return { recall, reciprocalRank: first < 0 ? 0 : 1 / (first + 1) };
}

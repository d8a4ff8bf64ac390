/**
 * Suggestions when a search finds nothing: the names the dossier knows that are closest to what
 * was typed, by edit distance (fastest-levenshtein) between the folded forms (foldForSearch), so
 * «Pjongyang» suggests Pyongyang and Pjöngjang. A name is suggested only if it is close for its
 * length (at most a third of its letters, at least two, differ), at most five, one per page.
 */
import { distance } from 'fastest-levenshtein';
import { foldForSearch } from '../text/normalise.ts';

export function closestNames<T extends { name: string; url: string }>(typed: string, names: readonly T[], limit = 5): T[] {
  const wanted = foldForSearch(typed);
  if (wanted === '') return [];
  const scored = names
    .map((known) => ({ known, score: distance(wanted, foldForSearch(known.name)) }))
    .filter(({ known, score }) => score <= Math.max(2, Math.ceil(foldForSearch(known.name).length / 3)))
    .sort((a, b) => a.score - b.score || a.known.name.localeCompare(b.known.name, 'de-CH'));
  const seen = new Set<string>();
  const out: T[] = [];
  for (const { known } of scored) {
    if (seen.has(known.url)) continue;
    seen.add(known.url);
    out.push(known);
    if (out.length === limit) break;
  }
  return out;
}

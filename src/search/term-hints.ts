/**
 * The editors' search terms applied to a page (content/begriffe.yaml): the other words of every
 * term whose wording the page's own entry uses. The page carries them as Pagefind metadata,
 * which Pagefind indexes as words (in both editions: the offline one carries the same index), so
 * «Vertrag» finds the pages that say «Abkommen». Wording is compared as search terms (folded and
 * stemmed, src/search/index-terms.ts), so «Abkommens» uses «Abkommen».
 */
import type { DossierNode, TermsData } from '../graph/types.ts';
import { tokensOf, tokenTerms } from './index-terms.ts';

/** Every piece of text of an entry: its data's strings and, for a source, its paragraphs. */
export function entryText(node: DossierNode): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(walk);
  };
  walk(node.data);
  if (node.kind === 'source') for (const paragraph of node.paragraphs) strings.push(paragraph.text);
  return strings.join(' \n ');
}

/** The search terms at each position of a text, as the index holds them (compute once, compare often). */
export function wordPositions(text: string): string[][] {
  return tokensOf(text).map(tokenTerms);
}

/** Whether the wording `phrase` stands in `text`, word after word, compared as search terms. */
export function usesWording(text: string | string[][], phrase: string): boolean {
  const at = typeof text === 'string' ? wordPositions(text) : text;
  const wanted = tokensOf(phrase).map((token) => tokenTerms(token)[0]).filter((term): term is string => term !== undefined);
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= at.length; i++) if (wanted.every((term, k) => at[i + k]!.includes(term))) return true;
  return false;
}

/** The other words for the terms `node` uses, in the term list's order, each once. */
export function termHints(node: DossierNode, terms: TermsData['begriffe']): string[] {
  if (terms.length === 0) return [];
  const text = wordPositions(entryText(node));
  return [...new Set(terms.filter((term) => usesWording(text, term.begriff)).flatMap((term) => term.auch))];
}

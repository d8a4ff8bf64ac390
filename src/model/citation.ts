/**
 * A citation names one paragraph of one source: `<source id>#p<n>`, e.g.
 * `2025-07-lawrow-trifft-kim#p3`. Every fact, relation, quote and briefing point carries them;
 * the same notation is the anchor of the paragraph on the source's page.
 */
import { SLUG_PATTERN } from './entry-id.ts';

/** The notation, with the source id and the paragraph number as groups 1 and 2. */
export const CITATION_PATTERN = new RegExp(`^(${SLUG_PATTERN.source.slice(1, -1)})#p([1-9][0-9]*)$`);

/**
 * Splits a citation into the source's id and the paragraph number (1-based).
 * Throws on text that is not a citation; schemas have checked every citation before this runs.
 */
export function parseCitation(value: string): { source: string; paragraph: number } {
  const match = CITATION_PATTERN.exec(value);
  if (!match) throw new Error(`Ungültiger Beleg: ${value}`);
  return { source: match[1] as string, paragraph: Number(match[2]) };
}

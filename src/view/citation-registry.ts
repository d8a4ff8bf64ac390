/**
 * Numbers the citations of one page in order of first use, so that «[2]» means the same
 * paragraph everywhere on the page and the list of Belege at the bottom matches the numbers.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { ResolvedCitation } from '../graph/types.ts';
import { truncateAtWord } from './truncate.ts';

export class CitationRegistry {
  private readonly numbers = new Map<string, number>();
  private readonly resolved: ResolvedCitation[] = [];

  constructor(private readonly dossier: Dossier) {}

  /** Registers citations (in page order) and returns their numbers. */
  add(cites: readonly string[]): number[] {
    return cites.map((cite) => {
      let n = this.numbers.get(cite);
      if (n === undefined) {
        this.resolved.push(this.dossier.citation(cite));
        n = this.resolved.length;
        this.numbers.set(cite, n);
      }
      return n;
    });
  }

  /** Number of an already registered citation. */
  numberOf(cite: string): number {
    const n = this.numbers.get(cite);
    if (n === undefined) throw new Error(`Beleg ${cite} wurde auf dieser Seite nicht registriert.`);
    return n;
  }

  all(): readonly ResolvedCitation[] {
    return this.resolved;
  }
}

/** The first words of a paragraph, cut at a word boundary, for the list of Belege. */
export function excerpt(text: string, maxLength = 160): string {
  return truncateAtWord(text, maxLength);
}

/** A window of a paragraph around a mention, cut at word boundaries, for "Erwähnt in". */
export function excerptAround(text: string, start: number, end: number, radius = 70): { before: string; match: string; after: string } {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: `${from > 0 ? '… ' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? ' …' : ''}`,
  };
}

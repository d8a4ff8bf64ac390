/**
 * German compounds, split with the dossier's own words. Pagefind matches a query word as a prefix
 * of indexed words, so «Truppen» finds «Truppenentsendung», but «Entsendung» does not, and
 * «Truppenentsendung» does not find a page that says «Entsendung von Truppen». So:
 * - at index time, a page carries the parts of the compounds its entry uses (as Pagefind
 *   metadata `teile`, src/pages/[section]/[slug].astro), so each part finds the whole;
 * - at query time, a query word the dossier never uses is replaced by its parts if it splits
 *   (src/client/search-ui.ts), so the whole finds the pages that use the parts.
 * A word splits into a first part and a rest, joined directly or by a linking element (-s-,
 * -es-, -n-, -en-, -e-, -er-, -ens-), where the first part is a word the dossier uses and the
 * rest is a noun the dossier uses or splits again; both compared as search terms (folded and
 * stemmed, src/search/index-terms.ts), each part at least four letters long, so that «Beistand»
 * never yields «bei». Words the editors list as staying whole (`ungeteilt` in
 * content/begriffe.yaml, «Russlanddeutsche») are never split.
 */
import { foldForSearch } from '../text/normalise.ts';
import { termOf, tokensOf } from './index-terms.ts';

/** What splitting needs to know of the dossier: made at build time, read by both editions as JSON (`/suche/woerter.json`). */
export interface Lexicon {
  /** Search terms of every word the dossier's entries use. */
  words: string[];
  /** Search terms of the words the entries write with a capital inside a sentence: the nouns. */
  nouns: string[];
  /** Folded words that stay whole. */
  whole: string[];
}

/** A lexicon ready for lookups. */
export interface CompoundSplitter {
  /** The parts of `word` as written (`Truppenentsendung` -> `Truppen`, `entsendung`), or undefined if it does not split. */
  split(word: string): string[] | undefined;
  /** Whether the dossier uses `word` (compared as a search term). */
  knows(word: string): boolean;
}

const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ens'];
/** Shortest part, in folded letters. */
const MIN_PART = 4;
/**
 * Longest word that is split, in letters: German compounds in news text stay well below it
 * («Donaudampfschifffahrtsgesellschaftskapitän» has 42). Splitting tries every cut and looks each
 * part up, so its cost grows faster than the word's length; one 50,000-letter token in a body
 * (a pasted hash, a broken feed) added about 42 s to every build. Longer tokens stay whole.
 */
export const MAX_SPLIT_LENGTH = 64;
const LETTERS = /^\p{L}+$/u;

/**
 * The lexicon of `texts` (every entry's text, see `entryText` in term-hints.ts) and the words
 * that stay whole; sorted, so the same dossier gives the same bytes.
 */
export function lexiconOf(texts: Iterable<string>, whole: readonly string[] = []): Lexicon {
  const words = new Set<string>();
  const nouns = new Set<string>();
  for (const text of texts) {
    let sentenceStart = true;
    for (const token of tokensOf(text)) {
      const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (LETTERS.test(word)) {
        const term = termOf(word);
        if (term.length >= 3) {
          words.add(term);
          if (!sentenceStart && /^\p{Lu}\p{Ll}/u.test(word)) nouns.add(term);
        }
      }
      sentenceStart = /[.!?:»«"“”]$/u.test(token);
    }
  }
  return { words: [...words].sort(), nouns: [...nouns].sort(), whole: [...new Set(whole.map(foldForSearch))].sort() };
}

/** Lookups over `lexicon`; splitting is remembered per word. */
export function compoundSplitter(lexicon: Lexicon): CompoundSplitter {
  const words = new Set(lexicon.words);
  const nouns = new Set(lexicon.nouns);
  const whole = new Set(lexicon.whole);
  const known = new Map<string, number[] | null>();

  /** Where the parts after the first begin in `folded`, reading from `from`: fewest parts, then the longest first part; null if it does not split. */
  const cuts = (folded: string, from: number): number[] | null => {
    const key = `${from}:${folded}`;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    let best: number[] | null = null;
    for (let end = from + MIN_PART; end <= folded.length - MIN_PART; end++) {
      if (!words.has(termOf(folded.slice(from, end)))) continue;
      for (const link of LINKS) {
        const rest = end + link.length;
        if (!folded.startsWith(link, end) || folded.length - rest < MIN_PART) continue;
        const further = nouns.has(termOf(folded.slice(rest))) ? [] : cuts(folded, rest);
        if (further === null) continue;
        const candidate = [rest, ...further];
        if (!best || candidate.length < best.length || (candidate.length === best.length && candidate[0]! >= best[0]!)) best = candidate;
      }
    }
    known.set(key, best);
    return best;
  };

  return {
    split(word) {
      if (!LETTERS.test(word)) return undefined;
      const folded = foldForSearch(word);
      // Folding keeps one letter per letter for these words, except ß, ä/ö/ü written ae/oe/ue; cut the written word only where that holds.
      if (folded.length !== word.length || whole.has(folded) || folded.length < 2 * MIN_PART || folded.length > MAX_SPLIT_LENGTH) return undefined;
      const found = cuts(folded, 0);
      if (!found) return undefined;
      // A linking element stays on the part before it («Partnerschafts»), which the stemmer drops.
      return [0, ...found].map((start, i, starts) => word.slice(start, starts[i + 1]));
    },
    knows(word) {
      return words.has(termOf(word));
    },
  };
}

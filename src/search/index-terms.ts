/**
 * Words as Pagefind 1.6 indexes and looks them up, for the build's own comparisons of wording
 * (the editors' search terms, src/search/term-hints.ts; compounds, src/search/compounds.ts): a
 * term counts as used where Pagefind would find it. Pagefind's rules (read from its source
 * and checked against its output on test pages):
 * - a page's text is split at white space; each piece (a token) is indexed by its letters and
 *   digits alone (`Jong-un` -> `jongun`, `sda/afp` -> `sdaafp`), lower case, without diacritics,
 *   stemmed with Snowball German;
 * - a token with other characters inside, or a capital after its first letter, is indexed by its
 *   parts as well: split at ASCII punctuation, hyphens, underscores, a lower-case letter followed
 *   by a capital, the end of a run of capitals, and changes between letters and digits
 *   (`Jong-un` -> `jong`, `un`; `COVID-19` -> `covid`, `19`); parts of one byte are not indexed;
 * - (a query term matches every indexed word it is a prefix of; one that matches none matches the
 *   longest indexed word that is a prefix of it.)
 * Every term is folded with foldForSearch (src/text/normalise.ts), which is what Pagefind's
 * stemmer does with ß and ae/oe/ue and its tokenizer with diacritics. Tokens are split as
 * Pagefind splits them, from the text as it stands: a soft hyphen or zero-width space inside a
 * word vanishes from the whole-token term, as in Pagefind. One difference from the folding used
 * elsewhere is kept on purpose: Pagefind reads a non-breaking hyphen (U+2011) as part of a word,
 * not as a hyphen, so «Nato‑Treffen» is found by «Nato» but not by «Treffen» in either edition;
 * splitting it here as well would count as used what Pagefind does not find.
 */
import { foldForSearch } from '../text/normalise.ts';
import { stemGerman } from './german-stemmer.ts';

const LETTER_OR_DIGIT = /[\p{Alphabetic}\p{N}]/u;
const NOT_LETTER_OR_DIGIT = /[^\p{Alphabetic}\p{N}]/gu;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** A word as the index holds it: folded (lower case, no diacritics, ß as ss, ae/oe/ue read) and stemmed. */
export function termOf(word: string): string {
  const folded = foldForSearch(word);
  return folded === '' ? '' : stemGerman(folded);
}

/**
 * A token's parts, at the boundaries Pagefind splits compound tokens at: ASCII punctuation,
 * `-`, `_`, lower to upper case (`afpAuf`), the end of a run of capitals before a capitalised
 * word (`WKWeb` -> `WK`, `Web`), and letter/digit changes (`G20` -> `G`, `20`).
 */
function partsOf(token: string): string[] {
  return token
    .replace(ASCII_PUNCTUATION, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})([0-9])/gu, '$1 $2')
    .replace(/([0-9])(\p{L})/gu, '$1 $2')
    .split(/[\s_-]+/u)
    .filter((part) => part !== '');
}

/**
 * The index terms of one token (a piece of text between white space): its letters and digits
 * as one term, and, where Pagefind indexes them, the terms of its parts. Parts that still hold
 * punctuation Pagefind does not split at (`Berlin–Paris`, `„Kursk“`) are left out: Pagefind
 * indexes them with the punctuation, where no query (which loses its punctuation) can reach
 * them except through the whole token, which is indexed anyway.
 */
export function tokenTerms(token: string): string[] {
  const whole = termOf(token.replace(NOT_LETTER_OR_DIGIT, ''));
  const terms = whole === '' ? [] : [whole];
  if (/[^\p{Alphabetic}\p{N}]/u.test(token) || /.\p{Lu}/u.test(token)) {
    for (const part of partsOf(token)) {
      if (new TextEncoder().encode(part).length <= 1 || [...part].some((c) => !LETTER_OR_DIGIT.test(c))) continue;
      const term = termOf(part);
      if (term !== '' && !terms.includes(term)) terms.push(term);
    }
  }
  return terms;
}

/** The tokens of an indexed text: split at white space (every Unicode space, as Pagefind splits). */
export function tokensOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token !== '');
}

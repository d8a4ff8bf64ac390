/**
 * The one place that says when two pieces of text count as the same words. Agency text copied
 * from feeds and web pages carries invisible characters (soft hyphens, zero-width spaces),
 * look-alikes (no-break spaces, non-breaking hyphens, typographic quotation marks) and
 * decomposed umlauts; none of them changes a word. Everything that compares text rather than
 * shows it goes through here: quote verification, ingest's duplicate check, mention matching,
 * name candidates, slugs and the offline search index with its queries. Stored and displayed
 * text is never changed: these foldings exist for comparison only.
 *
 * Two levels:
 * - `foldText`: the same words, letter for letter (case, umlauts and ß kept). Used where a
 *   match must be verbatim: quotes, mentions, names, duplicate articles.
 * - `foldForSearch`: additionally lower case, without diacritics, ß as ss, ä/ö/ü and their
 *   spellings ae/oe/ue as a/o/u, as Pagefind's tokenizer and Snowball's German stemmer treat them,
 *   so that «Pjoengjang» and «Pjöngjang» are one search term. Like Snowball, ue stays after q
 *   («Quelle») and after a vowel («Feuer», «neue»: there the u is a consonant).
 */

/** Characters that are no letter and no space: removed. Named for the ingest report. */
export const INVISIBLE_CHARACTERS: Readonly<Record<string, string>> = {
  '\u00AD': 'weiches Trennzeichen',
  '\u200B': 'Leerzeichen ohne Breite',
  '\u200C': 'Bindungsverhinderer (ZWNJ)',
  '\u200D': 'Verbinder ohne Breite (ZWJ)',
  '\u2060': 'Wortverbinder',
  '\uFEFF': 'Byte-Order-Mark im Text',
};

/** Space characters other than the plain space: read as a space. */
export const SPACE_VARIANTS: Readonly<Record<string, string>> = {
  '\u00A0': 'geschütztes Leerzeichen',
  '\u2002': 'Halbgeviert-Leerzeichen',
  '\u2003': 'Geviert-Leerzeichen',
  '\u2004': 'Drittelgeviert-Leerzeichen',
  '\u2005': 'Viertelgeviert-Leerzeichen',
  '\u2006': 'Sechstelgeviert-Leerzeichen',
  '\u2007': 'Ziffernleerzeichen',
  '\u2008': 'Interpunktionsleerzeichen',
  '\u2009': 'schmales Leerzeichen',
  '\u200A': 'Haarleerzeichen',
  '\u202F': 'schmales geschütztes Leerzeichen',
  '\u205F': 'mathematisches Leerzeichen',
  '\u3000': 'ideografisches Leerzeichen',
};

/** Hyphens other than the hyphen-minus: read as `-`. Dashes (– —) are punctuation, not hyphens, and stay. */
export const HYPHEN_VARIANTS: Readonly<Record<string, string>> = {
  '\u2010': 'Bindestrich (U+2010)',
  '\u2011': 'geschützter Bindestrich',
};

/** Quotation marks: read as `"`, so that «…», „…“, ‹…› and "…" compare equal. */
const QUOTATION_MARKS = '«»‹›„“”‟"‚';
/**
 * Apostrophes, which are also single quotation marks (‘so’, 'so'): between two letters an
 * apostrophe (O’Brien, Kim's) and read as `'`, anywhere else a quotation mark and read as `"`.
 */
const APOSTROPHES = "'’‘‛`´ʼ";

const LETTER = /\p{L}/u;

/**
 * What one original character, with the combining marks after it, becomes; `before` and
 * `after` are the characters around it (for apostrophes). A combining mark after an invisible
 * or a punctuation character goes with it.
 */
function foldSegment(segment: string, before: string | undefined, after: string | undefined): string {
  const base = String.fromCodePoint(segment.codePointAt(0)!);
  if (base in INVISIBLE_CHARACTERS) return '';
  if (base in SPACE_VARIANTS || /^\s$/u.test(base)) return ' ';
  if (base in HYPHEN_VARIANTS) return '-';
  if (QUOTATION_MARKS.includes(base)) return '"';
  if (APOSTROPHES.includes(base)) return before !== undefined && after !== undefined && LETTER.test(before) && LETTER.test(after) ? "'" : '"';
  return segment.normalize('NFC');
}

/** Characters folded into one other character: the text keeps its length and offsets. */
const ONE_FOR_ONE = new RegExp(`[${Object.keys(SPACE_VARIANTS).join('')}${Object.keys(HYPHEN_VARIANTS).join('')}${QUOTATION_MARKS}${APOSTROPHES}\\s]`, 'gu');
/** What changes the length: removed characters, combining marks (composed), runs of white space (one space). */
const CHANGES_LENGTH = new RegExp(`[${Object.keys(INVISIBLE_CHARACTERS).join('')}\\p{M}]|\\s\\s`, 'u');

/** A folded text, and the way back to the original. */
export interface FoldedText {
  text: string;
  /** The span of the original text that the folded text's `[start, end)` (non-empty) came from. */
  original(start: number, end: number): { start: number; end: number };
}

/**
 * `foldText` with the way back to the original, for finding words in folded text and reporting
 * them where they stand: runs of white space become one space, not trimmed, so that offsets stay
 * meaningful. Most text, in NFC already, only has characters folded one for one (quotation
 * marks, line breaks, no-break spaces), and then offsets are the same on both sides; text with
 * invisible characters, combining marks, runs of white space or characters NFC changes is folded
 * character by character.
 */
export function foldTextWithOffsets(text: string): FoldedText {
  if (!CHANGES_LENGTH.test(text) && text.normalize('NFC') === text) {
    return {
      text: text.replace(ONE_FOR_ONE, (char, at: number) => foldSegment(char, text[at - 1], text[at + 1])),
      original: (start, end) => ({ start, end }),
    };
  }
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  // A character and the combining marks after it: NFC composes them into one.
  const segments = [...text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)];
  segments.forEach((match, i) => {
    const folded = foldSegment(match[0], segments[i - 1]?.[0].at(-1), segments[i + 1]?.[0][0]);
    const start = match.index;
    const end = start + match[0].length;
    if (folded === ' ' && out.endsWith(' ')) {
      ends[ends.length - 1] = end;
      return;
    }
    for (let k = 0; k < folded.length; k++) {
      out += folded[k];
      starts.push(start);
      ends.push(end);
    }
  });
  return { text: out, original: (start, end) => ({ start: starts[start]!, end: ends[end - 1]! }) };
}

/**
 * The text as words, letter for letter: NFC; invisible characters removed; every space variant
 * and run of white space one space; U+2010 and U+2011 as `-`; every quotation mark as `"`, an
 * apostrophe between letters as `'`; trimmed. Two texts with the same folded form show the
 * same words.
 */
export function foldText(text: string): string {
  return foldTextWithOffsets(text).text.trim();
}

/**
 * The text as a search engine compares it: `foldText`, lower case (de-CH), diacritics removed
 * (ä → a, é → e), ß as ss, ae → a, oe → o, and ue → u except after q or a vowel. Both spellings
 * of a word become one.
 */
export function foldForSearch(text: string): string {
  return foldText(text)
    .toLocaleLowerCase('de-CH')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/(?<![qaeiouy])ue/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o');
}

/** `U+00AD` for a character. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every invisible or look-alike character shown as `⟨U+00AD⟩`, for hints that would otherwise print two texts that look identical. */
export function revealUnusual(text: string): string {
  return [...text].map((c) => (c in INVISIBLE_CHARACTERS || c in SPACE_VARIANTS || c in HYPHEN_VARIANTS ? `⟨${codePointLabel(c)}⟩` : c)).join('');
}

/**
 * Finding words in text as whole words, the way the dossier compares text: folded
 * (src/text/normalise.ts), so that an invisible character or a look-alike does not hide a word,
 * and reported where the words stand in the original. Used by the quote check, mention
 * corrections, mention overrides and ingest's drafts.
 */
import { foldText, foldTextWithOffsets } from './normalise.ts';

/** What counts as part of a word around a match: letters, digits, combining marks (text is folded first, so no invisible characters remain). */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offset of `words` in `text` as whole words, or -1; both taken as they are. */
function findWord(text: string, words: string): number {
  const match = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(words)}(?!${WORD_CHAR})`, 'u').exec(text);
  return match ? match.index : -1;
}

/**
 * Where `words` first stand in `text` as whole words, both compared folded (foldText: invisible
 * characters, space, hyphen and quotation-mark variants do not count, runs of white space are one
 * space): `{ start, end }`, offsets into the original `text` (UTF-16 code units), or undefined
 * when they do not stand there or `words` folds to nothing.
 */
export function findWords(text: string, words: string): { start: number; end: number } | undefined {
  const folded = foldTextWithOffsets(text);
  const wanted = foldText(words);
  if (wanted.length === 0) return undefined;
  const at = findWord(folded.text, wanted);
  return at < 0 ? undefined : folded.original(at, at + wanted.length);
}

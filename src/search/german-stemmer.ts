/**
 * Snowball's German stemmer as of Snowball 3.0, the version Pagefind 1.6 stems German pages
 * with (its `pagefind_stem` crate is generated from it). The offline edition must reduce words
 * exactly as Pagefind does, or the two editions find different pages. The npm packages with a
 * German Snowball stemmer (@orama/stemmers, snowball-stemmers) implement the older algorithm:
 * without the -erin/-erinnen, -ln/-lns and -et rules and without reading ae/oe/ue as umlauts,
 * so «Politikerin» stayed whole where Pagefind reduces it to «polit». Written here from the
 * published algorithm (snowballstem.org, algorithms/german.sbl, v3.0.0); no code copied.
 *
 * Input: one word, lower case, letters and digits only, as `foldForSearch` leaves it: umlauts
 * already read as a/o/u, ß as ss, and ae/oe/ue as a/o/u where Snowball's prelude would make
 * them umlauts. What is left of the prelude here is marking u and y between vowels as consonants.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
/** Letters after which a final -s is removed. */
const S_ENDING = new Set([...'bdfghklmnrt']);
/** Letters after which a final -st is removed (s-endings but r). */
const ST_ENDING = new Set([...'bdfghklmnt']);
/** Letters after which a final -et is removed; `U` is a u marked as consonant. */
const ET_ENDING = new Set([...'dfgklmnrstUzä']);
/** Words ending so keep their -et: «Planet» is not «Plan», «Internet» not «intern». */
const ET_KEEP = ['geordn', 'intern', 'plan', 'tick', 'tr'];

const isVowel = (char: string | undefined) => char !== undefined && VOWELS.has(char);

/** The longest of `suffixes` that `word` ends with, or undefined. */
function longestSuffix(word: string, suffixes: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const suffix of suffixes) if (word.endsWith(suffix) && (found === undefined || suffix.length > found.length)) found = suffix;
  return found;
}

/** Start of the region after the first non-vowel that follows a vowel, searching from `from`; `length` if none. */
function regionStart(chars: readonly string[], from: number): number {
  let i = from;
  while (i < chars.length && !isVowel(chars[i])) i++;
  while (i < chars.length && isVowel(chars[i])) i++;
  return i < chars.length ? i + 1 : chars.length;
}

const STEP1 = ['em', 'ern', 'er', 'erin', 'erinnen', 'e', 'en', 'es', 's', 'ln', 'lns'];
const STEP2 = ['en', 'er', 'est', 'st', 'et'];
const STEP3 = ['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit'];

/** The stem of `word` (see the module comment for what `word` must be). */
export function stemGerman(word: string): string {
  // Prelude: u and y between vowels are consonants (marked upper case), left to right.
  // UTF-16 code units: every letter the rules look at is one unit, so that regions and suffixes
  // are measured alike. (A letter outside the BMP, which no German word has, counts as two
  // non-vowels; Snowball would count one, which could only move the region start of such a word.)
  const chars = word.split('');
  for (let i = 1; i < chars.length - 1; i++) {
    if ((chars[i] === 'u' || chars[i] === 'y') && isVowel(chars[i - 1]) && isVowel(chars[i + 1])) chars[i] = chars[i]!.toUpperCase();
  }
  let w = chars.join('');
  const length = chars.length;
  // Regions R1 and R2, as offsets into the word.
  let p1 = length;
  let p2 = length;
  if (length >= 3) {
    p1 = regionStart(chars, 0);
    p2 = p1 < length ? regionStart(chars, p1) : length;
    if (p1 < 3) p1 = 3;
  }
  const inR1 = (start: number) => start >= p1;
  const inR2 = (start: number) => start >= p2;

  // Step 1: the longest ending of the list, if it lies in R1.
  let suffix = longestSuffix(w, STEP1);
  if (suffix !== undefined && inR1(w.length - suffix.length)) {
    const stem = w.slice(0, w.length - suffix.length);
    if (suffix === 'em') {
      if (!stem.endsWith('syst')) w = stem;
    } else if (suffix === 'ern' || suffix === 'er' || suffix === 'erin' || suffix === 'erinnen') {
      w = stem;
    } else if (suffix === 'e' || suffix === 'en' || suffix === 'es') {
      w = stem.endsWith('niss') ? stem.slice(0, -1) : stem;
    } else if (suffix === 's') {
      if (S_ENDING.has(stem.at(-1) ?? '')) w = stem;
    } else {
      w = `${stem}l`; // -ln, -lns
    }
  }

  // Step 2.
  suffix = longestSuffix(w, STEP2);
  if (suffix !== undefined && inR1(w.length - suffix.length)) {
    const stem = w.slice(0, w.length - suffix.length);
    if (suffix === 'st') {
      if (ST_ENDING.has(stem.at(-1) ?? '') && stem.length - 1 >= 3) w = stem;
    } else if (suffix === 'et') {
      if (ET_ENDING.has(stem.at(-1) ?? '') && !ET_KEEP.some((keep) => stem.endsWith(keep))) w = stem;
    } else {
      w = stem;
    }
  }

  // Step 3: derivational endings in R2.
  suffix = longestSuffix(w, STEP3);
  if (suffix !== undefined && inR2(w.length - suffix.length)) {
    const stem = w.slice(0, w.length - suffix.length);
    if (suffix === 'end' || suffix === 'ung') {
      w = stem;
      if (w.endsWith('ig') && !w.endsWith('eig') && inR2(w.length - 2)) w = w.slice(0, -2);
    } else if (suffix === 'ig' || suffix === 'ik' || suffix === 'isch') {
      if (!stem.endsWith('e')) w = stem;
    } else if (suffix === 'lich' || suffix === 'heit') {
      w = stem;
      if ((w.endsWith('er') || w.endsWith('en')) && inR1(w.length - 2)) w = w.slice(0, -2);
    } else {
      w = stem; // -keit
      const inner = longestSuffix(w, ['lich', 'ig']);
      if (inner !== undefined && inR2(w.length - inner.length)) w = w.slice(0, w.length - inner.length);
    }
  }

  // Postlude: marked letters back to lower case, umlauts to plain vowels.
  return w.replace(/[UYäöü]/g, (c) => ({ U: 'u', Y: 'y', ä: 'a', ö: 'o', ü: 'u' })[c]!);
}

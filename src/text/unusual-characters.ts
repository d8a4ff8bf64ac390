/**
 * What ingest tells an editor about the characters that came in with an article: the invisible
 * and look-alike characters the normalisation folds (src/text/normalise.ts), and signs that
 * something was lost or damaged before the text reached us.
 */
import { codePointLabel, HYPHEN_VARIANTS, INVISIBLE_CHARACTERS, SPACE_VARIANTS } from './normalise.ts';

/** One kind of unusual character found in a text. */
export interface UnusualCharacter {
  /** `U+00AD`, or `NFD` for decomposed characters. */
  code: string;
  /** German name, e.g. `weiches Trennzeichen`. */
  label: string;
  count: number;
}

/**
 * The characters in `text` that an editor should know came in with it: invisible characters,
 * space and hyphen variants, decomposed letters (not NFC), the replacement character U+FFFD
 * (something was lost before the text reached us), C1 control and private-use characters.
 */
export function unusualCharacters(text: string): UnusualCharacter[] {
  const found = new Map<string, UnusualCharacter>();
  const add = (code: string, label: string) => {
    const entry = found.get(code) ?? { code, label, count: 0 };
    entry.count++;
    found.set(code, entry);
  };
  for (const char of text) {
    const label =
      INVISIBLE_CHARACTERS[char] ??
      SPACE_VARIANTS[char] ??
      HYPHEN_VARIANTS[char] ??
      (char === '\uFFFD' ? 'Ersatzzeichen (ein Zeichen ging verloren)' : /[\u0080-\u009F]/.test(char) ? 'Steuerzeichen (C1)' : /\p{Co}/u.test(char) ? 'Zeichen aus dem privaten Bereich' : undefined);
    if (label) add(codePointLabel(char), label);
  }
  const decomposed = text.match(/\p{L}\p{M}+/gu)?.filter((s) => s.normalize('NFC').length < s.length).length ?? 0;
  for (let i = 0; i < decomposed; i++) add('NFD', 'zerlegter Buchstabe mit Akzent (nicht NFC)');
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}

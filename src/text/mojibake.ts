/**
 * Encoding damage of the commonest kind: UTF-8 bytes that were once read as Windows-1252 and
 * saved again, so that «ä» stands as «Ã¤» and «„» as «â€ž». Such text is valid UTF-8, so no
 * decoder notices; it must be recognised by its pattern. A damaged character is a UTF-8 lead
 * byte's Windows-1252 character (Â Ã Ä Å for two-byte sequences, â for the three-byte ones of
 * typographic punctuation) followed by the right number of continuation bytes' characters. Each
 * such sequence is turned back into its bytes and decoded; the repair is kept only if every
 * sequence decodes to a character German agency text plausibly carries and nothing that looks
 * damaged is left. Undamaged characters around it stay as they are.
 *
 * Why our own code: the known libraries for this (ftfy) are Python; the repair itself is the
 * platform's TextDecoder, and the few lines here only find the sequences.
 */

/** Windows-1252 as browsers and Node decode it (WHATWG): byte -> character, and back. */
const CP1252_CHARS = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
const BYTE_OF = new Map([...CP1252_CHARS].map((char, byte) => [char, byte]));

/** The characters that stand for the continuation bytes 0x80-0xBF. */
const CONTINUATION = `[${[...CP1252_CHARS.slice(0x80, 0xc0)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

/** A damaged character: two-byte sequences for U+0080-U+017F, three-byte ones starting E2 (punctuation, €, ™). */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00C5]${CONTINUATION}|\\u00E2${CONTINUATION}{2}`, 'gu');
/** What is left looking damaged after a repair: a lead character directly followed by a continuation character. */
const SUSPECT = new RegExp(`[\\u00C2-\\u00C5\\u00E2]${CONTINUATION}`, 'u');

/** Characters a repaired sequence may yield: Latin-1 and Latin Extended-A letters and signs, general punctuation, €, №, ™. */
const PLAUSIBLE = /^[\u00A0-\u017F\u2010-\u205F\u20AC\u2116\u2122]$/u;

export type MojibakeCheck =
  | { status: 'clean' }
  | { status: 'repaired'; text: string; /** Each damaged sequence and what it became, in order. */ repairs: { from: string; to: string }[] }
  | { status: 'damaged'; /** The first sequence that could not be repaired, with a little context. */ at: string };

/**
 * Looks for UTF-8-read-as-Windows-1252 damage in `text` (one paragraph or a title).
 * `clean`: nothing suspect. `repaired`: every damaged sequence decoded to a plausible character
 * and re-encoding the result gives `text` back. `damaged`: something looks damaged but cannot
 * be repaired with certainty (a byte was lost or replaced, or it decodes to an unlikely character).
 */
export function checkMojibake(text: string): MojibakeCheck {
  if (!SUSPECT.test(text)) return { status: 'clean' };
  const repairs: { from: string; to: string }[] = [];
  let failed: number | undefined;
  const repaired = text.replace(SEQUENCE, (sequence, offset: number) => {
    let decoded: string | undefined;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from([...sequence].map((c) => BYTE_OF.get(c)!)));
    } catch {
      decoded = undefined;
    }
    // Round trip: the character written as UTF-8 and read as Windows-1252 must be the sequence again.
    const back = decoded === undefined ? undefined : [...new TextEncoder().encode(decoded)].map((byte) => CP1252_CHARS[byte]).join('');
    if (decoded === undefined || back !== sequence || !PLAUSIBLE.test(decoded)) {
      failed ??= offset;
      return sequence;
    }
    repairs.push({ from: sequence, to: decoded });
    return decoded;
  });
  const leftOver = SUSPECT.exec(repaired);
  if (failed !== undefined || leftOver) {
    const at = failed ?? text.indexOf(leftOver![0]);
    return { status: 'damaged', at: text.slice(Math.max(0, at - 20), at + 20) };
  }
  return { status: 'repaired', text: repaired, repairs };
}

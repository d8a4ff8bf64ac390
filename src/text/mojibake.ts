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
/** After â (E2): the continuation bytes of U+2000-U+213F, where typographic punctuation, €, № and ™ lie. */
const PUNCTUATION_BLOCK = '[\\u20AC\\u0081\\u201A\\u201E]';

/**
 * A damaged character. Only the sequences German agency text produces are looked for, so that
 * legitimate text is never «repaired»: Â and Ã (C2, C3) before a continuation byte, which are
 * U+0080-U+00FF (umlauts, ß, «», no-break space), and â (E2) before the bytes of typographic
 * punctuation. Ä and Å (C4, C5) are left alone: «Ä» or «Å» before a guillemet is real text.
 */
const SEQUENCE = new RegExp(`[\\u00C2\\u00C3]${CONTINUATION}|\\u00E2${PUNCTUATION_BLOCK}${CONTINUATION}`, 'gu');
/** What looks damaged: the start of such a sequence. A French «pâ» before «»» does not. */
const SUSPECT = new RegExp(`[\\u00C2\\u00C3]${CONTINUATION}|\\u00E2${PUNCTUATION_BLOCK}`, 'u');
/** Ã before a space or the end, once damage is found: «à» (C3 A0) whose no-break space became a space. */
const LOST_NO_BREAK_SPACE = /\u00C3(?=\s|$)/u;

/** Characters a repaired sequence may yield: Latin-1 letters and signs, general punctuation (with the invisible ones), €, №, ™. */
const PLAUSIBLE = /^[\u00A0-\u00FF\u2000-\u206F\u20AC\u2116\u2122]$/u;

/**
 * What `checkMojibake` found: `clean`, nothing suspect; `repaired`, the text with every damaged
 * sequence decoded, and each sequence with what it became; `damaged`, a place (about 40
 * characters around the first damaged sequence) that cannot be repaired with certainty.
 */
export type MojibakeCheck =
  | { status: 'clean' }
  | { status: 'repaired'; text: string; repairs: { from: string; to: string }[] }
  | { status: 'damaged'; at: string };

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
  const leftOver = SUSPECT.exec(repaired) ?? (repairs.length > 0 ? LOST_NO_BREAK_SPACE.exec(repaired) : null);
  if (failed !== undefined) return { status: 'damaged', at: text.slice(Math.max(0, failed - 20), failed + 20) };
  if (leftOver) return { status: 'damaged', at: repaired.slice(Math.max(0, leftOver.index - 20), leftOver.index + 20) };
  return { status: 'repaired', text: repaired, repairs };
}

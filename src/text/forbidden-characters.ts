/**
 * Characters no content file may hold, whether typed, pasted or imported: control characters
 * (C0 but tab, line feed and carriage return; C1), noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF)
 * and the bidi controls that reorder what follows (embeddings, overrides, isolates). A U+202E in a
 * name showed «Ivanov» on the page while search and the card saw «vonavI»; a U+0001 in a title
 * made the feed ill-formed. The content check refuses them with the line they stand on.
 */
import { codePointLabel } from './normalise.ts';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;

function labelOf(char: string): string {
  const code = char.codePointAt(0)!;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'ein Steuerzeichen für die Schreibrichtung, das die Reihenfolge der folgenden Zeichen umkehrt oder einbettet';
  if (code >= 0xfdd0) return 'ein Nicht-Zeichen, das in keinem Text vorkommen darf';
  return 'ein unsichtbares Steuerzeichen';
}

/** Every forbidden character of `text`, with its 1-based line and a German description. */
export function forbiddenCharacters(text: string): { code: string; line: number; label: string }[] {
  const found: { code: string; line: number; label: string }[] = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ code: codePointLabel(match[0]), line, label: labelOf(match[0]) });
  }
  return found;
}

/**
 * Which faces satori gets for a card. Parsing the fonts is a good part of starting a renderer
 * (~60 ms for the eight Source faces, more with the fallback DejaVu Sans); most cards need only
 * the four latin faces and come out the same with them alone (the SVG of every card of the
 * dossier was compared), so all faces, latin-ext and the fallback included, are handed over only
 * for a card with a character that the latin faces lack.
 */
import type { CardFont } from './fonts.ts';
import { codePointsOf } from './sfnt.ts';

const choosers = new WeakMap<readonly CardFont[], (text: string) => CardFont[]>();

/** The faces for a card showing `text`; the same array for the same choice (satori caches per array). */
export function facesFor(fonts: CardFont[], text: string): CardFont[] {
  let choose = choosers.get(fonts);
  if (!choose) {
    const latin = fonts.filter((font) => font.subset === 'latin');
    // Characters every latin face has: then no weight or family can fall back to latin-ext.
    const [first, ...others] = latin.map((font) => codePointsOf(font.data));
    const common = new Set([...(first ?? [])].filter((cp) => others.every((points) => points.has(cp))));
    choose = (text) => {
      for (const char of text) if (!common.has(char.codePointAt(0)!)) return fonts;
      return latin;
    };
    choosers.set(fonts, choose);
  }
  return choose(text);
}

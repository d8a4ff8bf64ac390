/** A card's layout and text, drawn by satori as SVG (text as paths in the card fonts). */
import { createRequire } from 'node:module';
import type satoriFunction from 'satori';
import type { CardSpec } from '../spec/card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, drawnText } from './card-layout.ts';
import { facesFor } from './font-choice.ts';
import type { CardFont } from './fonts.ts';

// Loaded on the first card, not with the build's config: a build whose cards all come from the
// cache never pays the ~0.15 s. With require, because Astro loads the integrations through
// Vite's module runner, which is closed by the time the cards render (import() would fail).
const require = createRequire(import.meta.url);
let satori: typeof satoriFunction | undefined;

/** `fonts` must be the same array on every call: satori keeps the parsed fonts per array. */
export async function cardSvg(spec: CardSpec, fonts: CardFont[]): Promise<string> {
  satori ??= (require('satori') as { default: typeof satoriFunction }).default;
  const element = await cardElement(spec);
  return satori(element as Parameters<typeof satoriFunction>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: facesFor(fonts, drawnText(spec)) });
}

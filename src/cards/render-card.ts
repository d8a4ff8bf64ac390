/** One card from spec to PNG on this thread: satori's SVG (card-svg.ts), then our rasteriser (card-png.ts). */
import type { CardSpec } from './card-spec.ts';
import { cardPng, type RenderedCard } from './card-png.ts';
import { cardSvg } from './card-svg.ts';
import type { CardFont } from './fonts.ts';

export type { RenderedCard } from './card-png.ts';

export async function renderCard(spec: CardSpec, fonts: CardFont[]): Promise<RenderedCard> {
  return cardPng(await cardSvg(spec, fonts));
}

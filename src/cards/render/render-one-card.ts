/** One card from spec to PNG on this thread: satori's SVG (card-svg.ts), then our rasteriser (card-png.ts). */
import type { CardSpec } from '../spec/card-spec.ts';
import { cardPng, type RenderedCard } from './svg-to-png.ts';
import { cardSvg } from './layout-svg.ts';
import type { CardFont } from './fonts.ts';

export type { RenderedCard } from './svg-to-png.ts';

export async function renderCard(spec: CardSpec, fonts: CardFont[]): Promise<RenderedCard> {
  return cardPng(await cardSvg(spec, fonts));
}

/**
 * One card: satori draws the SVG, sharp turns it into PNG. A palette PNG at low effort: the
 * card is flat colour and text, so it stays small (~35 kB) while encoding stays cheap.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { CardSpec } from './card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement } from './card-template.ts';
import { cardFonts } from './fonts.ts';

export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const svg = await satori(cardElement(spec) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1 }).toBuffer();
}

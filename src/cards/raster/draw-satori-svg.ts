/** Draws satori's SVG (read by satori-svg.ts) onto a palette canvas. */
import { PaletteCanvas } from './palette-canvas.ts';
import { AreaBuffer, intersect, isEmpty, isPixelAligned, multiply, type Box, type Coverage } from './rasterise.ts';
import { readSatoriSvg, UnsupportedSvgError } from './read-satori-svg.ts';
import { flattenPath, strokeOutline } from './svg-path.ts';

/** One of each per thread and card size, reused (see rasterise.ts and PaletteCanvas.reset). */
let sharedBuffer: AreaBuffer | undefined;
let sharedCanvas: PaletteCanvas | undefined;

/**
 * Draws the card. The canvas returned is reused by the next call: encode it before drawing
 * another card (render-card.ts does both in one synchronous step).
 */
export function drawSatoriSvg(svg: string): PaletteCanvas {
  const { width, height, ops } = readSatoriSvg(svg);
  const canvasBox: Box = { x0: 0, y0: 0, x1: width, y1: height };
  // SVG starts transparent; a card is opaque because satori's first shape is the root's
  // background. Anything else would need an alpha channel: leave it to librsvg.
  const [background, ...rest] = ops;
  const first = background?.kind === 'box' ? intersect(background.box, background.clip.box) : undefined;
  if (!first || background!.clip.paths.length || first.x0 > 0 || first.y0 > 0 || first.x1 < width || first.y1 < height) {
    throw new UnsupportedSvgError('Satori-SVG ohne deckenden Hintergrund über die ganze Karte.');
  }
  if (sharedCanvas?.width !== width || sharedCanvas.height !== height) sharedCanvas = new PaletteCanvas(width, height, background!.colour);
  const canvas = sharedCanvas;
  canvas.reset(background!.colour);
  if (sharedBuffer?.width !== width || sharedBuffer.height !== height) sharedBuffer = new AreaBuffer(width, height);
  const buffer = sharedBuffer;
  buffer.clear();
  const clipMasks = new Map<string, Coverage | undefined>();
  for (const op of rest) {
    const clip = intersect(op.clip.box, canvasBox);
    if (isEmpty(clip)) continue;
    if (op.kind === 'box') {
      const visible = intersect(op.box, clip);
      if (isEmpty(visible)) continue;
      if (isPixelAligned(visible) && !op.clip.paths.length) {
        canvas.fillPixels(visible.x0, visible.y0, visible.x1, visible.y1, op.colour);
        continue;
      }
      const { x0, y0, x1, y1 } = op.box;
      buffer.addPolygons([{ points: [x0, y0, x1, y0, x1, y1, x0, y1], closed: true }]);
    } else if (op.kind === 'fill') {
      buffer.addPath(op.d);
    } else {
      buffer.addPolygons(strokeOutline(flattenPath(op.d), op.width));
    }
    if (isPixelAligned(clip) && !op.clip.paths.length) {
      canvas.paintArea(buffer, clip, op.colour);
      continue;
    }
    // Rare: fractional clip edges or clip paths (borders) go through a coverage of their own.
    const coverage = buffer.take(clip);
    if (!coverage) continue;
    for (const d of op.clip.paths) {
      if (!clipMasks.has(d)) {
        buffer.addPath(d);
        clipMasks.set(d, buffer.take(canvasBox));
      }
      multiply(coverage, clipMasks.get(d));
    }
    canvas.paint(coverage, op.colour);
  }
  return canvas;
}

import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import satori from 'satori';
import { cardAlt, cardFileFor, type CardSpec } from '../../src/cards/spec/card-spec.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement } from '../../src/cards/render/card-layout.ts';
import { drawSatoriSvg } from '../../src/cards/raster/draw-satori-svg.ts';
import { cardPng } from '../../src/cards/render/svg-to-png.ts';
import { PaletteCanvas } from '../../src/cards/raster/palette-canvas.ts';
import { cardFonts } from '../../src/cards/render/fonts.ts';
import { fillPolygons } from '../../src/cards/raster/rasterise.ts';
import { renderCard } from '../../src/cards/render/render-one-card.ts';
import { cardKey, checkGlyphs, MissingGlyphError, renderAllCards, rendererVersion } from '../../src/cards/render/render-cards.ts';
import { readSatoriSvg, UnsupportedSvgError } from '../../src/cards/raster/read-satori-svg.ts';
import { codePointsOf } from '../../src/cards/render/sfnt.ts';
import { flattenPath, strokeOutline } from '../../src/cards/raster/svg-path.ts';
import { truncateAtWord } from '../../src/view/truncate.ts';

const spec = (over: Partial<CardSpec> = {}): CardSpec => ({
  file: 'og/ereignisse/treffen.png',
  page: 'ereignisse/treffen/',
  accent: '#0b4f8a',
  badge: 'Treffen',
  title: 'Lawrow trifft Choe Son Hui in Wonsan',
  lead: 'Lawrow traf in Wonsan seine nordkoreanische Kollegin – «offen».',
  rows: [
    { label: 'Datum', value: 'Juli 2025' },
    { label: 'Ort', value: 'Wonsan' },
  ],
  edition: 'Stand: Juli 2025',
  siteName: 'Briefing-Dossier',
  ...over,
});

describe('card paths and text', () => {
  test.each([
    ['', 'og/index.png'],
    ['personen/', 'og/personen.png'],
    ['personen/sergej-lawrow/', 'og/personen/sergej-lawrow.png'],
    ['404.html', 'og/404.png'],
  ])('page «%s» has its card at %s', (page, file) => {
    expect(cardFileFor(page)).toBe(file);
  });

  test('the alt text says what the card shows', () => {
    expect(cardAlt(spec())).toBe('Treffen: Lawrow trifft Choe Son Hui in Wonsan. Datum: Juli 2025. Ort: Wonsan.');
  });

  test.each([
    ['short text stays', 'Kurz.', 20, 'Kurz.'],
    ['cut at a word', 'Russland und Nordkorea schlossen ein Abkommen', 30, 'Russland und Nordkorea …'],
    ['no trailing comma', 'Lawrow, Kim, Choe, Wonsan, Kursk', 19, 'Lawrow, Kim, Choe …'],
    ['a long word is cut hard', 'Überraschungsoffensivenzusammenfassung', 12, 'Überraschu …'],
  ])('truncating: %s', (_name, text, max, expected) => {
    const out = truncateAtWord(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});

describe('glyph check', () => {
  test('umlauts, guillemets and dashes have glyphs', () => {
    expect(() => checkGlyphs([spec({ title: 'Pjöngjang – «Überraschung» … Süd' })])).not.toThrow();
  });

  test('a character without a glyph fails, naming the page, the text and the character', () => {
    expect(() => checkGlyphs([spec({ title: 'Treffen in 元山' })])).toThrow(MissingGlyphError);
    expect(() => checkGlyphs([spec({ title: 'Treffen in 元山' })])).toThrow(
      'ereignisse/treffen/: «Treffen in 元山» – kein Zeichen in der Kartenschrift für: «元» (U+5143), «山» (U+5C71)',
    );
  });
});

describe('card cache and rendering', () => {
  test('the key changes with what the card shows, and only then', () => {
    const v = rendererVersion();
    expect(cardKey(spec(), v)).toBe(cardKey(spec(), v));
    expect(cardKey(spec({ title: 'Anders' }), v)).not.toBe(cardKey(spec(), v));
    expect(cardKey(spec(), `${v}-neue-schrift`)).not.toBe(cardKey(spec(), v));
  });

  test('renders 1200x630 PNGs, then serves an unchanged rebuild entirely from the cache', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const cacheDir = path.join(work, 'cache');
    const specs = [spec(), spec({ file: 'og/personen/x.png', page: 'personen/x/', badge: 'Person', title: 'Sergej Lawrow', rows: [] })];

    const cold = await renderAllCards(specs, { outDir: path.join(work, 'a'), cacheDir });
    expect(cold).toMatchObject({ cards: 2, rendered: 2, fromCache: 0, drawnByLibrsvg: [] });
    const png = readFileSync(path.join(work, 'a', 'og/ereignisse/treffen.png'));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(png.length).toBeLessThan(150 * 1024);
    // Two cards go through the worker pipeline; the same card drawn on this thread is the same bytes.
    expect(Buffer.from((await renderCard(specs[0]!, cardFonts())).png).equals(png)).toBe(true);

    const warm = await renderAllCards(specs, { outDir: path.join(work, 'b'), cacheDir });
    expect(warm).toMatchObject({ cards: 2, rendered: 0, fromCache: 2 });
    expect(readFileSync(path.join(work, 'b', 'og/ereignisse/treffen.png')).equals(png)).toBe(true);

    const changed = await renderAllCards([specs[0]!, { ...specs[1]!, title: 'Sergej Lawrow (neu)' }], { outDir: path.join(work, 'c'), cacheDir });
    expect(changed).toMatchObject({ rendered: 1, fromCache: 1 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect(existsSync(path.join(work, 'c', 'og/personen/x.png'))).toBe(true);
  });
});

const longSpec = spec({
  badge: 'Truppenentsendung',
  title: 'Nordkorea schickt tausende Soldaten in die Region Kursk und weitere Einheiten an die Front',
  lead: 'Nordkorea schickte tausende Soldaten in die an die Ukraine grenzende russische Region Kursk.',
  rows: [
    { label: 'Datum', value: 'ohne Datum' },
    { label: 'Ort', value: 'Kursk' },
    { label: 'Beteiligte', value: 'Nordkoreanische Truppen, Russische Armee, Ukrainische Streitkräfte, Pjöngjang' },
  ],
});

async function satoriSvg(card: CardSpec): Promise<string> {
  return satori(cardElement(card) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
}

describe('card rasteriser', () => {
  test('the same card renders to the same bytes, as a palette PNG of 1200x630 under 150 kB', async () => {
    for (const card of [spec(), longSpec, spec({ lead: undefined, rows: [], title: 'Sergej Lawrow' })]) {
      const first = await renderCard(card, cardFonts());
      const second = await renderCard(card, cardFonts());
      expect(first.fallback).toBeUndefined();
      expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
      const meta = await sharp(first.png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
      // IHDR: 8 bits per pixel, colour type 3 (palette).
      expect([first.png[24], first.png[25]]).toEqual([8, 3]);
      expect(first.png.length).toBeLessThan(150 * 1024);
    }
  });

  test('draws what librsvg draws from the same SVG, up to anti-aliasing', async () => {
    for (const card of [spec(), longSpec]) {
      const svg = await satoriSvg(card);
      const ours = await sharp((await renderCard(card, cardFonts())).png).removeAlpha().raw().toBuffer();
      const reference = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
      expect(ours.length).toBe(reference.length);
      let sum = 0;
      let off = 0;
      for (let i = 0; i < ours.length; i++) {
        const d = Math.abs(ours[i]! - reference[i]!);
        sum += d;
        if (d > 48) off += 1;
      }
      // Mean difference per channel (0–255) and share of clearly different values: edges only.
      expect(sum / ours.length).toBeLessThan(0.5);
      expect(off / ours.length).toBeLessThan(0.001);
    }
  });

  test('reads satori\'s overflow masks as clip rectangles and the badge border as a clipped stroke', async () => {
    const { ops } = readSatoriSvg(await satoriSvg(spec()));
    expect(ops[0]).toMatchObject({ kind: 'box', box: { x0: 0, y0: 0, x1: 1200, y1: 630 }, colour: 0xffffff });
    const border = ops.find((op) => op.kind === 'stroke');
    expect(border).toMatchObject({ kind: 'stroke', width: 6, colour: 0x0b4f8a });
    expect(border!.clip.paths).toHaveLength(1);
    const text = ops.filter((op) => op.kind === 'fill');
    expect(text.length).toBeGreaterThanOrEqual(5);
    for (const op of text.slice(0, -2)) expect(op.clip.box.y1).toBeLessThanOrEqual(630 - 76);
  });

  test('anything satori could write that the rasteriser does not know is refused, not drawn wrong', () => {
    const card = (inner: string) => `<svg width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="10" height="10" fill="#fff"/>${inner}</svg>`;
    expect(() => readSatoriSvg(card('<linearGradient id="g"/>'))).toThrow(UnsupportedSvgError);
    expect(() => readSatoriSvg(card('<path d="M0 0L5 5Z" fill="#000" opacity="0.5"/>'))).toThrow(UnsupportedSvgError);
    expect(() => readSatoriSvg(card('<path d="M0 0L5 5Z" fill="rgba(0,0,0,0.5)"/>'))).toThrow(UnsupportedSvgError);
    expect(() => readSatoriSvg(card('<mask id="m"><rect x="0" y="0" width="5" height="5" fill="#888"/></mask><path d="M0 0L5 5Z" mask="url(#m)"/>'))).toThrow(UnsupportedSvgError);
    expect(() => drawSatoriSvg('<svg width="10" height="10" viewBox="0 0 10 10"><path d="M0 0L5 5L0 5Z" fill="#000"/></svg>')).toThrow(UnsupportedSvgError);
    expect(() => readSatoriSvg(card('<path d="M0 0L5 5Z" fill="#000"/>'))).not.toThrow();
  });

  test('coverage is the exact area inside the shape', () => {
    // A 2x2 square shifted by half a pixel: corners a quarter, edges half, middle whole.
    const square = flattenPath('M0.5 0.5H2.5V2.5H0.5Z');
    const coverage = fillPolygons(square, { x0: 0, y0: 0, x1: 4, y1: 4 })!;
    const inside = (x: number, y: number) => x >= coverage.x && y >= coverage.y && x < coverage.x + coverage.width && y < coverage.y + coverage.height;
    const at = (x: number, y: number) => (inside(x, y) ? coverage.values[(y - coverage.y) * coverage.stride + (x - coverage.x)] : 0);
    expect([at(0, 0), at(1, 0), at(2, 0), at(1, 1), at(2, 2), at(3, 1), at(1, 3)]).toEqual([0.25, 0.5, 0.25, 1, 0.25, 0, 0]);
    // A hole wound the other way stays empty (non-zero rule).
    const ring = fillPolygons(flattenPath('M0 0H4V4H0Z M1 1V3H3V1Z'), { x0: 0, y0: 0, x1: 4, y1: 4 })!;
    expect([ring.values[0], ring.values[1 * ring.stride + 1], ring.values[2 * ring.stride + 2]]).toEqual([1, 0, 0]);
  });

  test('paths: relative commands, arcs and strokes end where SVG says', () => {
    const [line] = flattenPath('m1 1 h2 v2 l-2 0 z');
    expect(line!.points.slice(0, 8)).toEqual([1, 1, 3, 1, 3, 3, 1, 3]);
    const [arc] = flattenPath('M0 10 A10 10 0 0 1 20 10');
    const points = arc!.points;
    expect([points.at(-2), points.at(-1)]).toEqual([20, 10]);
    // The half circle passes through its top.
    expect(Math.min(...points.filter((_, i) => i % 2 === 1))).toBeCloseTo(0, 1);
    // A stroke of width 2 along a line covers a 1-pixel band on each side.
    const band = fillPolygons(strokeOutline(flattenPath('M0 5H10'), 2), { x0: 0, y0: 0, x1: 10, y1: 10 })!;
    expect([band.y, band.height]).toEqual([4, 2]);
    expect(band.values[3]).toBe(1);
  });

  test('glyph coverage is read from the fonts\' cmap', () => {
    const [latin, latinExt] = cardFonts();
    expect(codePointsOf(latin!.data).has('Ü'.codePointAt(0)!)).toBe(true);
    expect(codePointsOf(latinExt!.data).has('Ā'.codePointAt(0)!)).toBe(true);
    expect(codePointsOf(latin!.data).has('元'.codePointAt(0)!)).toBe(false);
  });
});

describe('what the card rasteriser does not draw', () => {
  test('an SVG it does not know goes to librsvg, and says why', async () => {
    const svg = `<svg width="1200" height="630" viewBox="0 0 1200 630" xmlns="http://www.w3.org/2000/svg"><rect width="1200" height="630" fill="#ffffff"/><rect x="10" y="10" width="100" height="100" fill="#0b4f8a" opacity="0.5"/></svg>`;
    const card = await cardPng(svg);
    expect(card.fallback).toBeTruthy();
    const meta = await sharp(card.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  test('more colours than a palette holds is refused, not silently shifted', () => {
    const canvas = new PaletteCanvas(4, 4, 0xffffff);
    for (let rgb = 0; rgb < 255; rgb += 1) canvas.entryFor(rgb);
    expect(() => canvas.entryFor(0x123456)).toThrow(UnsupportedSvgError);
  });
});

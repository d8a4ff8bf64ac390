import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardAlt, cardFileFor, type CardSpec } from '../../src/cards/card-spec.ts';
import { cardKey, checkGlyphs, MissingGlyphError, renderAllCards, rendererVersion } from '../../src/cards/render-all.ts';
import { truncateAtWord } from '../../src/lib/truncate.ts';

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
    expect(cold).toMatchObject({ cards: 2, rendered: 2, fromCache: 0 });
    const png = readFileSync(path.join(work, 'a', 'og/ereignisse/treffen.png'));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(png.length).toBeLessThan(150 * 1024);

    const warm = await renderAllCards(specs, { outDir: path.join(work, 'b'), cacheDir });
    expect(warm).toMatchObject({ cards: 2, rendered: 0, fromCache: 2 });
    expect(readFileSync(path.join(work, 'b', 'og/ereignisse/treffen.png')).equals(png)).toBe(true);

    const changed = await renderAllCards([specs[0]!, { ...specs[1]!, title: 'Sergej Lawrow (neu)' }], { outDir: path.join(work, 'c'), cacheDir });
    expect(changed).toMatchObject({ rendered: 1, fromCache: 1 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect(existsSync(path.join(work, 'c', 'og/personen/x.png'))).toBe(true);
  });
});

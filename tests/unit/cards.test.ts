import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardAlt, cardFileFor, type CardSpec } from '../../src/cards/spec/card-spec.ts';
import { cardFonts } from '../../src/cards/render/fonts.ts';
import { cardSvg } from '../../src/cards/render/layout-svg.ts';
import { cardKey, renderAllCards, rendererVersion, resolveGlyphs, SUBSTITUTE } from '../../src/cards/render/render-cards.ts';
import { renderCards } from '../../src/cards/render/render-pipeline.ts';
import { codePointsOf } from '../../src/cards/render/sfnt.ts';
import { pngFromSvg } from '../../src/cards/render/svg-to-png.ts';
import { truncateAtWord } from '../../src/view/truncate.ts';
import { glyphReport } from '../../src/integrations/og-cards.ts';

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

describe('glyphs: the card fonts, a fallback font, a visible substitute', () => {
  test.each([
    ['umlauts, guillemets, dashes and ellipsis are in the card fonts', 'Pjöngjang – «Überraschung» … Süd', []],
    ['the non-breaking hyphen comes from the fallback font', 'Nato\u2011Treffen zur Waffenruhe ohne Ergebnis', [['U+2011', 'fallback']]],
    ['per mille, arrow and numero sign come from the fallback font', 'Zölle um 5 ‰ → Abkommen № 3', [['U+2030', 'fallback'], ['U+2192', 'fallback'], ['U+2116', 'fallback']]],
    ['Cyrillic comes from the fallback font', 'Лавров in Wonsan', ['Л', 'а', 'в', 'р', 'о'].map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, 'fallback'])],
    ['what no font has is substituted', 'Treffen in 元山', [['U+5143', 'substitute'], ['U+5C71', 'substitute']]],
  ])('%s', (_name, title, expected) => {
    const { specs, notes } = resolveGlyphs([spec({ title })]);
    expect(notes.map((n) => [n.codePoint, n.drawnWith])).toEqual(expected);
    for (const note of notes) expect(note.page).toBe('ereignisse/treffen/');
    const substituted = notes.filter((n) => n.drawnWith === 'substitute').map((n) => n.char);
    expect(specs[0]!.title).toBe([...title].map((c) => (substituted.includes(c) ? SUBSTITUTE : c)).join(''));
  });

  test('a title with U+2011 renders with a hyphen drawn from the fallback font, not the empty-glyph box', async () => {
    // Ink (dark pixels) of the title line: a hyphen adds a short bar, the box for a missing glyph its outline.
    const ink = async (title: string, fonts = cardFonts()) => {
      const { data, info } = await sharp(await pngFromSvg(await cardSvg(spec({ title }), fonts)))
        .extract({ left: 0, top: 100, width: 1200, height: 160 })
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return data.subarray(0, info.width * info.height).filter((value) => value < 128).length;
    };
    const plain = await ink('Nato-Treffen');
    const fallback = await ink('Nato\u2011Treffen');
    const box = await ink('Nato\u2011Treffen', cardFonts().filter((font) => font.subset !== 'fallback'));
    expect(Math.abs(fallback - plain)).toBeLessThan(Math.abs(box - plain) / 2);
  });
});

describe('the build log about glyphs', () => {
  test('one line per character, up to five pages named; a substitute is a warning', () => {
    const notes = ['a/', 'b/', 'c/', 'd/', 'e/', 'f/', 'g/'].map((page) => ({ page, char: '\u2011', codePoint: 'U+2011', drawnWith: 'fallback' as const }));
    expect(glyphReport([...notes, { page: 'x/', char: '元', codePoint: 'U+5143', drawnWith: 'substitute' }])).toEqual([
      { level: 'info', text: 'Vorschaukarten: «\u2011» (U+2011) aus der Ersatzschrift DejaVu Sans gezeichnet: a/, b/, c/, d/, e/ und 2 weitere.' },
      { level: 'warn', text: expect.stringMatching(/^Vorschaukarten: kein Zeichen in den Kartenschriften für «元» \(U\+5143\); als «□» gezeichnet: x\/\. Hinweis: /) },
    ]);
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
    // Drawn in the pipeline or on its own, a card is the same bytes.
    expect(Buffer.from(await pngFromSvg(await cardSvg(specs[0]!, cardFonts()))).equals(png)).toBe(true);

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

describe('card drawing (satori, then sharp)', () => {
  test('the same card renders to the same bytes, as a PNG of 1200x630 under 150 kB', async () => {
    for (const card of [spec(), longSpec, spec({ lead: undefined, rows: [], title: 'Sergej Lawrow' })]) {
      const svg = await cardSvg(card, cardFonts());
      const [first, second] = [await pngFromSvg(svg), await pngFromSvg(await cardSvg(card, cardFonts()))];
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const meta = await sharp(first).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
      expect(first.length).toBeLessThan(150 * 1024);
    }
  });

  test('nothing is drawn through a mask: masks are what make librsvg slow', async () => {
    // satori still defines a mask per element, but without `overflow: hidden` none is used.
    expect(await cardSvg(longSpec, cardFonts())).not.toMatch(/mask="url\(/);
  });

  test('a card with more text than room keeps its band and footer whole; the footer covers the rest', async () => {
    const { data, info } = await sharp(await pngFromSvg(await cardSvg(longSpec, cardFonts()))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const colour = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    // The band: 18 px of the accent colour at the top; the footer: 84 px of dark blue at the bottom.
    for (const y of [0, 17]) expect(colour(600, y)).toEqual([0x0b, 0x4f, 0x8a]);
    expect(colour(600, 18)).toEqual([255, 255, 255]);
    for (const y of [630 - 84, 629]) expect(colour(1190, y)).toEqual([0x0b, 0x4f, 0x8a]);
  });

  test('a card that cannot be written fails the run naming its page, and no later card is started', async () => {
    const drawn: number[] = [];
    const specs = [spec(), spec({ page: 'personen/x/', file: 'og/personen/x.png' }), spec({ page: 'orte/y/', file: 'og/orte/y.png' })];
    await expect(
      renderCards(
        specs,
        cardFonts(),
        (index) => {
          drawn.push(index);
          if (index === 0) throw new Error('Datenträger voll');
        },
        // Drawn at once, so that the first card is written (and fails) before the third is laid out,
        // whatever the machine's speed.
        async () => new Uint8Array(1),
      ),
    ).rejects.toThrow('Vorschaukarte für /ereignisse/treffen/: Datenträger voll');
    expect(drawn).not.toContain(2);
  });

  test('a card satori cannot lay out fails the run naming its page', async () => {
    const written: number[] = [];
    await expect(renderCards([spec()], [], (index) => written.push(index))).rejects.toThrow(/^Vorschaukarte für \/ereignisse\/treffen\/: /);
    expect(written).toEqual([]);
  });

  test('glyph coverage is read from the fonts\' cmap', () => {
    const [latin, latinExt] = cardFonts();
    expect(codePointsOf(latin!.data).has('Ü'.codePointAt(0)!)).toBe(true);
    expect(codePointsOf(latinExt!.data).has('Ā'.codePointAt(0)!)).toBe(true);
    expect(codePointsOf(latin!.data).has('元'.codePointAt(0)!)).toBe(false);
  });
});

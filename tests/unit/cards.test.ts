import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardAlt, cardFileFor, type CardSpec } from '../../src/cards/spec/card-spec.ts';
import { cardFonts } from '../../src/cards/render/fonts.ts';
import { cardElement, drawnText } from '../../src/cards/render/card-layout.ts';
import { facesFor } from '../../src/cards/render/font-choice.ts';
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

  test('a card with more text than room keeps its band and footer whole', async () => {
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

// Long German compounds of 44 letters (and the 41 of the issue), each with every place a hyphen
// may go by the dictionary (reformed spelling, Duden): written out by hand, not by the library.
const BREAKS: Record<string, string> = {
  Staatssekretariatsmigrationsdienstleistungen: 'Staats|se|k|re|ta|ri|ats|mi|g|ra|ti|ons|dienst|leis|tun|gen',
  Grenzgängerquellensteuerabkommensverhandlung: 'Grenz|gän|ger|quel|len|steu|er|ab|kom|mens|ver|hand|lung',
  Arbeitslosenversicherungsbeitragsanpassungen: 'Ar|beits|lo|sen|ver|si|che|rungs|bei|trags|an|pas|sun|gen',
  Rüstungsexportkontrollverordnungsänderung: 'Rüs|tungs|ex|port|kon|troll|ver|ord|nungs|än|de|rung',
};

/** Offsets in `word` where a hyphen may go: those of the compound inside it (after quotes, before punctuation). */
function validBreaks(word: string): number[] {
  const core = /\p{L}+/u.exec(word);
  const marked = core ? BREAKS[core[0]] : undefined;
  if (!core || !marked) return [];
  const points: number[] = [];
  let at = core.index;
  for (const char of marked) {
    if (char === '|') points.push(at);
    else at += char.length;
  }
  return points;
}

interface DrawnText {
  /** The element's box as laid out. */
  box: { left: number; width: number };
  font: { size: number; family: string };
  lines: { text: string; left: number; right: number; baseline: number }[];
}

/**
 * Every text of the card as satori lays it out: the same element and fonts as the build's cards,
 * but with the glyphs left as <text> pieces (embedFont false) so that the drawn words and their
 * places can be read. Pieces belong to one element while their font and colour stay the same
 * (neighbouring texts of the card always differ in one of them).
 */
async function drawnTexts(card: CardSpec): Promise<DrawnText[]> {
  const boxes: DrawnText['box'][] = [];
  const svg = await satori((await cardElement(card)) as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: facesFor(cardFonts(), drawnText(card)) as Parameters<typeof satori>[1]['fonts'],
    embedFont: false,
    onNodeDetected: (node) => {
      if (typeof node.textContent === 'string' && node.textContent.trim()) boxes.push({ left: node.left, width: node.width });
    },
  });
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const groups: { key: string; size: number; family: string; pieces: { x: number; y: number; width: number; text: string }[] }[] = [];
  for (const [, attributes, content] of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
    const a = Object.fromEntries([...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const key = [a['font-family'], a['font-weight'], a['font-size'], a.fill].join('|');
    if (groups.at(-1)?.key !== key) groups.push({ key, size: Number(a['font-size']), family: a['font-family']!, pieces: [] });
    groups.at(-1)!.pieces.push({ x: Number(a.x), y: Number(a.y), width: Number(a.width), text: unescape(content!) });
  }
  expect(groups.length, 'one run of <text> pieces per text element').toBe(boxes.length);
  return groups.map((group, index) => {
    const byLine = new Map<number, typeof group.pieces>();
    for (const piece of group.pieces) byLine.set(piece.y, [...(byLine.get(piece.y) ?? []), piece]);
    const lines = [...byLine.entries()].map(([baseline, pieces]) => {
      pieces.sort((p, q) => p.x - q.x);
      const ink = pieces.filter((p) => p.text.trim());
      return { text: pieces.map((p) => p.text).join('').replace(/\n/g, ''), left: Math.min(...ink.map((p) => p.x)), right: Math.max(...ink.map((p) => p.x + p.width)), baseline };
    });
    return { box: boxes[index]!, font: { size: group.size, family: group.family }, lines };
  });
}

/**
 * Each drawn word is a whole word of the card, or the ellipsis of shortened text, or a piece of a
 * word that ends its line with a hyphen at a place the dictionary allows and goes on at the start
 * of the next line. Never a word cut without a hyphen.
 */
function expectWholeOrHyphenated(lines: string[], words: ReadonlySet<string>): void {
  const rows = lines.map((line) => line.split(/[ \u00A0]+/u).filter(Boolean));
  const startsWord = (prefix: string) => [...words].some((w) => w.startsWith(prefix));
  const continued = new Set<number>();
  rows.forEach((row, i) => {
    row.forEach((token, j) => {
      if (j === 0 && continued.has(i)) return;
      if (token === '…' || words.has(token)) return;
      // A piece: the last of its line, ending in a hyphen; the word goes on at the start of the next line.
      let drawn = '';
      const cuts: number[] = [];
      let piece = token;
      let line = i;
      for (;;) {
        expect(piece, `«${piece}» is neither a word of the card nor the end of a line`).toBe(rows[line]!.at(-1));
        expect(piece, `«${piece}» ends a line inside a word without a hyphen`).toMatch(/-$/);
        if (startsWord(drawn + piece)) {
          drawn += piece; // the word's own hyphen (Nordkorea-Russland)
        } else {
          drawn += piece.slice(0, -1);
          cuts.push(drawn.length);
          expect(startsWord(drawn), `«${drawn}» is not the start of a word of the card`).toBe(true);
        }
        line += 1;
        continued.add(line);
        const next = rows[line]?.[0];
        expect(next, `the word «${drawn}…» does not go on on the next line`).toBeDefined();
        if (words.has(drawn + next)) {
          for (const cut of cuts) expect(validBreaks(drawn + next), `«${drawn + next}» broken after «${(drawn + next).slice(0, cut)}»`).toContain(cut);
          return;
        }
        piece = next!;
      }
    });
  });
}

const COMPOUNDS = {
  a: 'Staatssekretariatsmigrationsdienstleistungen',
  b: 'Grenzgängerquellensteuerabkommensverhandlung',
  c: 'Arbeitslosenversicherungsbeitragsanpassungen',
  issue: 'Rüstungsexportkontrollverordnungsänderung',
};

describe('long words on a card: hyphenated, smaller or shortened at a word, never cut mid-letter', () => {
  test.each([
    ['a break at a valid place', ['Das Staatssekretariatsmi-', 'grationsdienstleistungen tagt'], true],
    ['a word\'s own hyphen', ['Das Staatssekretariatsmigrationsdienstleistungen-', 'Dossier'], true],
    ['shortened at a word', ['Das Staatssekretariatsmigrationsdienstleistungen\u00A0…'], true],
    ['a cut without a hyphen', ['Das Staatssekretariatsmig', 'rationsdienstleistungen tagt'], false],
    ['a hyphen at a wrong place', ['Das Staatssekretariatsm-', 'igrationsdienstleistungen tagt'], false],
    ['a word cut and shortened', ['Das Staatssekretariats…'], false],
  ])('the check of drawn words accepts %s, or not', (_name, lines, ok) => {
    const words = new Set(['Das', 'Staatssekretariatsmigrationsdienstleistungen', 'tagt', 'Staatssekretariatsmigrationsdienstleistungen-Dossier']);
    if (ok) expectWholeOrHyphenated(lines, words);
    else expect(() => expectWholeOrHyphenated(lines, words)).toThrow();
  });

  const event = (over: Partial<CardSpec>) => spec({ badge: 'Vernehmlassung', ...over });
  test.each<[string, CardSpec]>([
    ['a title of one 44-letter compound', event({ title: COMPOUNDS.a, lead: 'Der Bundesrat eröffnet die Vernehmlassung.' })],
    ['the compound of the issue as title, with a lead', event({ title: COMPOUNDS.issue })],
    ['a 44-letter compound among other words of a title, and in a lead', event({ title: `Neue ${COMPOUNDS.b}`, lead: `Die ${COMPOUNDS.c} und die ${COMPOUNDS.b} betreffen das ${COMPOUNDS.a}.` })],
    ['a long title of compounds, without a lead', event({ title: `Bundesrat legt ${COMPOUNDS.b} und ${COMPOUNDS.c} vor`, lead: undefined })],
    [
      'row values of 44-letter compounds',
      event({
        rows: [
          { label: 'Datum', value: COMPOUNDS.c },
          { label: 'Ort', value: COMPOUNDS.b },
          { label: 'Beteiligte', value: `${COMPOUNDS.a}, ${COMPOUNDS.c}` },
        ],
      }),
    ],
    [
      // A card of the seed dossier: its title took three lines beside the lead, its last row ran
      // under the footer, and the band and footer were squeezed.
      'a title of three lines at its first size, beside a lead and three rows',
      event({
        title: 'Ukrainische Überraschungsoffensive in der Region Kursk',
        lead: 'Im August 2024 startete die Ukraine eine Überraschungsoffensive in der russischen Grenzregion Kursk.',
        rows: [
          { label: 'Datum', value: 'August 2024' },
          { label: 'Ort', value: 'Kursk' },
          { label: 'Länder', value: 'Ukraine, Russland' },
        ],
      }),
    ],
    ['a site name and an edition too long for the footer together', event({ siteName: `${COMPOUNDS.a}-Dossier`, edition: `Stand: 20. September 2025, ${COMPOUNDS.b}` })],
    [
      'long words everywhere at once',
      event({
        title: `${COMPOUNDS.issue} und ${COMPOUNDS.a}`,
        lead: `Die ${COMPOUNDS.c} und die ${COMPOUNDS.b} betreffen das ${COMPOUNDS.a}.`,
        rows: [
          { label: 'Datum', value: `${COMPOUNDS.c}, ${COMPOUNDS.b}` },
          { label: 'Ort', value: `${COMPOUNDS.a}, ${COMPOUNDS.issue}` },
          { label: 'Beteiligte', value: `${COMPOUNDS.a}, ${COMPOUNDS.c}` },
        ],
        siteName: `${COMPOUNDS.a}-Dossier`,
      }),
    ],
  ])('%s', async (_name, card) => {
    const texts = await drawnTexts(card);
    // The card's words; before the ellipsis of shortened text without their punctuation.
    const words = new Set(
      [card.title, card.lead ?? '', ...card.rows.flatMap((r) => [r.label, r.value]), card.siteName, card.edition, card.badge.toUpperCase()]
        .flatMap((t) => t.split(/\s+/u))
        .flatMap((w) => [w, w.replace(/[,;:.–-]+$/u, '')]),
    );
    const inFooter = (text: DrawnText) => texts.indexOf(text) >= texts.length - 2;
    for (const text of texts) {
      for (const line of text.lines) {
        // No drawn line is wider than its box, and every box lies in the text column.
        expect(line.left, `«${line.text}» starts before its box`).toBeGreaterThanOrEqual(text.box.left - 0.5);
        expect(line.right, `«${line.text}» runs past its box`).toBeLessThanOrEqual(text.box.left + text.box.width + 0.5);
        expect(line.right, `«${line.text}» runs past the text column`).toBeLessThanOrEqual(1128 + 0.5);
        // Nothing of the column runs under the footer (the descenders of its last line included).
        if (!inFooter(text)) expect(line.baseline + 0.3 * text.font.size, `«${line.text}» runs under the footer`).toBeLessThanOrEqual(546);
      }
      expectWholeOrHyphenated(text.lines.map((l) => l.text), words);
    }
    // The two footer texts do not overlap.
    const [site, edition] = texts.slice(-2);
    expect(site!.lines[0]!.right).toBeLessThan(edition!.lines[0]!.left);
    // And on the drawn card: the right margin is white above the footer and blue in it.
    const { data, info } = await sharp(await pngFromSvg(await cardSvg(card, cardFonts()))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const offColour: string[] = [];
    for (let y = 18; y < 630; y++) {
      for (let x = 1131; x < 1200; x++) {
        const at = (y * info.width + x) * 3;
        const pixel = [data[at], data[at + 1], data[at + 2]];
        const expected = y < 546 ? [255, 255, 255] : [0x0b, 0x4f, 0x8a];
        if (pixel.some((v, i) => Math.abs(v! - expected[i]!) > 8)) offColour.push(`${x},${y}`);
      }
    }
    expect(offColour.slice(0, 5), 'ink in the right margin: text drawn past its box').toEqual([]);
  });
});

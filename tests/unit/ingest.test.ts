/**
 * The ingest command's logic on fixture articles (tests/fixtures/articles/) and on bytes made
 * here for what cannot sit in a text file (binary, Latin-1, BOM, CRLF, oversize). Each test gets
 * its own copy of content/ and checks what was, and was not, written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { acceptDrafts } from '../../src/ingest/accept-drafts.ts';
import { readDraft } from '../../src/ingest/drafts.ts';
import { ingestArticle } from '../../src/ingest/ingest-article.ts';
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle } from '../../src/ingest/parse-article.ts';
import { sourceParagraphs } from '../../src/markdown/source-paragraphs.ts';

const FIXTURES = path.resolve('tests/fixtures/articles');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
let contentDir: string;

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

beforeEach(() => {
  process.env.DOSSIER_TODAY = '2026-01-15';
  contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'ingest-')), 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
});

describe('ingest', () => {
  test('writes a source with frontmatter, anchors and the text verbatim, and reports what it mentions', () => {
    const result = ingestArticle(fixture('dpa-dateline.txt'), 'dpa-dateline.txt', { contentDir });
    expect(result.status).toBe('written');
    expect(path.relative(contentDir, result.file)).toBe('quellen/2025-08-nordkorea-testet-neue-rakete.mdx');
    const written = readFileSync(result.file, 'utf8');
    expect(written).toMatch(/^---\ntitle: Nordkorea testet neue Rakete\ndate: "2025-08"\ncredit: dpa-AFX\nlanguage: de-DE\nparagraphs: 3\n/);
    const body = written.replace(/^---[\s\S]*?---\n/, '');
    expect(sourceParagraphs(body).map((p) => p.text)).toEqual(parseArticle(fixture('dpa-dateline.txt'), 'x').paragraphs);
    expect(sourceParagraphs(body)[0]!.text).toContain('in {Nordkorea} beaufsichtigt');
    expect(sourceParagraphs(body)[0]!.text).toContain('<b>kein HTML</b> & *keine Betonung*');
    expect(result.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['kim-jong-un', 'nordkorea', 'russland']));
    // The word that introduced a name suggests its kind.
    expect(result.candidates).toEqual(expect.arrayContaining([{ name: 'Wladimir Putin', kind: 'person', paragraphs: [2], role: 'der russische Präsident' }, { name: 'Yonhap', kind: 'organisation', paragraphs: [2], role: 'Agentur' }]));
    expect(result.candidates.map((c) => c.name)).toEqual(['Wladimir Putin', 'Yonhap']);
  });

  test('ingesting the same article twice changes nothing and says so', () => {
    ingestArticle(fixture('dpa-dateline.txt'), 'dpa-dateline.txt', { contentDir });
    const before = listing(contentDir);
    const again = ingestArticle(fixture('dpa-dateline.txt'), 'kopie.txt', { contentDir });
    expect(again.status).toBe('unchanged');
    expect(listing(contentDir)).toEqual(before);
  });

  test('a different article that would get the same slug gets a distinct one', () => {
    const first = ingestArticle(fixture('same-title.txt'), 'same-title.txt', { contentDir });
    const second = ingestArticle(Buffer.from(fixture('same-title.txt').toString('utf8').replace('anderem Text', 'noch anderem Text')), 'b.txt', { contentDir });
    expect(path.basename(first.file)).toBe('2025-07-russischer-aussenminister-lawrow-trifft-nordkoreas-machthaber-kim.mdx');
    expect(path.basename(second.file)).toBe('2025-07-russischer-aussenminister-lawrow-trifft-nordkoreas-machthaber-kim-2.mdx');
  });

  test('CRLF line endings and a byte-order mark are accepted', () => {
    const lf = parseArticle(fixture('dpa-dateline.txt'), 'lf.txt');
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture('dpa-dateline.txt').toString('utf8').replace(/\n/g, '\r\n'))]);
    expect(parseArticle(crlf, 'crlf.txt')).toEqual(lf);
  });

  test('a Latin-1 file is converted, with a warning', () => {
    const latin1 = Buffer.from(' date 2025-07 Grüsse aus Pjöngjang\n\nÜberraschung in Zürich. (sda)\n', 'latin1');
    const article = parseArticle(latin1, 'alt.txt');
    expect(article.title).toBe('Grüsse aus Pjöngjang');
    expect(article.paragraphs).toEqual(['Überraschung in Zürich. (sda)']);
    expect(article.warnings).toEqual(['alt.txt: kein gültiges UTF-8; als Windows-1252 (Latin-1) gelesen und in UTF-8 umgewandelt. Umlaute im Ergebnis prüfen.']);
  });

  test.each([
    ['an empty file', fixture('empty.txt'), 'empty.txt: Datei: Die Datei ist leer.'],
    ['a missing date line', fixture('no-date-line.txt'), 'no-date-line.txt: Zeile 1: Die erste Zeile muss « date JJJJ-MM Titel» sein, sie lautet «Lawrow trifft Kim».'],
    ['a malformed date', fixture('bad-month.txt'), 'bad-month.txt: Zeile 1: Monat 13 gibt es nicht.'],
    ['no paragraph', fixture('no-paragraph.txt'), 'no-paragraph.txt: Text: Nach der Datumszeile steht kein Absatz.'],
    ['binary data', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'binary.pdf: Datei: Die Datei enthält Binärdaten (Null-Bytes) und ist kein Text.'],
    ['a bidi override in a name', Buffer.from('2025-07-12 Ein Titel\n\nDer Minister \u202EIvanov reiste ab. (sda)\n'), 'bidi.txt: Datei: Der Text enthält U+202E, ein Steuerzeichen für die Schreibrichtung, das die Reihenfolge der folgenden Zeichen umkehrt oder einbettet (Zeile 3).'],
    ['a noncharacter in the headline', Buffer.from('2025-07-12 Ein Titel \uFFFF\n\nEin Absatz. (sda)\n'), 'nonchar.txt: Datei: Der Text enthält U+FFFF, ein Nicht-Zeichen, das in keinem Text vorkommen darf (Zeile 1).'],
    ['an absurdly large file', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61), `huge.txt: Datei: Die Datei ist ${MAX_ARTICLE_BYTES + 1} Bytes gross; erlaubt sind höchstens ${MAX_ARTICLE_BYTES} (1 MiB).`],
  ])('refuses %s, with a clear message, and writes nothing', (_name, bytes, message) => {
    const name = message.split(':')[0]!;
    const before = listing(contentDir);
    let error: unknown;
    try {
      ingestArticle(bytes, name, { contentDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).message.split('\n')[0]).toBe(message);
    expect((error as ArticleError).message).toMatch(/\nHinweis: .{10,}/);
    expect(listing(contentDir)).toEqual(before);
  });

  test('--stub writes an entry draft into the source\'s drafts folder, like every other draft, never over an existing one', () => {
    const result = ingestArticle(fixture('dpa-dateline.txt'), 'dpa.txt', { contentDir, stubs: [{ name: 'Wladimir Putin', kind: 'person' }] });
    expect(result.stubs.map((f) => path.relative(contentDir, f))).toEqual(['entwuerfe/2025-08-nordkorea-testet-neue-rakete/eintrag-wladimir-putin.yaml']);
    const draft = readDraft(contentDir, path.relative(contentDir, result.stubs[0]!));
    expect(draft).toMatchObject({
      entwurf: { art: 'eintrag', ziel: 'personen/wladimir-putin.mdx', quelle: '2025-08-nordkorea-testet-neue-rakete', absatz: 2 },
      // The title before the name in the text becomes the drafted summary.
      daten: { name: 'Wladimir Putin', summary: 'Laut der Meldung von dpa-AFX vom August 2025 ist Wladimir Putin der russische Präsident.', cite: ['2025-08-nordkorea-testet-neue-rakete#p2'] },
    });
    // Accept publishes it (a sure draft: the text says who he is).
    const outcome = acceptDrafts(contentDir, { files: [result.stubs[0]!] });
    expect(outcome.published.map((p) => p.target)).toEqual(['personen/wladimir-putin.mdx']);
    expect(() => ingestArticle(fixture('dpa-dateline.txt'), 'dpa.txt', { contentDir, stubs: [{ name: 'Xi Jinping', kind: 'person' }] })).toThrow('«Xi Jinping» kommt im Artikel nicht vor.');
  });

  test('a --stub name that folds to a known entry\'s id is a draft to check, never a silent merge', () => {
    const text = ' date 2025-09 Treffen in Bern\n\nDer Unterhändler Juergen Mueller traf Vertreter beider Seiten. (sda)\n';
    writeFileSync(path.join(contentDir, 'personen', 'juergen-mueller.mdx'), '---\nname: Jürgen Müller\naliases: []\nsummary: Jürgen Müller ist ein Beispiel.\ncite: ["2025-07-lawrow-trifft-kim#p1"]\nadded: "2025-07-14"\n---\n');
    const result = ingestArticle(Buffer.from(text), 'bern.txt', { contentDir, stubs: [{ name: 'Juergen Mueller', kind: 'person' }] });
    const draft = readDraft(contentDir, path.relative(contentDir, result.stubs[0]!));
    if (typeof draft === 'string') throw new Error(draft);
    expect(draft.entwurf.zustand).toBe('pruefen');
    expect(draft.entwurf.ziel).toBe('personen/juergen-mueller-2.mdx');
    expect(draft.entwurf.pruefen!.join(' ')).toContain('personen/juergen-mueller');
    // Not published until the editor has decided.
    expect(acceptDrafts(contentDir, { files: [result.stubs[0]!] }).published).toEqual([]);
  });

  test('a paragraph that starts like JavaScript (import, export) is still plain text', () => {
    const text = ' date 2025-07 Handel\n\nexport die Ware nach Russland, sagte er.\n\nimport und Export stiegen. (sda)\n';
    const result = ingestArticle(Buffer.from(text), 'handel.txt', { contentDir });
    const body = readFileSync(result.file, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    expect(sourceParagraphs(body).map((p) => p.text)).toEqual(['export die Ware nach Russland, sagte er.', 'import und Export stiegen. (sda)']);
  });

  test('a bad --stub stops the import before anything is written', () => {
    const before = listing(contentDir);
    expect(() =>
      ingestArticle(fixture('dpa-dateline.txt'), 'dpa.txt', { contentDir, stubs: [{ name: 'Wladimir Putin', kind: 'person' }, { name: 'Xi Jinping', kind: 'person' }] }),
    ).toThrow('«Xi Jinping» kommt im Artikel nicht vor.');
    expect(listing(contentDir)).toEqual(before);
  });

  test('a stub for a name the dossier already knows is not written', () => {
    const result = ingestArticle(fixture('dpa-dateline.txt'), 'dpa.txt', { contentDir, stubs: [{ name: 'Kim Jong Un', kind: 'person' }] });
    expect(result.stubs).toEqual([]);
    expect(result.warnings).toContain('«Kim Jong Un» ist schon bekannt (kim-jong-un); kein Entwurf geschrieben.');
  });
});

describe('ingest: text from real feeds', () => {
  const ARTICLE = ' date 2025-09 Gespräche über eine Waffenruhe\n\nDie Gespräche über eine Waffenruhe in Wonsan blieben „zurückhaltend“.\n\nDie Wirtschaftssanktionen gegen Nordkorea gelten weiter. (sda)\n';

  test('UTF-8 once read as Windows-1252 is repaired paragraph by paragraph, with a warning, and clean paragraphs stay as they are', () => {
    const damaged = ARTICLE.replace('Die Gespräche über eine Waffenruhe in', 'Die GesprÃ¤che Ã¼ber eine Waffenruhe in').replace('„zurückhaltend“', 'â€žzurÃ¼ckhaltendâ€œ');
    const result = ingestArticle(Buffer.from(damaged), 'salat.txt', { contentDir });
    const body = readFileSync(result.file, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    expect(sourceParagraphs(body).map((p) => p.text)).toEqual([
      'Die Gespräche über eine Waffenruhe in Wonsan blieben „zurückhaltend“.',
      'Die Wirtschaftssanktionen gegen Nordkorea gelten weiter. (sda)',
    ]);
    expect(result.warnings).toEqual([expect.stringMatching(/^salat\.txt: Absatz 1: Zeichensalat .* repariert: Ã¤ → ä, Ã¼ → ü, â€ž → „, â€œ → “\./)]);
  });

  test('mojibake that cannot be repaired with certainty is refused, every place named, nothing written', () => {
    const before = listing(contentDir);
    const damaged = ARTICLE.replace('Gespräche über', 'GesprÃ¤che Ã¼ber').replace('„zurückhaltend“', 'â€ zurückhaltend').replace('Nordkorea gelten', 'Nordkorea â€? gelten');
    expect(() => ingestArticle(Buffer.from(damaged), 'kaputt.txt', { contentDir })).toThrow(/kaputt\.txt: Absatz 1, Absatz 2: Der Text enthält Zeichensalat[^]*Absatz 1: «….*â€ zurückhaltend.*»\n {2}Absatz 2: «….*Nordkorea â€\? gelten/);
    expect(listing(contentDir)).toEqual(before);
  });

  test('unusual characters are reported by paragraph and kept in the source byte for byte', () => {
    const text = ARTICLE.replace('Wirtschaftssanktionen', 'Wirtschafts\u00ADsanktionen').replace('in Wonsan', 'in\u00A0Wonsan');
    const result = ingestArticle(Buffer.from(text), 'feed.txt', { contentDir });
    expect(result.unusual).toEqual([
      { where: 'Absatz 1', characters: [{ code: 'U+00A0', label: 'geschütztes Leerzeichen', count: 1 }] },
      { where: 'Absatz 2', characters: [{ code: 'U+00AD', label: 'weiches Trennzeichen', count: 1 }] },
    ]);
    const body = readFileSync(result.file, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    expect(sourceParagraphs(body)[1]!.text).toBe('Die Wirtschafts\u00ADsanktionen gegen Nordkorea gelten weiter. (sda)');
    expect(result.mentions.find((m) => m.id === 'wonsan')?.paragraphs).toEqual([1]);
  });

  test('the same article from a feed and from a web page is one article, even under another headline', () => {
    const fromWeb = ingestArticle(Buffer.from(ARTICLE), 'web.txt', { contentDir });
    const before = listing(contentDir);
    const fromFeed = ARTICLE.replace('Wirtschaftssanktionen', 'Wirtschafts\u00ADsanktionen').replace('„zurückhaltend“', '«zurückhaltend»').replace('in Wonsan', 'in\u00A0Wonsan').replace('Gespräche über eine Waffenruhe\n', 'Waffenruhe: Gespräche stocken\n');
    const again = ingestArticle(Buffer.from(fromFeed), 'feed.txt', { contentDir });
    expect(again.status).toBe('unchanged');
    expect(again.file).toBe(fromWeb.file);
    expect(listing(contentDir)).toEqual(before);
  });

  test('slugs and stubs read words, not invisible characters', () => {
    const text = ' date 2025-09 Nato\u2011Treffen zu Wirtschafts\u00ADsanktionen\n\nDie Ministerin Erika Muster\u00ADfrau sprach in Brüssel. (sda)\n';
    const result = ingestArticle(Buffer.from(text), 'nato.txt', { contentDir, stubs: [{ name: 'Erika Musterfrau', kind: 'person' }] });
    expect(path.basename(result.file)).toBe('2025-09-nato-treffen-zu-wirtschaftssanktionen.mdx');
    expect(result.candidates.map((c) => c.name)).toContain('Erika Musterfrau');
    expect(path.basename(result.stubs[0]!)).toBe('eintrag-erika-musterfrau.yaml');
    expect(readFileSync(result.stubs[0]!, 'utf8')).toContain('name: Erika Musterfrau\n');
  });
});

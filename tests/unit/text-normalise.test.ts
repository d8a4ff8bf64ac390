/**
 * Every rule of the text normalisation (src/text/normalise.ts) and of the mojibake repair
 * (src/text/mojibake.ts), one row each.
 */
import { describe, expect, test } from 'vitest';
import { foldForSearch, foldText, foldTextWithOffsets, revealUnusual } from '../../src/text/normalise.ts';
import { unusualCharacters } from '../../src/text/unusual-characters.ts';
import { findWords } from '../../src/text/find-words.ts';
import { checkMojibake } from '../../src/text/mojibake.ts';

describe('foldText: the same words, letter for letter', () => {
  test.each([
    ['NFC: decomposed ü composed', 'Ru\u0308ckeroberung', 'Rückeroberung'],
    ['soft hyphen removed', 'Wirtschafts\u00ADsanktionen', 'Wirtschaftssanktionen'],
    ['zero-width space removed', 'Kriegs\u200Bschiffe', 'Kriegsschiffe'],
    ['zero-width non-joiner removed', 'Auf\u200Clage', 'Auflage'],
    ['zero-width joiner removed', 'a\u200Db', 'ab'],
    ['word joiner removed', 'Nord\u2060korea', 'Nordkorea'],
    ['BOM inside text removed', '\uFEFFLawrow', 'Lawrow'],
    ['no-break space as space', 'Kim\u00A0Jong\u00A0Un', 'Kim Jong Un'],
    ['narrow no-break space as space', '10\u202F000', '10 000'],
    ['thin space as space', 'a\u2009b', 'a b'],
    ['run of white space as one space', 'a \n\t b', 'a b'],
    ['trimmed', '  a  ', 'a'],
    ['hyphen U+2010 as -', 'Nato\u2010Treffen', 'Nato-Treffen'],
    ['non-breaking hyphen U+2011 as -', 'Nato\u2011Treffen', 'Nato-Treffen'],
    ['dashes stay', 'a – b — c', 'a – b — c'],
    ['guillemets as "', '«heroisch»', '"heroisch"'],
    ['German quotes as "', '„zurückhaltend“', '"zurückhaltend"'],
    ['single guillemets as "', '‹so›', '"so"'],
    ['English quotes as "', '“a” ‘b’', '"a" "b"'],
    ['an apostrophe between letters as \'', 'O’Brien, Kim\'s, Jong`un', "O'Brien, Kim's, Jong'un"],
    ['an apostrophe elsewhere is a quotation mark', "'so' und ’so’", '"so" und "so"'],
    ['NFC singletons: the Ångström sign as Å', 'Der \u212Bngström', 'Der Ångström'],
    ['a combining mark after a soft hyphen goes with it', 'Wirt\u00AD\u0301schaft', 'Wirtschaft'],
    ['case, umlauts and ß kept', 'Straße Über', 'Straße Über'],
  ])('%s', (_rule, input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  test('offsets lead from the folded text back to the original', () => {
    const original = 'Die Wirtschafts\u00ADsanktionen\u00A0\u00A0gelten';
    const folded = foldTextWithOffsets(original);
    const start = folded.text.indexOf('Wirtschaftssanktionen');
    const end = start + 'Wirtschaftssanktionen'.length;
    const span = folded.original(start, end);
    expect(original.slice(span.start, span.end)).toBe('Wirtschafts\u00ADsanktionen');
    const space = folded.text.indexOf(' gelten');
    const gap = folded.original(space, space + 1);
    expect(original.slice(gap.start, gap.end)).toBe('\u00A0\u00A0');
    // Folded one for one: the same offsets.
    const plain = foldTextWithOffsets('«Kim»\u00A0Jong');
    expect(plain.text).toBe('"Kim" Jong');
    expect(plain.original(1, 4)).toEqual({ start: 1, end: 4 });
  });
});

describe('findWords: whole words, compared folded, found where they stand', () => {
  test.each([
    ['a quote across a soft hyphen', 'die neuen Wirtschafts\u00ADsanktionen gelten', 'neuen Wirtschaftssanktionen', 'neuen Wirtschafts\u00ADsanktionen'],
    ['other quotation marks and a line break', 'sagte: «offen\nund konstruktiv»', '"offen und konstruktiv"', '«offen\nund konstruktiv»'],
    ['an NFC singleton in the text', 'Der \u212Bngström-Preis', 'Ångström', '\u212Bngström'],
    ['a name with an apostrophe', 'Sean O’Brien sagte', "Sean O'Brien", 'Sean O’Brien'],
    ['not inside a word', 'Die Wirtschaftssanktionen', 'sanktionen', undefined],
  ])('%s', (_name, text, words, found) => {
    const span = findWords(text, words);
    expect(span && text.slice(span.start, span.end)).toBe(found);
  });
});

describe('foldForSearch: one search term for every spelling', () => {
  test.each([
    ['lower case', 'LAWROW', 'lawrow'],
    ['ß as ss', 'Straße', 'strasse'],
    ['ä as a', 'Gespräche', 'gesprache'],
    ['ae as a', 'Gespraeche', 'gesprache'],
    ['ö as o', 'Pjöngjang', 'pjongjang'],
    ['oe as o', 'Pjoengjang', 'pjongjang'],
    ['ü as u', 'Überraschungsoffensive', 'uberraschungsoffensive'],
    ['ue as u', 'Ueberraschungsoffensive', 'uberraschungsoffensive'],
    ['ue after q kept', 'Quelle', 'quelle'],
    ['ue after a vowel kept (the u is a consonant there)', 'Feuer neue', 'feuer neue'],
    ['other diacritics removed', 'Café Đoković Łódź', 'cafe đokovic łodz'],
    ['folds foldText first', 'Wirtschafts\u00ADsanktionen', 'wirtschaftssanktionen'],
  ])('%s', (_rule, input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe('what ingest reports and hints show', () => {
  test('unusual characters by class, with counts', () => {
    expect(unusualCharacters('a\u00ADb\u00ADc\u00A0d u\u0308 \uFFFD \u0085')).toEqual([
      { code: 'NFD', label: 'zerlegter Buchstabe mit Akzent (nicht NFC)', count: 1 },
      { code: 'U+0085', label: 'Steuerzeichen (C1)', count: 1 },
      { code: 'U+00A0', label: 'geschütztes Leerzeichen', count: 1 },
      { code: 'U+00AD', label: 'weiches Trennzeichen', count: 2 },
      { code: 'U+FFFD', label: 'Ersatzzeichen (ein Zeichen ging verloren)', count: 1 },
    ]);
    expect(unusualCharacters('Die Gespräche über «Frieden» – 2025')).toEqual([]);
  });

  test('invisible characters made visible', () => {
    expect(revealUnusual('Wirtschafts\u00ADsanktionen\u00A0x')).toBe('Wirtschafts⟨U+00AD⟩sanktionen⟨U+00A0⟩x');
  });
});

describe('mojibake: UTF-8 once read as Windows-1252', () => {
  test.each([
    ['clean German text', 'Die Gespräche über «Frieden» – Fuß» Ärger', { status: 'clean' }],
    ['umlauts and German quotes repaired', 'Die GesprÃ¤che Ã¼ber eine Waffenruhe … â€žzurÃ¼ckhaltendâ€œ', 'Die Gespräche über eine Waffenruhe … „zurückhaltend“'],
    ['ß repaired', 'StraÃŸe', 'Straße'],
    ['dash and euro repaired', 'â€“ 5 â‚¬', '– 5 €'],
    ['clean characters beside damaged ones kept', 'Gespräche Ã¼ber', 'Gespräche über'],
    ['a lost byte cannot be repaired', 'â€ ok', { status: 'damaged', at: 'â€ ok' }],
    ['a no-break space turned into a space cannot be repaired', 'dÃ©jÃ  vu', { status: 'damaged', at: 'déjÃ  vu' }],
    ['a damaged zero-width space is repaired (and then folded like any)', 'Kriegsâ€‹schiffe', 'Kriegs\u200Bschiffe'],
    ['«Ä» and «Å» in guillemets are text', 'die Marke «Ä» und «Å»', { status: 'clean' }],
    ['Å before a no-break space is text', 'Å\u00A0Berg', { status: 'clean' }],
    ['capitals before an ellipsis are text', 'GESPRÄ… und SÃO PAULO', { status: 'clean' }],
    ['French â before a guillemet is text', 'le «pâ»', { status: 'clean' }],
  ])('%s', (_case, input, expected) => {
    const result = checkMojibake(input);
    if (typeof expected === 'string') {
      expect(result.status).toBe('repaired');
      expect(result.status === 'repaired' && result.text).toBe(expected);
    } else {
      expect(result).toEqual(expected);
    }
  });
});

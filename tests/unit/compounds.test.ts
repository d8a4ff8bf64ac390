import { describe, expect, test } from 'vitest';
import { compoundSplitter, lexiconOf, MAX_SPLIT_LENGTH } from '../../src/search/compounds.ts';
import { termsSchema } from '../../src/schemas/terms.ts';
import { compoundParts } from '../../src/search/dossier-lexicon.ts';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

// A small dossier's text: the words compounds may be split into.
const TEXT = [
  'Nordkorea schickte Truppen. Die Entsendung von Soldaten begann im Herbst.',
  'Das Abkommen über strategische Partnerschaft enthält eine Klausel zur Verteidigung.',
  'Russland und Deutsche Welle berichteten über die Grenze zur Region Kursk.',
  'Der Beistand wurde zugesagt, hiess es in einer Erklärung. Der Stand der Dinge blieb offen.',
].join(' ');
const splitter = compoundSplitter(lexiconOf([TEXT], ['Russlanddeutsche']));

describe('compounds split where the parts are the dossier\'s words', () => {
  test.each([
    ['Truppenentsendung', ['Truppen', 'entsendung']],
    ['Partnerschaftsabkommen', ['Partnerschafts', 'abkommen']],
    ['Verteidigungsklausel', ['Verteidigungs', 'klausel']],
    ['Grenzregion', ['Grenz', 'region']],
    ['Soldatenabkommen', ['Soldaten', 'abkommen']],
    ['Beistandsklausel', ['Beistands', 'klausel']],
    ['Regionsverteidigungsabkommen', ['Regions', 'verteidigungs', 'abkommen']],
  ])('%s -> %j', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });
});

describe('words that stay whole', () => {
  test.each([
    ['Beistand', 'a part of three letters («bei») is never split off'],
    ['Russlanddeutsche', 'kept whole by the editors (ungeteilt)'],
    ['Entsendung', 'no first part is a word of the dossier'],
    ['Kursk', 'too short to hold two parts'],
    ['Wirtschaftssanktionen', 'its parts are not the dossier\'s words'],
    ['Stand', 'a word of the dossier itself'],
    ['Nato-Treffen', 'not letters alone: the hyphen already splits it'],
    ['Straßenkontrolle', 'folding would change its length (ß), so it is not cut'],
  ])('%s (%s)', (word) => {
    expect(splitter.split(word)).toBeUndefined();
  });

  test('a token longer than any word stays whole: a 50,000-letter run of the dossier\'s own words is not split', () => {
    // Made of parts the splitter would otherwise take, so only the length keeps it whole.
    const long = `Truppen${'entsendungsabkommen'.repeat(2_700)}`.slice(0, 50_000);
    expect(long.length).toBe(50_000);
    expect(splitter.split(long)).toBeUndefined();
    // The same compound splits up to the limit, and not past it.
    const within = `Truppen${'abkommen'.repeat(7)}`;
    const past = `Truppen${'abkommen'.repeat(8)}`;
    expect([within.length <= MAX_SPLIT_LENGTH, past.length > MAX_SPLIT_LENGTH]).toEqual([true, true]);
    expect(splitter.split(within)).toEqual(['Truppen', ...Array(7).fill('abkommen')]);
    expect(splitter.split(past)).toBeUndefined();
  });
});

test('the lexicon holds search terms, with nouns told apart from words that only open a sentence', () => {
  const lexicon = lexiconOf(['Die Truppen kamen. Heute schickte Nordkorea keine.']);
  expect(lexicon.words).toEqual(['die', 'heut', 'kam', 'kein', 'nordkorea', 'schickt', 'trupp']);
  expect(lexicon.nouns).toEqual(['nordkorea', 'trupp']);
  // «Heute» is capitalised only because it opens a sentence.
});

test.each([
  [{ ungeteilt: ['Russlanddeutsche'] }, true],
  [{ ungeteilt: ['Russland deutsche'] }, false],
  [{ ungeteilt: ['Nato-Treffen'] }, false],
])('begriffe.yaml: ungeteilt %j is valid: %s', (data, valid) => {
  const parsed = termsSchema.safeParse(data);
  expect(parsed.success).toBe(valid);
  if (!parsed.success) expect(parsed.error.issues[0]!.message).toContain('einzelnes Wort');
});

describe('compound parts of a page (dossier-lexicon.ts)', () => {
  const { dossier } = buildDossierGraph(miniDossier());
  test.each([
    ['a noun made of words the dossier uses', 'Landtreffen', ['Land', 'treffen']],
    ['not a lower-case word', 'landtreffen', []],
    ["not an entity's name («Musterland» is no «Muster» + «land»)", 'Musterland', []],
  ])('%s', (_name, text, parts) => {
    expect(compoundParts(dossier, text)).toEqual(parts);
  });
});

import { describe, expect, test } from 'vitest';
import { queryForEngines, subjectOfQuery } from '../../src/search/query-words.ts';
import { compoundSplitter, lexiconOf } from '../../src/search/compounds.ts';

test.each([
  ['a question about a person', 'Wer ist Choe Son Hui?', 'Choe Son Hui'],
  ['a question about a month', 'Was geschah im August 2024?', 'August 2024'],
  ['a question about a place, in capitals', 'WO liegt Wonsan?', 'Wonsan'],
  ['prepositions between subjects', 'Soldaten nach Kursk', 'Soldaten Kursk'],
  ['nothing to strip', 'Lawrow Kim', 'Lawrow Kim'],
  ['only function words: left as typed', 'Wer ist das?', 'Wer ist das?'],
  ['a phrase in double quotes stays whole', '"die Formen"', '"die Formen"'],
])('%s', (_name, query, subject) => {
  expect(subjectOfQuery(query)).toBe(subject);
});

describe('what the engines are sent: the subject, in the dossier\'s words', () => {
  const splitter = compoundSplitter(lexiconOf(['Nordkorea hat Truppen geschickt. Die Entsendung von Soldaten. Nordkoreas Armee. Lawrow traf Kim.']));
  test.each([
    ['a compound the dossier does not use is split', 'Truppenentsendung', 'Truppen entsendung'],
    ['a question with a genitive the stemmer keeps', 'Wer ist der Staatschef Nordkoreas?', 'Staatschef Nordkorea'],
    ['a name\'s genitive after w', 'Lawrows', 'Lawrow'],
    ['a word the dossier uses stays', 'Entsendung', 'Entsendung'],
    ['an unknown word that does not split stays', 'Wirtschaftssanktionen', 'Wirtschaftssanktionen'],
    ['a phrase stays whole', '"Truppenentsendung Nordkoreas"', '"Truppenentsendung Nordkoreas"'],
  ])('%s: «%s» -> «%s»', (_name, query, sent) => {
    expect(queryForEngines(query, splitter)).toBe(sent);
  });

  test('without the lexicon only the subject', () => {
    expect(queryForEngines('Was geschah im Juli 2025?')).toBe('Juli 2025');
  });
});

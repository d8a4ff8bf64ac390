import { expect, test } from 'vitest';
import { subjectOfQuery } from '../../src/search/query-words.ts';

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

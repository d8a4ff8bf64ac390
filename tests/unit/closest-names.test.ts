import { expect, test } from 'vitest';
import { closestNames } from '../../src/search/closest-names.ts';

const names = [
  { name: 'Pjöngjang', url: '/orte/pjoengjang/' },
  { name: 'Pyongyang', url: '/orte/pjoengjang/' },
  { name: 'Wonsan', url: '/orte/wonsan/' },
  { name: 'Sergej Lawrow', url: '/personen/sergej-lawrow/' },
  { name: 'Lavrov', url: '/personen/sergej-lawrow/' },
];

test.each([
  ['a misspelling of a transliteration', 'Pjongyang', ['/orte/pjoengjang/']],
  ['another misspelling', 'Lawrof', ['/personen/sergej-lawrow/']],
  ['a short name, two letters off', 'Wonsam', ['/orte/wonsan/']],
  ['nothing close', 'Xylophon', []],
  ['empty', '', []],
])('%s', (_name, typed, urls) => {
  expect(closestNames(typed, names).map((n) => n.url)).toEqual(urls);
});

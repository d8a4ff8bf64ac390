import { expect, test } from 'vitest';
import { usesWording } from '../../src/search/term-hints.ts';

test.each([
  ['one word', 'Russland und Nordkorea schlossen ein Abkommen.', 'Abkommen', true],
  ['an inflected form', 'die Formen des Abkommens', 'Abkommen', true],
  ['a phrase, word after word', 'das auch eine Klausel zur gegenseitigen Verteidigung enthält', 'Klausel zur gegenseitigen Verteidigung', true],
  ['the words of a phrase apart', 'eine Klausel, die zur Verteidigung dient', 'Klausel zur gegenseitigen Verteidigung', false],
  ['a word inside a compound is not the word', 'die Partnerschaftsabkommen', 'Abkommen', false],
  ['other spellings of umlauts', 'Die Gespraeche blieben offen.', 'Gespräche', true],
])('%s', (_name, text, wording, expected) => {
  expect(usesWording(text, wording)).toBe(expected);
});

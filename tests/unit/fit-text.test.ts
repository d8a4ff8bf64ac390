/**
 * The fitting of card text (src/cards/render/fit-text.ts) with a made-up font whose every
 * character is 10 px wide at size 10 (width = characters × size), so that each case can be
 * worked out by hand. The card fonts themselves are tested in cards.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { FIT_ELLIPSIS, fitText, hyphenationPoints, layOut, type TextBox } from '../../src/cards/render/fit-text.ts';

const mono = (size: number) => (text: string) => [...text].length * size;

describe('German break points (npm hyphen, reformed spelling)', () => {
  test.each([
    // [word, the breaks the layout may use: each one a correct German hyphenation]
    ['Rüstungsexportkontrollverordnungsänderung', 'Rüs-tungs-export-kon-troll-ver-ord-nungs-än-de-rung'],
    ['Staatssekretariatsmigrationsdienstleistungen', 'Staats-se-kre-ta-ri-ats-mi-gra-ti-ons-dienst-leis-tun-gen'],
    ['Grenzgängerquellensteuerabkommensverhandlung', 'Grenz-gän-ger-quel-len-steu-er-ab-kom-mens-ver-hand-lung'],
    ['«Strassenverkehrsabgabe»,', '«Stras-sen-ver-kehrs-ab-ga-be»,'],
    ['Kursk', 'Kursk'],
  ])('%s', (word, hyphenated) => {
    const expected: number[] = [];
    let at = 0;
    for (const char of hyphenated) {
      if (char === '-') expected.push(at);
      else at += char.length;
    }
    expect(hyphenationPoints(word)).toEqual(expected);
  });
});

describe('lines as satori breaks them, a word wider than the line hyphenated', () => {
  test.each([
    ['short words wrap at spaces', 'Der Bundesrat tagt in Bern', 140, ['Der Bundesrat', 'tagt in Bern']],
    ['a hard hyphen is a break of its own, no hyphen added', 'Nordkorea-Russland-Abkommen', 150, ['Nordkorea-', 'Russland-', 'Abkommen']],
    ['a long compound fills the line, then goes on with a hyphen', 'Die Rüstungsexportkontrollverordnungsänderung', 200, ['Die Rüstungsexport-', 'kontrollverordnungs-', 'änderung']],
    ['a word that fits a line of its own is not hyphenated', 'Die Verordnungsänderung', 200, ['Die', 'Verordnungsänderung']],
  ])('%s', (_name, text, width, lines) => {
    const layout = layOut(text, width, mono(10));
    expect(layout.lines).toEqual(lines);
    expect(layout.fits).toBe(true);
    for (const w of layout.widths) expect(w).toBeLessThanOrEqual(width);
  });

  test('a word without a break point that fits does not fit', () => {
    const layout = layOut('XQZ1234567890XQZ1234567890', 100, mono(10));
    expect(layout.fits).toBe(false);
  });
});

describe('fitting a box: hyphenate, then smaller, then shortened at a word', () => {
  const box = (over: Partial<TextBox> = {}): TextBox => ({ width: 300, maxLines: 2, sizes: [10, 8, 6], ...over });
  test.each([
    ['fits as it is', 'Der Bundesrat tagt', box(), { size: 10, lines: ['Der Bundesrat tagt'], shortened: false }],
    ['a compound is hyphenated at the first size', 'Staatssekretariatsmigrationsdienstleistungen', box(), { size: 10, lines: ['Staatssekretariatsmigrations-', 'dienstleistungen'], shortened: false }],
    ['the rest of a compound goes on the next line', 'Die Staatssekretariatsmigrationsdienstleistungen tagen', box(), { size: 10, lines: ['Die Staatssekretariatsmigrati-', 'onsdienstleistungen tagen'], shortened: false }],
    ['two lines at 10 px and at 8 px are one at 6 px', 'Der Bundesrat tagt in Bern', box({ width: 200, maxLines: 1 }), { size: 6, lines: ['Der Bundesrat tagt in Bern'], shortened: false }],
    [
      'too long even at the minimum: shortened at a word, with the ellipsis',
      'Grenzgängerquellensteuerabkommensverhandlung und Staatssekretariatsmigrationsdienstleistungen und mehr',
      box({ maxLines: 1 }),
      { size: 6, lines: [`Grenzgängerquellensteuerabkommensverhandlung und${FIT_ELLIPSIS}`], shortened: true },
    ],
    ['not even the first word fits: shortened at a break point, marked', 'Staatssekretariatsmigrationsdienstleistungen', box({ width: 100, maxLines: 1 }), { size: 6, lines: ['Staatssekretari…'], shortened: true }],
    ['no break point at all: shortened at a whole letter, marked', 'XQZ1234567890XQZ1234567890', box({ width: 60, maxLines: 1 }), { size: 6, lines: ['XQZ123456…'], shortened: true }],
  ])('%s', (_name, text, fitBox, expected) => {
    expect(fitText(text, fitBox, mono)).toEqual(expected);
  });
});

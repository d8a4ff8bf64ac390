import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MentionMatcher, segment, surfaceForms, type MentionTarget } from '../../src/mentions/mention-matcher.ts';
import { readMentionTargets } from '../../src/mentions/read-mention-targets.ts';
import { sourceParagraphs } from '../../src/markdown/source-paragraphs.ts';

const targets: MentionTarget[] = [
  { id: 'lawrow', name: 'Sergej Lawrow', aliases: ['Lawrow'], spellings: ['Lavrov'] },
  { id: 'kim', name: 'Kim Jong Un', aliases: ['Kim'] },
  { id: 'russland', name: 'Russland', aliases: [], adjective: 'russisch' },
  { id: 'armee', name: 'Russische Armee', aliases: ['russischen Armee'] },
  { id: 'tass', name: 'Tass', aliases: [] },
  { id: 'kursk', name: 'Kursk', aliases: ['Region Kursk'] },
];
const matcher = new MentionMatcher(targets);
const linked = (text: string) => matcher.linksIn(text).map((m) => `${m.text}→${m.id}`);

describe('surface forms', () => {
  test('adds the genitive of names, lower-case starts of multi-word names and adjective endings', () => {
    expect(surfaceForms({ id: 'x', name: 'Sergej Lawrow', aliases: ['Lawrow'] })).toEqual(['Sergej Lawrow', 'sergej Lawrow', 'Sergej Lawrows', 'Lawrow', 'Lawrows']);
    expect(surfaceForms({ id: 'x', name: 'Tass', aliases: [] })).toEqual(['Tass']);
    expect(surfaceForms({ id: 'x', name: 'Russland', aliases: [], adjective: 'russisch' })).toEqual([
      'Russland', 'Russlands', 'russische', 'Russische', 'russischem', 'Russischem', 'russischen', 'Russischen', 'russischer', 'Russischer', 'russisches', 'Russisches',
    ]);
  });
});

describe('mention matching', () => {
  test.each([
    ['a full name before its short form', 'Sergej Lawrow traf Kim. Lawrow lächelte.', ['Sergej Lawrow→lawrow', 'Kim→kim']],
    ['the genitive', 'Lawrows Besuch in Russlands Nachbarland', ['Lawrows→lawrow', 'Russlands→russland']],
    ['the adjective for the state', 'der russische Aussenminister', ['russische→russland']],
    ['the longest form: the army, not the state', 'mit der russischen Armee', ['russischen Armee→armee']],
    ['an alias with a line break inside', 'in der Region\nKursk', ['Region\nKursk→kursk']],
    ['a sentence-initial adjective', 'Russische Stellen schwiegen.', ['Russische→russland']],
    ['only the first mention per entity', 'Kim und Kim Jong Un und Kims Schwester', ['Kim→kim']],
    ['another spelling, and its genitive', 'Lavrovs Besuch', ['Lavrovs→lawrow']],
    ['a name with a soft hyphen, as it stands', 'Law\u00ADrow sprach', ['Law\u00ADrow→lawrow']],
    ['a name with no-break spaces', 'Kim\u00A0Jong\u00A0Un kam', ['Kim\u00A0Jong\u00A0Un→kim']],
    ['a name with a zero-width space inside', 'in Russ\u200Bland', ['Russ\u200Bland→russland']],
  ])('links %s', (_name, text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  test.each([
    ['a word that contains a name', 'Tassen, Kimchi, Russlanddeutsche, Kursker, Lawrowski'],
    ['a demonym noun', 'Die Russen und die Moskauer'],
    ['a name in lower case', 'tass und kim'],
    ['ordinary words of the seed', 'Kollegin Landes Front Abkommen Männer Handschlag Samstag Sonntag Staatsmedien Granaten Raketen Offensive Armee Region Soldaten Aussenminister Machthaber'],
  ])('does not link %s', (_name, text) => {
    expect(linked(text)).toEqual([]);
  });

  test('an editor can suppress a mention and force one', () => {
    const text = 'Die russische Seite und die Regierung in Moskau, dazu Lawrow.';
    const m = new MentionMatcher([...targets, { id: 'moskau', name: 'Moskau', aliases: [] }]);
    expect(m.linksIn(text, [{ text: 'russische', link: false }, { text: 'Regierung', link: 'russland' }]).map((x) => `${x.text}→${x.id}`)).toEqual([
      'Regierung→russland',
      'Moskau→moskau',
      'Lawrow→lawrow',
    ]);
  });

  test('the page’s own entity is not linked from its own prose', () => {
    expect(matcher.linksIn('Lawrow traf Kim.', [], 'lawrow').map((m) => m.id)).toEqual(['kim']);
  });

  test('segments keep every character of the text', () => {
    const text = 'Lawrow traf in der Region Kursk Kim.';
    const parts = segment(text, matcher.linksIn(text));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => 'id' in p).map((p) => p.text)).toEqual(['Lawrow', 'Region Kursk', 'Kim']);
  });
});

describe('the seed article', () => {
  const body = readFileSync('content/quellen/2025-07-lawrow-trifft-kim.mdx', 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const seedMatcher = new MentionMatcher(readMentionTargets('content'));
  const links = sourceParagraphs(body).map((p) => seedMatcher.linksIn(p.text).map((m) => `${m.text}→${m.id}`));

  test('links the first mention of each entity in each paragraph', () => {
    expect(links).toEqual([
      ['Nordkorea→nordkorea', 'russische→russland', 'Sergej Lawrow→sergej-lawrow', 'Kim Jong Un→kim-jong-un', 'russische Aussenministerium→russisches-aussenministerium'],
      [
        'Lawrow→sergej-lawrow', 'Pjöngjangs→pjoengjang', 'Russland→russland', 'ukrainischen Streitkräfte→ukrainische-streitkraefte', 'Region Kursk→kursk',
        'nordkoreanischen Soldaten→nordkoreanische-truppen', 'russischen Armee→russische-armee', 'russischen Aussenministeriums→russisches-aussenministerium',
        'Nordkorea→nordkorea', 'Ukraine→ukraine',
      ],
      ['nordkoreanische Truppen→nordkoreanische-truppen', 'Lawrow→sergej-lawrow', 'russischen→russland', 'Tass→tass', 'Pjöngjang→pjoengjang', 'Nordkorea→nordkorea', 'Choe Son Hui→choe-son-hui', 'Wonsan→wonsan'],
      ['Ukraine→ukraine', 'russischen→russland', 'Grenzregion Kursk→kursk', 'nordkoreanischen Soldaten→nordkoreanische-truppen'],
      ['Pjöngjang→pjoengjang', 'Moskaus→moskau', 'russischen Armee→russische-armee', 'Ukraine→ukraine', 'Nordkorea→nordkorea', 'russische→russland', 'Region Kursk→kursk'],
      ['Russland→russland', 'Nordkorea→nordkorea', 'Lawrow→sergej-lawrow'],
    ]);
  });

  test('links every one of the ten key entities somewhere', () => {
    const ids = new Set(links.flat().map((l) => l.split('→')[1]));
    for (const id of ['sergej-lawrow', 'kim-jong-un', 'choe-son-hui', 'nordkorea', 'russland', 'ukraine', 'kursk', 'wonsan', 'pjoengjang', 'moskau']) expect(ids).toContain(id);
  });
});

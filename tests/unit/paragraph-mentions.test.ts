import { describe, expect, test } from 'vitest';
import { MentionMatcher, type MentionTarget } from '../../src/mentions/mention-matcher.ts';
import { paragraphMentions } from '../../src/mentions/paragraph-mentions.ts';
import { sourceParagraphs } from '../../src/markdown/source-paragraphs.ts';

const targets: MentionTarget[] = [
  { id: 'lawrow', name: 'Sergej Lawrow', aliases: ['Lawrow'] },
  { id: 'kim', name: 'Kim Jong Un', aliases: ['Kim'] },
  { id: 'tass', name: 'Tass', aliases: [] },
];
const matcher = new MentionMatcher(targets);
const linked = (body: string, overrides = [] as { text: string; link: string | false }[]) =>
  sourceParagraphs(body).map((p) => paragraphMentions(p.node, matcher, overrides).map((m) => `${m.text}@${m.start}→${m.id}`));

describe('mentions on the paragraph tree', () => {
  test('a table is not a paragraph, exactly as on the rendered page (GFM)', () => {
    expect(sourceParagraphs('Erster.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nZweiter.\n').map((p) => p.text)).toEqual(['Erster.', 'Zweiter.']);
  });

  test('a name split by emphasis is not linked; the next plain mention is the first link', () => {
    expect(linked('Über **Sergej** Lawrow, danach nochmals Lawrow.')).toEqual([['Lawrow@36→lawrow']]);
  });

  test('nothing inside the article’s own links or code is linked', () => {
    expect(linked('[Kim][k] traf `Tass` und Lawrow.\n\n[k]: https://example.org\n')).toEqual([['Lawrow@18→lawrow']]);
    expect(linked('[Kim](https://example.org) traf Kim.')).toEqual([['Kim@9→kim']]);
  });

  test('a forced link only takes whole words', () => {
    expect(linked('Kimchi isst Kim Jong.', [{ text: 'Kim', link: 'lawrow' }])).toEqual([['Kim@12→lawrow']]);
  });

  test('a soft hyphen or combining mark keeps a word whole', () => {
    expect(linked('Kim\u00ADchi und Tass\u0301e.')).toEqual([[]]);
  });
});

import { expect, test } from 'vitest';
import { evidenceAnchor, type PagefindAnchor } from '../../src/search/evidence-anchor.ts';

// A source page as Pagefind reports it: a heading, then three numbered paragraphs of 5, 4 and 6 words.
const SOURCE: PagefindAnchor[] = [
  { element: 'h2', id: 'inhalt', text: 'Inhalt', location: 2 },
  { element: 'p', id: 'p1', text: '1 Lawrow traf Kim gestern.', location: 3 },
  { element: 'p', id: 'p2', text: '2 Granaten wurden geliefert.', location: 8 },
  { element: 'p', id: 'p3', text: '3 Lawrow lobte Granaten und Raketen.', location: 12 },
];
const at = (...locations: [number, number][]) => locations.map(([location, balanced_score]) => ({ location, balanced_score }));

test.each([
  ['a match in the second paragraph', SOURCE, at([9, 10]), '#p2'],
  ['the paragraph whose matches score highest together', SOURCE, at([4, 10], [13, 10], [15, 10]), '#p3'],
  ['on a tie, the first paragraph', SOURCE, at([4, 10], [13, 10]), '#p1'],
  ['a match in the title only (before any paragraph)', SOURCE, at([0, 50]), undefined],
  ['a match after the last paragraph', SOURCE, at([30, 10]), undefined],
  ['a page without paragraphs (an entity: headings only)', [{ element: 'h2', id: 'fakten', text: 'Fakten', location: 20 }], at([25, 10]), undefined],
  ['an id that is not a paragraph number', [{ element: 'p', id: 'hinweis', text: 'Ein Hinweis', location: 0 }], at([0, 10]), undefined],
  ['no anchors at all', undefined, at([0, 10]), undefined],
])('%s', (_name, anchors, locations, expected) => {
  expect(evidenceAnchor(anchors, locations)).toBe(expected);
});

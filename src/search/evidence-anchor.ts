/**
 * Where a search hit's evidence stands: the source paragraph (`<p id="pN">`) that holds the
 * matched words. Pagefind's sub-results split a page only at headings, and a source is one
 * section of numbered paragraphs; but each result carries the page's anchors (every element
 * with an id, where it starts, in words, and its text) and the word positions of the matches,
 * which together place each match in its paragraph.
 */

/** An element with an id in a Pagefind result (`anchors`): `location` is the word position where it starts. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A matched word in a Pagefind result (`weighted_locations`): its word position and its score. */
export interface PagefindLocation {
  location: number;
  balanced_score: number;
  weight?: number;
}

/** A source paragraph's id, as src/components/SourceBody.astro writes it. */
const PARAGRAPH_ID = /^p[1-9][0-9]*$/;

/** Words of an anchor's text, counted as Pagefind counts positions (one per piece between white space). */
function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/**
 * `#pN` for the paragraph whose matched words score highest together (the first such paragraph
 * on a tie), or undefined if no match stands in a source paragraph (a match in the title, in
 * an entity's text, or on a page without paragraphs). Shapes as Pagefind 1.6 returns them from
 * `result.data()`.
 */
export function evidenceAnchor(anchors: readonly PagefindAnchor[] | undefined, locations: readonly PagefindLocation[] | undefined): string | undefined {
  const paragraphs = (anchors ?? [])
    .filter((anchor) => anchor.element === 'p' && PARAGRAPH_ID.test(anchor.id))
    .map((anchor) => ({ id: anchor.id, from: anchor.location, to: anchor.location + wordCount(anchor.text), score: 0 }));
  if (paragraphs.length === 0) return undefined;
  for (const { location, balanced_score } of locations ?? []) {
    const paragraph = paragraphs.find(({ from, to }) => location >= from && location < to);
    if (paragraph) paragraph.score += balanced_score;
  }
  let best: (typeof paragraphs)[number] | undefined;
  for (const paragraph of paragraphs) if (paragraph.score > 0 && (!best || paragraph.score > best.score)) best = paragraph;
  return best && `#${best.id}`;
}

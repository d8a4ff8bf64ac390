/**
 * A source's paragraphs are the top-level paragraphs of its MDX body, numbered from 1. The same
 * rule serves the remark plugin that puts `id="p3"` on the rendered paragraph and the dossier
 * graph that checks citations and quotes, so both always agree on what `#p3` is.
 */
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

export interface SourceParagraph {
  /** The paragraph's tree, for mention finding that must see inline markup as the page does. */
  node: Paragraph;
  /** 1-based position in the article. */
  number: number;
  /** The anchor on the source page, `p3`. */
  anchor: string;
  /** The paragraph's text as written. */
  text: string;
}

export function paragraphAnchor(number: number): string {
  return `p${number}`;
}

export function topLevelParagraphs(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
}

// MDX syntax plus GFM (the page renders the body as Markdown with GFM, which reads prose without
// MDX code and without indented code the same way; the content check refuses both): a table or a
// list must not count as a paragraph here when it is none on the page.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body the way the MDX pipeline does; throws the parser's error (with `line`) on bad syntax. */
export function parseMdxBody(body: string): Root {
  return mdxParser.parse(body) as Root;
}

/** Parses an MDX body the way the MDX pipeline does and returns its paragraphs. */
export function sourceParagraphs(body: string): SourceParagraph[] {
  const tree = parseMdxBody(body);
  return topLevelParagraphs(tree).map((node, index) => ({
    number: index + 1,
    anchor: paragraphAnchor(index + 1),
    text: toString(node),
    node,
  }));
}

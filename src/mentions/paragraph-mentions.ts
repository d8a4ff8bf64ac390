/**
 * Mentions in one source paragraph, decided on its tree, not on its flattened text: a mention
 * can only become a link where it lies wholly inside one plain text node that is not already
 * inside a link or code. The remark plugin that renders the links and the graph that lists
 * "Erwähnt in" both call this, so the two can never disagree.
 */
import type { Nodes, Paragraph } from 'mdast';
import type { Mention, MentionMatcher, MentionOverride } from './mention-matcher.ts';

/** Containers whose text is not ours to link: the article's own links, code, JSX anchors. */
export function isOpaque(node: Nodes): boolean {
  return (
    node.type === 'link' ||
    node.type === 'linkReference' ||
    node.type === 'inlineCode' ||
    (node.type === 'mdxJsxTextElement' && node.name === 'a')
  );
}

/** Offsets (in the paragraph's flattened text) of the text nodes a link may be placed in. */
export function linkableSpans(paragraph: Paragraph): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  const visit = (node: Nodes, linkable: boolean) => {
    if ('value' in node && typeof node.value === 'string') {
      if (linkable && node.type === 'text') spans.push([text.length, text.length + node.value.length]);
      text += node.value;
    } else if (node.type === 'image' || node.type === 'imageReference') {
      text += node.alt ?? '';
    } else if ('children' in node) {
      for (const child of node.children as Nodes[]) visit(child, linkable && !isOpaque(child));
    }
  };
  visit(paragraph, true);
  return { text, spans };
}

export function paragraphMentions(paragraph: Paragraph, matcher: MentionMatcher, overrides: readonly MentionOverride[] = []): Mention[] {
  const { text, spans } = linkableSpans(paragraph);
  const renderable = (m: Mention) => spans.some(([start, end]) => m.start >= start && m.end <= end);
  return matcher.linksIn(text, overrides, undefined, renderable);
}

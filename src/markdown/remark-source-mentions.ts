/**
 * Links the entities a source mentions, in the Markdown tree of the source itself: each
 * top-level paragraph's text nodes are split around the mentions the dossier graph found in that
 * paragraph (Dossier.mentions, with the editors' `mentions:` corrections applied) and each
 * mention becomes a link. The words stay exactly as written; only links are added around them.
 * The matcher runs once per build, in the graph; this step only places its findings, so the
 * source page and every «Erwähnt in» list come from one answer.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { isOpaque, linkableSpans } from '../mentions/paragraph-mentions.ts';
import { topLevelParagraphs } from './source-paragraphs.ts';
import { sourceTextOf } from './source-text-data.ts';

/** A mention to link: where it stands in the paragraph's linkable text, and where it leads. */
export interface PlacedMention {
  id: string;
  start: number;
  end: number;
  href: string;
}

/** Replaces text nodes so that each mention (given as offsets into the paragraph's text) is a link. */
function linkMentions(paragraph: Parent, mentions: readonly PlacedMention[]) {
  let offset = 0;
  let next = 0;
  const visit = (parent: Parent) => {
    const children: PhrasingContent[] = [];
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text') {
        children.push(...splitText(child, offset));
        offset += child.value.length;
      } else if (isOpaque(child) || !('children' in child)) {
        offset += linkableSpans({ type: 'paragraph', children: [child] }).text.length;
        children.push(child);
      } else {
        visit(child as Parent);
        children.push(child);
      }
    }
    parent.children = children;
  };
  const splitText = (node: Text, start: number): PhrasingContent[] => {
    const end = start + node.value.length;
    const parts: PhrasingContent[] = [];
    let at = start;
    // Skip mentions that began in an earlier node but did not fit inside it.
    while (next < mentions.length && mentions[next]!.start < start) next++;
    while (next < mentions.length && mentions[next]!.end <= end) {
      const m = mentions[next++]!;
      if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at - start, m.start - start) });
      const link: Link = {
        type: 'link',
        url: m.href,
        children: [{ type: 'text', value: node.value.slice(m.start - start, m.end - start) }],
        data: { hProperties: { className: ['mention'], 'data-entity': m.id } },
      };
      parts.push(link);
      at = m.end;
    }
    if (at === start) return [node];
    if (at < end) parts.push({ type: 'text', value: node.value.slice(at - start) });
    return parts;
  };
  visit(paragraph);
}

export function remarkSourceMentions() {
  return (tree: Root, file: VFile) => {
    const source = sourceTextOf(file);
    if (!source) return;
    topLevelParagraphs(tree).forEach((paragraph, index) => {
      const placed = source.paragraphs[index];
      if (!placed || placed.mentions.length === 0) return;
      // The graph found the mentions in its own parse of the same body; both parses must see the
      // same text, or the links would land on other words.
      if (linkableSpans(paragraph).text !== placed.text) {
        throw new Error(`Quelle ${source.id}, Absatz ${index + 1}: der gerenderte Text weicht vom Text im Dossier-Graphen ab; Erwähnungen lassen sich nicht sicher verlinken.`);
      }
      linkMentions(paragraph, placed.mentions);
    });
  };
}

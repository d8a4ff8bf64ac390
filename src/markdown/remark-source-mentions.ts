/**
 * Links the entities a source mentions, in the MDX tree of the source itself: each top-level
 * paragraph's text nodes are split around the first mention of each entity and the mention
 * becomes a link. The words stay exactly as written; only links are added around them.
 * Editors correct the result with `mentions:` in the source's frontmatter (see README).
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { siteConfig } from '../site.config.ts';
import { sectionOf } from '../model/vocabulary.ts';
import { nodePath } from '../view/routes.ts';
import { MentionMatcher, type Mention, type MentionOverride } from '../mentions/mention-matcher.ts';
import { readMentionTargets } from '../mentions/read-mention-targets.ts';
import { isOpaque, linkableSpans, paragraphMentions } from '../mentions/paragraph-mentions.ts';
import { topLevelParagraphs } from './source-paragraphs.ts';
import { isSourceFile } from './source-file.ts';

interface Override extends MentionOverride {
  paragraph: number;
}

function overridesOf(file: VFile): Override[] {
  const frontmatter = (file.data as { astro?: { frontmatter?: { mentions?: unknown } } }).astro?.frontmatter;
  return Array.isArray(frontmatter?.mentions) ? (frontmatter.mentions as Override[]) : [];
}

/** Replaces text nodes so that each mention (given as offsets into the paragraph's text) is a link. */
function linkMentions(paragraph: Parent, mentions: Mention[], hrefOf: (id: string) => string) {
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
        url: hrefOf(m.id),
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
    if (!isSourceFile(file)) return;
    const targets = readMentionTargets(siteConfig.contentDir);
    const kindOf = new Map(targets.map((t) => [t.id, t.kind]));
    const matcher = new MentionMatcher(targets);
    const overrides = overridesOf(file);
    // An editor's forced link to an id that is no entity fails the graph's mention-corrections
    // check, so the build never publishes the fallback address.
    const hrefOf = (id: string) => nodePath({ section: sectionOf(kindOf.get(id) ?? 'person'), id });
    topLevelParagraphs(tree).forEach((paragraph, index) => {
      const own = overrides.filter((o) => o.paragraph === index + 1);
      const mentions = paragraphMentions(paragraph, matcher, own);
      if (mentions.length > 0) linkMentions(paragraph, mentions, hrefOf);
    });
  };
}

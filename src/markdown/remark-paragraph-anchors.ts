/**
 * Gives each top-level paragraph of a source the stable anchor `id="pN"` that citations link
 * to, and a visible permalink (its number) in front of the text. The paragraph's own words are
 * wrapped in `<span class="absatz-text">`, untouched.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
// Brings in the `hName`/`hProperties` fields that remark-rehype reads when it turns mdast into HTML.
import type {} from 'mdast-util-to-hast';
import { ui } from '../i18n/de-CH.ts';
import { paragraphAnchor, topLevelParagraphs } from './source-paragraphs.ts';
import { sourceTextOf } from './source-text-data.ts';

export function remarkParagraphAnchors() {
  return (tree: Root, file: VFile) => {
    if (!sourceTextOf(file)) return;
    topLevelParagraphs(tree).forEach((paragraph, index) => {
      const n = index + 1;
      const anchor = paragraphAnchor(n);
      const text = {
        type: 'emphasis', // any phrasing container; hName makes it a plain span
        children: paragraph.children,
        data: { hName: 'span', hProperties: { className: ['absatz-text'] } },
      } as PhrasingContent;
      const permalink = {
        type: 'link',
        url: `#${anchor}`,
        children: [{ type: 'text', value: String(n) }],
        data: { hProperties: { className: ['absatz-nr'], title: ui.labels.paragraphPermalink(n) } },
      } as PhrasingContent;
      paragraph.children = [permalink, { type: 'text', value: ' ' }, text];
      const data = (paragraph.data ??= {});
      data.hProperties = { ...data.hProperties, id: anchor, className: ['absatz'] };
    });
  };
}

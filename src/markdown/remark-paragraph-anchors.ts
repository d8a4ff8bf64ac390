/**
 * Gives each top-level paragraph of a source (an MDX file under `quellen/`) the stable anchor
 * `id="pN"` that citations link to. Entity and event bodies are left alone.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
// Brings in the `hProperties` field that remark-rehype reads when it turns mdast into HTML.
import type {} from 'mdast-util-to-hast';
import { paragraphAnchor, topLevelParagraphs } from '../lib/source-paragraphs.ts';

const SOURCE_FOLDER = /[\\/]quellen[\\/][^\\/]+\.mdx$/;

export function remarkParagraphAnchors() {
  return (tree: Root, file: VFile) => {
    if (!SOURCE_FOLDER.test(file.path ?? '')) return;
    topLevelParagraphs(tree).forEach((paragraph, index) => {
      const data = (paragraph.data ??= {});
      data.hProperties = { ...data.hProperties, id: paragraphAnchor(index + 1), className: ['absatz'] };
    });
  };
}

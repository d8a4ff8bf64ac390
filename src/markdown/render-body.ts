/**
 * Renders the Markdown bodies of the content (a source's text, an entity's editor notes) to HTML,
 * with Astro's own Markdown processor (`@astrojs/markdown-remark`, unified, GFM, no SmartyPants:
 * sources are verbatim) and the project's remark steps for sources: mention links from the
 * dossier graph and the paragraph anchors. The pages render bodies when they render, from the
 * graph, not from a store of HTML rendered earlier: a new entity named in an older source then
 * links that source's text in the very next build, incremental or cold.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { remarkParagraphAnchors } from './remark-paragraph-anchors.ts';
import { remarkSourceMentions } from './remark-source-mentions.ts';
import { SOURCE_TEXT_KEY, type SourceTextData } from './source-text-data.ts';

// Order matters: mentions are linked in the article's own text nodes before the paragraphs are
// wrapped and numbered.
const processor = unified({ smartypants: false, remarkPlugins: [remarkSourceMentions, remarkParagraphAnchors] });

let renderer: Promise<MarkdownRenderer> | undefined;

function markdownRenderer(): Promise<MarkdownRenderer> {
  renderer ??= processor.createRenderer({ syntaxHighlight: false });
  return renderer;
}

/** A source's text as HTML: each top-level paragraph numbered and anchored (`#p3`), its mentions linked. */
export async function renderSourceText(body: string, source: SourceTextData): Promise<string> {
  const { code } = await (await markdownRenderer()).render(body, { frontmatter: { [SOURCE_TEXT_KEY]: source } });
  return code;
}

/** A body that is not a source's text (an entity's editor notes) as HTML; undefined when it is empty. */
export async function renderNotes(body: string): Promise<string | undefined> {
  if (!body.trim()) return undefined;
  const { code } = await (await markdownRenderer()).render(body);
  return code;
}

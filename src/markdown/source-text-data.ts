/**
 * What a source's text needs from the dossier graph to be rendered: per paragraph, its linkable
 * text and the mentions to link. It travels to the remark steps with the body, through the
 * renderer's frontmatter (the one per-file channel Astro's Markdown processor offers); a body
 * without it (an entity's editor notes) is rendered as plain Markdown.
 */
import type { VFile } from 'vfile';
import type { PlacedMention } from './remark-source-mentions.ts';

export interface SourceTextData {
  /** The source's id, for error messages. */
  id: string;
  /** Per top-level paragraph, in order: its linkable text as the graph read it, and its mentions in order. */
  paragraphs: { text: string; mentions: PlacedMention[] }[];
}

/** The key under which a source's data rides in the renderer's frontmatter. */
export const SOURCE_TEXT_KEY = 'dossierSourceText';

/** The source data a file is rendered with, or undefined for a body that is not a source's text. */
export function sourceTextOf(file: VFile): SourceTextData | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  return frontmatter?.[SOURCE_TEXT_KEY] as SourceTextData | undefined;
}

/**
 * What a source page's text shows of the dossier graph: per paragraph, the mentions the graph
 * found there (src/graph/assemble-graph.ts, editors' corrections applied) with the address each
 * links to. The page renders its text from this (src/markdown/render-body.ts), and its cache key
 * holds it, so the page changes exactly when its links do.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { SourceNode } from '../graph/types.ts';
import { linkableSpans } from '../mentions/paragraph-mentions.ts';
import type { SourceTextData } from '../markdown/source-text-data.ts';
import { nodePath } from './routes.ts';

export function sourceText(dossier: Dossier, node: SourceNode): SourceTextData {
  const byParagraph = new Map<number, SourceTextData['paragraphs'][number]['mentions']>();
  for (const record of dossier.mentionsIn(node.id)) {
    const target = dossier.get(record.entity);
    if (!target) continue;
    const list = byParagraph.get(record.paragraph) ?? [];
    list.push({ id: record.entity, start: record.mention.start, end: record.mention.end, href: nodePath(target) });
    byParagraph.set(record.paragraph, list);
  }
  return {
    id: node.id,
    paragraphs: node.paragraphs.map((p) => {
      const mentions = (byParagraph.get(p.number) ?? []).sort((a, b) => a.start - b.start);
      // The text is only compared where there is something to place.
      return { text: mentions.length > 0 ? linkableSpans(p.node).text : '', mentions };
    }),
  };
}

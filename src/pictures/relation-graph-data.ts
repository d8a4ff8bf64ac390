/**
 * What a page's relation graph shows, read from the dossier graph: the subject, the entries
 * linked to it by typed relations or event roles, and the relations among those. Quotes and
 * citations are left out: they are not relations between entries.
 */
import { ui } from '../i18n/de-CH.ts';
import { CITES, type RelationType } from '../model/vocabulary.ts';
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, Edge } from '../graph/types.ts';
import { nodePath } from '../view/routes.ts';
import type { GraphEdge, GraphNode, RelationGraphInput } from './relation-graph.ts';

/** Every typed relation is drawn except citing a source, which is no relation between entries. */
const isDrawn = (edge: Edge): edge is Edge & { type: Exclude<RelationType, typeof CITES> } => edge.type !== CITES;

/** Neighbours beyond this many are listed on the page but not drawn: the picture must stay small. */
export const MAX_NEIGHBOURS = 10;

function edgeLabel(edge: Edge & { type: Exclude<RelationType, typeof CITES> }): string {
  return edge.type === 'funktion' ? (edge.role ?? ui.relations.funktion.forward) : ui.pictures.edge[edge.type];
}

function kindLabel(node: DossierNode): string {
  return node.kind === 'event' ? ui.eventKinds[node.data.kind] : ui.kinds[node.kind].singular;
}

export interface RelationGraphData extends RelationGraphInput {
  /** Linked entries not drawn because of the size limit. */
  omitted: number;
}

export function relationGraphData(dossier: Dossier, id: string): RelationGraphData {
  const subject = dossier.require(id);
  const touching = [...dossier.outgoing(id), ...dossier.incoming(id)].filter((e) => isDrawn(e) && e.from !== e.to);
  const neighbourIds = [...new Set(touching.map((e) => (e.from === id ? e.to : e.from)))];
  // Entities before events (they are fewer and say who someone is), newest events first.
  const entities = neighbourIds.map((n) => dossier.require(n)).filter((n) => n.kind !== 'event' && n.kind !== 'source');
  const events = dossier.chronological(neighbourIds.map((n) => dossier.require(n)).filter((n) => n.kind === 'event')).reverse();
  const kept = [...entities, ...events].slice(0, MAX_NEIGHBOURS);
  const drawn = new Set([id, ...kept.map((n) => n.id)]);
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const nodeId of drawn) {
    for (const edge of dossier.outgoing(nodeId)) {
      if (!isDrawn(edge) || !drawn.has(edge.to) || edge.to === nodeId) continue;
      const key = `${edge.from}>${edge.to}>${edge.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: edge.from, to: edge.to, label: edgeLabel(edge) });
    }
  }
  const toNode = (node: DossierNode, centre = false): GraphNode => ({ id: node.id, title: node.title, href: nodePath(node), kind: node.kind, kindLabel: kindLabel(node), centre });
  return { nodes: [toNode(subject, true), ...kept.map((n) => toNode(n))], edges, omitted: neighbourIds.length - kept.length };
}

/**
 * A small graph of who and what a page's subject is linked to, and how: laid out at build time
 * by ELK's layered algorithm (elkjs), which is deterministic for a given input order and a
 * fixed random seed, and drawn as SVG. Sources sit left of their targets, so on a person's page
 * the events run in from the left and the offices lead out to the right.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { escapeXml, round, textWidth, wrapLines } from './svg-text.ts';

export interface GraphNode {
  id: string;
  title: string;
  href: string;
  /** Kind of entry, shown as a small line above the name and used for its colour. */
  kind: string;
  kindLabel: string;
  /** The page's own subject: drawn emphasised, not linked. */
  centre?: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  label: string;
}

export interface RelationGraphInput {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export interface RelationGraphLayout {
  width: number;
  height: number;
  nodes: { node: GraphNode; x: number; y: number; width: number; height: number; lines: string[] }[];
  edges: { edge: GraphEdge; points: { x: number; y: number }[]; label?: { x: number; y: number; width: number; height: number } }[];
}

const NAME_FONT = 14;
const KIND_FONT = 11;
const LABEL_FONT = 11;
const LINE_HEIGHT = 17;
/** Names wrap at this many characters: narrow columns keep the graph, which scrolls on a phone, small. */
const WRAP_AT = 18;
const PAD_X = 8;

/** Splits a name into lines of at most WRAP_AT characters, at spaces or hyphens where possible. */
export function wrapName(name: string): string[] {
  return wrapLines(name, WRAP_AT);
}

function nodeSize(node: GraphNode): { width: number; height: number; lines: string[] } {
  const lines = wrapName(node.title);
  const width = Math.ceil(Math.max(textWidth(node.kindLabel, KIND_FONT, 'caps'), ...lines.map((l) => textWidth(l, NAME_FONT, 'bold'))) + 2 * PAD_X);
  return { width, height: 8 + KIND_FONT + 4 + lines.length * LINE_HEIGHT + 4, lines };
}

const elk = new ELK();

export async function layoutRelationGraph(input: RelationGraphInput): Promise<RelationGraphLayout> {
  const sizes = new Map(input.nodes.map((n) => [n.id, nodeSize(n)]));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.randomSeed': '1',
      'elk.edgeRouting': 'POLYLINE',
      'elk.spacing.nodeNode': '12',
      'elk.layered.spacing.nodeNodeBetweenLayers': '28',
      'elk.spacing.edgeLabel': '2',
      'elk.edgeLabels.inline': 'false',
      'elk.padding': '[top=4,left=4,bottom=4,right=4]',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: input.nodes.map((n) => ({ id: n.id, width: sizes.get(n.id)!.width, height: sizes.get(n.id)!.height })),
    edges: input.edges.map(
      (e, i): ElkExtendedEdge => ({
        id: `e${i}`,
        sources: [e.from],
        targets: [e.to],
        labels: [{ text: e.label, width: Math.ceil(textWidth(e.label, LABEL_FONT)) + 4, height: LABEL_FONT + 3 }],
      }),
    ),
  };
  const laid = await elk.layout(graph);
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: (laid.children ?? []).map((c) => ({ node: byId.get(c.id)!, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0, lines: sizes.get(c.id)!.lines })),
    edges: (laid.edges ?? []).map((e, i) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      const label = e.labels?.[0];
      return {
        edge: input.edges[i]!,
        points,
        label: label ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } : undefined,
      };
    }),
  };
}

/** `hidden`: the page carries a text equivalent, so the picture is hidden from assistive technology. */
export function relationGraphSvg(layout: RelationGraphLayout, options: { hidden?: boolean } = {}): string {
  if (layout.nodes.length < 2) return '';
  const tab = options.hidden ? ' tabindex="-1"' : '';
  const parts: string[] = [
    `<svg class="relation-graph" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}"${options.hidden ? ' aria-hidden="true"' : ''} xmlns="http://www.w3.org/2000/svg">`,
    '<defs><marker id="rg-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L8,4L0,8z" class="rg-arrowhead"/></marker></defs>',
  ];
  for (const { points, label, edge } of layout.edges) {
    if (points.length < 2) continue;
    parts.push(`<polyline class="rg-edge" points="${points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" marker-end="url(#rg-arrow)"/>`);
    if (label) {
      parts.push(`<text class="rg-edge-label" x="${round(label.x + label.width / 2)}" y="${round(label.y + label.height - 3)}" text-anchor="middle">${escapeXml(edge.label)}</text>`);
    }
  }
  for (const { node, x, y, width, height, lines } of layout.nodes) {
    const box =
      `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" rx="4"/>` +
      `<text class="rg-kind" x="${round(x + PAD_X)}" y="${round(y + 8 + KIND_FONT - 2)}">${escapeXml(node.kindLabel)}</text>` +
      lines.map((line, i) => `<text class="rg-name" x="${round(x + PAD_X)}" y="${round(y + 8 + KIND_FONT + 4 + (i + 1) * LINE_HEIGHT - 4)}">${escapeXml(line)}</text>`).join('');
    parts.push(
      node.centre
        ? `<g class="rg-node rg-centre rg-${node.kind}" data-node="${escapeXml(node.id)}">${box}</g>`
        : `<a href="${escapeXml(node.href)}"${tab} class="rg-node rg-${node.kind}" data-node="${escapeXml(node.id)}">${box}</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

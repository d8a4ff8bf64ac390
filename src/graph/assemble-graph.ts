/**
 * Builds the dossier graph from the loaded collections, without judging them: nodes, typed
 * edges, statements and where the sources mention each entity. What does not resolve (a
 * reference to a missing entry or to one of the wrong kind, a second file with a taken id) is
 * left out, so that every query on the graph stays safe; saying what is wrong is the checks' job
 * (src/graph/checks/), which run over the same input afterwards.
 */
import { parseCitation } from '../model/citation.ts';
import { ENTITY_KINDS, ENTITY_RELATIONS, EVENT_RELATIONS, EVENT_RELATION_TYPES, CITES, STATEMENT_REFERENCES, sectionOf, type EntityKind, type Kind } from '../model/vocabulary.ts';
import { sourceParagraphs } from '../markdown/source-paragraphs.ts';
import { componentUses } from '../markdown/component-uses.ts';
import { MentionMatcher, type MentionTarget } from '../mentions/mention-matcher.ts';
import { paragraphMentions } from '../mentions/paragraph-mentions.ts';
import { Dossier, type MentionRecord } from './dossier.ts';
import type { DossierInput, DossierNode, Edge, EntityNode, StatementNode } from './types.ts';

function byId<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The node `id` if it exists and is of one of the `allowed` kinds. */
function resolveNode(nodes: ReadonlyMap<string, DossierNode>, id: string, allowed: readonly Kind[]): DossierNode | undefined {
  const node = nodes.get(id);
  return node && allowed.includes(node.kind) ? node : undefined;
}

type GraphEntry =
  | { kind: 'source'; entry: DossierInput['source'][number] }
  | { kind: EntityKind; entry: DossierInput[EntityKind][number] }
  | { kind: 'event'; entry: DossierInput['event'][number] };

/**
 * The entries that become pages, in the graph's fixed order: sources, then each entity kind,
 * then events, each by id. The first to claim an id keeps it (the unique-ids check names the
 * others).
 */
export function entriesInGraphOrder(input: DossierInput): GraphEntry[] {
  return [
    ...byId(input.source).map((entry) => ({ kind: 'source' as const, entry })),
    ...ENTITY_KINDS.flatMap((kind) => byId<DossierInput[EntityKind][number]>(input[kind]).map((entry) => ({ kind, entry }))),
    ...byId(input.event).map((entry) => ({ kind: 'event' as const, entry })),
  ];
}

function toNode(item: GraphEntry): DossierNode {
  const { kind, entry } = item;
  const body = entry.body ?? '';
  const base = { id: entry.id, filePath: entry.filePath, section: sectionOf(kind), body, bodyLine: entry.bodyLine, components: kind === 'source' ? [] : componentUses(body) };
  switch (item.kind) {
    case 'source':
      return { ...base, kind: 'source', title: item.entry.data.title, data: item.entry.data, paragraphs: sourceParagraphs(item.entry.body ?? '') };
    case 'event':
      return { ...base, kind: 'event', title: item.entry.data.title, data: item.entry.data };
    default:
      return { ...base, kind: item.kind, title: item.entry.data.name, data: item.entry.data };
  }
}

/** Every page's node, keyed by id, in the graph's order. */
function collectNodes(input: DossierInput): Map<string, DossierNode> {
  const nodes = new Map<string, DossierNode>();
  for (const item of entriesInGraphOrder(input)) if (!nodes.has(item.entry.id)) nodes.set(item.entry.id, toNode(item));
  return nodes;
}

/**
 * The typed links: per entity its citations, its facts' citations and its relations; per event
 * the place, participants and countries (each resting on the event's own citations), then its
 * citations. The order is the pages' order wherever a page lists edges as they come.
 */
function collectEdges(nodes: ReadonlyMap<string, DossierNode>): Edge[] {
  const edges: Edge[] = [];
  const cites = (from: string, list: readonly string[]) => {
    for (const cite of list) {
      const { source } = parseCitation(cite);
      if (nodes.get(source)?.kind === 'source') edges.push({ from, to: source, type: CITES, cite: [cite] });
    }
  };
  for (const node of nodes.values()) {
    if (node.kind === 'event' || node.kind === 'source') continue;
    cites(node.id, node.data.cite);
    for (const fact of node.data.facts) cites(node.id, fact.cite);
    for (const relation of node.data.relations) {
      const target = resolveNode(nodes, relation.target, ENTITY_RELATIONS[relation.type].to);
      if (target && target.id !== node.id) edges.push({ from: node.id, to: target.id, type: relation.type, role: relation.role, cite: relation.cite });
    }
  }
  for (const node of nodes.values()) {
    if (node.kind !== 'event') continue;
    for (const type of EVENT_RELATION_TYPES) {
      const { field, to } = EVENT_RELATIONS[type];
      const value = node.data[field];
      for (const target of value === undefined ? [] : typeof value === 'string' ? [value] : value) {
        if (resolveNode(nodes, target, to)) edges.push({ from: node.id, to: target, type, cite: node.data.cite });
      }
    }
    cites(node.id, node.data.cite);
    for (const fact of node.data.facts) cites(node.id, fact.cite);
    for (const account of node.data.accounts) cites(node.id, account.cite);
  }
  return edges;
}

/** Statements whose speaker, channels, subjects, event and paragraph all exist. */
function collectStatements(input: DossierInput, nodes: ReadonlyMap<string, DossierNode>): StatementNode[] {
  const resolves = (id: string, allowed: readonly Kind[]) => resolveNode(nodes, id, allowed) !== undefined;
  return byId(input.statement)
    .filter(({ data }) => {
      const { source, paragraph } = parseCitation(data.cite);
      const cited = nodes.get(source);
      return (
        resolves(data.speaker, STATEMENT_REFERENCES.speaker) &&
        (!data.reports || resolves(data.reports, STATEMENT_REFERENCES.reports)) &&
        data.via.every((id) => resolves(id, STATEMENT_REFERENCES.via)) &&
        data.about.every((id) => resolves(id, STATEMENT_REFERENCES.about)) &&
        (!data.event || resolves(data.event, STATEMENT_REFERENCES.event)) &&
        cited?.kind === 'source' &&
        paragraph <= cited.paragraphs.length
      );
    })
    .map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data }));
}

/** Where each source paragraph names an entity, with the editors' corrections applied. */
function collectMentions(nodes: ReadonlyMap<string, DossierNode>, matcher: MentionMatcher): MentionRecord[] {
  const mentions: MentionRecord[] = [];
  for (const node of nodes.values()) {
    if (node.kind !== 'source') continue;
    for (const paragraph of node.paragraphs) {
      const own = node.data.mentions.filter((o) => o.paragraph === paragraph.number);
      for (const mention of paragraphMentions(paragraph.node, matcher, own)) {
        if (nodes.has(mention.id)) mentions.push({ entity: mention.id, source: node.id, paragraph: paragraph.number, mention });
      }
    }
  }
  return mentions;
}

/** What the mention matcher knows of an entity: the forms under which texts name it. */
export function mentionTargetOf(node: EntityNode): MentionTarget {
  return { id: node.id, name: node.data.name, aliases: node.data.aliases, spellings: node.data.spellings, adjective: node.data.adjective };
}

/**
 * The graph of `input` (every collection's entries as loaded, drafts already left out or kept
 * by the loader). Pure; builds its query indexes lazily on first use.
 */
export function assembleGraph(input: DossierInput): Dossier {
  const nodes = collectNodes(input);
  const edges = collectEdges(nodes);
  const matcher = new MentionMatcher([...nodes.values()].flatMap((n) => (n.kind === 'event' || n.kind === 'source' ? [] : [mentionTargetOf(n)])));
  return new Dossier(nodes, edges, collectStatements(input, nodes), input.briefing[0]?.data, matcher, collectMentions(nodes, matcher), input.terms[0]?.data.begriffe, input.terms[0]?.data.ungeteilt);
}

/** The validated dossier graph and the questions pages ask of it. */
import { BACKLINK_ORDER, EVENT_RELATION_TYPES, type EventRelationType, type Kind, type RelationType } from '../model/vocabulary.ts';
import { parseCitation } from '../model/citation.ts';
import { dateSortKey, latestDay } from '../model/dossier-date.ts';
import { segment, type Mention, type MentionMatcher } from '../mentions/mention-matcher.ts';
import type {
  BriefingData,
  TermsData,
  DossierNode,
  Edge,
  EntityNode,
  EventNode,
  ResolvedCitation,
  SourceNode,
  StatementNode,
} from './types.ts';

const collator = new Intl.Collator('de-CH');

/** One linked mention of an entity in a source paragraph. */
export interface MentionRecord {
  entity: string;
  source: string;
  paragraph: number;
  mention: Mention;
}

/** An entity met through shared events, and how each event ties the two together. */
export interface RelatedEntity {
  node: DossierNode;
  through: { event: EventNode; type: EventRelationType }[];
}

export interface BacklinkGroup {
  type: RelationType;
  items: { node: DossierNode; role?: string }[];
}

/** Groups `items` by the keys `keysOf` gives each (each key once per item), keeping their order. */
function indexBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/** Positions of items in a list, for sorting by that order without searching it each time. */
function positions<T>(list: readonly T[]): Map<T, number> {
  const rank = new Map<T, number>();
  list.forEach((item, i) => {
    if (!rank.has(item)) rank.set(item, i);
  });
  return rank;
}

/**
 * Every page asks the graph about its own entry, so every question must cost about what its
 * answer holds, not a pass over the whole dossier: with 10 000 pages, a pass per page is a
 * hundred million steps. The indexes below are built once, on first use, in content order, so
 * answers come out exactly as a filter over the full lists would give them.
 */
interface DossierIndexes {
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
  mentions: Map<string, MentionRecord[]>;
  mentionsBySource: Map<string, MentionRecord[]>;
  spoken: Map<string, StatementNode[]>;
  relayed: Map<string, StatementNode[]>;
  about: Map<string, StatementNode[]>;
}

export class Dossier {
  private indexCache: DossierIndexes | undefined;
  private readonly listCache = new Map<Kind, DossierNode[]>();
  private latestSourceCache: { node: SourceNode | undefined } | undefined;

  /** Every page's node by id, in the graph's order (src/graph/assemble-graph.ts). */
  readonly nodes: ReadonlyMap<string, DossierNode>;
  readonly edges: readonly Edge[];
  readonly statements: readonly StatementNode[];
  readonly briefing: BriefingData | undefined;
  /** The editors' search terms (`begriffe.yaml`), none if there is no such file. */
  readonly terms: TermsData['begriffe'];
  /** Words the editors keep whole in search (`ungeteilt` in `begriffe.yaml`). */
  readonly wholeWords: readonly string[];
  readonly mentions: readonly MentionRecord[];
  private readonly matcher: MentionMatcher;

  // Fields written out rather than as constructor parameters, so that Node runs this module as
  // it is (type stripping) in the command-line tools, without a build step.
  constructor(
    nodes: ReadonlyMap<string, DossierNode>,
    edges: readonly Edge[],
    statements: readonly StatementNode[],
    briefing: BriefingData | undefined,
    matcher: MentionMatcher,
    mentions: readonly MentionRecord[],
    terms: TermsData['begriffe'] = [],
    wholeWords: readonly string[] = [],
  ) {
    this.terms = terms;
    this.wholeWords = wholeWords;
    this.nodes = nodes;
    this.edges = edges;
    this.statements = statements;
    this.briefing = briefing;
    this.matcher = matcher;
    this.mentions = mentions;
  }

  /** Every paragraph that mentions an entity, in source and paragraph order. */
  mentionsOf(id: string): (MentionRecord & { citation: ResolvedCitation })[] {
    return (this.index.mentions.get(id) ?? []).map((m) => ({ ...m, citation: this.citation(`${m.source}#p${m.paragraph}`) }));
  }

  /** Every mention a source's paragraphs make, in paragraph and text order. */
  mentionsIn(sourceId: string): readonly MentionRecord[] {
    return this.index.mentionsBySource.get(sourceId) ?? [];
  }

  private get index(): DossierIndexes {
    this.indexCache ??= {
      outgoing: indexBy(this.edges, (e) => [e.from]),
      incoming: indexBy(this.edges, (e) => [e.to]),
      mentions: indexBy(this.mentions, (m) => [m.entity]),
      mentionsBySource: indexBy(this.mentions, (m) => [m.source]),
      spoken: indexBy(this.statements, (s) => [s.data.speaker]),
      relayed: indexBy(this.statements, (s) => s.data.via),
      // A statement that gives someone's words (`reports`) is about them too: Lawrow's page lists the ministry's statement on his praise.
      about: indexBy(this.statements, (s) => [...s.data.about, ...(s.data.event ? [s.data.event] : []), ...(s.data.reports ? [s.data.reports] : [])]),
    };
    return this.indexCache;
  }

  /**
   * Splits prose written by editors (summaries, facts) into text and links to the entities it
   * names, first mention of each only, never to the page's own entry.
   */
  linkProse(text: string, ownId?: string): { text: string; node?: DossierNode }[] {
    return segment(text, this.matcher.linksIn(text, [], ownId)).map((part) =>
      'id' in part ? { text: part.text, node: this.nodes.get(part.id) } : part,
    );
  }

  /** Entities that share events with this one, with the events and the other side's role in each. */
  related(id: string): RelatedEntity[] {
    const involving = new Set<RelationType>(EVENT_RELATION_TYPES);
    const events = this.incoming(id).filter((e) => involving.has(e.type)).map((e) => e.from);
    const byNode = new Map<string, RelatedEntity>();
    for (const eventId of [...new Set(events)]) {
      const event = this.require(eventId) as EventNode;
      for (const edge of this.outgoing(eventId)) {
        if (!involving.has(edge.type) || edge.to === id) continue;
        const entry = byNode.get(edge.to) ?? { node: this.require(edge.to), through: [] };
        byNode.set(edge.to, entry);
        entry.through.push({ event, type: edge.type as EventRelationType });
      }
    }
    const order = positions(this.chronological([...new Set(events)].map((e) => this.require(e) as EventNode)));
    return [...byNode.values()]
      .map((r) => ({ ...r, through: [...r.through].sort((a, b) => order.get(a.event)! - order.get(b.event)!) }))
      .sort((a, b) => b.through.length - a.through.length || collator.compare(a.node.title, b.node.title));
  }

  get(id: string): DossierNode | undefined {
    return this.nodes.get(id);
  }

  require(id: string): DossierNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`Kein Eintrag «${id}» im Dossier.`);
    return node;
  }

  /** Entries of one kind, alphabetically (events: chronologically). */
  list<K extends Kind>(kind: K): Extract<DossierNode, { kind: K }>[] {
    let sorted = this.listCache.get(kind);
    if (!sorted) {
      const found = [...this.nodes.values()].filter((n): n is Extract<DossierNode, { kind: K }> => n.kind === kind);
      sorted = kind === 'event' ? this.chronological(found as EventNode[]) : found.sort((a, b) => collator.compare(a.title, b.title));
      this.listCache.set(kind, sorted);
    }
    // A copy: callers sort and slice what they get.
    return [...sorted] as Extract<DossierNode, { kind: K }>[];
  }

  entities(): EntityNode[] {
    return [...this.nodes.values()].filter((n): n is EntityNode => n.kind !== 'event' && n.kind !== 'source');
  }

  /**
   * Dated events by their earliest possible day, then by their latest (so "August 2024" comes
   * before "August 2024 bis Juli 2025"), then undated ones; remaining ties by title.
   */
  chronological(events: readonly EventNode[]): EventNode[] {
    // Keys worked out once per event, not twice per comparison.
    const keys = new Map(events.map((e) => [e, e.data.date ? `${dateSortKey(e.data.date)}~${latestDay(e.data.date.to ?? e.data.date.from)}` : '9999']));
    return [...events].sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      return ka === kb ? collator.compare(a.title, b.title) : ka < kb ? -1 : 1;
    });
  }

  outgoing(id: string, type?: RelationType): Edge[] {
    return (this.index.outgoing.get(id) ?? []).filter((e) => !type || e.type === type);
  }

  incoming(id: string, type?: RelationType): Edge[] {
    return (this.index.incoming.get(id) ?? []).filter((e) => !type || e.type === type);
  }

  /** What links to a page, grouped by relation, each linking page once per group. */
  backlinks(id: string): BacklinkGroup[] {
    const groups = new Map<RelationType, BacklinkGroup>();
    const listed = new Set<string>();
    for (const edge of this.incoming(id)) {
      const group = groups.get(edge.type) ?? { type: edge.type, items: [] };
      groups.set(edge.type, group);
      const key = `${edge.type}\u0000${edge.from}\u0000${edge.role ?? '\u0001'}`;
      if (listed.has(key)) continue;
      listed.add(key);
      group.items.push({ node: this.require(edge.from), role: edge.role });
    }
    for (const group of groups.values()) {
      const events = this.chronological(group.items.map((i) => i.node).filter((n): n is EventNode => n.kind === 'event'));
      const eventRank = positions<DossierNode>(events);
      const rank = (node: DossierNode) => (node.kind === 'event' ? eventRank.get(node)! : events.length);
      group.items.sort((a, b) => rank(a.node) - rank(b.node) || collator.compare(a.node.title, b.node.title));
    }
    return BACKLINK_ORDER.filter((t) => groups.has(t)).map((t) => groups.get(t)!);
  }

  citation(key: string): ResolvedCitation {
    const { source, paragraph } = parseCitation(key);
    const node = this.require(source) as SourceNode;
    const found = node.paragraphs[paragraph - 1];
    if (!found) throw new Error(`Absatz ${key} fehlt.`);
    return { key, source: node, paragraph: found };
  }

  /** Statements in which an entry speaks, passes words on, or is spoken about. */
  statementsAbout(id: string): { spoken: StatementNode[]; relayed: StatementNode[]; about: StatementNode[] } {
    return {
      spoken: [...(this.index.spoken.get(id) ?? [])],
      relayed: [...(this.index.relayed.get(id) ?? [])],
      about: [...(this.index.about.get(id) ?? [])],
    };
  }

  /** Old addresses that must keep working: `section/former-slug` -> the current entry. */
  redirects(): { section: DossierNode['section']; slug: string; to: DossierNode }[] {
    return [...this.nodes.values()].flatMap((node) =>
      node.kind === 'source' ? [] : node.data.formerSlugs.map((slug) => ({ section: node.section, slug, to: node })),
    );
  }

  /** The date of the newest source: the dossier's edition. */
  latestSource(): SourceNode | undefined {
    // Every page's footer asks; the answer is the same for the whole build.
    this.latestSourceCache ??= { node: this.list('source').sort((a, b) => (dateSortKey(a.data.date) < dateSortKey(b.data.date) ? 1 : -1))[0] };
    return this.latestSourceCache.node;
  }
}

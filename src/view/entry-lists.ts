/**
 * The lists on an entry page that grow with the dossier (what links to the entry, where the
 * sources mention it, what shares events with it, its statements), each in two forms: complete,
 * in a fixed order, for the entry's list pages (`/laender/nordkorea/erwaehnt-in/`, …), and as
 * the entry page shows it: the whole list while it is short, otherwise the SHOWN_ON_ENTRY_PAGE
 * most relevant items, most relevant first, and a link to the complete list.
 *
 * What is most relevant, and why:
 * - backlinks: events newest first (a briefing is read for what happened last); other entries
 *   by the number of events they take part in or host (the ones the dossier says most about),
 *   then by name;
 * - mentions: the newest sources first (older reports are usually repeated by newer ones);
 * - related entries: the most shared events first (the order the graph already gives);
 * - statements: the entry's own words, then words it passed on, then words about it (as the
 *   page always ordered them), each newest first.
 */
import type { BacklinkGroup, Dossier, MentionRecord, RelatedEntity } from '../graph/dossier.ts';
import type { DossierNode, EventNode, ResolvedCitation, StatementNode } from '../graph/types.ts';
import { dateSortKey } from '../model/dossier-date.ts';
import { EVENT_RELATION_TYPES, type RelationType } from '../model/vocabulary.ts';

/** Items of one list (one backlink group) an entry page shows before it links to the complete list. */
export const SHOWN_ON_ENTRY_PAGE = 20;
/** Shared events named under a related entry on the entry page, and on the complete list. */
export const SHARED_EVENTS_ON_ENTRY_PAGE = 5;
export const SHARED_EVENTS_ON_LIST = 10;

export type Mention = MentionRecord & { citation: ResolvedCitation };
export type BacklinkItem = BacklinkGroup['items'][number] & { type: RelationType };

/** A list as the entry page shows it: the items, how many there are in all, whether the page cut it. */
export interface Shown<T> {
  items: T[];
  total: number;
  cut: boolean;
}

/** The first `n` of `items` by `better` (a stable order, so ties keep the complete list's order), or all of them in their order. */
function mostRelevant<T>(items: readonly T[], better: (a: T, b: T) => number, n = SHOWN_ON_ENTRY_PAGE): Shown<T> {
  if (items.length <= n) return { items: [...items], total: items.length, cut: false };
  return { items: [...items].sort(better).slice(0, n), total: items.length, cut: true };
}

/** Events the entry takes part in, hosts or involves as a country: how much the dossier says about it. */
export function eventCount(dossier: Dossier, id: string): number {
  const involving = new Set<RelationType>(EVENT_RELATION_TYPES);
  return new Set(dossier.incoming(id).filter((e) => involving.has(e.type)).map((e) => e.from)).size;
}

/** Newest first: events by their chronological position, reversed; undated events last. */
function newestFirst(dossier: Dossier, events: readonly EventNode[]): Map<EventNode, number> {
  const order = dossier.chronological(events);
  const dated = order.filter((e) => e.data.date).reverse();
  return new Map([...dated, ...order.filter((e) => !e.data.date)].map((e, i) => [e, i]));
}

/** Backlinks: every group complete, in the graph's order (src/graph/dossier.ts backlinks()). */
export function backlinkItems(dossier: Dossier, id: string): BacklinkItem[] {
  return dossier.backlinks(id).flatMap((group) => group.items.map((item) => ({ ...item, type: group.type })));
}

/** A backlink's key in the props of its list page: relation, entry, role. */
export function backlinkKey(item: BacklinkItem): string {
  return `${item.type}|${item.node.id}|${item.role ?? ''}`;
}

/** The backlink groups as the entry page shows them (see the module comment). */
export function shownBacklinks(dossier: Dossier, id: string): { groups: (BacklinkGroup & { shown: Shown<BacklinkGroup['items'][number]> })[]; total: number; cut: boolean } {
  const groups = dossier.backlinks(id).map((group) => {
    const events = group.items.map((i) => i.node).filter((n): n is EventNode => n.kind === 'event');
    const eventRank = newestFirst(dossier, events);
    const counts = new Map(group.items.filter((i) => i.node.kind !== 'event').map((i) => [i.node.id, eventCount(dossier, i.node.id)]));
    const rank = (node: DossierNode) => (node.kind === 'event' ? eventRank.get(node)! : events.length);
    const shown = mostRelevant(group.items, (a, b) => rank(a.node) - rank(b.node) || (counts.get(b.node.id) ?? 0) - (counts.get(a.node.id) ?? 0));
    return { ...group, shown };
  });
  return { groups, total: groups.reduce((sum, g) => sum + g.shown.total, 0), cut: groups.some((g) => g.shown.cut) };
}

/** Mentions: every paragraph naming the entry, oldest source first (new sources add at the end). */
export function mentionItems(dossier: Dossier, id: string): Mention[] {
  const key = (m: Mention) => dateSortKey(m.citation.source.data.date);
  // A stable sort: within a source (and among sources of one date) the graph's order stays.
  return dossier.mentionsOf(id).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A mention's key in the props of its list page: source, paragraph, position. */
export function mentionKey(m: Mention): string {
  return `${m.source}#p${m.paragraph}@${m.mention.start}`;
}

/** Mentions as the entry page shows them: all, or the newest sources' (see the module comment). */
export function shownMentions(dossier: Dossier, id: string): Shown<Mention> {
  const all = mentionItems(dossier, id);
  const position = new Map(all.map((m, i) => [m, i]));
  const key = (m: Mention) => dateSortKey(m.citation.source.data.date);
  // Newest source first; within a source, its paragraphs in order.
  return mostRelevant(all, (a, b) => (key(a) > key(b) ? -1 : key(a) < key(b) ? 1 : position.get(a)! - position.get(b)!));
}

/** Related entries: all, the most shared events first (src/graph/dossier.ts related()). */
export function relatedItems(dossier: Dossier, id: string): RelatedEntity[] {
  return dossier.related(id);
}

/** Related entries as the entry page shows them: the first SHOWN_ON_ENTRY_PAGE. */
export function shownRelated(dossier: Dossier, id: string): Shown<RelatedEntity> {
  return mostRelevant(relatedItems(dossier, id), () => 0);
}

/** The shared events named under a related entry: the newest `limit`, in chronological order, and how many are left out. */
export function sharedEvents(related: RelatedEntity, limit: number): { through: RelatedEntity['through']; more: number } {
  const through = related.through.length <= limit ? related.through : related.through.slice(-limit);
  return { through, more: related.through.length - through.length };
}

/** Whether the entry page leaves out part of the related entries, or of their shared events. */
export function relatedCut(dossier: Dossier, id: string): boolean {
  const all = relatedItems(dossier, id);
  return all.length > SHOWN_ON_ENTRY_PAGE || all.some((r) => r.through.length > SHARED_EVENTS_ON_ENTRY_PAGE);
}

/** Statements: the entry's own words, the words it passed on, the words about it, each in the dossier's order, each once. */
export function statementItems(dossier: Dossier, id: string): StatementNode[] {
  const { spoken, relayed, about } = dossier.statementsAbout(id);
  return [...new Set([...spoken, ...relayed, ...about])];
}

/** Statements as the entry page shows them: all, or the most relevant (see the module comment). */
export function shownStatements(dossier: Dossier, id: string): Shown<StatementNode> {
  const all = statementItems(dossier, id);
  const { spoken, relayed } = dossier.statementsAbout(id);
  const own = new Set(spoken);
  const passedOn = new Set(relayed);
  const role = (s: StatementNode) => (own.has(s) ? 0 : passedOn.has(s) ? 1 : 2);
  const day = (s: StatementNode) => dateSortKey(dossier.citation(s.data.cite).source.data.date);
  return mostRelevant(all, (a, b) => role(a) - role(b) || (day(a) > day(b) ? -1 : day(a) < day(b) ? 1 : 0));
}

/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`): a
 * digest of everything the page shows, taken from the dossier graph. Astro re-renders a page
 * only when its key or its route's code has changed (the pages render every content body from the
 * graph, src/markdown/render-body.ts), so a key that leaves out something the page shows would
 * publish a stale page. An entry page's key holds its own entry, every entry it links to or is
 * linked from (whole, not only the parts shown), the mentions, statements and related entries it
 * lists, its search metadata, its card, a source's mention links, and the links that the
 * entity names make in the prose it shows (src/view/page-prose.ts): a new, renamed or removed
 * name changes exactly the pages whose text it links or unlinks, the pages that list or link the
 * entry, and its own. The equality of an incremental and a cold build is tested
 * (tests/e2e/incremental-build.test.ts, tests/e2e/random-edits.test.ts).
 */
import { createHash } from 'node:crypto';
import { CITATION_PATTERN, parseCitation } from '../model/citation.ts';
import { mentionTargetOf } from '../graph/assemble-graph.ts';
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, StatementNode } from '../graph/types.ts';
import { currentEdition, type Edition } from './editions.ts';
import { mentionKey, SHARED_EVENTS_ON_ENTRY_PAGE, sharedEvents } from './entry-lists.ts';
import { entryLists, type EntryLists, type EntryPage } from './entry-page.ts';
import type { PrintPart } from './print-plan.ts';
import { entryProse, proseLinks, statementProse } from './page-prose.ts';

/** Bump to invalidate every page when the meaning of the keys changes. */
const KEY_VERSION = 2;

/** A SHA-256 digest (hex, 32 characters) of any JSON-serialisable value; Maps and Sets as arrays. */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex')
    .slice(0, 32);
}

interface DigestCache {
  faces: Map<string, string>;
  statements: Map<string, unknown>;
  statementNodes: Map<string, StatementNode>;
  /** Entry keys without page-specific values (the print edition's), by id. */
  plainKeys: Map<string, string>;
  names: string;
  mentionsBySource: Map<string, unknown[]>;
}

const caches = new WeakMap<Dossier, DigestCache>();

function cacheOf(dossier: Dossier): DigestCache {
  let cache = caches.get(dossier);
  if (!cache) {
    const mentionsBySource = new Map<string, unknown[]>();
    for (const m of dossier.mentions) mentionsBySource.set(m.source, [...(mentionsBySource.get(m.source) ?? []), m]);
    cache = { faces: new Map(), statements: new Map(dossier.statements.map((st) => [st.id, [st.filePath, st.data]])), statementNodes: new Map(dossier.statements.map((st) => [st.id, st])), plainKeys: new Map(), names: namesDigest(dossier), mentionsBySource };
    caches.set(dossier, cache);
  }
  return cache;
}

/**
 * Every entity's id, address and names (name, aliases, spellings, adjective): editors' prose on
 * any page links any entity by name (Dossier.linkProse), so a name added, changed or removed can
 * change any entry page.
 */
function namesDigest(dossier: Dossier): string {
  // Every form the mention matcher links by (src/graph/assemble-graph.ts mentionTargetOf).
  return digestOf(dossier.entities().map((n) => [n.section, mentionTargetOf(n)]));
}

/** The digest of one entry as a neighbour shows it: all of its own data (and a source's text). */
function faceOf(dossier: Dossier, id: string): string {
  const cache = cacheOf(dossier);
  let face = cache.faces.get(id);
  if (face === undefined) {
    const node = dossier.get(id);
    face = node ? digestOf([node.kind, node.id, node.section, node.title, node.filePath, node.data, node.kind === 'source' ? node.paragraphs : null]) : 'missing';
    cache.faces.set(id, face);
  }
  return face;
}

/**
 * Every piece of every string in `value` (deeply), split at the separators of citation and item
 * keys (`quelle#p3`, `teilnehmer|anna-muster|`, `quelle#p3@12`): the ids a value names are among
 * them.
 */
function tokensOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const part of value.split(/[|#@]/)) into.add(part);
  else if (Array.isArray(value)) for (const item of value) tokensOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) tokensOf(item, into);
  return into;
}

/** Adds to `into` the ids of entries that `value` names (see tokensOf). */
function referencedIds(dossier: Dossier, value: unknown, into: Set<string>): void {
  for (const token of tokensOf(value)) if (dossier.get(token)) into.add(token);
}

/**
 * The cache key of an entry's page, from its model (src/view/entry-page.ts), which the page
 * renders from; `null` for an entry as the print edition prints it (its lists, worked out here,
 * and its own data and neighbourhood), kept for the build. Pure; costs about what the page's
 * neighbourhood holds.
 */
export function entryPageKey(dossier: Dossier, node: DossierNode, page: EntryPage | null): string {
  const cache = cacheOf(dossier);
  if (page === null) {
    let key = cache.plainKeys.get(node.id);
    if (key === undefined) cache.plainKeys.set(node.id, (key = neighbourhoodKey(dossier, node, entryLists(dossier, node.id), null)));
    return key;
  }
  const { searchTerms, partWords, card, text, map, graph, figures } = page;
  return neighbourhoodKey(dossier, node, page.lists, [searchTerms, partWords, card, text ?? null, map ?? null, graph ?? null, figures]);
}

/** The lists as the page shows them, in order, with the totals it names. */
function listsDigest(lists: EntryLists): unknown {
  const { backlinks, mentions, related, relatedCut, statements } = lists;
  return [
    backlinks.groups.map((g) => [g.type, g.shown.items.map((i) => [i.node.id, i.role ?? null]), g.shown.total]),
    [mentions.items.map(mentionKey), mentions.total],
    [related.items.map((r) => [r.node.id, sharedEvents(r, SHARED_EVENTS_ON_ENTRY_PAGE).through.map((t) => [t.event.id, t.type])]), related.total, relatedCut],
    [statements.items.map((s) => s.id), statements.total],
  ];
}

/**
 * The entry's own data, every entry of its neighbourhood whole (a list shows a neighbour's title,
 * kind, date or summary), its edges, mentions, related entries and statements, the lists as the
 * page cuts them, the links in its prose, and what the page model adds (`model`).
 */
function neighbourhoodKey(dossier: Dossier, node: DossierNode, lists: EntryLists, model: unknown): string {
  const cache = cacheOf(dossier);
  const neighbours = new Set<string>();
  const edges = [...dossier.outgoing(node.id), ...dossier.incoming(node.id)];
  for (const edge of edges) neighbours.add(edge.from).add(edge.to);
  const mentions = dossier.mentionsOf(node.id).map((m) => [m.source, m.paragraph, m.mention]);
  for (const [source] of mentions) neighbours.add(source as string);
  const mentioned = cache.mentionsBySource.get(node.id) ?? [];
  referencedIds(dossier, mentioned, neighbours);
  const related = dossier.related(node.id).map((r) => [r.node.id, r.through.map((t) => [t.event.id, t.type])]);
  referencedIds(dossier, related, neighbours);
  const { spoken, relayed, about } = dossier.statementsAbout(node.id);
  // The quotes its notes embed (<Zitat id="…">) are shown like its own.
  const embedded = node.components.flatMap((use) => (use.name === 'Zitat' ? (cache.statementNodes.get(use.attributes.id ?? '') ?? []) : []));
  const statements = [...spoken, ...relayed, ...about, ...embedded].map((s) => [s.id, s.filePath, s.data]);
  referencedIds(dossier, statements, neighbours);
  referencedIds(dossier, node.data, neighbours);
  // The sources its notes' assessments cite (<Einschaetzung belege="a#p1 b#p3">): the footnotes show their titles and paragraphs.
  for (const use of node.components) {
    for (const cite of use.name === 'Einschaetzung' ? (use.attributes.belege ?? '').split(/\s+/) : []) {
      if (CITATION_PATTERN.test(cite)) neighbours.add(parseCitation(cite).source);
    }
  }
  neighbours.delete(node.id);
  const faces = [...neighbours].sort().map((id) => [id, faceOf(dossier, id)]);
  // The names linked in the prose the page shows: its own, and the context of each quote shown.
  const prose = proseLinks(dossier, [...entryProse(node), ...lists.statements.items.flatMap(statementProse), ...embedded.flatMap(statementProse)]);
  return digestOf([KEY_VERSION, faceOf(dossier, node.id), node.body, faces, edges, mentions, mentioned, related, statements, listsDigest(lists), prose, model]);
}

/**
 * What every page that names the dossier's edition shows of it (Base.astro with `wholeDossier`):
 * the current edition's number and day and the number of sources.
 */
function wholeDossierDigest(dossier: Dossier): unknown {
  const edition = currentEdition(dossier);
  return [edition?.number, edition?.day, dossier.list('source').length];
}

/** An edition as /ausgaben/ lists it: its day, and the entries and statements it added or changed. */
function editionDigest(edition: Edition): unknown {
  const entry = (n: DossierNode) => [n.id, n.section, n.title];
  return [edition.number, edition.day, edition.added.map(entry), edition.changed.map(entry), edition.statements.map((s) => [s.id, s.data]), edition.briefing];
}

/** The cache key of a page of /ausgaben/: its editions, the number of pages, the current edition, the entity names. */
export function editionPageKey(dossier: Dossier, editions: readonly Edition[], pageCount: number): string {
  // The names: a statement is listed with its speaker's name.
  return digestOf([KEY_VERSION, 'ausgaben', wholeDossierDigest(dossier), cacheOf(dossier).names, pageCount, editions.map(editionDigest)]);
}

/**
 * The cache key of a part of the print edition (/druck/…): the current edition, the parts'
 * titles and addresses (the first part lists them), the briefing with its links and key actors
 * if the part opens with it, and each entry it prints, keyed as that entry's page (entryPageKey).
 */
export function printPartKey(dossier: Dossier, part: PrintPart, parts: readonly PrintPart[]): string {
  return digestOf([
    KEY_VERSION,
    'druck',
    wholeDossierDigest(dossier),
    part.path,
    part.title,
    parts.map((p) => [p.path, p.title, p.sections.map((section) => section.nodes.length)]),
    // The briefing's prose links entity names, and it names its key actors.
    part.briefing && dossier.briefing
      ? [dossier.briefing, briefingLinks(dossier), dossier.briefing.keyActors.map((id) => [id, faceOf(dossier, id)])]
      : null,
    part.sections.map((section) => [section.title, section.nodes.map((node) => entryPageKey(dossier, node, null))]),
  ]);
}

/** The links the entity names make in the briefing's lead and points (linked without an own entry). */
function briefingLinks(dossier: Dossier): unknown {
  const briefing = dossier.briefing;
  return briefing ? proseLinks(dossier, [briefing.lead, ...briefing.points].map((p) => ({ text: p.text }))) : null;
}

/**
 * The cache key of a page that lists part of the dossier (a page of an index, a year of the
 * timeline, an entry's complete list): what its props hold (the ids or item keys it lists, in
 * order, its page numbers and «Stand»), every entry and statement those name, whole, each such
 * statement's speaker, channels, reporter and event as a neighbour shows them and the links in its
 * context, and for an entry's list (`owner`) the key of the entry's own page, whose
 * neighbourhood the list shows.
 */
export function listPageKey(dossier: Dossier, route: string, props: unknown, owner?: DossierNode): string {
  const cache = cacheOf(dossier);
  const ids = [...tokensOf(props)].sort();
  const statements = ids.flatMap((id) => {
    const statement = cache.statementNodes.get(id);
    if (!statement) return [];
    // A quote is shown with its speaker's (and channels') names and links in its context.
    const named = new Set<string>();
    referencedIds(dossier, statement.data, named);
    return [[id, cache.statements.get(id), [...named].sort().map((n) => [n, faceOf(dossier, n)]), proseLinks(dossier, statementProse(statement))]];
  });
  return digestOf([
    KEY_VERSION,
    route,
    props,
    ids.filter((id) => dossier.get(id)).map((id) => [id, faceOf(dossier, id)]),
    statements,
    owner ? entryPageKey(dossier, owner, null) : null,
  ]);
}

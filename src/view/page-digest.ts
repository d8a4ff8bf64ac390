/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`): a
 * digest of everything the page shows, taken from the dossier graph. Astro re-renders a page
 * only when its key, its route's code or a content body it renders has changed, so a key that
 * leaves out something the page shows would publish a stale page. The keys are therefore
 * deliberately generous: an entry page's key holds its own entry, every entry it links to or is
 * linked from (whole, not only the parts shown), the mentions, statements and related entries
 * it lists, its search metadata and its card, plus the names of all entities (any prose may link
 * any name). The equality of an incremental and a cold build is tested
 * (tests/e2e/incremental-build.test.ts).
 *
 * What this means for a new article: its own page, the pages it cites, mentions or links, and
 * the overview pages change; every other page is restored from Astro's cache. A new, renamed or
 * removed entity name changes every entry page's key (see `namesDigest`).
 */
import { createHash } from 'node:crypto';
import { mentionTargetOf } from '../graph/assemble-graph.ts';
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode } from '../graph/types.ts';
import { currentEdition, type Edition } from './editions.ts';
import { mentionKey, relatedCut, SHARED_EVENTS_ON_ENTRY_PAGE, sharedEvents, shownBacklinks, shownMentions, shownRelated, shownStatements } from './entry-lists.ts';
import type { PrintPart } from './print-plan.ts';

/** Bump to invalidate every page when the meaning of the keys changes. */
const KEY_VERSION = 1;

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
    cache = { faces: new Map(), statements: new Map(dossier.statements.map((st) => [st.id, [st.filePath, st.data]])), plainKeys: new Map(), names: namesDigest(dossier), mentionsBySource };
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
 * The cache key of an entry's page. `shown` holds what the page computes from the dossier as a
 * whole (search terms, compound parts), so that a change there re-renders it too; `null` where
 * there is nothing such (the print edition), and then the key is kept for the build. Pure; costs
 * about what the page's neighbourhood holds.
 */
export function entryPageKey(dossier: Dossier, node: DossierNode, shown: unknown): string {
  const cache = cacheOf(dossier);
  if (shown === null) {
    let key = cache.plainKeys.get(node.id);
    if (key === undefined) cache.plainKeys.set(node.id, (key = neighbourhoodKey(dossier, node, null)));
    return key;
  }
  return neighbourhoodKey(dossier, node, shown);
}

/**
 * What an entry page lists of its neighbourhood, in order, with the totals it names
 * (entry-lists.ts): the page cuts its lists by rankings that read beyond the neighbourhood (how
 * many events a linked entry has), so the cut itself is part of the key.
 */
function shownLists(dossier: Dossier, id: string): unknown {
  const mentions = shownMentions(dossier, id);
  const related = shownRelated(dossier, id);
  const statements = shownStatements(dossier, id);
  return [
    shownBacklinks(dossier, id).groups.map((g) => [g.type, g.shown.items.map((i) => [i.node.id, i.role ?? null]), g.shown.total]),
    [mentions.items.map(mentionKey), mentions.total],
    [related.items.map((r) => [r.node.id, sharedEvents(r, SHARED_EVENTS_ON_ENTRY_PAGE).through.map((t) => [t.event.id, t.type])]), related.total, relatedCut(dossier, id)],
    [statements.items.map((s) => s.id), statements.total],
  ];
}

function neighbourhoodKey(dossier: Dossier, node: DossierNode, shown: unknown): string {
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
  const statements = [...spoken, ...relayed, ...about].map((s) => [s.id, s.filePath, s.data]);
  referencedIds(dossier, statements, neighbours);
  referencedIds(dossier, node.data, neighbours);
  neighbours.delete(node.id);
  const faces = [...neighbours].sort().map((id) => [id, faceOf(dossier, id)]);
  return digestOf([KEY_VERSION, cache.names, faceOf(dossier, node.id), faces, edges, mentions, mentioned, related, statements, shownLists(dossier, node.id), shown]);
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
 * titles and addresses (the first part lists them), the entity names, the briefing and its key
 * actors if the part opens with it, and each entry it prints, keyed as that entry's page
 * (entryPageKey).
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
    cacheOf(dossier).names,
    part.briefing ? [dossier.briefing, (dossier.briefing?.keyActors ?? []).map((id) => [id, faceOf(dossier, id)])] : null,
    part.sections.map((section) => [section.title, section.nodes.map((node) => entryPageKey(dossier, node, null))]),
  ]);
}

/** The cache key of a print part's running head (druck-kopf): the edition and the part's address. */
export function printHeadKey(dossier: Dossier, path: string): string {
  return digestOf([KEY_VERSION, 'druck-kopf', wholeDossierDigest(dossier), path]);
}

/**
 * The cache key of a page that lists part of the dossier (a page of an index, a year of the
 * timeline, an entry's complete list): what its props hold (the ids or item keys it lists, in
 * order, its page numbers and «Stand»), every entry and statement those name, whole, the names
 * of all entities, and for an entry's list (`owner`) the key of the entry's own page, whose
 * neighbourhood the list shows.
 */
export function listPageKey(dossier: Dossier, route: string, props: unknown, owner?: DossierNode): string {
  const cache = cacheOf(dossier);
  const ids = [...tokensOf(props)].sort();
  return digestOf([
    KEY_VERSION,
    route,
    cache.names,
    props,
    ids.filter((id) => dossier.get(id)).map((id) => [id, faceOf(dossier, id)]),
    ids.filter((id) => cache.statements.has(id)).map((id) => [id, cache.statements.get(id)]),
    owner ? entryPageKey(dossier, owner, null) : null,
  ]);
}

/**
 * The pages that list part of the dossier at a fixed size (src/view/event-years.ts,
 * src/view/list-pages.ts) and what entry pages show of their lists (src/view/entry-lists.ts),
 * over a generated corpus read without Astro: every page holds at most its size, the pages of a
 * list are the list, in order, and an entry page links to a complete list exactly where it cuts
 * one. tests/e2e/build-output.test.ts checks the built pages of the seed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import type { Dossier } from '../../src/graph/dossier.ts';
import type { EventNode } from '../../src/graph/types.ts';
import { KINDS, ENTITY_KINDS, type Kind } from '../../src/model/vocabulary.ts';
import { eventYearKey, eventYearPages, eventYears, EVENT_INDEX_PAGE_SIZE, TIMELINE_PAGE_SIZE } from '../../src/view/event-years.ts';
import { ENTRY_LIST_PAGE_SIZE, entryListPages, SECTION_PAGE_SIZE, sectionPages } from '../../src/view/list-pages.ts';
import {
  backlinkItems,
  backlinkKey,
  mentionItems,
  mentionKey,
  relatedCut,
  shownBacklinks,
  shownMentions,
  shownRelated,
  shownStatements,
  SHOWN_ON_ENTRY_PAGE,
  statementItems,
} from '../../src/view/entry-lists.ts';
import { entryListRoute, type EntryList } from '../../src/view/routes.ts';
import { PRINT_ORDER, PRINT_PAGE_ENTRIES, PRINT_PAGE_ITEMS, printChunks, printedItems, printPlan } from '../../src/view/print-plan.ts';
import { generateCorpus, REPO_ROOT } from '../../scripts/lib/corpus/generate.ts';
import { readContentDir } from '../../scripts/lib/corpus/read-content.ts';

let work: string;
let dossier: Dossier;

beforeAll(() => {
  mkdirSync(path.join(REPO_ROOT, '.cache/test-corpus'), { recursive: true });
  work = mkdtempSync(path.join(REPO_ROOT, '.cache/test-corpus', 'lists-'));
  const { dir } = generateCorpus({ pages: 600, seed: 3, out: path.join(work, 'content') });
  const built = buildDossierGraph(readContentDir(dir));
  expect(built.issues).toEqual([]);
  dossier = built.dossier;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the timeline and the event index by year', () => {
  test.each([
    ['timeline', TIMELINE_PAGE_SIZE, /^zeitleiste\/(\d{4}|ohne-datum)\/(\d+\/)?$/],
    ['index', EVENT_INDEX_PAGE_SIZE, /^ereignisse\/jahr\/(\d{4}|ohne-datum)\/(\d+\/)?$/],
  ] as const)('%s: every event once, under the year it starts in, in chronological order, at most %i to a page', (view, size, address) => {
    const pages = eventYearPages(dossier, view);
    expect(pages.flatMap((p) => p.ids)).toEqual(dossier.chronological(dossier.list('event')).map((e) => e.id));
    for (const page of pages) {
      expect(page.ids.length).toBeGreaterThan(0);
      expect(page.ids.length).toBeLessThanOrEqual(size);
      expect(page.path).toMatch(address);
      expect(page.ids.every((id) => eventYearKey(dossier.require(id) as EventNode) === page.year)).toBe(true);
    }
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  test('the years run oldest first, undated events last; an event spanning years is under its first', () => {
    const keys = eventYears(dossier).map((y) => y.key);
    const dated = keys.filter((k) => k !== 'ohne-datum');
    expect(dated).toEqual([...dated].sort());
    if (keys.includes('ohne-datum')) expect(keys.at(-1)).toBe('ohne-datum');
    const spanning = dossier.list('event').find((e) => e.data.date?.to && e.data.date.to.year > e.data.date.from.year);
    expect(spanning).toBeDefined();
    expect(eventYearKey(spanning!)).toBe(String(spanning!.data.date!.from.year));
  });
});

describe('the indexes', () => {
  test.each(KINDS.filter((k) => k !== 'event'))('%s: every entry once, in the index order, at most SECTION_PAGE_SIZE to a page', (kind: Kind) => {
    const pages = sectionPages(dossier, kind);
    expect(pages.flatMap((p) => p.keys)).toEqual(dossier.list(kind).map((n) => n.id));
    expect(pages.every((p) => p.keys.length <= SECTION_PAGE_SIZE && p.total === dossier.list(kind).length)).toBe(true);
    expect(pages[0]!.path).toBe(`${dossier.list(kind)[0]!.section}/`);
  });
});

describe('an entry page and its complete lists', () => {
  const complete: Record<EntryList, (id: string) => string[]> = {
    verweise: (id) => backlinkItems(dossier, id).map(backlinkKey),
    'erwaehnt-in': (id) => mentionItems(dossier, id).map(mentionKey),
    verbunden: (id) => dossier.related(id).map((r) => r.node.id),
    aussagen: (id) => statementItems(dossier, id).map((s) => s.id),
  };
  const cuts: Record<EntryList, (id: string, kind: Kind) => boolean> = {
    verweise: (id) => shownBacklinks(dossier, id).cut,
    'erwaehnt-in': (id, kind) => (ENTITY_KINDS as readonly Kind[]).includes(kind) && shownMentions(dossier, id).cut,
    verbunden: (id, kind) => (ENTITY_KINDS as readonly Kind[]).includes(kind) && relatedCut(dossier, id),
    aussagen: (id, kind) => kind !== 'source' && shownStatements(dossier, id).cut,
  };

  test('a complete list has pages exactly where the entry page cuts it, and its pages are the list, in order', () => {
    const pages = entryListPages(dossier);
    for (const list of Object.keys(complete) as EntryList[]) {
      const withPages = new Set(pages.filter((p) => p.list === list).map((p) => p.id));
      for (const node of dossier.nodes.values()) {
        expect(withPages.has(node.id), `${list} ${node.id}`).toBe(cuts[list](node.id, node.kind));
        if (!withPages.has(node.id)) continue;
        const own = pages.filter((p) => p.list === list && p.id === node.id);
        expect(own.flatMap((p) => p.keys)).toEqual(complete[list](node.id));
        expect(own.map((p) => p.path)).toEqual(own.map((_, i) => entryListRoute(node, list, i + 1)));
        expect(own.every((p) => p.keys.length <= ENTRY_LIST_PAGE_SIZE[list])).toBe(true);
      }
    }
    // The corpus is large enough for every kind of list, and for lists of several pages.
    expect(new Set(pages.map((p) => p.list))).toEqual(new Set(Object.keys(complete)));
    expect(pages.some((p) => p.page > 1)).toBe(true);
  });

  test('an entry page shows at most SHOWN_ON_ENTRY_PAGE of each list, the newest mentions first', () => {
    for (const node of dossier.nodes.values()) {
      for (const group of shownBacklinks(dossier, node.id).groups) expect(group.shown.items.length).toBeLessThanOrEqual(SHOWN_ON_ENTRY_PAGE);
      expect(shownRelated(dossier, node.id).items.length).toBeLessThanOrEqual(SHOWN_ON_ENTRY_PAGE);
      expect(shownStatements(dossier, node.id).items.length).toBeLessThanOrEqual(SHOWN_ON_ENTRY_PAGE);
      const mentions = shownMentions(dossier, node.id);
      expect(mentions.items.length).toBeLessThanOrEqual(SHOWN_ON_ENTRY_PAGE);
      if (mentions.cut) {
        const days = mentions.items.map((m) => m.citation.source.data.date.raw);
        const newest = mentionItems(dossier, node.id).at(-1)!.citation.source.data.date.raw;
        expect(days[0]!.slice(0, 7)).toBe(newest.slice(0, 7));
      }
    }
  });

  test('a cut backlink group shows its newest events first', () => {
    const cut = [...dossier.nodes.values()].flatMap((n) => shownBacklinks(dossier, n.id).groups).find((g) => g.shown.cut && g.items.every((i) => i.node.kind === 'event'));
    expect(cut).toBeDefined();
    const shown = cut!.shown.items.map((i) => i.node as EventNode);
    const dated = shown.filter((e) => e.data.date);
    expect(dossier.chronological(dated).reverse().map((e) => e.id)).toEqual(dated.map((e) => e.id));
    // The newest event of the whole group is among those shown.
    const all = dossier.chronological(cut!.items.map((i) => i.node as EventNode).filter((e) => e.data.date));
    expect(dated[0]).toBe(all.at(-1));
  });
});

describe('the print edition in parts', () => {
  test('every entry once, in order; each part at most PRINT_PAGE_ENTRIES entries and PRINT_PAGE_ITEMS items (or one entry)', () => {
    const { single, parts } = printPlan(dossier);
    expect(single).toBe(false);
    const printed = parts.flatMap((p) => p.sections.flatMap((s) => s.nodes.map((n) => n.id)));
    const expected = PRINT_ORDER.flatMap((kind) => (kind === 'event' ? dossier.chronological(dossier.list('event')) : dossier.list(kind)).map((n) => n.id));
    expect(printed).toEqual(expected);
    for (const part of parts.slice(1)) {
      const nodes = part.sections.flatMap((s) => s.nodes);
      const items = nodes.reduce((sum, n) => sum + printedItems(dossier, n), 0);
      expect(nodes.length, part.path).toBeLessThanOrEqual(PRINT_PAGE_ENTRIES);
      if (nodes.length > 1) expect(items, part.path).toBeLessThanOrEqual(PRINT_PAGE_ITEMS);
    }
    expect(new Set(parts.map((p) => p.path)).size).toBe(parts.length);
  });

  test.each([
    { name: 'empty', weights: [], parts: [] },
    // PRINT_PAGE_ITEMS is 200.
    { name: 'fits', weights: [80, 80, 40], parts: [3] },
    { name: 'cut by items', weights: [150, 60, 100, 100], parts: [1, 2, 1] },
    { name: 'an entry larger than a page stands alone', weights: [10, 400, 10], parts: [1, 1, 1] },
    { name: 'cut by entries', weights: Array(60).fill(1), parts: [50, 10] },
  ])('printChunks: $name', ({ weights, parts }) => {
    expect(PRINT_PAGE_ITEMS).toBe(200);
    // Entries whose printed items are the given weights: sources with weight - 1 paragraphs.
    const sources = dossier.list('source').filter((s) => s.paragraphs.length >= 1);
    const nodes = weights.map((w: number, i: number) => ({ ...sources[i % sources.length]!, id: `s${i}`, paragraphs: Array(w - 1).fill(sources[0]!.paragraphs[0]) }));
    expect(printChunks(dossier, nodes).map((c) => c.length)).toEqual(parts);
  });
});

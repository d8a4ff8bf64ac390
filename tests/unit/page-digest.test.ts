/**
 * The pages' cache keys (src/view/page-digest.ts) and the reading of content bodies as Markdown
 * (src/content-loading/markdown-bodies.ts), without a build.
 */
import { describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import type { DossierInput } from '../../src/graph/types.ts';
import { digestOf, entryPageKey, listPageKey } from '../../src/view/page-digest.ts';
import { mdxAsMarkdown } from '../../src/content-loading/markdown-bodies.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

const PAGES = ['anna-muster', 'hans-beispiel', 'musterland', 'schweiz', 'bern', 'sda', 'besuch-in-bern', 'frueheres-treffen', 'meldung'];

/** Every page's key for a dossier changed by `change` (applied to a fresh copy). */
function keys(change: (input: DossierInput) => void = () => {}): Map<string, string> {
  const input = miniDossier();
  change(input);
  const { dossier, issues } = buildDossierGraph(input);
  expect(issues).toEqual([]);
  return new Map(PAGES.map((id) => [id, entryPageKey(dossier, dossier.require(id), {})]));
}

function changedPages(change: (input: DossierInput) => void): string[] {
  const before = keys();
  const after = keys(change);
  return PAGES.filter((id) => before.get(id) !== after.get(id));
}

const entry = (input: DossierInput, kind: keyof DossierInput, id: string) => (input[kind] as { id: string; data: Record<string, unknown> }[]).find((e) => e.id === id)!;

describe('entry page cache keys', () => {
  test('the same dossier gives the same keys', () => {
    expect(keys()).toEqual(keys());
  });

  test.each([
    // [what changes, the pages whose key must change, pages whose key must stay]
    {
      name: 'a summary: its page, the pages linking it or linked from it, the entries sharing an event with it',
      change: (i: DossierInput) => (entry(i, 'person', 'hans-beispiel').data.summary = 'Hans Beispiel ist Gastgeber.'),
      changed: ['hans-beispiel', 'anna-muster', 'besuch-in-bern', 'meldung', 'musterland'],
      kept: ['frueheres-treffen', 'sda'],
    },
    {
      name: 'a place name: every entry page (any prose may name it)',
      change: (i: DossierInput) => (entry(i, 'place', 'bern').data.name = 'Bern BE'),
      changed: PAGES,
      kept: [],
    },
    {
      name: 'an adjective the mention matcher links by: every entry page',
      change: (i: DossierInput) => (entry(i, 'country', 'schweiz').data.adjective = 'schweizerisch'),
      changed: PAGES,
      kept: [],
    },
    {
      name: "an event's own «Stand»: its page and its neighbours",
      change: (i: DossierInput) => (entry(i, 'event', 'frueheres-treffen').data.updated = '2025-04-01'),
      changed: ['frueheres-treffen', 'anna-muster', 'meldung'],
      kept: ['schweiz', 'bern', 'sda', 'hans-beispiel'],
    },
  ])('$name', ({ change, changed, kept }) => {
    const pages = changedPages(change);
    for (const id of changed) expect(pages, id).toContain(id);
    for (const id of kept) expect(pages, id).not.toContain(id);
  });

  test('what the page works out from the whole dossier is part of its key', () => {
    const input = miniDossier();
    const { dossier } = buildDossierGraph(input);
    const node = dossier.require('bern');
    expect(entryPageKey(dossier, node, { partWords: ['Bern'] })).not.toBe(entryPageKey(dossier, node, { partWords: [] }));
  });

  test('digestOf is stable and tells values apart', () => {
    expect(digestOf({ a: [1, 2] })).toBe(digestOf({ a: [1, 2] }));
    expect(digestOf({ a: [1, 2] })).not.toBe(digestOf({ a: [2, 1] }));
    expect(digestOf(new Map([['x', 1]]))).toBe(digestOf([['x', 1]]));
    expect(digestOf('x')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('content bodies are Markdown, not MDX modules', () => {
  test('.mdx is read with the Markdown entry type; the others stay', () => {
    const md = { name: 'md' };
    const yaml = { name: 'yaml' };
    const types = mdxAsMarkdown(new Map<string, unknown>([['.md', md], ['.mdx', { name: 'mdx' }], ['.yaml', yaml]]) as never);
    expect([...types.entries()]).toEqual([['.md', md], ['.mdx', md], ['.yaml', yaml]]);
  });

  test('without a Markdown entry type it says so', () => {
    expect(() => mdxAsMarkdown(new Map() as never)).toThrow(/keinen Eintragstyp für \.md/);
  });
});

describe('list page cache keys', () => {
  const listKey = (change: (input: DossierInput) => void, props: unknown) => {
    const input = miniDossier();
    change(input);
    const { dossier } = buildDossierGraph(input);
    return listPageKey(dossier, 'zeitleiste', props);
  };
  const props = { year: '2025', page: 1, ids: ['besuch-in-bern'] };

  test.each([
    { name: 'an event the page lists', change: (i: DossierInput) => (entry(i, 'event', 'besuch-in-bern').data.summary = 'Neu.'), changes: true },
    { name: 'an entity name (prose may link it)', change: (i: DossierInput) => (entry(i, 'place', 'bern').data.name = 'Bern BE'), changes: true },
    { name: 'an event the page does not list', change: (i: DossierInput) => (entry(i, 'event', 'frueheres-treffen').data.summary = 'Neu.'), changes: false },
  ])('$name', ({ change, changes }) => {
    expect(listKey(change, props) !== listKey(() => {}, props)).toBe(changes);
  });

  test('item keys name the entries in them (`quelle#p2@14`)', () => {
    const mentions = { keys: ['meldung#p1@0'] };
    expect(listKey((i) => (entry(i, 'source', 'meldung').data.title = 'Neu'), mentions)).not.toBe(listKey(() => {}, mentions));
  });
});

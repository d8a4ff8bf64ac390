/** The pages' cache keys (src/view/page-digest.ts), without a build. */
import { describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import type { DossierInput } from '../../src/graph/types.ts';
import { digestOf, entryPageKey, listPageKey } from '../../src/view/page-digest.ts';
import { entryPage } from '../../src/view/entry-page.ts';
import { ADDED, miniDossier } from '../helpers/mini-dossier.ts';

const PAGES = ['anna-muster', 'hans-beispiel', 'musterland', 'schweiz', 'bern', 'sda', 'besuch-in-bern', 'frueheres-treffen', 'meldung'];

/** Every page's key for a dossier changed by `change` (applied to a fresh copy). */
function keys(change: (input: DossierInput) => void = () => {}): Map<string, string> {
  const input = miniDossier();
  change(input);
  const { dossier, issues } = buildDossierGraph(input);
  expect(issues).toEqual([]);
  return new Map(PAGES.map((id) => [id, entryPageKey(dossier, dossier.require(id), entryPage(dossier, dossier.require(id)))]));
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
      name: 'a place name: its page, the source that names it, the pages that list or link it; not the others',
      change: (i: DossierInput) => (entry(i, 'place', 'bern').data.name = 'Bern BE'),
      changed: ['bern', 'meldung', 'besuch-in-bern', 'schweiz', 'anna-muster'],
      kept: ['sda', 'frueheres-treffen'],
    },
    {
      name: 'an adjective the mention matcher links by: its page and its neighbours; not the others',
      change: (i: DossierInput) => (entry(i, 'country', 'schweiz').data.adjective = 'schweizerisch'),
      changed: ['schweiz', 'bern'],
      kept: ['frueheres-treffen'],
    },
    {
      // What accept does with a new speaker or place: only the pages whose text names it change.
      name: 'a new entity named in an older source and in a summary: that source and that page; not the others',
      change: (i: DossierInput) =>
        i.organisation.push({
          id: 'aussenministerium',
          filePath: 'content/organisationen/aussenministerium.mdx',
          data: { added: ADDED, aliases: ['Aussenministerin'], spellings: [], facts: [], relations: [], formerSlugs: [], draft: false, name: 'Aussenministerium', summary: 'Ein Amt.', cite: ['meldung#p2'] },
        }),
      changed: ['meldung', 'anna-muster'],
      kept: ['hans-beispiel', 'musterland', 'schweiz', 'bern', 'sda', 'besuch-in-bern', 'frueheres-treffen'],
    },
    {
      name: 'a new entity whose name no text uses: no page but the one it cites',
      change: (i: DossierInput) =>
        i.organisation.push({
          id: 'weltpostverein',
          filePath: 'content/organisationen/weltpostverein.mdx',
          data: { added: ADDED, aliases: [], spellings: [], facts: [], relations: [], formerSlugs: [], draft: false, name: 'Weltpostverein', summary: 'Eine Organisation.', cite: ['meldung#p2'] },
        }),
      changed: ['meldung'],
      kept: ['anna-muster', 'hans-beispiel', 'musterland', 'schweiz', 'bern', 'sda', 'besuch-in-bern', 'frueheres-treffen'],
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
    const page = entryPage(dossier, node);
    expect(entryPageKey(dossier, node, { ...page, partWords: ['Bern'] })).not.toBe(entryPageKey(dossier, node, { ...page, partWords: [] }));
  });

  test('digestOf is stable and tells values apart', () => {
    expect(digestOf({ a: [1, 2] })).toBe(digestOf({ a: [1, 2] }));
    expect(digestOf({ a: [1, 2] })).not.toBe(digestOf({ a: [2, 1] }));
    expect(digestOf(new Map([['x', 1]]))).toBe(digestOf([['x', 1]]));
    expect(digestOf('x')).toMatch(/^[0-9a-f]{32}$/);
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
    // The year pages show the events' own fields, not the names of their places or participants.
    { name: 'the name of a place an event it lists is at', change: (i: DossierInput) => (entry(i, 'place', 'bern').data.name = 'Bern BE'), changes: false },
    { name: 'an event the page does not list', change: (i: DossierInput) => (entry(i, 'event', 'frueheres-treffen').data.summary = 'Neu.'), changes: false },
  ])('$name', ({ change, changes }) => {
    expect(listKey(change, props) !== listKey(() => {}, props)).toBe(changes);
  });

  test('a quote it lists: its speaker\'s name and the names its context links', () => {
    const quotes = { ids: ['offen'] };
    const statement = (i: DossierInput) => i.statement[0]!;
    expect(listKey((i) => (entry(i, 'person', 'anna-muster').data.name = 'Anna M. Muster'), quotes)).not.toBe(listKey(() => {}, quotes));
    expect(listKey((i) => (statement(i).data.context = 'Nach dem Besuch in Bern.'), quotes)).not.toBe(listKey(() => {}, quotes));
    expect(listKey((i) => (entry(i, 'place', 'bern').data.aliases = ['Bundesstadt']), quotes)).toBe(listKey(() => {}, quotes));
  });

  test('item keys name the entries in them (`quelle#p2@14`)', () => {
    const mentions = { keys: ['meldung#p1@0'] };
    expect(listKey((i) => (entry(i, 'source', 'meldung').data.title = 'Neu'), mentions)).not.toBe(listKey(() => {}, mentions));
  });
});

describe('what the notes show enters the key', () => {
  /** Anna Muster's notes cite two sources in an assessment; `title` is the second one's title. */
  const annaKey = (title: string) => {
    const input = miniDossier();
    const source = input.source[0]!;
    // A source that names nobody of the dossier: only the assessment ties it to Anna's page.
    input.source.push({ ...source, id: 'zweite', filePath: 'content/quellen/zweite.mdx', data: { ...source.data, title }, body: 'Ein erster Absatz.\n\nEin zweiter Absatz. (sda)\n' });
    const anna = input.person.find((p) => p.id === 'anna-muster')!;
    anna.body = 'Notiz.\n\n<Einschaetzung belege="meldung#p1 zweite#p2">\nDie Redaktion meint.\n</Einschaetzung>\n';
    const { dossier, issues } = buildDossierGraph(input);
    expect(issues).toEqual([]);
    const node = dossier.require('anna-muster');
    return entryPageKey(dossier, node, entryPage(dossier, node));
  };

  test('every source an assessment cites, not only the first (its footnote shows the title)', () => {
    expect(annaKey('Zweite Meldung')).not.toBe(annaKey('Zweite Meldung, neu betitelt'));
  });
});

import { describe, expect, test } from 'vitest';
import { buildDossierGraph, formatIssues } from '../../src/graph/build-graph.ts';
import type { DossierInput, ValidationIssue } from '../../src/graph/types.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

type Case = {
  name: string;
  /** Breaks exactly one thing in a fresh copy of the mini dossier. */
  breakIt: (d: DossierInput) => void;
  expected: Pick<ValidationIssue, 'file' | 'field' | 'message'> & { hint?: string };
};

const first = <T,>(list: T[]): T => list[0]!;

const cases: Case[] = [
  {
    name: 'a country code without a Natural Earth outline',
    breakIt: (d) => {
      d.countries[1]!.data.isoNumeric = '999';
    },
    expected: { file: 'content/laender/schweiz.mdx', field: 'isoNumeric', message: 'Für den Code «999» gibt es in den Natural-Earth-Karten keinen Umriss.' },
  },
  {
    name: 'a relation pointing at a missing entry',
    breakIt: (d) => {
      first(d.people).data.relations[0]!.target = 'musterlandd';
    },
    expected: {
      file: 'content/personen/anna-muster.mdx',
      field: 'relations[0].target',
      message: '«musterlandd» verweist auf keinen Eintrag im Dossier.',
      hint: 'Gemeint ist vielleicht «musterland». Erwartet wird das Kürzel (Dateiname ohne Endung) eines Eintrags unter: Länder, Organisationen. Fehlt der Eintrag, die Datei unter content/laender/ anlegen.',
    },
  },
  {
    name: 'an event participant that does not exist',
    breakIt: (d) => {
      first(d.events).data.participants.push('niemand');
    },
    expected: { file: 'content/ereignisse/besuch-in-bern.mdx', field: 'participants[2]', message: '«niemand» verweist auf keinen Eintrag im Dossier.' },
  },
  {
    name: 'a reference to an entry of the wrong kind',
    breakIt: (d) => {
      first(d.events).data.place = 'anna-muster';
    },
    expected: { file: 'content/ereignisse/besuch-in-bern.mdx', field: 'place', message: '«anna-muster» ist eine Person; erwartet wird ein Eintrag unter: Orte, Länder.' },
  },
  {
    name: 'a statement whose speaker is missing',
    breakIt: (d) => {
      first(d.statements).data.speaker = 'anonym';
    },
    expected: { file: 'content/aussagen/offen.yaml', field: 'speaker', message: '«anonym» verweist auf keinen Eintrag im Dossier.' },
  },
  {
    name: 'a key actor on the home page that is missing',
    breakIt: (d) => {
      first(d.briefing).data.keyActors.push('phantom');
    },
    expected: { file: 'content/dossier.yaml', field: 'keyActors[2]', message: '«phantom» verweist auf keinen Eintrag im Dossier.' },
  },
  {
    name: 'a citation of a paragraph that does not exist',
    breakIt: (d) => {
      first(d.people).data.cite = ['meldung#p7'];
    },
    expected: {
      file: 'content/personen/anna-muster.mdx',
      field: 'cite[0]',
      message: 'Beleg «meldung#p7»: Die Quelle «meldung» hat nur 2 Absätze.',
      hint: 'Einen Absatz zwischen #p1 und #p2 angeben; die Nummern stehen auf der Quellenseite neben jedem Absatz.',
    },
  },
  {
    name: 'a citation of a source that does not exist',
    breakIt: (d) => {
      first(d.events).data.facts[0]!.cite = ['andere-meldung#p1'];
    },
    expected: { file: 'content/ereignisse/besuch-in-bern.mdx', field: 'facts[0].cite[0]', message: 'Beleg «andere-meldung#p1»: Die Quelle «andere-meldung» gibt es nicht.' },
  },
  {
    name: 'two entities sharing a slug across collections',
    breakIt: (d) => {
      d.places.push({ ...first(d.places), id: 'schweiz', filePath: 'content/orte/schweiz.mdx', data: { ...first(d.places).data, name: 'Schweiz (Ort)' } });
    },
    expected: {
      file: 'content/orte/schweiz.mdx',
      field: '(Dateiname)',
      message: 'Das Kürzel «schweiz» ist schon vergeben: content/laender/schweiz.mdx.',
    },
  },
  {
    name: 'two entities sharing an alias',
    breakIt: (d) => {
      d.people[1]!.data.aliases = ['Beispiel', 'muster'];
    },
    expected: {
      file: 'content/personen/hans-beispiel.mdx',
      field: 'aliases[1]',
      message: '«muster» ist schon Name oder Alias von «anna-muster» (content/personen/anna-muster.mdx).',
    },
  },
  {
    name: 'an alias equal to another entity’s name',
    breakIt: (d) => {
      first(d.organisations).data.aliases = ['Bern'];
    },
    expected: { file: 'content/organisationen/sda.mdx', field: 'aliases[0]', message: '«Bern» ist schon Name oder Alias von «bern» (content/orte/bern.mdx).' },
  },
  {
    name: 'a quote that is not verbatim in its paragraph',
    breakIt: (d) => {
      first(d.statements).data.quote = 'offen und ehrlich';
    },
    expected: { file: 'content/aussagen/offen.yaml', field: 'quote', message: 'Das Zitat «offen und ehrlich» steht nicht wörtlich in meldung#p2.' },
  },
  {
    name: 'a source whose paragraph count changed',
    breakIt: (d) => {
      first(d.sources).body += '\nEin angehängter Absatz.\n';
    },
    expected: { file: 'content/quellen/meldung.mdx', field: 'paragraphs', message: 'Angegeben sind 2 Absätze, der Text hat 3.' },
  },
  {
    name: 'a relation type that does not fit the entity',
    breakIt: (d) => {
      first(d.countries).data.relations = [{ type: 'funktion', target: 'schweiz', role: 'Nachbar', cite: ['meldung#p1'] }];
    },
    expected: {
      file: 'content/laender/musterland.mdx',
      field: 'relations[0].type',
      message: 'Der Beziehungstyp «funktion» gilt nur für: Personen (dieser Eintrag: Länder).',
    },
  },
  {
    name: 'a function without its office',
    breakIt: (d) => {
      delete first(d.people).data.relations[0]!.role;
    },
    expected: { file: 'content/personen/anna-muster.mdx', field: 'relations[0].role', message: 'Eine Funktion braucht die Amtsbezeichnung.' },
  },
  {
    name: 'a mention correction for a paragraph that does not exist',
    breakIt: (d) => {
      first(d.sources).data.mentions = [{ paragraph: 5, text: 'Bern', link: false }];
    },
    expected: { file: 'content/quellen/meldung.mdx', field: 'mentions[0].paragraph', message: 'Absatz 5 gibt es nicht (die Quelle hat 2).' },
  },
  {
    name: 'a mention correction whose words are not in the paragraph',
    breakIt: (d) => {
      first(d.sources).data.mentions = [{ paragraph: 1, text: 'Zürich', link: 'bern' }];
    },
    expected: { file: 'content/quellen/meldung.mdx', field: 'mentions[0].text', message: '«Zürich» steht nicht in Absatz 1.' },
  },
  {
    name: 'a forced mention linking to a missing entry',
    breakIt: (d) => {
      first(d.sources).data.mentions = [{ paragraph: 1, text: 'Montag', link: 'montag' }];
    },
    expected: { file: 'content/quellen/meldung.mdx', field: 'mentions[0].link', message: '«montag» verweist auf keinen Eintrag im Dossier.' },
  },
  {
    name: 'a former slug that is some entry’s current slug',
    breakIt: (d) => {
      first(d.events).data.formerSlugs = ['bern'];
    },
    expected: { file: 'content/ereignisse/besuch-in-bern.mdx', field: 'formerSlugs[0]', message: '«bern» ist das aktuelle Kürzel von content/orte/bern.mdx.' },
  },
  {
    name: 'a former slug claimed twice',
    breakIt: (d) => {
      d.events[0]!.data.formerSlugs = ['alter-besuch'];
      d.events[1]!.data.formerSlugs = ['alter-besuch'];
    },
    expected: { file: 'content/ereignisse/frueheres-treffen.mdx', field: 'formerSlugs[0]', message: '«alter-besuch» ist schon früheres Kürzel von content/ereignisse/besuch-in-bern.mdx.' },
  },
  {
    name: 'a derived form (genitive) shared by two entities',
    breakIt: (d) => {
      d.people[1]!.data.aliases = ['Anna Musters'];
    },
    expected: {
      file: 'content/personen/hans-beispiel.mdx',
      field: 'aliases',
      message: 'Die Textform «Anna Musters» (aus Name, Alias oder Adjektiv abgeleitet) gehört auch zu «anna-muster» (content/personen/anna-muster.mdx).',
    },
  },
  {
    name: 'a quote that is only a fragment of the words in its paragraph',
    breakIt: (d) => {
      first(d.statements).data.quote = 'ffen und konstr';
    },
    expected: { file: 'content/aussagen/offen.yaml', field: 'quote', message: 'Das Zitat «ffen und konstr» steht nicht wörtlich in meldung#p2.' },
  },
];

describe('dossier graph validation', () => {
  test('the mini dossier is valid', () => {
    expect(buildDossierGraph(miniDossier()).issues).toEqual([]);
  });

  test.each(cases)('reports $name', ({ breakIt, expected }) => {
    const input = miniDossier();
    breakIt(input);
    const { issues } = buildDossierGraph(input);
    expect(issues).toContainEqual(expect.objectContaining(expected));
    for (const issue of issues) expect(issue.hint.length).toBeGreaterThan(10);
  });

  test('a quote may differ from its paragraph only in whitespace and quotation marks', () => {
    const input = miniDossier();
    first(input.statements).data.quote = '„offen  und\nkonstruktiv“';
    expect(buildDossierGraph(input).issues).toEqual([]);
  });

  test('every problem is reported at once, with file, field and hint', () => {
    const input = miniDossier();
    first(input.people).data.cite = ['meldung#p9'];
    first(input.events).data.place = 'atlantis';
    expect(formatIssues(buildDossierGraph(input).issues)).toMatchInlineSnapshot(`
      "Das Dossier ist nicht stimmig (2 Fehler):

      content/personen/anna-muster.mdx
        cite[0]: Beleg «meldung#p9»: Die Quelle «meldung» hat nur 2 Absätze.
        Hinweis: Einen Absatz zwischen #p1 und #p2 angeben; die Nummern stehen auf der Quellenseite neben jedem Absatz.

      content/ereignisse/besuch-in-bern.mdx
        place: «atlantis» verweist auf keinen Eintrag im Dossier.
        Hinweis: Erwartet wird das Kürzel (Dateiname ohne Endung) eines Eintrags unter: Orte, Länder. Fehlt der Eintrag, die Datei unter content/orte/ anlegen."
    `);
  });
});

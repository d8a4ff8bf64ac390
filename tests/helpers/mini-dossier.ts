/**
 * A small valid dossier built in code, as the loader would hand it to the graph: two paragraphs,
 * two people, two countries, a place, an organisation, an event and a quote. Each validation test
 * starts from a fresh copy and breaks exactly one thing.
 */
import { parseDossierDate, type DossierDate } from '../../src/model/dossier-date.ts';
import type { DossierInput } from '../../src/graph/types.ts';

export function date(raw: string): DossierDate {
  const parsed = parseDossierDate(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

const BODY = `Aussenministerin Anna Muster hat am Montag Bern besucht.

Sie sagte, die Gespräche seien «offen und konstruktiv» gewesen. (sda)
`;

/** The one day the mini dossier entered (content, not the clock). */
export const ADDED = '2025-03-20';

export function miniDossier(): DossierInput {
  const entity = { aliases: [] as string[], spellings: [] as string[], facts: [], relations: [] as never[], formerSlugs: [] as string[], draft: false };
  return {
    source: [
      {
        id: 'meldung',
        filePath: 'content/quellen/meldung.mdx',
        data: { added: ADDED, title: 'Muster besucht Bern', date: date('2025-03'), credit: 'sda', language: 'de-CH', paragraphs: 2, mentions: [] },
        body: BODY,
      },
    ],
    person: [
      {
        id: 'anna-muster',
        filePath: 'content/personen/anna-muster.mdx',
        data: {
          added: ADDED,
          ...entity,
          name: 'Anna Muster',
          aliases: ['Muster', 'Musters'],
          summary: 'Anna Muster ist Aussenministerin.',
          cite: ['meldung#p1'],
          relations: [{ type: 'funktion', target: 'musterland', role: 'Aussenministerin', cite: ['meldung#p1'] }],
        },
      },
      {
        id: 'hans-beispiel',
        filePath: 'content/personen/hans-beispiel.mdx',
        data: { added: ADDED, ...entity, name: 'Hans Beispiel', summary: 'Hans Beispiel empfing Muster.', cite: ['meldung#p1'] },
      },
    ],
    country: [
      { id: 'musterland', filePath: 'content/laender/musterland.mdx', data: { added: ADDED, ...entity, name: 'Musterland', summary: 'Ein Land.', cite: ['meldung#p1'] } },
      { id: 'schweiz', filePath: 'content/laender/schweiz.mdx', data: { added: ADDED, ...entity, name: 'Schweiz', summary: 'Ein Land.', cite: ['meldung#p1'] } },
    ],
    place: [
      {
        id: 'bern',
        filePath: 'content/orte/bern.mdx',
        data: {
          added: ADDED,
          ...entity,
          name: 'Bern',
          summary: 'Muster besuchte Bern.',
          cite: ['meldung#p1'],
          relations: [{ type: 'liegt-in', target: 'schweiz', cite: ['meldung#p1'] }],
        },
      },
    ],
    organisation: [
      {
        id: 'sda',
        filePath: 'content/organisationen/sda.mdx',
        data: {
          added: ADDED,
          ...entity,
          name: 'SDA',
          summary: 'Nachrichtenagentur.',
          cite: ['meldung#p2'],
          relations: [{ type: 'gehoert-zu', target: 'schweiz', cite: ['meldung#p2'] }],
        },
      },
    ],
    event: [
      {
        id: 'besuch-in-bern',
        filePath: 'content/ereignisse/besuch-in-bern.mdx',
        data: {
          added: ADDED,
          title: 'Muster besucht Bern',
          date: date('2025-03'),
          kind: 'besuch',
          place: 'bern',
          participants: ['anna-muster', 'hans-beispiel'],
          countries: ['musterland', 'schweiz'],
          summary: 'Anna Muster besuchte Bern.',
          cite: ['meldung#p1'],
          facts: [{ text: 'Sie nannte die Gespräche offen.', cite: ['meldung#p2'] }],
          formerSlugs: [],
          accounts: [],
        },
      },
      {
        id: 'frueheres-treffen',
        filePath: 'content/ereignisse/frueheres-treffen.mdx',
        data: {
          added: ADDED,
          title: 'Früheres Treffen',
          date: date('2024'),
          kind: 'treffen',
          participants: ['anna-muster'],
          countries: [],
          summary: 'Ein früheres Treffen.',
          cite: ['meldung#p1'],
          facts: [],
          formerSlugs: [],
          accounts: [],
        },
      },
    ],
    statement: [
      {
        id: 'offen',
        filePath: 'content/aussagen/offen.yaml',
        data: {
          added: ADDED,
          kind: 'zitat',
          quote: 'offen und konstruktiv',
          speaker: 'anna-muster',
          via: ['sda'],
          about: ['besuch-in-bern'],
          event: 'besuch-in-bern',
          cite: 'meldung#p2',
        },
      },
    ],
    briefing: [
      {
        id: 'dossier',
        filePath: 'content/dossier.yaml',
        data: {
          updated: ADDED,
          title: 'Muster in Bern',
          lead: { text: 'Muster besuchte Bern.', cite: ['meldung#p1'] },
          points: [{ text: 'Die Gespräche waren offen.', cite: ['meldung#p2'] }],
          keyActors: ['anna-muster', 'schweiz'],
        },
      },
    ],
    terms: [
      {
        id: 'begriffe',
        filePath: 'content/begriffe.yaml',
        data: { begriffe: [{ begriff: 'Gespräche', auch: ['Unterredung'] }], ungeteilt: [] },
      },
    ],
  };
}

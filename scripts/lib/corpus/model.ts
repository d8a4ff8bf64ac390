/** The corpus in memory, before it is written as content files. */
import type { AtlasCountry } from './atlas-countries.ts';

/** A paragraph, written as a citation: `<source>#p<n>`. */
export type Cite = string;

interface EntityBase {
  id: string;
  name: string;
  /** Paragraphs that name the entity, in corpus order, each once. */
  mentions: Cite[];
}

export interface Country extends EntityBase {
  kind: 'country';
  /** Adjective stem, e.g. `velmarisch`. */
  adjective: string;
  atlas: AtlasCountry;
  borders: { target: Country; cite: Cite }[];
}

export interface Person extends EntityBase {
  kind: 'person';
  surname: string;
  female: boolean;
  /** Office as the texts name it, e.g. `Aussenministerin`. */
  role: string;
  home: Country;
}

export interface Place extends EntityBase {
  kind: 'place';
  home: Country;
  lat: number;
  lon: number;
}

export interface Organisation extends EntityBase {
  kind: 'organisation';
  /** What it is, a feminine noun: `Nachrichtenagentur`, `Partei` … */
  label: string;
  home: Country;
}

export type Entity = Country | Person | Place | Organisation;

export type EventKind = 'besuch' | 'treffen' | 'offensive' | 'abkommen' | 'entsendung' | 'lieferung' | 'erklaerung';

export interface DossierEvent {
  id: string;
  title: string;
  kind: EventKind;
  date?: string;
  dateNote?: string;
  place: Place;
  participants: (Person | Organisation)[];
  countries: Country[];
  summary: string;
  cite: Cite[];
  facts: { text: string; cite: Cite[] }[];
}

export interface Source {
  id: string;
  title: string;
  date: string;
  credit: string;
  paragraphs: string[];
}

export interface Statement {
  id: string;
  kind: 'zitat' | 'aussage';
  quote: string;
  context: string;
  speaker: Person;
  via: Organisation[];
  about: Entity[];
  event: DossierEvent;
  cite: Cite;
}

export interface Corpus {
  seed: number;
  countries: Country[];
  people: Person[];
  places: Place[];
  organisations: Organisation[];
  sources: Source[];
  events: DossierEvent[];
  statements: Statement[];
  briefing: {
    title: string;
    lead: { text: string; cite: Cite[] };
    points: { text: string; cite: Cite[] }[];
    keyActors: Entity[];
  };
  /** A word a reader would search for: the surname of the person named most often. */
  probeQuery: string;
}

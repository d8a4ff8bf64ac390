/**
 * Sober agency sentences with slots for entities. Every slot goes through `Say`, which notes
 * which entity the sentence names, so that summaries, relations and "Erwähnt in" can cite the
 * paragraphs that really name them.
 */
import type { Country, Entity, EventKind, Organisation, Person, Place } from './model.ts';
import type { Random } from './prng.ts';

/** Records the entities a paragraph names while its sentences are written. */
export class Say {
  readonly named = new Set<Entity>();

  name(entity: Entity): string {
    this.named.add(entity);
    return entity.name;
  }

  surname(person: Person): string {
    this.named.add(person);
    return person.surname;
  }

  /** Genitive of a name: «Velmariens», «Kestrows». */
  genitive(entity: Entity): string {
    this.named.add(entity);
    return /[sßxz]$/u.test(entity.name) ? entity.name : `${entity.name}s`;
  }

  /** The country's adjective with an ending: `velmarische`, `velmarischen`. */
  adjective(country: Country, ending: 'e' | 'en'): string {
    this.named.add(country);
    return `${country.adjective}${ending}`;
  }

  /** «der velmarische Aussenminister Jonas Kestrow» */
  introduce(person: Person, capital = false): string {
    const article = person.female ? 'die' : 'der';
    return `${capital ? capitalise(article) : article} ${this.adjective(person.home, 'e')} ${person.role} ${this.name(person)}`;
  }

  /** «Aussenministerin Elena Velmarow» */
  titled(person: Person): string {
    return `${person.role} ${this.name(person)}`;
  }

  /** «die velmarische Nachrichtenagentur Telvaron» */
  organisation(org: Organisation): string {
    return `die ${this.adjective(org.home, 'e')} ${org.label} ${this.name(org)}`;
  }

  /** «der velmarischen Nachrichtenagentur Telvaron» (genitive and dative) */
  organisationOblique(org: Organisation): string {
    return `der ${this.adjective(org.home, 'en')} ${org.label} ${this.name(org)}`;
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('de-CH') + text.slice(1);
}

/** The time phrase of a sentence and the date it stands for, no more precise than the article. */
export interface When {
  /** E.g. «am Dienstag», «im vergangenen Jahr»; empty where the text names no time. */
  text: string;
  date?: string;
  dateNote?: string;
}

const space = (text: string) => (text ? ` ${text}` : '');

export interface EventScene {
  p1: Person;
  p2: Person;
  c1: Country;
  c2: Country;
  place: Place;
  org: Organisation;
  when: When;
  topic: string;
  goods: string;
}

export interface EventText {
  title: string;
  paragraph: string;
  summary: string;
  participants: (Person | Organisation)[];
}

export const TOPICS = ['die Zusammenarbeit im Energiebereich', 'den Ausbau der Handelsbeziehungen', 'die Sicherheit an der gemeinsamen Grenze', 'den Austausch von Gefangenen', 'die Nutzung eines Hafens', 'die Lieferung von Getreide', 'gemeinsame Manöver', 'die Rückkehr von Flüchtlingen'];
export const GOODS = ['Munition', 'Artilleriegranaten', 'Raketen', 'Treibstoff', 'Getreide', 'Ersatzteile für Flugzeuge', 'Drohnen', 'Medikamente'];

/** One paragraph per event kind: what happened, where, who, and who reported it. */
export const EVENT_TEXT: Record<EventKind, (say: Say, s: EventScene) => EventText> = {
  besuch: (say, s) => ({
    title: `${s.p1.surname} besucht ${s.c2.name}`,
    paragraph:
      `${say.introduce(s.p1, true)} ist${space(s.when.text)} zu einem Besuch in ${say.name(s.c2)} eingetroffen. ` +
      `In ${say.name(s.place)} wurde ${s.p1.female ? 'sie' : 'er'} nach Angaben ${say.organisationOblique(s.org)} von ${say.titled(s.p2)} empfangen.`,
    summary: `${s.p1.name} besuchte ${s.c2.name} und wurde in ${s.place.name} von ${s.p2.name} empfangen.`,
    participants: [s.p1, s.p2],
  }),
  treffen: (say, s) => ({
    title: `${s.p1.surname} trifft ${s.p2.surname} in ${s.place.name}`,
    paragraph:
      `${say.name(s.p1)} hat${space(s.when.text)} in ${say.name(s.place)} ${say.titled(s.p2)} getroffen. ` +
      `Die beiden sprachen laut ${say.name(s.org)} über die Beziehungen zwischen ${say.name(s.c1)} und ${say.name(s.c2)}.`,
    summary: `${s.p1.name} traf in ${s.place.name} ${s.p2.name}.`,
    participants: [s.p1, s.p2],
  }),
  offensive: (say, s) => ({
    title: `${s.c1.name} beginnt Offensive bei ${s.place.name}`,
    paragraph:
      `Die Streitkräfte ${say.genitive(s.c1)} haben${space(s.when.text)} eine Offensive in der Nähe von ${say.name(s.place)} begonnen. ` +
      `Laut ${say.name(s.org)} wurden dabei Stellungen in ${say.name(s.c2)} angegriffen. ${say.titled(s.p1)} bestätigte den Beginn der Operation.`,
    summary: `Die Streitkräfte ${s.c1.name}s begannen bei ${s.place.name} eine Offensive; ${s.p1.name} bestätigte sie.`,
    participants: [s.p1],
  }),
  abkommen: (say, s) => ({
    title: `${s.c1.name} und ${s.c2.name} unterzeichnen Abkommen in ${s.place.name}`,
    paragraph:
      `${say.name(s.c1)} und ${say.name(s.c2)} haben${space(s.when.text)} in ${say.name(s.place)} ein Abkommen über ${s.topic} unterzeichnet. ` +
      `Unterzeichnet wurde es von ${say.name(s.p1)} und ${say.name(s.p2)}, wie ${say.organisation(s.org)} meldete.`,
    summary: `${s.c1.name} und ${s.c2.name} unterzeichneten in ${s.place.name} ein Abkommen über ${s.topic}.`,
    participants: [s.p1, s.p2],
  }),
  entsendung: (say, s) => ({
    title: `${s.c1.name} entsendet Soldaten nach ${s.c2.name}`,
    paragraph:
      `${say.name(s.c1)} hat${space(s.when.text)} mehrere hundert Soldaten nach ${say.name(s.c2)} entsandt. ` +
      `Sie sollen laut ${say.name(s.org)} in der Region ${say.name(s.place)} stationiert werden. Angeordnet habe die Entsendung ${say.introduce(s.p1)}.`,
    summary: `${s.c1.name} entsandte Soldaten nach ${s.c2.name}, in die Region ${s.place.name}.`,
    participants: [s.p1],
  }),
  lieferung: (say, s) => ({
    title: `${s.c1.name} liefert ${s.goods} an ${s.c2.name}`,
    paragraph:
      `${say.name(s.c1)} hat${space(s.when.text)} ${s.goods} an ${say.name(s.c2)} geliefert. ` +
      `Die Lieferung sei über ${say.name(s.place)} erfolgt, teilte ${say.organisation(s.org)} mit.`,
    summary: `${s.c1.name} lieferte ${s.goods} an ${s.c2.name}.`,
    participants: [s.org],
  }),
  erklaerung: (say, s) => ({
    title: `${s.p1.surname} gibt Erklärung über ${s.topic} ab`,
    paragraph:
      `${say.titled(s.p1)} hat${space(s.when.text)} in ${say.name(s.place)} eine Erklärung über ${s.topic} abgegeben. ` +
      `${say.name(s.c2)} müsse sich an bestehende Vereinbarungen halten, hiess es darin.`,
    summary: `${s.p1.name} gab in ${s.place.name} eine Erklärung über ${s.topic} ab.`,
    participants: [s.p1],
  }),
};

/** Quoted words for `zitat` statements: whole sentences, so a quote is always whole words. */
export const QUOTES = [
  'Wir werden diese Zusammenarbeit weiter vertiefen',
  'Niemand kann uns vorschreiben, mit wem wir verhandeln',
  'Die Lage bleibt angespannt',
  'Wir erwarten konkrete Schritte und keine Ankündigungen',
  'Dieses Abkommen dient dem Frieden in der ganzen Region',
  'Wir stehen zu unseren Verpflichtungen',
  'Die Gespräche waren offen und konstruktiv',
  'Eine militärische Lösung wird es nicht geben',
  'Wir lassen uns nicht einschüchtern',
  'Das ist ein wichtiger Tag für beide Länder',
];

export interface BackgroundScene {
  c1: Country;
  c2: Country;
  p3: Person;
  place: Place;
  org: Organisation;
}

export interface BackgroundText {
  paragraph: string;
  /** The same content as a sober fact for an event page. */
  fact: string;
  /** Set when the paragraph states that two countries border each other. */
  border?: [Country, Country];
}

/** Paragraphs of background: relations, border, criticism, protest. */
export const BACKGROUND_TEXT: ((say: Say, s: BackgroundScene) => BackgroundText)[] = [
  (say, s) => ({
    paragraph:
      `${say.name(s.c1)} und ${say.name(s.c2)} unterhalten laut ${say.name(s.org)} seit Jahren enge Beziehungen. ` +
      `${say.titled(s.p3)} hatte bereits früher ${say.name(s.place)} besucht.`,
    fact: `${s.c1.name} und ${s.c2.name} unterhalten laut ${s.org.name} seit Jahren enge Beziehungen.`,
  }),
  (say, s) => ({
    paragraph: `An der Grenze zwischen ${say.name(s.c1)} und ${say.name(s.c2)} ist die Lage nach Angaben von ${say.name(s.p3)} weiterhin angespannt. Aus ${say.name(s.place)} wurden Schüsse gemeldet.`,
    fact: `Laut ${s.p3.name} ist die Lage an der Grenze zwischen ${s.c1.name} und ${s.c2.name} angespannt.`,
    border: [s.c1, s.c2],
  }),
  (say, s) => ({
    paragraph: `${capitalise(say.organisation(s.org))} kritisierte das Vorgehen ${say.genitive(s.c1)}. ${say.introduce(s.p3, true)} wies die Kritik in ${say.name(s.place)} zurück.`,
    fact: `${s.org.name} kritisierte das Vorgehen ${s.c1.name}s; ${s.p3.name} wies die Kritik zurück.`,
  }),
  (say, s) => ({
    paragraph:
      `In ${say.name(s.place)} demonstrierten laut ${say.name(s.org)} mehrere tausend Menschen. ` +
      `Sie forderten von ${say.titled(s.p3)} eine klare Haltung gegenüber ${say.name(s.c2)}.`,
    fact: `In ${s.place.name} forderten Demonstrierende von ${s.p3.name} eine klare Haltung gegenüber ${s.c2.name}.`,
  }),
];

/** Offices people hold, in the masculine and feminine form the texts use. */
export const ROLES: [string, string][] = [
  ['Aussenminister', 'Aussenministerin'],
  ['Verteidigungsminister', 'Verteidigungsministerin'],
  ['Regierungschef', 'Regierungschefin'],
  ['Präsident', 'Präsidentin'],
  ['Botschafter', 'Botschafterin'],
  ['Regierungssprecher', 'Regierungssprecherin'],
  ['Parlamentspräsident', 'Parlamentspräsidentin'],
  ['Gouverneur', 'Gouverneurin'],
  ['Generalstabschef', 'Generalstabschefin'],
  ['Handelsminister', 'Handelsministerin'],
];

export const ORGANISATION_LABELS = ['Nachrichtenagentur', 'Partei', 'Staatsbank', 'Stiftung', 'Behörde', 'Hilfsorganisation', 'Energiegesellschaft', 'Reederei', 'Gewerkschaft', 'Zeitung'];
export const CREDITS = ['sda/afp', 'sda/dpa', 'sda/reuters', 'sda', 'dpa-AFX', 'afp'];
export const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Every fixed word the generated text uses, so that no synthetic name equals one of them. */
export function templateVocabulary(random: Random): string {
  // Render each template once with placeholder entities to collect its words.
  const country = { kind: 'country', id: 'x', name: 'Xa', adjective: 'xaisch', mentions: [], borders: [], atlas: { isoNumeric: '000', lat: 0, lon: 0 } } as Country;
  const person = { kind: 'person', id: 'y', name: 'Ya Yb', surname: 'Yb', female: random.chance(0.5), role: 'Präsident', home: country, mentions: [] } as Person;
  const place = { kind: 'place', id: 'z', name: 'Za', home: country, lat: 0, lon: 0, mentions: [] } as Place;
  const org = { kind: 'organisation', id: 'w', name: 'Wa', label: 'Partei', home: country, mentions: [] } as Organisation;
  const when: When = { text: 'am Montag' };
  const scene: EventScene = { p1: person, p2: person, c1: country, c2: country, place, org, when, topic: TOPICS.join(' '), goods: GOODS.join(' ') };
  const say = new Say();
  return [
    ...Object.values(EVENT_TEXT).map((f) => Object.values(f(say, scene)).join(' ')),
    ...BACKGROUND_TEXT.map((f) => Object.values(f(say, { c1: country, c2: country, p3: person, place, org })).join(' ')),
    QUOTES.join(' '),
    ROLES.flat().join(' '),
    ORGANISATION_LABELS.join(' '),
    WEEKDAYS.join(' '),
    MONTHS.join(' '),
    'im vergangenen Jahr seit Anfang Ende Jahres sagte laut nach Angaben hiess es sda afp dpa reuters AFX',
  ].join(' ');
}

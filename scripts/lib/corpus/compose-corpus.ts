/**
 * Composes a synthetic dossier in memory: entities first (each with a home country), then one
 * article after another, each reporting one to three events and some background, naming the
 * entities by name. Every entity is named at least once (unused entities are taken first), and
 * a few are named very often (skewed choice), as in a real dossier.
 */
import { ATLAS_COUNTRIES } from './atlas-countries.ts';
import type { Cite, Corpus, Country, DossierEvent, Entity, Organisation, Person, Place, Source, Statement } from './model.ts';
import { COUNTRY_ENDINGS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, NameRegistry, ORGANISATION_ENDINGS, PLACE_ENDINGS, SURNAME_ENDINGS } from './names.ts';
import type { CorpusPlan } from './plan.ts';
import { seededRandom, SkewedPicker, type Random } from './prng.ts';
import {
  BACKGROUND_TEXT,
  CREDITS,
  EVENT_TEXT,
  GOODS,
  MONTHS,
  ORGANISATION_LABELS,
  QUOTES,
  ROLES,
  Say,
  templateVocabulary,
  TOPICS,
  WEEKDAYS,
  type When,
} from './templates.ts';
import type { EventKind } from './model.ts';

const COUNTRY_ENDING = new RegExp(`(${[...COUNTRY_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`);
const ADJECTIVE_ENDINGS = ['e', 'em', 'en', 'er', 'es'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Coordinates with three decimals (about 100 m), written the same on every machine. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

function countryAdjective(name: string): string {
  return `${name.replace(COUNTRY_ENDING, '').toLocaleLowerCase('de-CH')}isch`;
}

/** Hands out entities: each unused one first, in order, then skewed towards the first ones. */
class Cast<T> {
  private unused = 0;
  private readonly skew: SkewedPicker;
  private readonly all: readonly T[];

  constructor(all: readonly T[]) {
    this.all = all;
    this.skew = new SkewedPicker(all.length);
  }

  take(random: Random, avoid: readonly T[] = []): T {
    if (this.unused < this.all.length) return this.all[this.unused++]!;
    let choice = this.all[this.skew.pick(random)]!;
    for (let attempt = 0; attempt < 8 && avoid.includes(choice); attempt++) choice = this.all[this.skew.pick(random)]!;
    return choice;
  }
}

interface SourceDate {
  year: number;
  month: number;
  day?: number;
}

/** The event's time phrase, and the date it stands for, never more precise than the article. */
function whenFor(at: SourceDate, random: Random): When {
  // Names the report, not «der Artikel», which a dossier of many sources makes ambiguous.
  const article = `Die Meldung vom ${at.day ? `${at.day}. ` : ''}${MONTHS[at.month - 1]} ${at.year} schreibt`;
  const r = random.next();
  if (r < 0.45) return { text: `am ${random.pick(WEEKDAYS)}`, date: `${at.year}-${pad(at.month)}` };
  if (r < 0.6 && at.day) {
    const day = random.between(1, at.day);
    return { text: `am ${day}. ${MONTHS[at.month - 1]}`, date: `${at.year}-${pad(at.month)}-${pad(day)}` };
  }
  if (r < 0.72 && at.month > 1) {
    const month = random.between(1, at.month - 1);
    return { text: `im ${MONTHS[month - 1]}`, date: `${at.year}-${pad(month)}`, dateNote: `${article} «im ${MONTHS[month - 1]}».` };
  }
  if (r < 0.84) return { text: 'im vergangenen Jahr', date: String(at.year - 1), dateNote: `${article} «im vergangenen Jahr».` };
  if (r < 0.96) {
    const month = random.between(1, 12);
    return {
      text: `seit ${MONTHS[month - 1]} ${at.year - 1}`,
      date: `${at.year - 1}-${pad(month)}/${at.year}-${pad(at.month)}`,
      dateNote: `${article} «seit ${MONTHS[month - 1]} ${at.year - 1}»; das Ende ist das Erscheinen der Meldung.`,
    };
  }
  return { text: '' };
}

/** Splits `total` over `slots` as evenly as whole numbers allow, the same way every time. */
function spread(total: number, slots: number, index: number): number {
  return Math.floor(((index + 1) * total) / slots) - Math.floor((index * total) / slots);
}

function mention(entity: Entity, cite: Cite): void {
  if (entity.mentions.at(-1) !== cite) entity.mentions.push(cite);
}

export function composeCorpus(plan: CorpusPlan, seed: number): Corpus {
  const random = seededRandom(seed);
  const names = new NameRegistry();
  names.reserveWordsOf(templateVocabulary(random));
  names.reserveWordsOf([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES].join(' '));

  // --- Entities.
  const atlas = [...ATLAS_COUNTRIES];
  const countries: Country[] = [];
  for (let i = 0; i < plan.countries; i++) {
    const [picked] = atlas.splice(random.int(atlas.length), 1);
    const name = names.newWord(random, COUNTRY_ENDINGS, (w) => {
      const adjective = countryAdjective(w);
      return [`${w}s`, adjective, ...ADJECTIVE_ENDINGS.map((e) => `${adjective}${e}`)];
    });
    countries.push({ kind: 'country', id: names.newId(name), name, adjective: countryAdjective(name), atlas: picked!, borders: [], mentions: [] });
  }
  const countrySkew = new SkewedPicker(countries.length, 1);
  // The first entities go round the countries, so that every country has people and places.
  const homeOf = (i: number) => countries[i < countries.length ? i : countrySkew.pick(random)]!;

  const people: Person[] = [];
  for (let i = 0; i < plan.people; i++) {
    const female = random.chance(0.45);
    const first = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const surname = names.newWord(random, SURNAME_ENDINGS, (w) => [`${w}s`]);
    const name = `${first} ${surname}`;
    people.push({ kind: 'person', id: names.newId(name), name, surname, female, role: random.pick(ROLES)[female ? 1 : 0], home: homeOf(i), mentions: [] });
  }

  const places: Place[] = [];
  for (let i = 0; i < plan.places; i++) {
    const name = names.newWord(random, PLACE_ENDINGS, (w) => [`${w}s`]);
    const home = homeOf(i);
    const lat = Math.max(-89, Math.min(89, home.atlas.lat + (random.next() * 2 - 1) * 2));
    const lon = ((home.atlas.lon + (random.next() * 2 - 1) * 3 + 540) % 360) - 180;
    places.push({ kind: 'place', id: names.newId(name), name, home, lat: round3(lat), lon: round3(lon), mentions: [] });
  }

  const organisations: Organisation[] = [];
  for (let i = 0; i < plan.organisations; i++) {
    const name = names.newWord(random, ORGANISATION_ENDINGS, (w) => [`${w}s`]);
    organisations.push({ kind: 'organisation', id: names.newId(name), name, label: random.pick(ORGANISATION_LABELS), home: homeOf(i), mentions: [] });
  }

  // --- Articles, each with its events, background and quotes.
  const cast = { people: new Cast(people), places: new Cast(places), organisations: new Cast(organisations) };
  const sources: Source[] = [];
  const events: DossierEvent[] = [];
  const statements: Statement[] = [];
  const totalMonths = (2025 - 2015 + 1) * 12;

  for (let i = 0; i < plan.sources; i++) {
    const monthIndex = Math.floor((i * totalMonths) / plan.sources);
    const at: SourceDate = { year: 2015 + Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
    if (random.chance(0.4)) at.day = random.between(1, 28);
    const date = `${at.year}-${pad(at.month)}${at.day ? `-${pad(at.day)}` : ''}`;
    const credit = random.pick(CREDITS);

    // Paragraph texts and who they name; cites are made once the article has its id.
    const paragraphs: { text: string; named: Set<Entity> }[] = [];
    const pending: { event: Omit<DossierEvent, 'cite' | 'facts'>; paragraph: number }[] = [];
    const pendingStatements: { statement: Omit<Statement, 'cite' | 'id'>; paragraph: number }[] = [];
    const eventCount = Math.max(1, spread(plan.events, plan.sources, i));

    for (let e = 0; e < eventCount; e++) {
      const p1 = cast.people.take(random);
      const p2 = cast.people.take(random, [p1]);
      const place = cast.places.take(random);
      const org = cast.organisations.take(random);
      const c1 = p1.home;
      const c2 = place.home;
      const kinds: EventKind[] = c1 === c2 ? ['treffen', 'erklaerung'] : ['besuch', 'treffen', 'offensive', 'abkommen', 'entsendung', 'lieferung', 'erklaerung'];
      const kind = random.pick(kinds);
      const when = whenFor(at, random);
      const say = new Say();
      const text = EVENT_TEXT[kind](say, { p1, p2, c1, c2, place, org, when, topic: random.pick(TOPICS), goods: random.pick(GOODS) });
      let paragraph = text.paragraph;
      const number = paragraphs.length + 1;
      const eventId = names.newId(text.title);
      const event = {
        id: eventId,
        title: text.title,
        kind,
        date: when.date,
        dateNote: when.dateNote,
        place,
        participants: [...new Set(text.participants)],
        countries: [...new Set([c1, c2])],
        summary: text.summary,
      };
      if (e === 0 && random.chance(0.35)) {
        const quote = random.pick(QUOTES);
        paragraph += ` «${quote}», sagte ${say.surname(p1)} laut ${say.name(org)}.`;
        pendingStatements.push({
          statement: { kind: 'zitat', quote, context: `${p1.name} äusserte sich laut ${org.name} zu diesem Ereignis.`, speaker: p1, via: [org], about: [c2], event: event as DossierEvent },
          paragraph: number,
        });
      } else if (kind === 'erklaerung' && random.chance(0.3)) {
        pendingStatements.push({
          statement: { kind: 'aussage', quote: `${c2.name} müsse sich an bestehende Vereinbarungen halten`, context: `Erklärung von ${p1.name} in ${place.name}.`, speaker: p1, via: [], about: [c2], event: event as DossierEvent },
          paragraph: number,
        });
      }
      paragraphs.push({ text: paragraph, named: say.named });
      pending.push({ event, paragraph: number });
    }

    const backgrounds: { fact: string; paragraph: number }[] = [];
    const borders: { from: Country; to: Country; paragraph: number }[] = [];
    const backgroundCount = random.between(2, 4);
    const first = pending[0]!.event;
    for (let b = 0; b < backgroundCount; b++) {
      const [c1, c2] = first.countries.length > 1 ? (first.countries as [Country, Country]) : [first.countries[0]!, countries[countrySkew.pick(random)]!];
      const scene = { c1, c2, p3: cast.people.take(random), place: cast.places.take(random), org: cast.organisations.take(random) };
      const choices = BACKGROUND_TEXT.filter((_, index) => c1 !== c2 || index !== 1); // no border of a country with itself
      const say = new Say();
      const text = random.pick(choices)(say, scene);
      paragraphs.push({ text: text.paragraph, named: say.named });
      backgrounds.push({ fact: text.fact, paragraph: paragraphs.length });
      if (text.border) borders.push({ from: text.border[0], to: text.border[1], paragraph: paragraphs.length });
    }

    const title = first.title;
    const id = names.newId(`${date.slice(0, 7)} ${title}`);
    const cite = (n: number): Cite => `${id}#p${n}`;
    for (const { from, to, paragraph } of borders) {
      // One relation per pair of countries, stated where the corpus first says it.
      if (!from.borders.some((b) => b.target === to) && !to.borders.some((b) => b.target === from)) from.borders.push({ target: to, cite: cite(paragraph) });
    }
    paragraphs.forEach((p, index) => {
      for (const entity of p.named) mention(entity, cite(index + 1));
    });
    for (const { event, paragraph } of pending) {
      const background = backgrounds[random.int(backgrounds.length)]!;
      const full = event as DossierEvent;
      full.cite = [cite(paragraph)];
      full.facts = [{ text: background.fact, cite: [cite(background.paragraph)] }];
      events.push(full);
    }
    for (const { statement, paragraph } of pendingStatements) {
      statements.push({ ...statement, id: names.newId(`aussage ${statement.quote.split(' ').slice(0, 4).join(' ')}`), cite: cite(paragraph) });
    }
    sources.push({ id, title, date, credit, paragraphs: paragraphs.map((p) => p.text) });
  }

  nameTheUnnamed(sources, [...countries, ...people, ...places, ...organisations]);
  for (const source of sources) source.paragraphs[source.paragraphs.length - 1] += ` (${source.credit})`;

  const entities: Entity[] = [...countries, ...people, ...places, ...organisations];
  const byMentions = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  const recent = events.slice(-3);
  const mostNamedPerson = byMentions.find((e): e is Person => e.kind === 'person')!;
  return {
    seed,
    countries,
    people,
    places,
    organisations,
    sources,
    events,
    statements,
    briefing: {
      title: `Synthetisches Dossier: ${plan.pages} Seiten, Seed ${seed}`,
      lead: { text: events[0]!.summary, cite: events[0]!.cite },
      points: recent.map((e) => ({ text: e.summary, cite: e.cite })),
      keyActors: byMentions.slice(0, 6),
    },
    probeQuery: mostNamedPerson.surname,
  };
}

/**
 * Entities the articles never came round to (possible in small corpora) are named in closing
 * paragraphs of the last article, so that every entity has a paragraph to cite.
 */
function nameTheUnnamed(sources: Source[], entities: Entity[]): void {
  const unnamed = entities.filter((e) => e.mentions.length === 0);
  const last = sources.at(-1)!;
  for (let start = 0; start < unnamed.length; start += 6) {
    const group = unnamed.slice(start, start + 6);
    const list = group.length === 1 ? group[0]!.name : `${group.slice(0, -1).map((e) => e.name).join(', ')} und ${group.at(-1)!.name}`;
    last.paragraphs.push(`Ebenfalls genannt wurden ${list}.`);
    for (const entity of group) mention(entity, `${last.id}#p${last.paragraphs.length}`);
  }
}

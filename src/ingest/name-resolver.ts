/**
 * Who a phrase of an article names: a known entry (through any of its names, aliases, other
 * spellings and their inflected forms, src/mentions/mention-matcher.ts), a name the dossier does
 * not know yet (a run of capitalised words, or one introduced by a title: «Sprecherin Maria
 * Sacharowa», «Agentur Yonhap»), or a role the article fills elsewhere («der Regierungschef»
 * where it wrote «Regierungschef Mark Rutte» before). Used for the speakers and channels of
 * drafted quotes (src/ingest/read-quotes.ts).
 */
import type { MentionMatcher } from '../mentions/mention-matcher.ts';
import type { NamedParty, NameResolver } from './read-quotes.ts';
import { sameNameInflected } from './name-forms.ts';
import type { LinkableTarget } from '../mentions/read-mention-targets.ts';

/** Roles that name the same function in agency German, by group. */
const ROLE_GROUPS: [RegExp, string][] = [
  [/(?:staatschef|machthaber|präsident|staatsoberhaupt|führer|diktator)/iu, 'staat'],
  [/(?:aussenminister|außenminister|chefdiplomat)/iu, 'aussen'],
  [/(?:regierungschef|premierminister|ministerpräsident|premier|kanzler)/iu, 'regierung'],
  [/(?:verteidigungsminister)/iu, 'verteidigung'],
  [/(?:sprecher)/iu, 'sprecher'],
];
const roleGroup = (role: string) => ROLE_GROUPS.find(([pattern]) => pattern.test(role))?.[1] ?? role.toLowerCase().replace(/(?:in|innen)$/u, '');

/** Words that open a sentence or a noun phrase and are capitalised only there, or carry no name; shared with name-candidates.ts. */
export const FUNCTION_WORDS = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines', 'Im', 'In', 'Am', 'An', 'Auf', 'Aus', 'Bei',
  'Mit', 'Nach', 'Vor', 'Zuvor', 'Seit', 'Bis', 'Für', 'Gegen', 'Um', 'Über', 'Unter', 'Zu', 'Zum', 'Zur', 'Vom', 'Von', 'Es', 'Er',
  'Sie', 'Wir', 'Ich', 'Kein', 'Keine', 'Dazu', 'Damit', 'Doch', 'Und', 'Oder', 'Aber', 'Auch', 'Laut', 'Wie', 'Als', 'Wenn', 'Dies', 'Diese',
  'Dieser', 'Unsere', 'Unser', 'Unseren', 'Man', 'Später', 'Zudem', 'Ausserdem', 'Weiter', 'Dabei', 'Demnach', 'So', 'Mithilfe',
]);

/** Titles and roles that stand before a name («Präsident», «Regierungssprecherin»), by their ending. */
export const ROLE_WORD = /^(?:\p{Lu}[\p{L}-]*)?(?:präsident|minister|sprecher|chef|kanzler|machthaber|general|botschafter|kommandeur|vorsitzende|leiter|direktor|sekretär|gouverneur|bürgermeister|diplomat|beamte|berater|anführer|führer|abgeordnete|senator|premier|kollege|koordinator|gesandte|kapitän|admiral|oberst|offizier|kommandant|regierungschef|staatschef|beauftragte|kollegin|amtskollege|amtskollegin)(?:in|innen|s|en|n|r)?$/iu;
/** Titles of people that ROLE_WORD does not end in: family, church, monarchy. */
export const FAMILY_AND_CHURCH = /^(?:Ehefrau|Frau|Ehemann|Gattin|Gatte|Sohn|Tochter|Schwiegersohn|Schwiegertochter|Bruder|Schwester|Papst|Kardinal|Bischof|Erzbischof|Kurienerzbischof|Nuntius|Patriarch|König|Königin|Prinz|Prinzessin|Emir|Scheich|Kronprinz|Landeshauptmann|Landeshauptfrau)$/u;
/** A word that names what a person is, not who: a role or a title («Aussenminister», «Kurienerzbischof»). */
export const isTitle = (word: string) => ROLE_WORD.test(word) || FAMILY_AND_CHURCH.test(word);

/** Nouns that introduce the name of an organisation, a place or a country, with the kind they suggest. */
export const NAMING_WORDS: Record<string, 'organisation' | 'place' | 'country'> = {
  Nachrichtenagentur: 'organisation', Agentur: 'organisation', Zeitung: 'organisation', Ministerium: 'organisation', Partei: 'organisation',
  Armee: 'organisation', Regierung: 'organisation', Behörde: 'organisation', Organisation: 'organisation', Sender: 'organisation',
  Stadt: 'place', Hauptstadt: 'place', Region: 'place', Grenzregion: 'place', Provinz: 'place', Ort: 'place', Hafen: 'place', Hafenstadt: 'place',
  Land: 'country', Staat: 'country', Republik: 'country', Geheimdienst: 'organisation', Zerstörer: 'organisation',
  Plattform: 'organisation', Kurznachrichtendienst: 'organisation', Magazin: 'organisation', Golfstaat: 'country', Emirat: 'country', Regionen: 'place', Städte: 'place', Stadtteil: 'place', Orte: 'place',
};

/** A word that may be part of a name: capitalised, letters, apostrophes and hyphens. */
export const NAME_WORD = /^(?:\p{Lu}|(?:al|el|bin|ibn|abu|ad|as)-\p{Lu})[\p{L}'’-]*$/u;

/** Whether `name` ends in a noun that names an institution («… Verteidigungsministerium», «Kreml»). */
export function isInstitutionName(name: string): boolean {
  return INSTITUTION.test(name.split(' ').at(-1) ?? '');
}

/** Nouns that name an institution by what it is, by their ending, with the article their gender takes. */
const INSTITUTION = /^(\p{Lu}\p{L}*?(?:ministerium|amt|parlament|gericht|büro|kommando|komitee|sekretariat|zentrum|institut|regierung|kommission|behörde|armee|agentur|zeitung|partei|verwaltung|botschaft|rat|dienst|stab|kreml|geheimdienst|generalstab|sender|versammlung|kommissariat|mission)|Kommission|Regierung|Parlament|Rat|Kreml|Gericht|Armee|Botschaft|Behörde|Ministerium|Agentur)(?:e?s)?$/u;
/** Institution nouns that alone name no institution but refer to one named before («das Ministerium»). */
const BARE_HEAD = /^(?:Ministerium|Regierung|Botschaft|Behörde|Agentur|Armee|Gericht|Parlament|Kommission|Rat|Amt|Partei|Verwaltung)$/u;
/** «Staatssekretariat für Wirtschaft»: an institution named with its field. */
const INSTITUTION_FOR = /(?:^|\s)(\p{Lu}\p{L}*?(?:ministerium|amt|sekretariat|kommission|behörde|rat|büro|komitee|institut|zentrum|agentur)) (für|der|des) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u;
const NEUTER = /(?:ministerium|amt|parlament|gericht|büro|kommando|komitee|sekretariat|zentrum|institut|kommissariat)$/iu;
const FEMININE = /(?:regierung|kommission|behörde|armee|agentur|zeitung|partei|verwaltung|botschaft|versammlung|mission)$/iu;

/**
 * An institution named by an adjective and a noun in any case («des südkoreanischen
 * Verteidigungsministeriums»), in the nominative as a name («Südkoreanisches
 * Verteidigungsministerium»); undefined if the phrase does not end in such a noun.
 */
function institutionIn(phrase: string): string | undefined {
  const field = INSTITUTION_FOR.exec(phrase);
  if (field && field[2] === 'für') return `${field[1]} für ${field[3]}`;
  const words = phrase.split(/\s+/u).filter((w) => !/^(?:der|die|das|des|dem|den|einer|eines|einem|ein|eine)$/u.test(w));
  const noun = INSTITUTION.exec(words.at(-1) ?? '');
  if (!noun) return undefined;
  const base = noun[1]!;
  const ending = NEUTER.test(base) ? 'es' : FEMININE.test(base) ? 'e' : 'er';
  const adjectives = words.slice(0, -1).filter((w) => /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w)).map((w) => w.replace(/(?:e|en|er|es|em)$/u, '') + ending);
  const name = [...adjectives, base].join(' ');
  return name.charAt(0).toLocaleUpperCase('de-CH') + name.slice(1);
}
const PRONOUNS = new Set(['er', 'sie', 'es', 'Er', 'Sie']);

/** A run of name words in `phrase` (without function words and roles), or the word after a role or naming noun. */
function nameIn(phrase: string): string | undefined {
  const words = phrase.split(/\s+/u).filter((w) => w !== '');
  let best: string[] = [];
  let run: string[] = [];
  let introduced = false;
  const close = () => {
    if (run.length >= 2 || (run.length === 1 && introduced)) if (run.length >= best.length) best = run;
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[.,;:!?]+$/u, '');
    if (NAME_WORD.test(word) && !FUNCTION_WORDS.has(word) && !isTitle(word) && !(word in NAMING_WORDS)) {
      if (run.length === 0) introduced = i > 0 && (isTitle(words[i - 1]!) || words[i - 1]! in NAMING_WORDS);
      run.push(word);
    } else close();
  }
  close();
  // «Südkoreas Vereinigter Generalstab»: a leading genitive names whose it is, not the name.
  if (best.length >= 3 && /[^sßxz]s$/u.test(best[0]!)) best = best.slice(1);
  return best.length > 0 ? best.join(' ') : undefined;
}

/** An institution the article names, with the paragraphs (0-based) that name it. */
export interface NamedInstitution {
  party: NamedParty;
  paragraphs: number[];
}

/**
 * A resolver for the speakers and channels of one article: `paragraphs` (the article, to learn
 * which name fills which role), `matcher` (the dossier's known entries) and `names` (id -> name,
 * to report a known entry by its name).
 */
export function nameResolver(
  paragraphs: readonly string[],
  matcher: MentionMatcher,
  names: ReadonlyMap<string, string>,
  people: ReadonlySet<string> = new Set(),
  targets: readonly LinkableTarget[] = [],
  institutions: readonly NamedInstitution[] = [],
): NameResolver {
  /**
   * «ein Ministeriumssprecher», «der Sprecher des Auswärtigen Amts», «ein Kremlsprecher»: a
   * spokesperson the text does not name speaks for the institution, the one the role or the
   * phrase names, else the first the article names.
   */
  const spokenFor = (phrase: string): NamedParty | undefined => {
    const role = phrase.split(/\s+/u).find((word) => /sprecher(?:in)?$/iu.test(word));
    if (!role || nameIn(phrase)) return undefined;
    const prefix = role.replace(/s?sprecher(?:in)?$/iu, '').toLocaleLowerCase('de');
    const byPrefix = prefix.length > 2 ? institutions.find(({ party: i }) => i.name.toLocaleLowerCase('de').startsWith(prefix) || i.name.toLocaleLowerCase('de').includes(prefix))?.party : undefined;
    const named = institutionIn(phrase);
    return byPrefix ?? (named ? { name: named, person: false } : undefined) ?? (prefix === '' || /^(?:ministerium|regierung|amt)$/u.test(prefix) ? lastInstitution() : undefined);
  };
  /** The institution named last at or before the paragraph being read (the first the article names, before any). */
  const lastInstitution = (which: (party: NamedParty) => boolean = () => true): NamedParty | undefined => {
    const named = institutions.filter((i) => which(i.party)).map((i) => ({ party: i.party, at: Math.max(-1, ...i.paragraphs.filter((p) => p <= current)) }));
    const latest = Math.max(-1, ...named.map((n) => n.at));
    return latest >= 0 ? named.find((n) => n.at === latest)!.party : named[0]?.party;
  };
  /** «Der Kreml bezeichnete …», «das Auswärtige Amt»: an institution the article names, in any case. */
  const institutionNamed = (phrase: string): NamedParty | undefined => {
    const bare = phrase.replace(/^(?:der|die|das|des|dem|den)\s+/iu, '').trim();
    return institutions.find(({ party: i }) => sameNameInflected(i.name, bare))?.party;
  };
  /** «der nordkoreanische Staatschef», «Russlands Aussenminister»: the person the dossier knows in that function for that country. */
  const holder = (phrase: string): NamedParty | undefined => {
    const role = phrase.split(/\s+/u).find((word) => ROLE_WORD.test(word));
    if (!role) return undefined;
    const places = new Set(matcher.findAll(phrase).map((m) => m.id));
    const group = roleGroup(role);
    const found = targets.filter((t) => t.kind === 'person' && t.functions?.some((f) => places.has(f.target) && roleGroup(f.role) === group));
    return found.length === 1 ? { id: found[0]!.id, name: found[0]!.name, person: true } : undefined;
  };
  // «Regierungschef Mark Rutte», «Aussenministerin Choe»: the role word -> who fills it in this
  // article, paragraph by paragraph (two foreign ministers: «der Minister» is the one named last before).
  const roles = new Map<string, { paragraph: number; party: NamedParty }[]>();
  let current = Number.MAX_SAFE_INTEGER;
  // «Dmitri Peskow» … «so Peskow»: a single word of a name the article gave in full.
  const shortNames = new Map<string, string | null>();
  const direct = (phrase: string): NamedParty | undefined => {
    const known = matcher.findAll(phrase);
    // A name the text spells out («Igor Sacharow») beats an adjective («der russische General»).
    const named = known.find((m) => /\p{Lu}/u.test(m.text));
    const name = nameIn(phrase);
    // The first name in the phrase is its subject: «Antonio Guterres hat Russland …» is Guterres.
    const nameFirst = name !== undefined && named !== undefined && phrase.indexOf(name) >= 0 && phrase.indexOf(name) < named.start && matcher.findAll(name).length === 0;
    // A role with a name is that person, whatever the role's complement names: «der Sprecher des
    // Aussenministeriums, Hans Muster», «Nordkoreas Aussenministerin Choe Son Hui», «Russlands
    // Präsident Max Muster» are the person, not the ministry or the country.
    const hasRole = phrase.split(/\s+/u).some((word) => ROLE_WORD.test(word.replace(/[^\p{L}-]/gu, '')));
    const knownPerson = hasRole ? known.find((m) => people.has(m.id)) : undefined;
    if (knownPerson) return { id: knownPerson.id, name: names.get(knownPerson.id) ?? knownPerson.text, person: true };
    const namedInRole = hasRole && name !== undefined && named !== undefined && name.includes(' ') && matcher.findAll(name).length === 0;
    if (namedInRole) return { name, person: !INSTITUTION.test(name.split(' ').at(-1)!) };
    if (named && !nameFirst) return { id: named.id, name: names.get(named.id) ?? named.text, person: people.has(named.id) };
    if (name) return { name, person: name.includes(' ') && !INSTITUTION.test(name.split(' ').at(-1)!) };
    const article = institutionNamed(phrase);
    if (article) return article;
    // «des Ministeriums», «die Regierung» alone: the institution of that kind the article named last, not a new name.
    const bare = /^(?:(?:der|die|das|des|dem|den)\s+)?(\p{Lu}\p{Ll}+?)(?:e?s)?$/u.exec(phrase.trim())?.[1];
    if (bare && BARE_HEAD.test(bare)) return lastInstitution((i) => i.name.toLocaleLowerCase('de').endsWith(bare.toLocaleLowerCase('de')));
    const institution = institutionIn(phrase);
    if (institution) return { name: institution, person: false };
    const single = phrase.split(/\s+/u).map((w) => shortNames.get(w.replace(/[^\p{L}'’-]/gu, '').toLocaleLowerCase('de'))).find((full) => full);
    if (single) return { name: single, person: true };
    return known[0] ? { id: known[0].id, name: names.get(known[0].id) ?? known[0].text } : undefined;
  };
  /** Like `direct`, but a role phrase never resolves to the country its adjective names («der nordkoreanische Staatschef» is not Nordkorea). */
  const directPerson = (phrase: string): NamedParty | undefined => {
    const party = direct(phrase);
    return party?.id && !people.has(party.id) && !/\p{Lu}/u.test(matcher.findAll(phrase).find((m) => m.id === party.id)?.text.charAt(0) ?? 'x') ? undefined : party;
  };
  for (const [index, paragraph] of paragraphs.entries()) {
    const words = [...paragraph.matchAll(/[\p{L}'’-]+/gu)];
    for (let i = 0; i + 1 < words.length; i++) {
      if (!isTitle(words[i]![0]) || !NAME_WORD.test(words[i + 1]![0])) continue;
      // The name follows the role in the same phrase: «der Bundespräsident. Auch Aussenministerin X» gives the role no holder.
      if (!/^\s+$/u.test(paragraph.slice(words[i]!.index + words[i]![0].length, words[i + 1]!.index))) continue;
      const last = words[Math.min(i + 4, words.length - 1)]!;
      const phrase = paragraph.slice(words[i + 1]!.index, last.index + last[0].length).split(/[.,;:!?«»„“”"()]/u)[0]!;
      const party = direct(phrase);
      if (party) roles.set(words[i]![0].toLowerCase(), [...(roles.get(words[i]![0].toLowerCase()) ?? []), { paragraph: index, party }]);
    }
    for (const m of paragraph.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}|(?:al|el|bin|ibn|abu)-\p{Lu})[\p{L}'’-]+)+/gu)) {
      const full = nameIn(m[0]);
      // A single word («Aussenminister Maas») is the short form itself, not another full name.
      if (!full || !full.includes(' ') || matcher.findAll(full).length > 0) continue;
      for (const word of [full.split(' ')[0]!, full.split(' ').at(-1)!]) {
        const key = word.toLocaleLowerCase('de');
        const earlier = shortNames.get(key);
        shortNames.set(key, earlier === undefined || earlier === full ? full : null); // null: two names share the word
      }
    }
  }
  /** The party a role word names: the article's own holder of that role, or of a role ending the same («Sprecherin» for «Regierungssprecherin»). */
  const byRole = (role: string): NamedParty | undefined => {
    const key = role.toLowerCase();
    const named = roles.has(key) ? roles.get(key)! : [...roles.entries()].filter(([held]) => held.endsWith(key)).flatMap(([, held]) => held);
    const people = new Set(named.map((h) => h.party.id ?? h.party.name));
    // The holder named last before this paragraph; else, where one person alone holds it, that one.
    const before = named.filter((h) => h.paragraph <= current).sort((a, b) => a.paragraph - b.paragraph).at(-1);
    return before?.party ?? (people.size === 1 ? named[0]!.party : undefined);
  };
  const resolve = (phrase: string): NamedParty | undefined => {
    // «wie ein Ministeriumssprecher am Freitag in Bern»: the conjunction and the time and place around the name are not part of it.
    const text = phrase.trim().replace(/^(?:wie|als|so)\s+/iu, '').replace(/\s+(?:am|im|in|an|auf|bei|vor|nach|gegenüber)\s.*$/u, '');
    if (text === '' || PRONOUNS.has(text)) return undefined;
    const role = text.split(/\s+/u).find((word) => isTitle(word));
    // «der Regierungschef», «die Sprecherin»: the one the article named with that role.
    if (role && /^(?:der|die|den|dem|des|ein|eine|einer|eines)\s/iu.test(text) && text.split(/\s+/u).length <= 5 && !nameIn(text)) return byRole(role) ?? holder(text) ?? spokenFor(text) ?? directPerson(text) ?? { name: text };
    if (role && !nameIn(text)) {
      const held = holder(text);
      if (held) return held;
    }
    return direct(text) ?? (role ? byRole(role) ?? spokenFor(text) ?? (text.split(/\s+/u).length <= 3 ? { name: text } : undefined) : undefined);
  };
  return Object.assign(resolve, { at: (paragraph: number) => void (current = paragraph) });
}

/**
 * The word lists and patterns by which ingest tells a name in German agency text
 * (name-candidates.ts reads the text with them): particles inside names, prepositions before
 * places, adjectives that only names capitalise, facilities and state bodies named with their
 * noun, institutions agency German names every day, and abbreviations that are no names; and
 * the tests on one word built from them (a common noun, a word capitalised for opening a sentence,
 * a word that says what the name after it names).
 */
import type { EntityKind } from '../model/vocabulary.ts';
import { countryNamed } from './country-names.ts';
import { cityNamed } from './place-names.ts';
import { headNoun, nounForm } from './german-nouns.ts';
import { FAMILY_AND_CHURCH, isInstitutionName, NAMING_WORDS, ROLE_WORD } from './name-resolver.ts';

/** Lower-case words inside a name («Alexander Van der Bellen», «Faisal bin Farhan»). */
export const PARTICLE = /^(?:van|von|der|de|den|al|bin|ibn|da|di|du|el|la|le|dos|das)$/iu;
/** Prepositions after which a capitalised word without an article is often a place. */
export const PLACE_PREPOSITION = /^(?:in|nach|aus|von|bei|über|via|gen|am|im|vom)$/u;
/** Nouns whose capitalised adjective makes a place name, not an institution («Naher Osten»). */
export const PLACE_NOUNS = /^(?:Osten|Westen|Süden|Norden|Meer|See|Golf|Gebiet|Gebiete|Insel|Inseln|Küste|Halbinsel|Tal|Berg|Gebirge|Ozean|Kanal)$/u;
/** Adjectives by their suffix or stem, also where the lexicon lists the word as a noun («die Internationale», «die Weisse»). */
export const ADJECTIVE_FORM = /^(?:\p{Lu}\p{Ll}*(?:al|isch|lich|ig|iv|är)|Weiss|Weiß|Rot|Schwarz|Gross|Groß|Neu|Heilig|Vereinigt|Nah|Fern|Mittler)(?:e|en|er|es|em)$/u;
/** «Genfer», «Wiener», «Münchner»: an adjective made of a city's name. */
export const cityAdjective = (word: string) => /er$/u.test(word) && [word.slice(0, -2), word.slice(0, -2) + 'en', word.slice(0, -3) + 'en'].some((stem) => cityNamed(stem) !== undefined);
/** What a city's adjective names as a proper name: meetings, treaties, formats. */
export const CITY_NAMED_HEADS = /^(?:Konferenz|Konvention|Konventionen|Kongress|Abkommen|Vertrag|Verträge|Protokoll|Format|Prozess|Erklärung|Gipfel|Dialog)$/u;
/** Nouns that make a title or a common phrase, not a name, after a capitalised adjective («Heiliger Vater»). */
export const NOT_NAME_HEADS = /^(?:Vater|Mutter|Sohn|Tochter|Bruder|Schwester|Frau|Herr)$/u;
/** Facilities named with their noun, which belongs to the name («Atomkraftwerk Saporischschja»). */
export const FACILITY = /^(?:Atomkraftwerk|Kernkraftwerk|AKW|Kraftwerk|Flughafen|Militärflughafen|Luftwaffenstützpunkt|Militärstützpunkt|Marinestützpunkt|Staudamm|Grenzübergang)(?:e?s)?$/u;
/** A state's bodies, named by the nationality before them («die russische Botschaft»): heads of the noun. */
export const STATE_BODY = /(?:ministerium|botschaft|armee|streitkräfte|truppen|parlament|generalstab|geheimdienst|konsulat|marine|luftwaffe)$/iu;
/** Endings of nouns the lexicon may lack (compounds): never a name by themselves. */
export const NOUN_ENDING = /(?:ung|ungen|heit|keit|schaft|tion|tionen|sion|ität|nis|nisse|tum|ment|ismus|ierung|ierungen|ling|linge|chen|lein)$/u;
/** Months and weekdays: after «im», «am» they are dates, not places. */
export const CALENDAR = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Frühjahr|Sommer|Herbst|Winter)/u;
/** An Arabic name with its article, written lower case («al-Ansari», «bin-Salman»): a name word after a first name. */
export const ARABIC_ARTICLE = /^(?:al|el|ad|as|abu|bin|ibn)-\p{Lu}\p{Ll}/u;
/** Roman numerals after a name («Leo XIV»). */
export const ROMAN = /^[IVXLC]{1,6}$/u;

/**
 * Institutions whose name is also a common noun of the lexicon, or a single word without a
 * title, that agency German names every day: proposed where the text names them.
 */
export const WELL_KNOWN: Record<string, { name: string; kind: EntityKind }> = {
  Kreml: { name: 'Kreml', kind: 'organisation' }, Kremls: { name: 'Kreml', kind: 'organisation' },
  Bundeswehr: { name: 'Bundeswehr', kind: 'organisation' }, Bundestag: { name: 'Bundestag', kind: 'organisation' },
  Nato: { name: 'Nato', kind: 'organisation' }, NATO: { name: 'Nato', kind: 'organisation' }, Hamas: { name: 'Hamas', kind: 'organisation' },
  Hisbollah: { name: 'Hisbollah', kind: 'organisation' }, Taliban: { name: 'Taliban', kind: 'organisation' },
  Uno: { name: 'Uno', kind: 'organisation' }, UNO: { name: 'Uno', kind: 'organisation' }, UN: { name: 'UN', kind: 'organisation' },
  EU: { name: 'EU', kind: 'organisation' }, Twitter: { name: 'Twitter', kind: 'organisation' },
};
/** Abbreviations that are not names: time zones, units, dpa-AFX's desk initials. */
export const NOT_NAMES = new Set(['MEZ', 'MESZ', 'UTC', 'GMT', 'DP', 'KAP', 'km', 'kg', 'Mio', 'Mrd', 'AG', 'GmbH', 'Co', 'Nr', 'Worten', 'AKW', 'KKW', 'LKW', 'PKW', 'SMS', 'GPS', 'BIP', 'USD', 'EUR', 'CHF', 'DNA', 'PDF', 'TV']);
/** Weapon systems are named like places or firms but are no entry of the dossier's kinds. */
export const WEAPON_SYSTEMS = /^(?:Patriot|Tomahawk|Taurus|Iris-T|Leopard|Himars|HIMARS|Atacms|ATACMS|Storm|Shadow|Hwasong|Kinschal|Oreschnik|Iskander|Kalibr|Shahed)(?:-|$)/u;
export const isAbbreviation = (w: string) => /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(w) && !ROMAN.test(w);

/**
 * What belongs to an institution's name after its noun: its field («… für Flüchtlinge», «… für
 * auswärtige Angelegenheiten») and, for a mission or an embassy, where it is («Deutsche Botschaft
 * in Wien», «Beobachtungsmission in der Ukraine»).
 */
export function institutionTail(head: string, after: string): string {
  const field = /^ für ((?:\p{Ll}+ )?\p{Lu}[\p{L}-]*)/u.exec(after);
  if (field) return ` für ${field[1]}`;
  const seat = /^ in ((?:der )?\p{Lu}[\p{L}-]*)/u.exec(after);
  return seat && /(?:mission|botschaft|vertretung|konsulat)$/iu.test(head) && (countryNamed(seat[1]!.replace(/^der /u, '')) || cityNamed(seat[1]!)) ? ` in ${seat[1]}` : '';
}

/** The nominative of an adjective before a noun of this gender, without article («Auswärtigen» + Amt -> Auswärtiges). */
export function strongAdjective(adjective: string, gender: 'M' | 'F' | 'N' | undefined, plural: boolean): string {
  const stem = adjective.replace(/(?:em|en|er|es|e)$/u, '');
  if (plural || gender === 'F' || gender === undefined) return `${stem}e`;
  return gender === 'M' ? `${stem}er` : `${stem}es`;
}

/** Words before a name that say what it names, beyond roles (which name people). */
export function kindSuggestedBy(word: string | undefined): EntityKind | undefined {
  if (!word) return undefined;
  if (word in NAMING_WORDS) return NAMING_WORDS[word];
  return ROLE_WORD.test(word) || FAMILY_AND_CHURCH.test(word) ? 'person' : undefined;
}

/** Whether the word at `index` opens a sentence or a quotation (only then capitalised for that reason). */
export function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/\s+$/u, '');
  return before === '' || /[.!?:«„“"‹(•–#-]$/u.test(before) || /[.!?][»“”"›]$/u.test(before);
}

export const capitalised = (w: string) => /^\p{Lu}/u.test(w);
/** A common noun (the lexicon knows it, or it ends like one), not a name. */
export const isNoun = (w: string) => {
  if (ROMAN.test(w) || /^\p{Lu}{2,}$/u.test(w) || WELL_KNOWN[w]) return false;
  // «Presse-Agentur» and «Vermittlungs-Bemühungen» are nouns, «Frank-Walter» and «Uno-Sicherheitsrat» are names:
  // the first part decides, or a noun last after a first part that names nothing.
  if (w.includes('-')) {
    const parts = w.split('-');
    const first = parts[0]!;
    const namesSomething = WELL_KNOWN[first] !== undefined || countryNamed(first) !== undefined || cityNamed(first) !== undefined || /^\p{Lu}{2,}$/u.test(first);
    return nounForm(w) !== undefined || nounForm(first) !== undefined || (parts.length === 2 && !namesSomething && nounForm(parts[1]!) !== undefined && /s$/u.test(first));
  }
  // A compound's head: six letters at least, or five in the plural («Charterflüge»; a name is rarely plural, «Bürgenstock» stays a name).
  return nounForm(w) !== undefined || NOUN_ENDING.test(w) || (w.length > 9 && (headNoun(w, 6) !== undefined || headNoun(w, 5)?.plural === true));
};

/**
 * A singular noun (or a compound ending in one) in the nominative, without the genitive ending
 * («des Atomkraftwerks» -> Atomkraftwerk, «des Bundespräsidialamts» -> Bundespräsidialamt,
 * «des Malteserordens» -> Malteserorden): the ending goes where what is left is a noun of the
 * lexicon, or ends in the noun the whole word ends in («Präsidialamts» -> …amt), or is an institution.
 */
export function nominative(word: string): string {
  const m = /(?<=[^s])e?s$/u.exec(word);
  if (!m) return word;
  const stem = word.slice(0, m.index);
  const head = headNoun(word)?.lemma.toLocaleLowerCase('de');
  const base = nounForm(stem) !== undefined || headNoun(stem) !== undefined || (head !== undefined && stem.toLocaleLowerCase('de').endsWith(head)) || isInstitutionName(stem) || FACILITY.test(stem);
  return base ? stem : word;
}

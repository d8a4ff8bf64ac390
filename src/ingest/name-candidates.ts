/**
 * Names in an article that the dossier does not know yet, for the editor to decide on. German
 * capitalises every noun, so a single capitalised word says little; we propose runs of two or
 * more capitalised words (Choe Son Hui, Kim Jong Un) and single words after a word that
 * introduces a name (Agentur, Region, Minister …), minus every known form. A word capitalised
 * only because it opens a sentence or a quotation («Unsere Freundschaft …») is never part of a
 * proposal. A genitive is proposed in its base form («des Kremls» -> Kreml), and the word that
 * introduced a name suggests its kind (Präsident -> person, Agentur -> organisation, Stadt -> place).
 */
import type { MentionMatcher } from '../mentions/mention-matcher.ts';
import type { EntityKind } from '../model/vocabulary.ts';
import { FUNCTION_WORDS, NAME_WORD, NAMING_WORDS, ROLE_WORD } from './name-resolver.ts';

export interface Candidate {
  /** The name in its base form. */
  name: string;
  /** The kind the text suggests, if a word introduced the name. */
  kind?: EntityKind;
  /** 1-based paragraph numbers. */
  paragraphs: number[];
}


/**
 * Nouns that stand next to each other in ordinary sentences («nach Angaben Platz»), and words
 * of dates («Ende Juni»): never part of a proposed name.
 */
const COMMON_NOUNS = new Set([
  'Angaben', 'Platz', 'Ende', 'Anfang', 'Mitte', 'Zeit', 'Jahr', 'Jahre', 'Jahren', 'Monat', 'Monate', 'Woche', 'Wochen', 'Tag', 'Tage', 'Tagen',
  'Seite', 'Seiten', 'Teil', 'Menschen', 'Prozent', 'Angriff', 'Angriffe', 'Berichten', 'Bericht', 'Informationen', 'Zahl', 'Hilfe',
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Wochenende',
]);

/** Words before a name that say what it names, beyond roles (which name people). */
export function kindSuggestedBy(word: string | undefined): EntityKind | undefined {
  if (!word) return undefined;
  if (word in NAMING_WORDS) return NAMING_WORDS[word];
  return ROLE_WORD.test(word) ? 'person' : undefined;
}

/** Whether the word at `index` opens a sentence or a quotation (only then capitalised for that reason). */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/\s+$/u, '');
  return before === '' || /[.!?:«„“"‹(]$/u.test(before) || /[.!?][»“”"›]$/u.test(before);
}

export function nameCandidates(paragraphs: readonly string[], known: MentionMatcher): Candidate[] {
  const found = new Map<string, { paragraphs: Set<number>; kind?: EntityKind }>();
  paragraphs.forEach((text, index) => {
    const knownSpans = known.findAll(text);
    const isKnown = (start: number, end: number) => knownSpans.some((m) => m.start < end && start < m.end);
    const words = [...text.matchAll(/[\p{L}'’-]+/gu)];
    const add = (name: string, start: number, end: number, kind: EntityKind | undefined, genitive: boolean) => {
      if (isKnown(start, end)) return;
      // «des Kremls», «Moskaus Truppen»: the base form, where the word has an -s the base lacks.
      const base = genitive && /[^sßxz]s$/u.test(name) ? name.slice(0, -1) : name;
      const entry = found.get(base) ?? { paragraphs: new Set<number>() };
      entry.paragraphs.add(index + 1);
      entry.kind ??= kind;
      found.set(base, entry);
    };
    for (let i = 0; i < words.length; i++) {
      if (!NAME_WORD.test(words[i]![0]) || FUNCTION_WORDS.has(words[i]![0]) || COMMON_NOUNS.has(words[i]![0])) continue;
      let j = i;
      while (j + 1 < words.length && NAME_WORD.test(words[j + 1]![0]) && !COMMON_NOUNS.has(words[j + 1]![0]) && text.slice(words[j]!.index + words[j]![0].length, words[j + 1]!.index) === ' ') j++;
      // "Präsident Wladimir Putin", "Agentur Yonhap": the title introduces the name, it is not part of it.
      let from = i;
      while (from < j && (kindSuggestedBy(words[from]![0]) || FUNCTION_WORDS.has(words[from]![0]))) from++;
      // A word capitalised because it opens a sentence or a quotation is not part of a name.
      if (from === i && opensSentence(text, words[i]!.index) && !kindSuggestedBy(words[i]![0])) from++;
      if (from > j) {
        i = j;
        continue;
      }
      const introducer = from > i ? words[from - 1]![0] : i > 0 ? words[i - 1]![0] : undefined;
      const kind = kindSuggestedBy(introducer);
      const first = words[from]!;
      const last = words[j]!;
      // «des Kremls», «des Präsidenten Wladimir Putins»: a genitive article before the name or its title.
      const article = words[i - 1]?.[0];
      const genitive = article === 'des' || article === 'eines';
      if (j > from || kind) add(text.slice(first.index, last.index + last[0].length), first.index, last.index + last[0].length, kind, genitive);
      i = j;
    }
  });
  return [...found.entries()]
    .map(([name, { paragraphs: set, kind }]) => ({ name, ...(kind ? { kind } : {}), paragraphs: [...set].sort((a, b) => a - b) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de-CH'));
}

/**
 * Names in an article that the dossier does not know yet, for the editor to decide on. German
 * capitalises every noun, so a single capitalised word says little; we propose runs of two or
 * more capitalised words (Choe Son Hui, Kim Jong Un) and single words in capitals after a word
 * that introduces a name (Agentur, Region, Minister …), minus every known form.
 */
import type { MentionMatcher } from '../mentions/mention-matcher.ts';

export interface Candidate {
  name: string;
  /** 1-based paragraph numbers. */
  paragraphs: number[];
}

const INTRODUCERS = new Set([
  'Nachrichtenagentur', 'Agentur', 'Region', 'Grenzregion', 'Stadt', 'Hauptstadt', 'Provinz', 'Präsident', 'Präsidentin',
  'Minister', 'Ministerin', 'Aussenminister', 'Aussenministerin', 'Machthaber', 'Kollege', 'Kollegin', 'Sprecher', 'Sprecherin',
  'Regierungschef', 'Regierungschefin', 'General', 'Staatschef', 'Premierminister', 'Kanzler', 'Kanzlerin', 'Ort', 'Hafen',
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** Capitalised only because they open a sentence: never part of a name. */
const FUNCTION_WORDS = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Im', 'In', 'Am', 'An', 'Auf', 'Aus', 'Bei',
  'Mit', 'Nach', 'Vor', 'Zuvor', 'Seit', 'Bis', 'Für', 'Gegen', 'Um', 'Über', 'Unter', 'Zu', 'Zum', 'Zur', 'Vom', 'Von', 'Es', 'Er',
  'Sie', 'Wir', 'Ich', 'Kein', 'Keine', 'Dazu', 'Damit', 'Doch', 'Und', 'Oder', 'Aber', 'Auch', 'Laut', 'Wie', 'Als', 'Wenn', 'Mithilfe', 'Dies', 'Diese',
]);

export function nameCandidates(paragraphs: readonly string[], known: MentionMatcher): Candidate[] {
  const found = new Map<string, Set<number>>();
  paragraphs.forEach((text, index) => {
    const knownSpans = known.findAll(text);
    const isKnown = (start: number, end: number) => knownSpans.some((m) => m.start < end && start < m.end);
    const words = [...text.matchAll(/[\p{L}'’-]+/gu)];
    const add = (name: string, start: number, end: number) => {
      if (isKnown(start, end)) return;
      const set = found.get(name) ?? new Set<number>();
      set.add(index + 1);
      found.set(name, set);
    };
    for (let i = 0; i < words.length; i++) {
      if (!NAME_WORD.test(words[i]![0]) || FUNCTION_WORDS.has(words[i]![0])) continue;
      let j = i;
      while (j + 1 < words.length && NAME_WORD.test(words[j + 1]![0]) && text.slice(words[j]!.index + words[j]![0].length, words[j + 1]!.index) === ' ') j++;
      // "Präsident Wladimir Putin", "Agentur Yonhap": the title introduces the name, it is not part of it.
      let from = i;
      while (from < j && (INTRODUCERS.has(words[from]![0]) || FUNCTION_WORDS.has(words[from]![0]))) from++;
      const introduced = from > i ? INTRODUCERS.has(words[from - 1]![0]) : i > 0 && INTRODUCERS.has(words[i - 1]![0]);
      const first = words[from]!;
      const last = words[j]!;
      if (j > from || introduced) add(text.slice(first.index, last.index + last[0].length), first.index, last.index + last[0].length);
      i = j;
    }
  });
  return [...found.entries()].map(([name, set]) => ({ name, paragraphs: [...set].sort((a, b) => a - b) })).sort((a, b) => a.name.localeCompare(b.name, 'de-CH'));
}

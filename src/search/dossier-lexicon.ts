/**
 * The dossier's lexicon for compound splitting (src/search/compounds.ts), made once per build
 * from every entry's text, the editors' other words (so that «Vertrag» counts as known) and the
 * words they keep whole (content/begriffe.yaml).
 */
import type { Dossier } from '../graph/dossier.ts';
import { compoundSplitter, lexiconOf, type CompoundSplitter, type Lexicon } from './compounds.ts';
import { entryText } from './term-hints.ts';

const made = new WeakMap<Dossier, { lexicon: Lexicon; splitter: CompoundSplitter }>();

function lexiconFor(dossier: Dossier): { lexicon: Lexicon; splitter: CompoundSplitter } {
  let entry = made.get(dossier);
  if (!entry) {
    const texts = [...dossier.nodes.values()].map(entryText);
    const otherWords = dossier.terms.flatMap((term) => term.auch);
    const lexicon = lexiconOf([...texts, otherWords.join(' . ')], dossier.wholeWords);
    entry = { lexicon, splitter: compoundSplitter(lexicon) };
    made.set(dossier, entry);
  }
  return entry;
}

/** The lexicon both editions load for splitting queries (`/suche/woerter.json`). */
export function dossierLexicon(dossier: Dossier): Lexicon {
  return lexiconFor(dossier).lexicon;
}

/**
 * The parts of the compounds in `text` (an entry's text), each once, in order of appearance,
 * as the words a page is also found by (Pagefind metadata `teile`).
 */
export function compoundParts(dossier: Dossier, text: string): string[] {
  const { splitter } = lexiconFor(dossier);
  const parts = new Set<string>();
  for (const match of text.matchAll(/\p{L}+/gu)) for (const part of splitter.split(match[0]) ?? []) parts.add(part);
  return [...parts];
}

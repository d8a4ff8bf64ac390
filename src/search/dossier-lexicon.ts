/**
 * The dossier's lexicon for compound splitting (src/search/compounds.ts), made once per build
 * from every entry's text, the editors' other words (so that «Vertrag» counts as known) and the
 * words they keep whole (content/begriffe.yaml).
 */
import type { Dossier } from '../graph/dossier.ts';
import { compoundSplitter, lexiconOf, type CompoundSplitter, type Lexicon } from './compounds.ts';
import { entryText } from './term-hints.ts';
import { foldForSearch } from '../text/normalise.ts';

const made = new WeakMap<Dossier, { lexicon: Lexicon; splitter: CompoundSplitter; names: Set<string> }>();

function lexiconFor(dossier: Dossier): { lexicon: Lexicon; splitter: CompoundSplitter; names: Set<string> } {
  let entry = made.get(dossier);
  if (!entry) {
    const texts = [...dossier.nodes.values()].map(entryText);
    const otherWords = dossier.terms.flatMap((term) => term.auch);
    const lexicon = lexiconOf([...texts, otherWords.join(' . ')], dossier.wholeWords);
    // The words of the entities' names: a name is never a compound to split («Russland» is no
    // «Russ» + «land», however many «Russen» the sources mention).
    const names = new Set(dossier.entities().flatMap((n) => [n.title, ...('aliases' in n.data ? n.data.aliases : []), ...('spellings' in n.data ? n.data.spellings : [])]).flatMap((name) => [...name.matchAll(/\p{L}+/gu)].map((m) => foldForSearch(m[0]))));
    entry = { lexicon, splitter: compoundSplitter(lexicon), names };
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
 * as the words a page is also found by (Pagefind metadata `teile`): of nouns that are not part
 * of an entity's name.
 */
export function compoundParts(dossier: Dossier, text: string): string[] {
  const { splitter, names } = lexiconFor(dossier);
  const parts = new Set<string>();
  for (const match of text.matchAll(/\p{L}+/gu)) {
    // Nouns only (capitalised; «umfassende» is no «umfass» + «ende»), and no names.
    if (!/^\p{Lu}/u.test(match[0]) || names.has(foldForSearch(match[0]))) continue;
    for (const part of splitter.split(match[0]) ?? []) parts.add(part);
  }
  return [...parts];
}

/**
 * What a reader's question is about: the words of a query without the question words, auxiliary
 * verbs, articles and prepositions that surround a name («Wer ist Choe Son Hui?»). Both engines
 * match every word of a query as a prefix and require them all, so «wer» matched «werde» in the
 * source and the person's page, which lacks it, was lost. The search page strips these words
 * before either engine sees the query (src/client/search-ui.ts), so both editions answer alike.
 */
import { foldForSearch } from '../text/normalise.ts';
import type { CompoundSplitter } from './compounds.ts';
import { termOf } from './index-terms.ts';

/** Folded (foldForSearch) words that carry no subject. Kept short on purpose: a word here can never be searched for alone in a longer query. */
const QUERY_WORDS = new Set(
  [
    'wer', 'was', 'wann', 'wo', 'wie', 'warum', 'weshalb', 'wieso', 'welche', 'welcher', 'welches', 'welchen', 'woher', 'wohin',
    'ist', 'sind', 'war', 'waren', 'liegt', 'liegen', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'hatten', 'geschah', 'passierte', 'gibt', 'gab',
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
    'im', 'in', 'am', 'an', 'zu', 'zur', 'zum', 'von', 'vom', 'mit', 'nach', 'bei', 'beim', 'und', 'oder', 'es', 'sich',
  ].map(foldForSearch),
);

/**
 * `query` without its question and function words (compared folded, so «Ist», «IST» and «ist»
 * alike, punctuation around them dropped with them) and without a closing question mark. A query
 * of such words alone stays as it is. A phrase in double quotes is left whole.
 */
export function subjectOfQuery(query: string): string {
  if (/^\s*".*"\s*$/su.test(query)) return query;
  const words = query.split(/\s+/u).filter((word) => word !== '');
  const kept = words.filter((word) => !QUERY_WORDS.has(foldForSearch(word.replace(/[\p{P}]/gu, ''))));
  // The question mark of a question goes too; the engines drop punctuation anyway.
  return kept.length === 0 ? query : kept.join(' ').replace(/[?!]+$/u, '');
}

/**
 * A query word in words the dossier uses. A name's genitive -s that the stemmer keeps (after a
 * vowel or w: «Nordkoreas», «Lawrows») is dropped where the dossier uses the name without it:
 * every word is matched as a prefix, so «Nordkorea» still finds «Nordkoreas» and also finds
 * «nordkoreanische», which «Nordkoreas» misses. A word the dossier does not use is split into
 * its parts if it is a compound («Truppenentsendung» -> «Truppen entsendung»). Anything else
 * stays as it is.
 */
function inDossierWords(word: string, splitter: CompoundSplitter): string {
  const bare = word.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
  if (/^\p{Lu}\p{L}{3,}s$/u.test(bare) && termOf(bare).endsWith('s') && splitter.knows(bare.slice(0, -1))) return bare.slice(0, -1);
  if (bare === '' || splitter.knows(bare)) return word;
  return splitter.split(bare)?.join(' ') ?? word;
}

/**
 * What the search page sends either engine for the reader's `query`: its subject
 * (`subjectOfQuery`), and, when `splitter` is given (the dossier's lexicon), each word the
 * dossier does not use in words it does (`inDossierWords`). A phrase in double quotes stays as
 * it is. The measure of search quality sends the same.
 */
export function queryForEngines(query: string, splitter?: CompoundSplitter): string {
  const subject = subjectOfQuery(query);
  if (!splitter || /^\s*".*"\s*$/su.test(subject)) return subject;
  return subject
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => inDossierWords(word, splitter))
    .join(' ');
}

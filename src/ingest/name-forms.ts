/**
 * Whether two written names are one name in another case: German declines names' adjectives and
 * nouns («das Auswärtige Amt», «des Auswärtigen Amts»), and agency text shortens long ones
 * («das Eidgenössische Departement» for the Departement für auswärtige Angelegenheiten). Used by
 * ingest to map what the text wrote to the entry proposed or known.
 */
/** A word without the endings German declension adds («Auswärtigen» -> «auswärtig», «Amts» -> «amt»). */
const stem = (word: string) => (word.length > 3 ? word.replace(/(?:es|en|em|er|e|s|n)$/u, '') : word).toLocaleLowerCase('de');

/** Whether two names are the same words in another case: «Auswärtiges Amt» and «Auswärtigen Amts». */
export function sameNameInflected(a: string, b: string): boolean {
  const x = a.split(/\s+/u);
  const y = b.split(/\s+/u);
  return x.length === y.length && x.length > 0 && x.every((w, i) => stem(w) === stem(y[i]!));
}

/** Whether `short` is the start of the name `full` in another case, two words at least: «Eidgenössische Departement» of «Eidgenössisches Departement für …». */
export function startOfNameInflected(full: string, short: string): boolean {
  const x = full.split(/\s+/u);
  const y = short.split(/\s+/u);
  return y.length >= 2 && y.length < x.length && y.every((w, i) => stem(w) === stem(x[i]!));
}


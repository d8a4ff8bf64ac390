/**
 * Whether two written names are one name in another case: German declines names' adjectives and
 * nouns («das Auswärtige Amt», «des Auswärtigen Amts»), and agency text shortens long ones
 * («das Eidgenössische Departement» for the Departement für auswärtige Angelegenheiten). Used by
 * ingest to map what the text wrote to the entry proposed or known, and to merge an article's
 * forms of one name.
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


/**
 * Merges into a longer name found in the same article its other forms: a single word of it
 * («Putin»), its last words for a person («Van der Bellen»), its start in another case for an
 * institution («des UN-Hochkommissariats» beside «UN-Hochkommissariat für Flüchtlinge»); of the
 * same name in two cases the shorter form stays («Auswärtiges Amt» beside «Auswärtigen Amts»).
 * The merged forms become aliases; their paragraphs join. Changes `found` in place.
 */
export function mergeNameForms(found: Map<string, { paragraphs: Set<number>; kind?: string; aliases: Set<string> }>): void {
  const names = [...found.keys()];
  const formOf = (name: string, other: string): boolean => {
    const words = other.split(/\s+/u);
    if (!name.includes(' ')) {
      if (words.length > 1 && words.includes(name)) return true;
      return found.get(other)!.kind === 'organisation' && words.length > 1 && startOfNameInflected(other, `${name} ${words[1]}`) && name !== words[0];
    }
    if (found.get(other)!.kind === 'person' && other.endsWith(` ${name}`)) return true;
    return (sameNameInflected(other, name) && other.length < name.length) || (found.get(other)!.kind === 'organisation' && startOfNameInflected(other, name));
  };
  for (const name of names) {
    const longer = names.find((other) => other !== name && found.has(other) && found.has(name) && formOf(name, other));
    if (longer) {
      const entry = found.get(longer)!;
      for (const p of found.get(name)!.paragraphs) entry.paragraphs.add(p);
      entry.aliases.add(name);
      found.delete(name);
    }
  }
}

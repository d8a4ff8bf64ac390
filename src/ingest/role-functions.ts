/**
 * What a new person's role says of their function: the country they hold it in («Indiens
 * Premierminister», «der indische Premierminister», «US-Präsident», an unqualified federal office
 * in the agency's home country) or the institution («Kremlsprecher»). make-drafts.ts turns it into
 * the entry's `funktion` relation.
 */
import { countryNamed, countryOfAdjective } from './country-names.ts';
import { ROLE_WORD } from './name-resolver.ts';
import { WELL_KNOWN } from './name-patterns.ts';

/**
 * The function a role phrase names and the country it holds it in: «Indiens Premierminister»,
 * «der indische Premierminister» -> Premierminister in Indien; undefined where the phrase names no country.
 */
export function functionIn(role: string, home?: string): { role: string; country: string; implied?: true } | undefined {
  const words = role.split(/\s+/u);
  const title = words.find((w) => ROLE_WORD.test(w));
  if (!title) return undefined;
  // «US-Präsident»: the country before the hyphen, the function after it.
  const prefixed = /^(\p{Lu}[\p{L}]*)-(\p{L}+)$/u.exec(title);
  if (prefixed) {
    const country = countryNamed(prefixed[1]!);
    return country ? { role: prefixed[2]!.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('de')), country } : undefined;
  }
  // «Indiens» (a genitive), «indische» (an adjective), «US-amerikanische» (a country before a hyphen).
  const countryOf = (w: string) =>
    /^\p{Lu}/u.test(w) ? (/s$/u.test(w) ? countryNamed(w) : undefined) ?? (w.includes('-') ? countryNamed(w.split('-')[0]!) : undefined) : countryOfAdjective(w);
  // An unqualified federal office («Bundeskanzler Olaf Scholz») is the agency's home country's (source-language.ts).
  const named = words.filter((w) => w !== title).map(countryOf).find(Boolean);
  const country = named ?? (/^Bundes\p{Ll}/u.test(title) ? home : undefined);
  return country ? { role: title.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('de')), country, ...(named ? {} : { implied: true }) } : undefined;
}

/** «Kremlsprecher» -> Sprecher des Kreml, «Nato-Generalsekretär» -> Generalsekretär der Nato: a title that names its institution. */
export function officeIn(role: string): { role: string; organisation: string } | undefined {
  const title = role.split(/\s+/u).find((w) => ROLE_WORD.test(w));
  const m = title ? /^(\p{Lu}[\p{L}]*?)-?(sprecher(?:in)?|generalsekretär(?:in)?|chef(?:in)?|präsident(?:in)?)$/iu.exec(title) : null;
  const known = m ? WELL_KNOWN[m[1]!] : undefined;
  return m && known && known.kind === 'organisation' ? { role: m[2]!.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('de')), organisation: known.name } : undefined;
}

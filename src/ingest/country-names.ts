/**
 * Country names in German, from the npm package i18n-iso-countries (MIT; its German list), with
 * the short forms agency German uses that the list lacks («Vatikan», «US-» in «US-Präsident»).
 * Ingest proposes a country the dossier does not know when the text names it, also in the
 * genitive («Irans») and as the first part of a hyphenated word («US-Angaben»).
 */
import { createRequire } from 'node:module';
import { foldForSearch } from '../text/normalise.ts';

/** Short forms of agency German: the form in the text, and the name ingest proposes. */
const SHORT_FORMS: Record<string, string> = { US: 'USA', USA: 'USA', Vatikan: 'Vatikan', Grossbritannien: 'Grossbritannien', Großbritannien: 'Grossbritannien' };

/** Adjectives of nationality whose country the shared letters do not find. */
const IRREGULAR_ADJECTIVES: Record<string, string> = { amerikan: 'USA', 'us-amerikan': 'USA', brit: 'Grossbritannien', niederländ: 'Niederlande', holländ: 'Niederlande' };

let byForm: Map<string, string> | undefined;
let byCode: Map<string, string> | undefined;

function forms(): Map<string, string> {
  if (byForm) return byForm;
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as { registerLocale(data: unknown): void; getNames(lang: string, options: { select: 'all' }): Record<string, string[]> };
  countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
  byForm = new Map();
  byCode = new Map();
  for (const [code, names] of Object.entries(countries.getNames('de', { select: 'all' }))) {
    // The shortest name is the one agency German writes («Russland», not «Russische Föderation»).
    const base = [...names].sort((a, b) => a.length - b.length)[0]!;
    byCode.set(code, SHORT_FORMS[base] ?? base);
    for (const name of names) byForm.set(foldForSearch(name), base);
  }
  for (const [form, name] of Object.entries(SHORT_FORMS)) byForm.set(foldForSearch(form), name);
  return byForm;
}

/** The country a word names, in its base form («Irans» -> Iran, «US» -> USA), or undefined. */
export function countryNamed(word: string): string | undefined {
  const all = forms();
  const folded = foldForSearch(word);
  return all.get(folded) ?? (/s$/u.test(word) ? all.get(folded.slice(0, -1)) : undefined);
}

/**
 * The country an adjective of nationality names, by the first letters they share («katarischen»
 * -> Katar, «russische» -> Russland, «deutschen» -> Deutschland), or undefined. Only adjectives in
 * -isch and «deutsch»; a stem must share four letters (three if it has only three) with the name.
 */
export function countryOfAdjective(adjective: string): string | undefined {
  const stem = /^(\p{Ll}+?)(?:isch|sch)(?:e|en|er|es|em)?$/u.exec(adjective)?.[1];
  const whole = /^deutsch(?:e|en|er|es|em)?$/u.test(adjective) ? 'deutsch' : stem;
  if (!whole || whole.length < 3) return undefined;
  const irregular = IRREGULAR_ADJECTIVES[whole];
  if (irregular) return irregular;
  // The country whose name shares the most letters with the stem («schweizer» -> Schweiz, not Schweden).
  const folded = foldForSearch(whole);
  const prefix = folded.slice(0, 4);
  let best: { name: string; shared: number } | undefined;
  for (const [form, name] of forms()) {
    if (!form.startsWith(prefix) || form.includes(' ')) continue;
    let shared = 0;
    while (shared < form.length && form[shared] === folded[shared]) shared++;
    if (!best || shared > best.shared || (shared === best.shared && name.length < best.name.length)) best = { name, shared };
  }
  return best?.name;
}

/** The ISO 3166 alpha-2 code of a country by the German name countryByCode gives it. */
function codeOf(country: string): string | undefined {
  forms();
  return [...byCode!].find(([, name]) => name === country)?.[0];
}

/** The German name of a country by its ISO 3166 alpha-2 code («KR» -> «Südkorea»), the shortest the list gives. */
export function countryByCode(code: string): string | undefined {
  forms();
  return byCode!.get(code.toUpperCase());
}

/** Countries German names with an article: feminine, masculine, plural («in der Schweiz», «im Iran», «in den USA»). */
const COUNTRY_ARTICLE: Record<string, 'F' | 'M' | 'PL'> = {
  Schweiz: 'F', Türkei: 'F', Ukraine: 'F', Slowakei: 'F', Mongolei: 'F', Elfenbeinküste: 'F', 'Dominikanische Republik': 'F',
  'Zentralafrikanische Republik': 'F', 'Tschechische Republik': 'F', 'Demokratische Republik Kongo': 'F', 'Republik Moldau': 'F',
  Iran: 'M', Irak: 'M', Jemen: 'M', Libanon: 'M', Sudan: 'M', Südsudan: 'M', Tschad: 'M', Kongo: 'M', Niger: 'M', Oman: 'M',
  Vatikan: 'M', Senegal: 'M', Kosovo: 'M',
  USA: 'PL', Niederlande: 'PL', Philippinen: 'PL', 'Vereinigte Arabische Emirate': 'PL', Malediven: 'PL', Seychellen: 'PL',
  Komoren: 'PL', Bahamas: 'PL', Salomonen: 'PL', Marshallinseln: 'PL',
};

/** «in der Schweiz», «im Iran», «in den USA», «in Indien». */
export function inCountry(country: string): string {
  const article = COUNTRY_ARTICLE[country];
  return article === 'F' ? `in der ${country}` : article === 'M' ? `im ${country}` : article === 'PL' ? `in den ${country}` : `in ${country}`;
}

/** The genitive after a noun: «der Schweiz», «des Iran», «der USA», «Indiens», «von Laos» (a name ending in s, x or z). */
export function ofCountry(country: string): string {
  const article = COUNTRY_ARTICLE[country];
  if (article === 'F' || article === 'PL') return `der ${country}`;
  if (article === 'M') return `des ${country}`;
  return /[sxzß]$/u.test(country) ? `von ${country}` : `${country}s`;
}

/** The continent after «in», from world-countries' region (the Americas by subregion): uncontested, unlike the subregions. */
function continent(region: string, subregion: string): string | undefined {
  if (region === 'Americas') return subregion === 'South America' ? 'in Südamerika' : 'in Nordamerika';
  return ({ Africa: 'in Afrika', Asia: 'in Asien', Europe: 'in Europa', Oceania: 'in Ozeanien' } as Record<string, string>)[region];
}

let regions: Map<string, { where: string | undefined; independent: boolean }> | undefined;

/**
 * What a country is, in a sentence, from the npm package world-countries (ODbL; its region and
 * whether it is independent): «Laut dem Länderverzeichnis world-countries ist Indien ein Staat in
 * Asien.»; undefined where the data has no region. Not from an article: the editor confirms it.
 */
export function countryDescription(country: string): string | undefined {
  if (!regions) {
    const require = createRequire(import.meta.url);
    const all = require('world-countries/countries.json') as { cca2: string; region: string; subregion: string; independent: boolean | null }[];
    regions = new Map(all.map((c) => [c.cca2, { where: continent(c.region, c.subregion), independent: c.independent !== false }]));
  }
  const code = codeOf(country);
  const region = code ? regions.get(code) : undefined;
  const where = region?.where;
  if (!region || !where) return undefined;
  const what = region.independent ? 'Staat' : 'Gebiet';
  const article = COUNTRY_ARTICLE[country];
  // Attributed like every drafted summary: the reference, not the article, says it.
  if (article === 'PL') return `Laut dem Länderverzeichnis world-countries sind die ${country} ein ${what} ${where}.`;
  const subject = article === 'F' ? `die ${country}` : article === 'M' ? `der ${country}` : country;
  return `Laut dem Länderverzeichnis world-countries ist ${subject} ein ${what} ${where}.`;
}

/** The ISO 3166-1 numeric code of a country by its German name («Indien» -> «356»), for its outline on maps. */
export function countryNumeric(country: string): string | undefined {
  const code = codeOf(country);
  if (!code) return undefined;
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as { alpha2ToNumeric(code: string): string | undefined };
  return countries.alpha2ToNumeric(code);
}

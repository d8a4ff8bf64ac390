/**
 * Names of cities, from the GeoNames gazetteer as the npm package cities15000-json carries it
 * (data CC BY 3.0, geonames.org; every city above 15,000 inhabitants with the names other
 * languages give it, German exonyms among them: «Rom», «Khartum», «Wladiwostok», «Neu-Delhi»).
 * Ingest proposes a city the dossier does not know wherever the text names it, not only after
 * «in» or «nach», and a two-word city («New York») is a place, not a person. Only ingest reads
 * it (the editor's machine); nothing of it reaches readers.
 *
 * Which cities: the larger ones (at least 50,000 inhabitants), capitals and the seats of a
 * country's first-level regions: the places agency German names. A name that is also a German
 * noun («Essen», «Halle») or a function word is left out, since the text means the noun far more
 * often; the caller checks that.
 */
import { createRequire } from 'node:module';

interface GazetteerCity {
  name: string;
  /** ISO 3166 alpha-2. */
  country: string;
  alternativeNames: string[];
  featureCode: string;
  population: string;
}

/** A capitalised name of letters, spaces and hyphens, as German text writes a city. */
const WRITTEN_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;
const IMPORTANT_SEAT = /^(?:PPLC|PPLA|PPLG)$/u;
const MIN_POPULATION = 50_000;

let cities: Set<string> | undefined;
let capitals: Set<string> | undefined;
/** For each name, the most populous city it names: its country (ISO 3166 alpha-2) and whether it is the capital. */
let where: Map<string, { country: string; capital: boolean; population: number }> | undefined;

function cityNames(): Set<string> {
  if (cities) return cities;
  const require = createRequire(import.meta.url);
  const all = require('cities15000-json') as GazetteerCity[];
  cities = new Set();
  capitals = new Set();
  where = new Map();
  for (const city of all) {
    if (Number(city.population) < MIN_POPULATION && !IMPORTANT_SEAT.test(city.featureCode)) continue;
    for (const name of [city.name, ...city.alternativeNames]) {
      if (!WRITTEN_NAME.test(name)) continue;
      cities.add(name);
      if (city.featureCode === 'PPLC') capitals.add(name);
      const population = Number(city.population);
      if ((where.get(name)?.population ?? -1) < population) where.set(name, { country: city.country, capital: city.featureCode === 'PPLC', population });
    }
  }
  return cities;
}

/** The country (ISO 3166 alpha-2) of the most populous city `name` names, and whether it is that country's capital. */
export function cityCountry(name: string): { country: string; capital: boolean } | undefined {
  cityNames();
  const found = where!.get(name);
  return found && { country: found.country, capital: found.capital };
}

/** Whether `name` (as cityNamed gives it) names a country's capital. */
export function isCapital(name: string): boolean {
  cityNames();
  return capitals!.has(name);
}

/** The city a name or its genitive names, in the form the gazetteer gives («Roms» -> Rom), or undefined. */
export function cityNamed(name: string): string | undefined {
  const all = cityNames();
  if (all.has(name)) return name;
  const bare = name.replace(/s$/u, '');
  return bare !== name && all.has(bare) ? bare : undefined;
}

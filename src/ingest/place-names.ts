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
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface GazetteerCity {
  name: string;
  /** ISO 3166 alpha-2. */
  country: string;
  alternativeNames: string[];
  featureCode: string;
  population: string;
  lat: string;
  lon: string;
}

/** A capitalised name of letters, spaces and hyphens, as German text writes a city. */
const WRITTEN_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;
const IMPORTANT_SEAT = /^(?:PPLC|PPLA|PPLG)$/u;
const MIN_POPULATION = 50_000;

/** For each name, the most populous city it names: its country (ISO 3166 alpha-2) and whether it is the capital. */
type City = { country: string; capital: boolean; lat: number; lon: number; entry: string };
type CityTable = Record<string, City & { population: number }>;

let table: Map<string, City> | undefined;

/** The cities ingest knows, selected from the gazetteer (see the module comment). */
function selectCities(all: readonly GazetteerCity[]): CityTable {
  const selected: CityTable = {};
  for (const city of all) {
    if (Number(city.population) < MIN_POPULATION && !IMPORTANT_SEAT.test(city.featureCode)) continue;
    for (const name of [city.name, ...city.alternativeNames]) {
      if (!WRITTEN_NAME.test(name)) continue;
      const population = Number(city.population);
      if ((selected[name]?.population ?? -1) < population) {
        selected[name] = { country: city.country, capital: city.featureCode === 'PPLC', population, lat: Number(city.lat), lon: Number(city.lon), entry: city.name };
      }
    }
  }
  return selected;
}

/**
 * The selected cities, kept in node_modules/.cache once derived, one line per name
 * («name TAB country TAB 1 for a capital TAB latitude TAB longitude TAB the gazetteer's own name»): parsing the package's 17 MB costs about 0.5 s per
 * process, reading these lines about 30 ms (measured here; every ingest, and every test that
 * spawns one, paid it). The cache is keyed by the package's version and the selection and written
 * by rename, so no process reads half of it; where it cannot be written, the table is derived
 * each time.
 */
function cityTable(): Map<string, City> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('cities15000-json/package.json');
  const version = (require('cities15000-json/package.json') as { version: string }).version;
  const cache = path.join(path.dirname(manifest), '..', '.cache', 'briefing-dossier', `cities-${version}-${MIN_POPULATION}-v3.tsv`);
  let lines: string;
  try {
    lines = readFileSync(cache, 'utf8');
  } catch {
    const selected = selectCities(require('cities15000-json') as GazetteerCity[]);
    lines = Object.entries(selected).map(([name, city]) => [name, city.country, city.capital ? 1 : 0, city.lat, city.lon, city.entry].join('\t')).join('\n');
    try {
      mkdirSync(path.dirname(cache), { recursive: true });
      const partial = `${cache}.${process.pid}.tmp`;
      writeFileSync(partial, lines);
      renameSync(partial, cache);
    } catch {
      // A read-only node_modules: derive each time.
    }
  }
  table = new Map();
  for (const line of lines.split('\n')) {
    const [name, country, capital, lat, lon, entry] = line.split('\t');
    table.set(name!, { country: country!, capital: capital === '1', lat: Number(lat), lon: Number(lon), entry: entry! });
  }
  return table;
}

/**
 * The most populous city `name` names: its country (ISO 3166 alpha-2), whether it is that
 * country's capital, its position and the gazetteer's own name for it (to cite the entry).
 */
export function cityCountry(name: string): City | undefined {
  return cityTable().get(name);
}

/** Whether `name` (as cityNamed gives it) names a country's capital. */
export function isCapital(name: string): boolean {
  return cityTable().get(name)?.capital === true;
}

/** The city a name or its genitive names, in the form the gazetteer gives («Roms» -> Rom), or undefined. */
export function cityNamed(name: string): string | undefined {
  const all = cityTable();
  if (all.has(name)) return name;
  const bare = name.replace(/s$/u, '');
  return bare !== name && all.has(bare) ? bare : undefined;
}

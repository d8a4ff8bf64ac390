/**
 * Natural Earth country outlines from the world-atlas package (on disk, never fetched), read once
 * per process: for the locator maps, and for checking that a country's ISO code has an outline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

/**
 * Two scales: 1:50 million for regional maps (1:110 million reduces a small
 * country to a few corners), 1:110 million for maps that span a continent, where the finer
 * outlines would only add bytes to the page.
 */
export type Resolution = '50m' | '110m';

/**
 * One polygon of a country (a mainland, an island) with a circle on the sphere that holds it:
 * a map only projects the pieces whose circle reaches its own, which works the same across the
 * date line and over the poles, where longitude boxes fail.
 */
export interface OutlinePiece {
  polygon: Polygon;
  centre: [number, number];
  /** Radians from the centre to the farthest corner. */
  radius: number;
}

export interface CountryOutline {
  feature: CountryFeature;
  pieces: OutlinePiece[];
  /** Centre of the whole country, for its label and for framing. */
  centre: [number, number];
  areaKm2: number;
}

export interface World {
  countries: CountryOutline[];
  byCode: Map<string, CountryOutline>;
}
const worlds = new Map<Resolution, World>();
/** Mean earth radius: d3-geo measures on the unit sphere. */
export const EARTH_RADIUS_KM = 6371;

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function piece(rings: Position[][]): OutlinePiece {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  const centre = geoCentroid(polygon) as [number, number];
  let radius = 0;
  for (const point of rings[0] ?? []) radius = Math.max(radius, geoDistance(centre, point as [number, number]));
  return { polygon, centre, radius };
}

export function worldCountries(resolution: Resolution): World {
  let world = worlds.get(resolution);
  if (!world) {
    const require = createRequire(import.meta.url);
    const file = require.resolve(`world-atlas/countries-${resolution}.json`);
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    // Outlines without a code (Kosovo, Somaliland, …) stay as land; they just cannot be highlighted.
    const countries = collection.features
      .map((f) => ({ ...f, id: typeof f.id === 'string' ? f.id : '' }) as CountryFeature)
      .map((f) => ({
        feature: f,
        pieces: polygonsOf(f.geometry).map(piece),
        centre: geoCentroid(f) as [number, number],
        areaKm2: geoArea(f) * EARTH_RADIUS_KM ** 2,
      }));
    world = { countries, byCode: new Map(countries.filter((c) => c.feature.id !== '').map((c) => [c.feature.id, c])) };
    worlds.set(resolution, world);
  }
  return world;
}

/** Whether Natural Earth has an outline for the code; the graph checks content against it. */
export function hasCountryOutline(isoNumeric: string): boolean {
  return worldCountries('50m').byCode.has(isoNumeric);
}

let land: Feature | undefined;

/** All land as one outline (no borders), 1:110 million: the ground of a world map. */
export function worldLand(): Feature {
  if (!land) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8')) as Topology<{ land: GeometryCollection }>;
    const collection = feature(topology, topology.objects.land) as FeatureCollection | Feature;
    land = collection.type === 'FeatureCollection' ? { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: collection.features.map((f) => f.geometry) } } : collection;
  }
  return land;
}

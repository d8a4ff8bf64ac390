/**
 * Natural Earth country outlines from the world-atlas package (on disk, never fetched), read once
 * per process: for the locator maps, and for checking that a country's ISO code has an outline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

/**
 * Two scales: 1:50 million for regional maps (1:110 million reduces a small
 * country to a few corners), 1:110 million for maps that span a continent, where the finer
 * outlines would only add bytes to the page.
 */
export type Resolution = '50m' | '110m';

export interface World {
  features: CountryFeature[];
  bounds: [[number, number], [number, number]][];
}
const worlds = new Map<Resolution, World>();

export function worldCountries(resolution: Resolution): World {
  let world = worlds.get(resolution);
  if (!world) {
    const require = createRequire(import.meta.url);
    const file = require.resolve(`world-atlas/countries-${resolution}.json`);
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const features = collection.features.filter((f): f is CountryFeature => typeof f.id === 'string');
    world = { features, bounds: features.map((f) => geoBounds(f)) };
    worlds.set(resolution, world);
  }
  return world;
}

/** Whether Natural Earth has an outline for the code; the graph checks content against it. */
export function hasCountryOutline(isoNumeric: string): boolean {
  return worldCountries('50m').features.some((f) => f.id === isoNumeric);
}

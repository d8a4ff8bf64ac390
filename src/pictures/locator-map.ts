/**
 * Locator maps drawn at build time: Natural Earth country outlines (the world-atlas package,
 * on disk) projected with d3-geo, the page's countries highlighted, places as labelled dots,
 * framed to the region they span. No tiles and no script: the SVG follows the page's colours
 * through CSS classes, so it works offline, in the dark scheme and in print.
 */
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { worldCountries, type CountryFeature } from '../lib/natural-earth.ts';
import { escapeXml, labelBox, overlaps, type Box } from './svg-text.ts';

export interface MapPlace {
  id: string;
  title: string;
  href: string;
  lat: number;
  lon: number;
}

export interface MapCountry {
  id: string;
  title: string;
  href: string;
  /** ISO 3166-1 numeric code: the outline's id in Natural Earth. */
  isoNumeric: string;
}

export interface LocatorMapInput {
  places: readonly MapPlace[];
  /** Countries to highlight. */
  countries: readonly MapCountry[];
}

/**
 * Countries larger than this (km²) do not widen the frame when the map also shows a place:
 * an event in Wonsan involving Russia is framed on Korea, not on all of Russia.
 */
const FRAMING_AREA_LIMIT_KM2 = 2_000_000;

export interface LocatorMapOptions {
  width?: number;
  height?: number;
  /** The page shows a text equivalent next to the map: hide the picture from assistive technology. */
  hidden?: boolean;
}

/** Degrees around a place (and around a small country) that stay in frame: the place's region. */
const REGION_RADIUS = 4;
const PLACE_FONT = 15;
const COUNTRY_FONT = 12;
/** Frames wider than this (km across the middle) are drawn from the coarser outlines. */
const COARSE_FROM_KM = 2500;
const EARTH_RADIUS_KM = 6371;

export interface MapLayout {
  width: number;
  height: number;
  projection: GeoProjection;
  /** Outlines that reach into the frame, highlighted ones flagged. */
  countries: { feature: CountryFeature; country?: MapCountry }[];
  places: { place: MapPlace; x: number; y: number; label?: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: Box } }[];
  countryLabels: { country: MapCountry; x: number; y: number; box: Box }[];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Longitude/latitude box of what the frame shows, from points along its border (undefined: too wide to tell). */
function visibleBounds(projection: GeoProjection, width: number, height: number): [[number, number], [number, number]] | undefined {
  const lons: number[] = [];
  const lats: number[] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i += 1) {
    for (const [x, y] of [[(width * i) / steps, 0], [(width * i) / steps, height], [0, (height * i) / steps], [width, (height * i) / steps]] as const) {
      const point = projection.invert?.([x, y]);
      if (!point || !Number.isFinite(point[0])) return undefined;
      lons.push(point[0]);
      lats.push(point[1]);
    }
  }
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  // A frame across the date line or over a pole: every outline is a candidate.
  if (east - west > 180) return undefined;
  const centre = projection.invert?.([width / 2, height / 2]);
  const south = Math.min(...lats, centre?.[1] ?? 90);
  const north = Math.max(...lats, centre?.[1] ?? -90);
  return [[west, south], [east, north]];
}

function boxesMeet(a: [[number, number], [number, number]], b: [[number, number], [number, number]]): boolean {
  // geoBounds gives west > east for outlines across the date line: treat those as always in.
  if (b[0][0] > b[1][0]) return true;
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

export function layoutLocatorMap(input: LocatorMapInput, options: LocatorMapOptions = {}): MapLayout | undefined {
  const width = options.width ?? 560;
  const height = options.height ?? 360;
  const highlighted = new Map(input.countries.map((c) => [c.isoNumeric, c]));
  // Fitted on the fine outlines: the coarse ones leave out the smallest countries.
  const focusCountries = worldCountries('50m').features.filter((f) => highlighted.has(f.id));
  const framing = input.places.length > 0 ? focusCountries.filter((f) => geoArea(f) * EARTH_RADIUS_KM ** 2 <= FRAMING_AREA_LIMIT_KM2) : focusCountries;
  const focus: Feature[] = [
    ...framing,
    ...framing.map((f) => geoCircle().center(geoCentroid(f)).radius(REGION_RADIUS)()),
    ...input.places.map((p) => geoCircle().center([p.lon, p.lat]).radius(REGION_RADIUS)()),
  ].map((g) => ('type' in g && g.type === 'Feature' ? (g as Feature) : ({ type: 'Feature', properties: {}, geometry: g as Geometry } as Feature)));
  if (focus.length === 0) return undefined;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: focus };
  // Centred on what the map is about, so no outline is torn at the date line (Russia).
  const [lon, lat] = geoCentroid(collection);
  const pad = 18;
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitExtent([[pad, pad], [width - pad, height - pad]], collection);
  projection.clipExtent([[0, 0], [width, height]]);
  const west = projection.invert?.([0, height / 2]);
  const east = projection.invert?.([width, height / 2]);
  const acrossKm = west && east ? geoDistance(west, east) * EARTH_RADIUS_KM : Infinity;
  const { features, bounds } = worldCountries(acrossKm > COARSE_FROM_KM ? '110m' : '50m');

  const frame = visibleBounds(projection, width, height);
  const countries = features
    .map((f, i) => ({ feature: f, bounds: bounds[i]! }))
    .filter(({ bounds: b }) => !frame || boxesMeet(frame, b))
    .map(({ feature: f }) => ({ feature: f, country: highlighted.get(f.id) }));

  const taken: Box[] = [];
  const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
  const places = input.places.map((place) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    taken.push({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
    return { place, x, y };
  });
  const placed = places.map((p) => {
    // Right of the dot first, then left, above, below; a label that fits nowhere is left out
    // (the list under the map names every place).
    const candidates = [
      { x: p.x + 8, y: p.y + 5, anchor: 'start' as const },
      { x: p.x - 8, y: p.y + 5, anchor: 'end' as const },
      { x: p.x, y: p.y - 10, anchor: 'middle' as const },
      { x: p.x, y: p.y + 20, anchor: 'middle' as const },
    ];
    for (const c of candidates) {
      const box = labelBox(p.place.title, c.x, c.y, c.anchor, PLACE_FONT, true);
      if (inside(box) && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        return { ...p, label: { ...c, box } };
      }
    }
    return p;
  });
  const countryLabels = features.filter((f) => highlighted.has(f.id)).flatMap((f) => {
    const country = highlighted.get(f.id)!;
    const point = projection(geoCentroid(f));
    if (!point) return [];
    const box = labelBox(country.title, point[0], point[1] + 4, 'middle', COUNTRY_FONT);
    if (!inside(box) || taken.some((t) => overlaps(t, box))) return [];
    taken.push(box);
    return [{ country, x: point[0], y: point[1] + 4, box }];
  });
  return { width, height, projection, countries, places: placed, countryLabels };
}

/**
 * Maps already drawn in this build, by what they show: events at the same place with the same
 * countries share one map, and projecting and clipping the outlines is the costly part.
 */
const drawn = new Map<string, string>();

export function locatorMapSvg(input: LocatorMapInput, options: LocatorMapOptions = {}): string {
  const key = JSON.stringify([input.places, input.countries, options]);
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = drawLocatorMap(input, options);
    drawn.set(key, svg);
  }
  return svg;
}

export function drawLocatorMap(input: LocatorMapInput, options: LocatorMapOptions): string {
  const layout = layoutLocatorMap(input, options);
  if (!layout) return '';
  const path = geoPath(layout.projection).digits(1);
  const tab = options.hidden ? ' tabindex="-1"' : '';
  const parts: string[] = [
    `<svg class="locator-map" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}"${options.hidden ? ' aria-hidden="true"' : ''} xmlns="http://www.w3.org/2000/svg">`,
    `<rect class="map-sea" width="${layout.width}" height="${layout.height}"/>`,
  ];
  for (const { feature: f, country } of layout.countries) {
    const d = path(f);
    if (!d) continue;
    parts.push(
      country
        ? `<a href="${escapeXml(country.href)}"${tab} class="map-focus" data-country="${escapeXml(country.id)}"><title>${escapeXml(country.title)}</title><path d="${d}"/></a>`
        : `<path class="map-land" d="${d}"/>`,
    );
  }
  for (const label of layout.countryLabels) {
    parts.push(`<text class="map-country-label" x="${round(label.x)}" y="${round(label.y)}" text-anchor="middle">${escapeXml(label.country.title)}</text>`);
  }
  for (const p of layout.places) {
    parts.push(
      `<a href="${escapeXml(p.place.href)}"${tab} class="map-place" data-place="${escapeXml(p.place.id)}"><title>${escapeXml(p.place.title)}</title>` +
        `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="5"/>` +
        (p.label ? `<text x="${round(p.label.x)}" y="${round(p.label.y)}" text-anchor="${p.label.anchor}">${escapeXml(p.place.title)}</text>` : '') +
        `</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

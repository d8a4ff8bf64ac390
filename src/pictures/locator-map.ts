/**
 * Locator maps drawn at build time: Natural Earth country outlines (the world-atlas package,
 * on disk) projected with d3-geo, the page's countries highlighted, places as labelled dots,
 * framed to the region they span. No tiles and no script: the SVG follows the page's colours
 * through CSS classes, so it works offline, in the dark scheme and in print.
 */
import { geoAzimuthalEqualArea, geoCentroid, geoEqualEarth, geoCircle, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { EARTH_RADIUS_KM, worldCountries, worldLand, type CountryFeature } from '../geo/natural-earth.ts';
import { escapeXml, labelBox, overlaps, round, type Baseline, type Box } from './svg-text.ts';

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
/**
 * The label size the layout plans with, in map pixels: the size a phone draws the labels at
 * (global.css), where the 560-pixel map is shown about half as wide, so that they read at 11px
 * or more. Wider screens draw them smaller (15 and 12) in the same places; labels centred on or
 * hanging from their point stay attached to it at either size.
 */
const PLANNED_FONT = 22;
/** A place's label keeps this far (map pixels) from the middle of its dot. */
const LABEL_OFFSET = 9;
/** Frames reaching farther from their centre (radians) show the whole world instead. */
const MAX_REGIONAL_RADIUS = (60 * Math.PI) / 180;
/** Smallest piece of land (square pixels) a world map draws. */
const MIN_WORLD_PIECE_PX2 = 4;
/** Frames wider than this (km across the middle) are drawn from the coarser outlines. */
const COARSE_FROM_KM = 2500;

export interface MapLayout {
  width: number;
  height: number;
  projection: GeoProjection;
  /** Outlines that reach into the frame (only their visible pieces), highlighted ones flagged. */
  countries: { feature: CountryFeature; shape: Geometry; country?: MapCountry }[];
  places: { place: MapPlace; x: number; y: number; label?: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; baseline: Baseline; box: Box } }[];
  countryLabels: { country: MapCountry; x: number; y: number; box: Box }[];
  /** Whether the map shows the whole world (what it shows lies too far apart for a region). */
  world: boolean;
}

/** A circle on the sphere around everything the frame shows: centre and radius in radians. */
function visibleCircle(projection: GeoProjection, width: number, height: number): { centre: [number, number]; radius: number } | undefined {
  const centre = projection.invert?.([width / 2, height / 2]);
  if (!centre) return undefined;
  let radius = 0;
  const steps = 8;
  for (let i = 0; i <= steps; i += 1) {
    for (const [x, y] of [[(width * i) / steps, 0], [(width * i) / steps, height], [0, (height * i) / steps], [width, (height * i) / steps]] as const) {
      const point = projection.invert?.([x, y]);
      if (!point || !Number.isFinite(point[0])) return undefined;
      radius = Math.max(radius, geoDistance(centre, point));
    }
  }
  return { centre, radius };
}

export function layoutLocatorMap(input: LocatorMapInput, options: LocatorMapOptions = {}): MapLayout | undefined {
  const width = options.width ?? 560;
  const height = options.height ?? 360;
  const highlighted = new Map(input.countries.map((c) => [c.isoNumeric, c]));
  // Fitted on the fine outlines: the coarse ones leave out the smallest countries.
  const focusCountries = input.countries.flatMap((c) => worldCountries('50m').byCode.get(c.isoNumeric) ?? []);
  const framing = input.places.length > 0 ? focusCountries.filter((c) => c.areaKm2 <= FRAMING_AREA_LIMIT_KM2) : focusCountries;
  const focus: Feature[] = [
    ...framing.map((c) => c.feature),
    ...framing.map((c) => geoCircle().center(c.centre).radius(REGION_RADIUS)()),
    ...input.places.map((p) => geoCircle().center([p.lon, p.lat]).radius(REGION_RADIUS)()),
  ].map((g) => ('type' in g && g.type === 'Feature' ? (g as Feature) : ({ type: 'Feature', properties: {}, geometry: g as Geometry } as Feature)));
  if (focus.length === 0) return undefined;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: focus };
  // Centred on what the map is about, so no outline is torn at the date line (Russia).
  const [lon, lat] = geoCentroid(collection);
  const pad = 18;
  let projection: GeoProjection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    // No adaptive resampling: the outlines are dense enough at map scale, and it doubles the cost.
    .precision(0)
    .fitExtent([[pad, pad], [width - pad, height - pad]], collection);
  projection.clipExtent([[0, 0], [width, height]]);
  let frame = visibleCircle(projection, width, height);
  if (frame && frame.radius <= MAX_REGIONAL_RADIUS) {
    // No cut at the date line opposite the centre: only outlines near the frame are drawn (see
    // below), and this projection is continuous everywhere but at the antipode, which none of
    // them come near. The cut tests every ring against the sphere and was most of the cost.
    projection.preclip((stream) => stream);
  } else {
    // What the map shows lies too far apart for a regional frame (Brazil and Japan): the world.
    projection = geoEqualEarth().rotate([-lon, 0]).precision(0).fitExtent([[pad, pad], [width - pad, height - pad]], { type: 'Sphere' });
    projection.clipExtent([[0, 0], [width, height]]);
    frame = undefined;
  }
  const west = projection.invert?.([0, height / 2]);
  const east = projection.invert?.([width, height / 2]);
  const acrossKm = west && east ? geoDistance(west, east) * EARTH_RADIUS_KM : Infinity;
  const world = worldCountries(frame && acrossKm <= COARSE_FROM_KM ? '50m' : '110m');
  // A highlighted country the coarse outlines leave out (Singapore, Malta, …) comes from the fine ones.
  const fine = worldCountries('50m');
  const outlines = [
    ...world.countries,
    ...input.countries.flatMap((c) => (world.byCode.has(c.isoNumeric) ? [] : (fine.byCode.get(c.isoNumeric) ?? []))),
  ];

  const areaOf = geoPath(projection).area;
  const countries = outlines.flatMap((outline) => {
    const country = highlighted.get(outline.feature.id);
    // A world map draws the land as one shape (worldLand) and only the highlighted countries on it.
    if (!frame && !country) return [];
    const pieces = frame
      ? outline.pieces.filter((p) => geoDistance(p.centre, frame.centre) <= p.radius + frame.radius)
      : // On a world map, islands smaller than a few pixels would only add bytes; but every piece
        // of a highlighted country stays, however small (Qatar, the islands of Fiji).
        outline.pieces.filter((p) => country || areaOf(p.polygon) >= MIN_WORLD_PIECE_PX2);
    if (pieces.length === 0) return [];
    const shape: Geometry = { type: 'MultiPolygon', coordinates: pieces.map((p) => p.polygon.coordinates) };
    return [{ feature: outline.feature, shape, country }];
  });

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
      { x: p.x + LABEL_OFFSET, y: p.y, anchor: 'start', baseline: 'central' },
      { x: p.x - LABEL_OFFSET, y: p.y, anchor: 'end', baseline: 'central' },
      { x: p.x, y: p.y - LABEL_OFFSET, anchor: 'middle', baseline: 'alphabetic' },
      { x: p.x, y: p.y + LABEL_OFFSET, anchor: 'middle', baseline: 'hanging' },
    ] as const;
    for (const c of candidates) {
      const box = labelBox(p.place.title, c.x, c.y, c.anchor, PLANNED_FONT, 'bold', c.baseline);
      if (inside(box) && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        return { ...p, label: { ...c, box } };
      }
    }
    return p;
  });
  const countryLabels = input.countries.flatMap((country) => {
    const outline = world.byCode.get(country.isoNumeric) ?? fine.byCode.get(country.isoNumeric);
    if (!outline) return [];
    const point = projection(outline.centre);
    if (!point) return [];
    // Centred on the country's middle; near an edge moved inwards, as long as it still covers
    // that middle (a small country at the edge of a wide frame keeps its name).
    const half = labelBox(country.title, 0, 0, 'middle', PLANNED_FONT, 'caps', 'central').x1;
    const x = Math.min(Math.max(point[0], half + 2), width - half - 2);
    const box = labelBox(country.title, x, point[1], 'middle', PLANNED_FONT, 'caps', 'central');
    if (point[0] < box.x0 || point[0] > box.x1 || !inside(box) || taken.some((t) => overlaps(t, box))) return [];
    taken.push(box);
    return [{ country, x, y: point[1], box }];
  });
  return { width, height, projection, countries, places: placed, countryLabels, world: !frame };
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

/** A presentation attribute, not a style: the site's CSP refuses inline styles, in SVG too. */
function baselineAttribute(baseline: Baseline): string {
  return baseline === 'alphabetic' ? '' : ` dominant-baseline="${baseline}"`;
}

export function drawLocatorMap(input: LocatorMapInput, options: LocatorMapOptions): string {
  const layout = layoutLocatorMap(input, options);
  if (!layout) return '';
  // Tenths of a pixel where a map shows a region; whole pixels on a world map, where they suffice.
  const path = geoPath(layout.projection).digits(layout.world ? 0 : 1);
  const tab = options.hidden ? ' tabindex="-1"' : '';
  const parts: string[] = [
    `<svg class="locator-map" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}"${options.hidden ? ' aria-hidden="true"' : ''} xmlns="http://www.w3.org/2000/svg">`,
    `<rect class="map-sea" width="${layout.width}" height="${layout.height}"/>`,
  ];
  if (layout.world) parts.push(`<path class="map-land" d="${path(worldLand())}"/>`);
  for (const { shape, country } of layout.countries) {
    const d = path(shape);
    if (!d) continue;
    parts.push(
      country
        ? `<a href="${escapeXml(country.href)}"${tab} class="map-focus" data-country="${escapeXml(country.id)}"><title>${escapeXml(country.title)}</title><path d="${d}"/></a>`
        : `<path class="map-land" d="${d}"/>`,
    );
  }
  for (const label of layout.countryLabels) {
    parts.push(`<text class="map-country-label" x="${round(label.x)}" y="${round(label.y)}" text-anchor="middle" dominant-baseline="central">${escapeXml(label.country.title)}</text>`);
  }
  for (const p of layout.places) {
    parts.push(
      `<a href="${escapeXml(p.place.href)}"${tab} class="map-place" data-place="${escapeXml(p.place.id)}"><title>${escapeXml(p.place.title)}</title>` +
        `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="5"/>` +
        (p.label ? `<text x="${round(p.label.x)}" y="${round(p.label.y)}" text-anchor="${p.label.anchor}"${baselineAttribute(p.label.baseline)}>${escapeXml(p.place.title)}</text>` : '') +
        `</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { buildDossierGraph } from '../../src/graph/build-graph.ts';
import { formatCoordinates } from '../../src/view/format-coordinates.ts';
import { locatorMapData } from '../../src/pictures/locator-map-data.ts';
import { hasCountryOutline } from '../../src/geo/natural-earth.ts';
import { drawLocatorMap, layoutLocatorMap, locatorMapSvg, type LocatorMapInput } from '../../src/pictures/locator-map.ts';
import { overlaps } from '../../src/pictures/svg-text.ts';
import { miniDossier } from '../helpers/mini-dossier.ts';

const nordkorea = { id: 'nordkorea', title: 'Nordkorea', href: '/laender/nordkorea/', isoNumeric: '408' };
const russland = { id: 'russland', title: 'Russland', href: '/laender/russland/', isoNumeric: '643' };
const wonsan = { id: 'wonsan', title: 'Wonsan', href: '/orte/wonsan/', lat: 39.15278, lon: 127.44361 };
const pjoengjang = { id: 'pjoengjang', title: 'Pjöngjang', href: '/orte/pjoengjang/', lat: 39.03385, lon: 125.75432 };
const kursk = { id: 'kursk', title: 'Kursk', href: '/orte/kursk/', lat: 51.72689, lon: 36.18457 };

const cases: { name: string; input: LocatorMapInput }[] = [
  { name: 'a place in its country', input: { places: [wonsan], countries: [nordkorea] } },
  { name: 'a country with two close places', input: { places: [wonsan, pjoengjang], countries: [nordkorea] } },
  { name: 'a country across the date line', input: { places: [], countries: [russland] } },
  { name: 'a place in a country across the date line', input: { places: [kursk], countries: [russland] } },
  {
    name: 'a tiny country far from a large one (world map; the tiny one only has a fine outline)',
    input: { places: [], countries: [{ id: 'singapur', title: 'Singapur', href: '/laender/singapur/', isoNumeric: '702' }, { id: 'brasilien', title: 'Brasilien', href: '/laender/brasilien/', isoNumeric: '076' }] },
  },
  { name: 'an event far from one of its countries', input: { places: [kursk], countries: [russland, nordkorea] } },
  { name: 'countries only', input: { places: [], countries: [russland, nordkorea] } },
  {
    name: 'countries on opposite sides of the earth (drawn as a world map)',
    input: { places: [], countries: [{ id: 'brasilien', title: 'Brasilien', href: '/laender/brasilien/', isoNumeric: '076' }, { id: 'japan', title: 'Japan', href: '/laender/japan/', isoNumeric: '392' }] },
  },
];

describe('locator map', () => {
  test.each(cases)('$name: every place is a linked dot inside the frame, every country a linked outline', ({ input }) => {
    const svg = locatorMapSvg(input);
    const $ = cheerio.load(svg, { xml: true });
    expect($('a.map-place').map((_, a) => $(a).attr('href')).get().sort()).toEqual(input.places.map((p) => p.href).sort());
    expect([...new Set($('a.map-focus').map((_, a) => $(a).attr('href')).get())].sort()).toEqual(input.countries.map((c) => c.href).sort());
    const width = Number($('svg').attr('width'));
    const height = Number($('svg').attr('height'));
    $('a.map-place circle').each((_, c) => {
      expect(Number($(c).attr('cx'))).toBeGreaterThan(0);
      expect(Number($(c).attr('cx'))).toBeLessThan(width);
      expect(Number($(c).attr('cy'))).toBeGreaterThan(0);
      expect(Number($(c).attr('cy'))).toBeLessThan(height);
    });
  });

  test.each(cases)('$name: the same input gives the same SVG', ({ input }) => {
    // Drawn twice from scratch (locatorMapSvg would answer the second time from its memo).
    expect(drawLocatorMap(input, {})).toBe(drawLocatorMap(structuredClone(input), {}));
    expect(locatorMapSvg(input)).toBe(drawLocatorMap(input, {}));
  });

  test.each(cases)('$name: no label overlaps another label or a dot, none leaves the frame', ({ input }) => {
    const layout = layoutLocatorMap(input)!;
    const boxes = [...layout.places.flatMap((p) => (p.label ? [p.label.box] : [])), ...layout.countryLabels.map((l) => l.box)];
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(layout.width);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const p of layout.places) {
        if (p.label?.box !== a) expect(overlaps(a, { x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4 })).toBe(false);
      }
    }
  });

  test('a small country at the edge of a wide frame keeps its name, moved inwards', () => {
    const layout = layoutLocatorMap({ places: [kursk], countries: [russland, nordkorea] })!;
    expect(layout.countryLabels.map((l) => l.country.id).sort()).toEqual(['nordkorea', 'russland']);
  });

  test.each(cases)('$name: labels beside a dot are centred on it, so that a phone’s larger labels stay attached', ({ input }) => {
    const $ = cheerio.load(locatorMapSvg(input), { xml: true });
    $('a.map-place text, text.map-country-label').each((_, t) => {
      const side = $(t).attr('text-anchor') !== 'middle' || $(t).hasClass('map-country-label');
      if (side) expect($(t).attr('dominant-baseline'), $(t).text()).toBe('central');
      // The site's CSP refuses style attributes, in SVG too.
      expect($(t).attr('style')).toBeUndefined();
    });
  });

  test('two places 150 km apart both get their labels, on different sides', () => {
    const layout = layoutLocatorMap({ places: [wonsan, pjoengjang], countries: [nordkorea] })!;
    expect(layout.places.every((p) => p.label)).toBe(true);
  });

  test('a map with a place is framed on the place, not on a huge country involved elsewhere', () => {
    const onPlace = layoutLocatorMap({ places: [wonsan], countries: [nordkorea, russland] })!;
    const moscow = onPlace.projection([37.6, 55.75])!;
    // Moscow lies far outside a frame centred on Korea.
    expect(moscow[0] < 0 || moscow[0] > onPlace.width || moscow[1] < 0 || moscow[1] > onPlace.height).toBe(true);
    const countriesOnly = layoutLocatorMap({ places: [], countries: [russland] })!;
    const [x, y] = countriesOnly.projection([37.6, 55.75])!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(countriesOnly.width);
    expect(y).toBeGreaterThan(0);
  });

  test('regional maps use the finer outlines and stay small; continental ones the coarser', () => {
    const regional = locatorMapSvg({ places: [wonsan], countries: [nordkorea] });
    const continental = locatorMapSvg({ places: [], countries: [russland] });
    const world = locatorMapSvg(cases.at(-1)!.input);
    expect(regional.length).toBeLessThan(25_000);
    expect(continental.length).toBeLessThan(40_000);
    expect(world.length).toBeLessThan(50_000);
  });

  test('land without a country code (Kosovo) is drawn as land, not left as sea', () => {
    const balkans = layoutLocatorMap({ places: [{ id: 'pristina', title: 'Pristina', href: '/orte/pristina/', lat: 42.67, lon: 21.17 }], countries: [] })!;
    expect(balkans.countries.some((c) => c.feature.id === '' && c.feature.properties.name === 'Kosovo')).toBe(true);
  });

  test('nothing to draw gives no map', () => {
    expect(locatorMapSvg({ places: [], countries: [] })).toBe('');
  });

  test('knows which ISO codes Natural Earth has an outline for', () => {
    expect(hasCountryOutline('408')).toBe(true);
    expect(hasCountryOutline('999')).toBe(false);
  });

  test('coordinates read in de-CH form with compass letters', () => {
    expect(formatCoordinates(39.15278, 127.44361)).toBe('39,15° N, 127,44° O');
    expect(formatCoordinates(-33.9, -70.66)).toBe('33,90° S, 70,66° W');
  });
});

describe('what a page’s map shows', () => {
  const input = miniDossier();
  input.place[0]!.data = { ...input.place[0]!.data, coordinates: { lat: 46.948, lon: 7.447, source: 'GeoNames, Eintrag «Bern» (CH)' } };
  input.country[1]!.data = { ...input.country[1]!.data, isoNumeric: '756' };
  const { dossier } = buildDossierGraph(input);

  test('a place: itself and the country it lies in', () => {
    const data = locatorMapData(dossier, 'bern')!;
    expect(data.places.map((p) => p.id)).toEqual(['bern']);
    expect(data.countries.map((c) => c.id)).toEqual(['schweiz']);
    expect(data.coordinateSources.get('bern')).toBe('GeoNames, Eintrag «Bern» (CH)');
  });

  test('a country: itself and its places', () => {
    expect(locatorMapData(dossier, 'schweiz')!.places.map((p) => p.id)).toEqual(['bern']);
  });

  test('an event: its place and those of its countries that have an outline code', () => {
    const data = locatorMapData(dossier, 'besuch-in-bern')!;
    expect(data.places.map((p) => p.id)).toEqual(['bern']);
    expect(data.countries.map((c) => c.id)).toEqual(['schweiz']);
  });

  test('no map for people, for a place without coordinates or a country without code', () => {
    expect(locatorMapData(dossier, 'anna-muster')).toBeUndefined();
    expect(locatorMapData(dossier, 'musterland')).toBeUndefined();
    const bare = buildDossierGraph(miniDossier()).dossier;
    expect(locatorMapData(bare, 'bern')).toBeUndefined();
  });
});

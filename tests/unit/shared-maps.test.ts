/** The offline edition's shared locator maps (src/offline/shared-maps.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mapStyle, shareMaps, SHARED_MAPS_FOLDER } from '../../src/offline/shared-maps.ts';
import { drawLocatorMap } from '../../src/pictures/locator-map.ts';

const SITE_CSS = readFileSync(path.resolve('src/styles/global.css'), 'utf8');
const STYLE = mapStyle([SITE_CSS]);

const wonsan = drawLocatorMap(
  { places: [{ id: 'wonsan', title: 'Wonsan', href: '/orte/wonsan/', lat: 39.15, lon: 127.44 }], countries: [{ id: 'nordkorea', title: 'Nordkorea', href: '/laender/nordkorea/', isoNumeric: '408' }] },
  { hidden: true },
);
const moskau = drawLocatorMap({ places: [{ id: 'moskau', title: 'Moskau', href: '/orte/moskau/', lat: 55.75, lon: 37.62 }], countries: [] }, { hidden: true });
const page = (map: string) => `<html><body><figure class="map-picture">${map}<figcaption>…</figcaption></figure></body></html>`;

describe('shared locator maps', () => {
  test('a page gets an image of its map file; the same map is the same file', () => {
    const first = shareMaps(page(wonsan), '/briefings/', STYLE);
    const second = shareMaps(page(wonsan), '/briefings/', STYLE);
    const other = shareMaps(page(moskau), '/briefings/', STYLE);
    const [file] = [...first.maps.keys()];
    expect(file).toMatch(new RegExp(`^${SHARED_MAPS_FOLDER}/[0-9a-f]{20}\\.svg$`));
    expect([...second.maps.keys()]).toEqual([file]);
    expect([...other.maps.keys()]).not.toEqual([file]);
    expect(first.html).toContain(`<img class="locator-map" src="/briefings/${file}" width="560" height="360" alt="">`);
    expect(first.html).not.toContain('<svg');
  });

  test('a page without a map stays as it is', () => {
    const html = page('<p>Keine Karte</p>');
    expect(shareMaps(html, '/', STYLE)).toEqual({ html, maps: new Map() });
  });

  test('the map file stands alone: the style first, no ARIA or tab stops of the inline copy', () => {
    const svg = [...shareMaps(page(wonsan), '/', STYLE).maps.values()][0]!;
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg class="locator-map"')).toBe(true);
    expect(svg).toContain(`<style><![CDATA[${STYLE}]]></style>`);
    expect(svg).not.toMatch(/aria-hidden|tabindex/);
    expect(svg).toContain('<circle');
  });

  test("the style carries the site's map rules with the colours of each scheme", () => {
    const value = (block: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
    const light = SITE_CSS.slice(SITE_CSS.indexOf(':root {'), SITE_CSS.indexOf('}', SITE_CSS.indexOf(':root {')));
    const lightStyle = STYLE.split('\n')[0]!;
    for (const name of ['--map-sea', '--map-land', '--map-border', '--map-focus', '--country', '--place', '--ink', '--paper']) {
      expect(value(lightStyle, name), name).toBe(value(light, name));
    }
    expect(STYLE).toMatch(/@media \(prefers-color-scheme: ?dark\)\{svg\{[^}]*--map-sea:#172231/);
    expect(STYLE).toMatch(/@media print\{svg\{[^}]*--map-land:#eee/);
    expect(STYLE).toMatch(/\.map-land\{fill:var\(--map-land\)/);
    // Properties no map rule uses stay out.
    expect(STYLE).not.toContain('--organisation');
  });
});

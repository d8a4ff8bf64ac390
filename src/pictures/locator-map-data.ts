/**
 * What a page's locator map shows, read from the dossier graph: on a place's page the place and
 * the country it lies in (or stands for), on a country's page the country and its places, on an
 * event's page its place and countries. Only entries with coordinates or a country code appear.
 * A country's places are the ones its page lists (at most SHOWN_ON_ENTRY_PAGE of each relation).
 */
import type { Dossier } from '../graph/dossier.ts';
import type { CountryData, DossierNode, PlaceData } from '../graph/types.ts';
import { nodePath } from '../view/routes.ts';
import { shownBacklinks } from '../view/entry-lists.ts';
import type { LocatorMapInput, MapCountry, MapPlace } from './locator-map.ts';

export interface LocatorMapData extends LocatorMapInput {
  /** Where each place's coordinates come from, for the text under the map. */
  coordinateSources: Map<string, string>;
}

function asPlace(node: DossierNode): MapPlace | undefined {
  if (node.kind !== 'place') return undefined;
  const at = (node.data as PlaceData).coordinates;
  return at ? { id: node.id, title: node.title, href: nodePath(node), lat: at.lat, lon: at.lon } : undefined;
}

function asCountry(node: DossierNode): MapCountry | undefined {
  if (node.kind !== 'country') return undefined;
  const code = (node.data as CountryData).isoNumeric;
  return code ? { id: node.id, title: node.title, href: nodePath(node), isoNumeric: code } : undefined;
}

const LOCATING = new Set(['liegt-in', 'steht-fuer']);

/** `backlinks`: the page's cut of its backlinks, when the caller has it already (src/view/entry-page.ts). */
export function locatorMapData(dossier: Dossier, id: string, backlinks = shownBacklinks(dossier, id)): LocatorMapData | undefined {
  const node = dossier.require(id);
  let places: MapPlace[] = [];
  let countries: MapCountry[] = [];
  if (node.kind === 'place') {
    const self = asPlace(node);
    // Without its own position a place gets no map: a bare country would say nothing about it.
    if (!self) return undefined;
    places = [self];
    countries = dossier.outgoing(id).filter((e) => LOCATING.has(e.type)).flatMap((e) => asCountry(dossier.require(e.to)) ?? []);
  } else if (node.kind === 'country') {
    const self = asCountry(node);
    if (!self) return undefined;
    countries = [self];
    // The places the page lists under «Orte» and «Im Text bezeichnet durch»: all of them while
    // they are few, otherwise the ones it shows there (src/view/entry-lists.ts), so that the map
    // stays small and shows what the page lists.
    places = backlinks.groups.filter((g) => LOCATING.has(g.type)).flatMap((g) => g.shown.items.flatMap((i) => asPlace(i.node) ?? []));
  } else if (node.kind === 'event') {
    places = node.data.place ? [asPlace(dossier.require(node.data.place))].filter((p): p is MapPlace => Boolean(p)) : [];
    countries = node.data.countries.flatMap((c) => asCountry(dossier.require(c)) ?? []);
  } else {
    return undefined;
  }
  if (places.length === 0 && countries.length === 0) return undefined;
  const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()].sort((a, b) => a.id.localeCompare(b.id));
  places = unique(places);
  countries = unique(countries);
  const coordinateSources = new Map(
    places.map((p) => [p.id, (dossier.require(p.id).data as PlaceData).coordinates!.source]),
  );
  return { places, countries, coordinateSources };
}

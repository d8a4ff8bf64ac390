/** What the search index learns about a page beyond its text: type, date, years, sort key. */
import { ui } from '../i18n/de-CH.ts';
import { dateSortKey, type DossierDate } from '../model/dossier-date.ts';
import { formatDossierDate } from './format-date.ts';
import type { DossierNode } from '../graph/types.ts';

export interface SearchFacets {
  /** Filter and meta `type`: Person, Land, Ort, Organisation, Ereignis, Quelle. */
  type: string;
  /** Meta `date`: the date as the page shows it, or undefined. */
  date?: string;
  /** Filter `year`: every year the date can fall in. */
  years: string[];
  /** Sort key `date`: the earliest possible day, ISO. */
  sortDate?: string;
}

function yearsOf(date: DossierDate): string[] {
  const last = (date.to ?? date.from).year;
  return Array.from({ length: last - date.from.year + 1 }, (_, i) => String(date.from.year + i));
}

export function searchFacets(node: DossierNode): SearchFacets {
  const type = ui.kinds[node.kind].singular;
  const date = node.kind === 'event' || node.kind === 'source' ? node.data.date : undefined;
  if (!date) return { type, years: [] };
  return { type, date: formatDossierDate(date), years: yearsOf(date), sortDate: dateSortKey(date) };
}

/**
 * Editions of a living dossier, derived from the entries' change days (`added`, `updated`;
 * src/schemas/fields.ts), so no history file is needed: an edition is a day on which the
 * dossier changed, numbered by counting those days from the first; the current edition is the
 * newest. Two imports on one day are one edition. Pages (entities, events, sources) make the
 * editions; a statement shows on the pages of its speaker and event.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode } from '../graph/types.ts';
import { ui } from '../i18n/de-CH.ts';

export interface Edition {
  /** 1 for the first day the dossier changed, counting every change day. */
  number: number;
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** Entries that entered the dossier that day, in the dossier's order. */
  added: DossierNode[];
  /** Entries that changed that day (and entered earlier). */
  changed: DossierNode[];
}

/** The day an entry last changed: its `updated`, or the day it was added. */
export function lastChange(node: DossierNode): string {
  return node.data.updated ?? node.data.added;
}

const cache = new WeakMap<Dossier, Edition[]>();

/** Every edition of the dossier, oldest first. */
export function editions(dossier: Dossier): Edition[] {
  let list = cache.get(dossier);
  if (!list) {
    const byDay = new Map<string, { added: DossierNode[]; changed: DossierNode[] }>();
    const at = (day: string) => {
      let entry = byDay.get(day);
      if (!entry) byDay.set(day, (entry = { added: [], changed: [] }));
      return entry;
    };
    for (const node of dossier.nodes.values()) {
      at(node.data.added).added.push(node);
      if (node.data.updated && node.data.updated !== node.data.added) at(node.data.updated).changed.push(node);
    }
    list = [...byDay.keys()].sort().map((day, i) => ({ number: i + 1, day, ...byDay.get(day)! }));
    cache.set(dossier, list);
  }
  return list;
}

/** Editions on one page of /ausgaben/. */
export const EDITIONS_PER_PAGE = 20;

/** The path below the site of /ausgaben/'s page `page` (1-based): `ausgaben/`, `ausgaben/2/`. */
export function editionsPagePath(page: number): string {
  return page === 1 ? 'ausgaben/' : `ausgaben/${page}/`;
}

/** The path of the /ausgaben/ page that lists `edition`. */
export function editionPath(dossier: Dossier, edition: Edition): string {
  const newestFirst = editions(dossier).length - edition.number;
  return `${editionsPagePath(Math.floor(newestFirst / EDITIONS_PER_PAGE) + 1)}#ausgabe-${edition.number}`;
}

/** The newest edition, undefined for an empty dossier. */
export function currentEdition(dossier: Dossier): Edition | undefined {
  return editions(dossier).at(-1);
}

/** «3. Dezember 2025» for `2025-12-03`. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date}. ${ui.months[month - 1]} ${year}`;
}

/** «Ausgabe 12 vom 3. Dezember 2025». */
export function editionLabel(edition: Edition): string {
  return ui.editions.label(edition.number, formatDay(edition.day));
}

/** The offline edition's file name, after its edition: `briefing-dossier-ausgabe-12-2025-12-03.zip`. */
export function editionZipName(edition: Edition | undefined): string {
  return edition ? `briefing-dossier-ausgabe-${edition.number}-${edition.day}.zip` : 'briefing-dossier.zip';
}

/**
 * Editions of a living dossier, derived from the entries' change days (`added`, `updated`;
 * src/schemas/fields.ts), so no history file is needed: an edition is a day on which the
 * dossier changed, numbered by counting those days from the first; the current edition is the
 * newest. Two imports on one day are one edition. Entries (entities, events, sources and
 * statements) and the briefing's `updated` make the editions. The numbers are counted from the
 * content as it stands: a change day that no entry carries any more (its entry changed again,
 * or was removed) drops out, and later editions are numbered down.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, StatementNode } from '../graph/types.ts';
import { ui } from '../i18n/de-CH.ts';
import { formatDatePoint } from './format-date.ts';

export interface Edition {
  /** 1 for the first day the dossier changed, counting every change day. */
  number: number;
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** Entries that entered the dossier that day, in the dossier's order. */
  added: DossierNode[];
  /** Entries that changed that day (and entered earlier). */
  changed: DossierNode[];
  /** Statements that entered or changed that day (shown on their speaker's page). */
  statements: StatementNode[];
  /** Whether the briefing (the home page) was brought up to date that day. */
  briefing: boolean;
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
    const byDay = new Map<string, Omit<Edition, 'number' | 'day'>>();
    const at = (day: string) => {
      let entry = byDay.get(day);
      if (!entry) byDay.set(day, (entry = { added: [], changed: [], statements: [], briefing: false }));
      return entry;
    };
    for (const node of dossier.nodes.values()) {
      at(node.data.added).added.push(node);
      if (node.data.updated && node.data.updated !== node.data.added) at(node.data.updated).changed.push(node);
    }
    for (const statement of dossier.statements) {
      at(statement.data.added).statements.push(statement);
      if (statement.data.updated && statement.data.updated !== statement.data.added) at(statement.data.updated).statements.push(statement);
    }
    if (dossier.briefing) at(dossier.briefing.updated).briefing = true;
    list = [...byDay.keys()].sort().map((day, i) => ({ number: i + 1, day, ...byDay.get(day)! }));
    cache.set(dossier, list);
  }
  return list;
}

/** Editions on one page of /ausgaben/. */
export const EDITIONS_PER_PAGE = 20;

/**
 * The pages of /ausgaben/, oldest first and fixed, so that a link to an edition keeps working:
 * page k holds editions 20(k−1)+1 to 20k. The newest page is /ausgaben/ itself; the others are
 * /ausgaben/<k>/. (When a new page begins, the page that was /ausgaben/ becomes /ausgaben/<k>/.)
 */
export function editionPages(dossier: Dossier): { page: number; path: string; editions: Edition[] }[] {
  const list = editions(dossier);
  const count = Math.max(1, Math.ceil(list.length / EDITIONS_PER_PAGE));
  return Array.from({ length: count }, (_, i) => ({
    page: i + 1,
    path: i + 1 === count ? 'ausgaben/' : `ausgaben/${i + 1}/`,
    editions: list.slice(i * EDITIONS_PER_PAGE, (i + 1) * EDITIONS_PER_PAGE),
  }));
}

/** The path (below the site) of the /ausgaben/ page that lists `edition`, with its anchor. */
export function editionPath(dossier: Dossier, edition: Edition): string {
  const pages = editionPages(dossier);
  const page = pages[Math.floor((edition.number - 1) / EDITIONS_PER_PAGE)]!;
  return `${page.path}#ausgabe-${edition.number}`;
}

/** The newest edition, undefined for an empty dossier. */
export function currentEdition(dossier: Dossier): Edition | undefined {
  return editions(dossier).at(-1);
}

/** «3. Dezember 2025» for `2025-12-03`. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formatDatePoint({ year, month, day: date, precision: 'day' });
}

/** «Ausgabe 12 vom 3. Dezember 2025». */
export function editionLabel(edition: Edition): string {
  return ui.editions.label(edition.number, formatDay(edition.day));
}

/** The offline edition's file name, after its edition: `briefing-dossier-ausgabe-12-2025-12-03.zip`. */
export function editionZipName(edition: Edition | undefined): string {
  return edition ? `briefing-dossier-ausgabe-${edition.number}-${edition.day}.zip` : 'briefing-dossier.zip';
}

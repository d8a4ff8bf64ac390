/**
 * What the print edition (/druck/) holds, and how it is cut: the whole dossier on one page while
 * it is small; once it no longer fits one print page (PRINT_PAGE_ENTRIES entries, PRINT_PAGE_ITEMS
 * items), /druck/ becomes a list of print pages, one per section, events one per year, each
 * complete in itself (its own footnotes), so that no page grows with the dossier.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, EventNode } from '../graph/types.ts';
import { ui } from '../i18n/de-CH.ts';
import { CITES, sectionOf, type Kind } from '../model/vocabulary.ts';
import { shownStatements } from './entry-lists.ts';

/** The most entries one print page holds. */
export const PRINT_PAGE_ENTRIES = 50;
/**
 * The most printed items (an entry, each of its relations, facts, accounts, quotes and a source's
 * paragraphs) one print page holds: a page prints about 0.8 to 1.1 kB per item with its footnote,
 * and no page of the site may weigh more than 250 kB. By entries alone, the 50 countries of a
 * 10,000-page dossier, with their quotes and relations, made a part of 1.25 MB; at 250 items the
 * largest part was 276 kB.
 */
export const PRINT_PAGE_ITEMS = 200;

/** How many items the print edition prints of an entry (see PRINT_PAGE_ITEMS). */
export function printedItems(dossier: Dossier, node: DossierNode): number {
  if (node.kind === 'source') return 1 + node.paragraphs.length;
  const relations = node.kind === 'event' ? 0 : dossier.outgoing(node.id).filter((e) => e.type !== CITES).length;
  const accounts = node.kind === 'event' ? node.data.accounts.length : 0;
  return 1 + relations + accounts + node.data.facts.length + shownStatements(dossier, node.id).items.length;
}

/** `nodes` cut into print pages in order: each at most PRINT_PAGE_ENTRIES entries and PRINT_PAGE_ITEMS items (an entry larger than that alone). */
export function printChunks(dossier: Dossier, nodes: readonly DossierNode[]): DossierNode[][] {
  const chunks: DossierNode[][] = [];
  let current: DossierNode[] = [];
  let items = 0;
  for (const node of nodes) {
    const weight = printedItems(dossier, node);
    if (current.length > 0 && (current.length >= PRINT_PAGE_ENTRIES || items + weight > PRINT_PAGE_ITEMS)) {
      chunks.push(current);
      current = [];
      items = 0;
    }
    current.push(node);
    items += weight;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The order of the print edition after the briefing and the timeline. */
export const PRINT_ORDER: readonly Kind[] = ['event', 'person', 'country', 'place', 'organisation', 'source'];

export interface PrintSection {
  kind: Kind;
  /** Heading, e.g. «Ereignisse» or «Ereignisse 2025». */
  title: string;
  nodes: DossierNode[];
}

export interface PrintPart {
  /** Path below /druck/: '' for /druck/ itself, `personen`, `ereignisse/2025`. */
  path: string;
  title: string;
  /** Whether the part opens with the briefing and the timeline. */
  briefing: boolean;
  sections: PrintSection[];
}

/** The year an event's date starts in, or «ohne Datum». */
function yearOf(event: EventNode): string {
  return event.data.date ? String(event.data.date.from.year) : ui.undated;
}

/**
 * The print parts of `dossier`: one part holding everything while it fits one print page
 * (printChunks); otherwise the briefing part (/druck/: the briefing and a list of the others; the
 * events parts are the timeline) and one part per section, events per year, each cut into
 * numbered parts where it does not fit one print page.
 */
export function printPlan(dossier: Dossier): { single: boolean; parts: PrintPart[] } {
  let plan = plans.get(dossier);
  if (!plan) plans.set(dossier, (plan = planParts(dossier)));
  return plan;
}

/** Worked out once per dossier: every print page and its running head ask for it. */
const plans = new WeakMap<Dossier, { single: boolean; parts: PrintPart[] }>();

function planParts(dossier: Dossier): { single: boolean; parts: PrintPart[] } {
  const sections = PRINT_ORDER.map((kind) => ({ kind, title: ui.kinds[kind].plural, nodes: kind === 'event' ? dossier.chronological(dossier.list('event') as EventNode[]) : dossier.list(kind) })).filter((s) => s.nodes.length > 0);
  const all: DossierNode[] = sections.flatMap((s): DossierNode[] => s.nodes);
  if (printChunks(dossier, all).length <= 1) return { single: true, parts: [{ path: '', title: ui.printEdition.title, briefing: true, sections }] };
  const parts: PrintPart[] = [{ path: '', title: ui.printEdition.title, briefing: true, sections: [] }];
  // A section, or a year of events, larger than one print page is cut into numbered parts.
  const addParts = (section: (typeof sections)[number], nodes: DossierNode[], title: string, path: string) => {
    const chunks = printChunks(dossier, nodes);
    chunks.forEach((chunk, i) => {
      const many = chunks.length > 1;
      const partTitle = many ? `${title}, Teil ${i + 1}` : title;
      parts.push({ path: many ? `${path}/${i + 1}` : path, title: partTitle, briefing: false, sections: [{ ...section, title: partTitle, nodes: chunk }] });
    });
  };
  for (const section of sections) {
    if (section.kind === 'event') {
      const years = new Map<string, DossierNode[]>();
      for (const node of section.nodes) years.set(yearOf(node as EventNode), [...(years.get(yearOf(node as EventNode)) ?? []), node]);
      for (const [year, nodes] of years) addParts(section, nodes, `${section.title} ${year}`, `${sectionOf('event')}/${year === ui.undated ? 'ohne-datum' : year}`);
    } else {
      addParts(section, section.nodes, section.title, sectionOf(section.kind));
    }
  }
  return { single: false, parts };
}

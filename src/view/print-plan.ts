/**
 * What the print edition (/druck/) holds, and how it is cut: the whole dossier on one page while
 * it is small; once it has more than PRINT_PAGE_ENTRIES entries, /druck/ becomes a list of print
 * pages, one per section, events one per year, each complete in itself (its own footnotes), so
 * that no page grows with the dossier beyond what a printer handles.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, EventNode } from '../graph/types.ts';
import { ui } from '../i18n/de-CH.ts';
import { sectionOf, type Kind } from '../model/vocabulary.ts';

/**
 * The most entries one print page holds: at 150 a part of people was 458 kB of HTML (1,000-page
 * corpus); at 50 every part stays under the 250 kB that any page of the site may weigh.
 */
export const PRINT_PAGE_ENTRIES = 50;

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
 * The print parts of `dossier`: one part holding everything while it has at most
 * PRINT_PAGE_ENTRIES entries; otherwise the briefing part (/druck/: the briefing and a list of
 * the others; the events parts are the timeline) and one part per section, events per year,
 * each at most PRINT_PAGE_ENTRIES entries (numbered parts beyond).
 */
export function printPlan(dossier: Dossier): { single: boolean; parts: PrintPart[] } {
  const sections = PRINT_ORDER.map((kind) => ({ kind, title: ui.kinds[kind].plural, nodes: kind === 'event' ? dossier.chronological(dossier.list('event') as EventNode[]) : dossier.list(kind) })).filter((s) => s.nodes.length > 0);
  const total = sections.reduce((sum, s) => sum + s.nodes.length, 0);
  if (total <= PRINT_PAGE_ENTRIES) return { single: true, parts: [{ path: '', title: ui.printEdition.title, briefing: true, sections }] };
  const parts: PrintPart[] = [{ path: '', title: ui.printEdition.title, briefing: true, sections: [] }];
  for (const section of sections) {
    if (section.kind === 'event') {
      const years = new Map<string, DossierNode[]>();
      for (const node of section.nodes) years.set(yearOf(node as EventNode), [...(years.get(yearOf(node as EventNode)) ?? []), node]);
      for (const [year, nodes] of years) {
        const yearPath = `${sectionOf('event')}/${year === ui.undated ? 'ohne-datum' : year}`;
        // A year with more events than a print page holds is cut into numbered parts too.
        for (let i = 0; i < nodes.length; i += PRINT_PAGE_ENTRIES) {
          const many = nodes.length > PRINT_PAGE_ENTRIES;
          const n = i / PRINT_PAGE_ENTRIES + 1;
          const title = many ? `${section.title} ${year}, Teil ${n}` : `${section.title} ${year}`;
          parts.push({ path: many ? `${yearPath}/${n}` : yearPath, title, briefing: false, sections: [{ ...section, title, nodes: nodes.slice(i, i + PRINT_PAGE_ENTRIES) }] });
        }
      }
    } else {
      // A section larger than one print page is cut into numbered parts.
      for (let i = 0; i < section.nodes.length; i += PRINT_PAGE_ENTRIES) {
        const n = i / PRINT_PAGE_ENTRIES + 1;
        const many = section.nodes.length > PRINT_PAGE_ENTRIES;
        const title = many ? `${section.title}, Teil ${n}` : section.title;
        parts.push({ path: many ? `${sectionOf(section.kind)}/${n}` : sectionOf(section.kind), title, briefing: false, sections: [{ ...section, title, nodes: section.nodes.slice(i, i + PRINT_PAGE_ENTRIES) }] });
      }
    }
  }
  return { single: false, parts };
}

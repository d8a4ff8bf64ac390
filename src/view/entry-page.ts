/**
 * The model of an entry's page (/personen/…/, /ereignisse/…/, /quellen/…/): everything the page
 * takes from the dossier as a whole, worked out once, in `getStaticPaths`. The page renders from
 * it, and its cache key (src/view/page-digest.ts) digests it: the lists the page cuts, the inputs
 * of its pictures, its search metadata, its card, a source's mention links. Components get their
 * slice of it instead of asking the graph again, so there is no second computation that could
 * differ from the first. What a page shows of single entries (titles, fields of linked entries)
 * is read from the graph's nodes, whose data the key holds whole (faceOf).
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, StatementNode } from '../graph/types.ts';
import type { RelatedEntity } from '../graph/dossier.ts';
import type { CardSpec } from '../cards/spec/card-spec.ts';
import { cardForPage } from '../cards/spec/page-cards.ts';
import { locatorMapData, type LocatorMapData } from '../pictures/locator-map-data.ts';
import { relationGraphData, type RelationGraphData } from '../pictures/relation-graph-data.ts';
import { compoundParts } from '../search/dossier-lexicon.ts';
import { entryText, termHints } from '../search/term-hints.ts';
import type { SourceTextData } from '../markdown/source-text-data.ts';
import { KIND } from '../model/vocabulary.ts';
import { relatedCut, shownBacklinks, shownMentions, shownRelated, shownStatements, type Mention, type Shown } from './entry-lists.ts';
import { sourceText } from './source-text.ts';
import { handedFigurePlan, type FigurePlan } from '../pictures/figures.ts';

/** The lists an entry's page shows of its neighbourhood, as it cuts them (src/view/entry-lists.ts). */
export interface EntryLists {
  backlinks: ReturnType<typeof shownBacklinks>;
  mentions: Shown<Mention>;
  related: Shown<RelatedEntity>;
  /** Whether the page leaves out related entries or some of their shared events (then it links the complete list). */
  relatedCut: boolean;
  statements: Shown<StatementNode>;
}

export interface EntryPage {
  id: string;
  lists: EntryLists;
  /** The editors' other words for terms this entry uses (content/begriffe.yaml), for search only. */
  searchTerms: string[];
  /** The parts of the compounds this entry uses, so that «Entsendung» finds «Truppenentsendung» (src/search/compounds.ts). */
  partWords: string[];
  card: CardSpec;
  /** A source's text: per paragraph the mentions to link. */
  text?: SourceTextData;
  /** The locator map, where the entry's kind draws one and it has something to show. */
  map?: LocatorMapData;
  /** The relation graph, where the entry's kind draws one. */
  graph?: RelationGraphData;
  /** The images its notes show (<Abbildung>), as the build planned them: a changed image file changes its published name. */
  figures: FigurePlan[];
}

/** The lists an entry's page shows; the print edition prints the same (src/components/PrintEntry.astro). */
export function entryLists(dossier: Dossier, id: string): EntryLists {
  return {
    backlinks: shownBacklinks(dossier, id),
    mentions: shownMentions(dossier, id),
    related: shownRelated(dossier, id),
    relatedCut: relatedCut(dossier, id),
    statements: shownStatements(dossier, id),
  };
}

/** The model of `node`'s page. Pure; costs about what the page's neighbourhood holds. */
export function entryPage(dossier: Dossier, node: DossierNode): EntryPage {
  const lists = entryLists(dossier, node.id);
  const spec = KIND[node.kind];
  return {
    id: node.id,
    lists,
    searchTerms: termHints(node, dossier.terms),
    partWords: compoundParts(dossier, entryText(node)),
    card: cardForPage(dossier, `${node.section}/${node.id}/`),
    text: node.kind === 'source' ? sourceText(dossier, node) : undefined,
    map: spec.map ? locatorMapData(dossier, node.id, lists.backlinks) : undefined,
    graph: spec.relationGraph ? relationGraphData(dossier, node.id) : undefined,
    figures: node.components.flatMap((use) => (use.name === 'Abbildung' && use.attributes.src ? (handedFigurePlan(use.attributes.src) ?? []) : [])),
  };
}

/**
 * Registers a page's citations in the order the page shows them, before anything renders, so
 * that numbering is fixed and the list of Belege is complete whatever order Astro renders in.
 */
import { CITES } from '../model/vocabulary.ts';
import { CitationRegistry } from './citation-registry.ts';
import { shownStatements } from './entry-lists.ts';
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, StatementNode } from '../graph/types.ts';

/**
 * The statements an entry's page shows, in the order it shows them: all while they are few,
 * otherwise the most relevant (src/view/entry-lists.ts); the page links to the complete list.
 * Its footnotes number exactly these.
 */
export function statementsShownOn(dossier: Dossier, id: string): StatementNode[] {
  return shownStatements(dossier, id).items;
}

/** The Belege of an entry's page: its own citations, those of the statements it shows (`statements`, from the page's model), those of its notes' components. */
export function pageCitations(dossier: Dossier, node: DossierNode, statements: readonly StatementNode[]): CitationRegistry {
  const registry = new CitationRegistry(dossier);
  addEntryCitations(registry, dossier, node, node.kind === 'source' ? [] : statements);
  addNotesCitations(registry, dossier, node);
  return registry;
}

/**
 * Registers one entry's citations in the order its page (or its part of the print edition)
 * shows them: summary, relations, an event's accounts, facts, statements (`statements`: those
 * shown, by default those the entry's page shows, as the print edition prints them). A source
 * cites nothing.
 */
export function addEntryCitations(
  registry: CitationRegistry,
  dossier: Dossier,
  node: DossierNode,
  statements: readonly StatementNode[] = node.kind === 'source' ? [] : statementsShownOn(dossier, node.id),
): void {
  if (node.kind === 'source') return;
  registry.add(node.data.cite);
  if (node.kind !== 'event') {
    for (const edge of dossier.outgoing(node.id)) if (edge.type !== CITES) registry.add(edge.cite);
  }
  if (node.kind === 'event') for (const account of node.data.accounts) registry.add(account.cite);
  for (const fact of node.data.facts) registry.add(fact.cite);
  for (const statement of statements) registry.add([statement.data.cite]);
}

/**
 * The Belege of the editors' components in an entry's notes, which the page shows last: each
 * embedded quote's citation and each assessment's `belege`, in the order they stand.
 */
export function addNotesCitations(registry: CitationRegistry, dossier: Dossier, node: DossierNode): void {
  for (const use of node.components) {
    if (use.name === 'Zitat') {
      const statement = dossier.statements.find((s) => s.id === use.attributes.id);
      if (statement) registry.add([statement.data.cite]);
    } else if (use.name === 'Einschaetzung' && use.attributes.belege) {
      registry.add(use.attributes.belege.split(/\s+/).filter(Boolean));
    }
  }
}

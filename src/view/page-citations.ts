/**
 * Registers a page's citations in the order the page shows them, before anything renders, so
 * that numbering is fixed and the list of Belege is complete whatever order Astro renders in.
 */
import { CITES } from '../model/vocabulary.ts';
import { CitationRegistry } from './citation-registry.ts';
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, StatementNode } from '../graph/types.ts';

export function statementsShownOn(dossier: Dossier, id: string): StatementNode[] {
  const { spoken, relayed, about } = dossier.statementsAbout(id);
  return [...new Set([...spoken, ...relayed, ...about])];
}

export function pageCitations(dossier: Dossier, node: DossierNode): CitationRegistry {
  const registry = new CitationRegistry(dossier);
  addEntryCitations(registry, dossier, node);
  return registry;
}

/**
 * Registers one entry's citations in the order its page (or its part of the print edition)
 * shows them: summary, relations, an event's accounts, facts, statements. A source cites nothing.
 */
export function addEntryCitations(registry: CitationRegistry, dossier: Dossier, node: DossierNode): void {
  if (node.kind === 'source') return;
  registry.add(node.data.cite);
  if (node.kind !== 'event') {
    for (const edge of dossier.outgoing(node.id)) if (edge.type !== CITES) registry.add(edge.cite);
  }
  if (node.kind === 'event') for (const account of node.data.accounts) registry.add(account.cite);
  for (const fact of node.data.facts) registry.add(fact.cite);
  for (const statement of statementsShownOn(dossier, node.id)) registry.add([statement.data.cite]);
}

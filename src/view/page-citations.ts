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
  if (node.kind === 'source') return registry;
  registry.add(node.data.cite);
  if (node.kind !== 'event') {
    for (const edge of dossier.outgoing(node.id)) if (edge.type !== CITES) registry.add(edge.cite);
  }
  // In the order the page shows them: an event's accounts come before its facts.
  if (node.kind === 'event') for (const account of node.data.accounts) registry.add(account.cite);
  for (const fact of node.data.facts) registry.add(fact.cite);
  for (const statement of statementsShownOn(dossier, node.id)) registry.add([statement.data.cite]);
  return registry;
}
